"""Alembic environment: always run from code with a connection passed in (never from a URL here)."""

from __future__ import annotations

from alembic import context

from app.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Runde runs its migrations from code (app/storage/migrate.py).")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  transaction_per_migration=False)
context.run_migrations()
