"""Qt widgets only: they talk to the store through the Workspace service, never to SQLAlchemy."""
