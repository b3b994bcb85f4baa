"""Alembic environment: always run from code (app/db/migrate.py) with a connection passed in.

``render_as_batch=True`` because SQLite has almost no ``ALTER``; the connection already holds the one
transaction of the whole upgrade, so ``begin_transaction`` here adds none of its own.
"""

from __future__ import annotations

from alembic import context

from app.db import models  # noqa: F401 - registers every table on the metadata
from app.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Runde runs its migrations from code: app/db/migrate.py ensure_schema().")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
