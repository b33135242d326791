"""Stored rows as the DTOs the UI and the documents see, without the ORM: each function reads its
row by attribute, so an ORM object (the services) and a Core row (the documents' bulk reads,
``report_reads.py``) go through the same code, and ``report --all`` never imports the ORM."""
