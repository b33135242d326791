"""VOPI Desktop: the offline workbench for civic participation of people with a migration background."""

__version__ = "0.1.0"
