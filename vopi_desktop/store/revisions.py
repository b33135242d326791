"""The schema revisions this version knows, oldest first; a test keeps them equal to Alembic's.

Kept apart from db.py so the start-up snapshot can check the schema without importing SQLAlchemy.
"""

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
HEAD_REVISION = KNOWN_REVISIONS[-1]
