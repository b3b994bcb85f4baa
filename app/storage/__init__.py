"""Storage: SQLAlchemy 2 models, Alembic migrations, backups and the safety checks around SQLite.

SQLite-only SQL (pragmas, quick_check, the backup API) lives in ``sqlite.py`` and nowhere else, so the
models and queries stay portable to PostgreSQL.
"""
