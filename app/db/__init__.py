"""The data layer: SQLAlchemy 2 models, Alembic migrations, backups and the safety checks around SQLite.

SQLite-only SQL (pragmas, checks, the backup API) lives in :mod:`app.db.engine` and nowhere else, so the
models and queries stay portable to PostgreSQL. The UI never imports this package directly: it talks to
:class:`app.store.Store`, which returns plain frozen dataclasses from :mod:`app.db.records`.
"""
