"""Alembic environment: always runs on a connection the app hands in (no ini file)."""

from alembic import context

from vopi_desktop.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,  # the Core tables (store/tables.py) the models are mapped onto
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
