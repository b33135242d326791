"""Pieces both checklist pages share: the checklist view, the item editor, own items, practice examples."""
