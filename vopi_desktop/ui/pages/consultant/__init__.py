"""Prozessbegleitung: all municipalities of the workspace compared in one sortable table and a chart."""
