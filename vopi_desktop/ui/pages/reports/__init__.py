"""Berichte: PDF documents made, previewed and printed."""
