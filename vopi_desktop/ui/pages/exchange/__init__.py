"""Austausch: .vopi export and import with the merge preview."""
