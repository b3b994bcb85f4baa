"""A meeting's course: the language it ran in, the learning questions word for word, late-comers,
time added or removed with the + and − keys, and plan changes (``app/record.py``), as one nullable
JSON value. Adding a nullable column needs no rebuild on either engine (SQLite's ``ALTER TABLE ADD
COLUMN``), so the meeting table's children are never touched.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("meeting", sa.Column("course", sa.JSON, nullable=True))


def downgrade() -> None:
    # SQLite rebuilds the table to drop a column (foreign keys are off while migrations run:
    # app/storage/migrate.py); PostgreSQL drops it in place
    recreate = "always" if op.get_bind().dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("meeting", recreate=recreate) as batch:
        batch.drop_column("course")
