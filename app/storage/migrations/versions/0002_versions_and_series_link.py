"""Edit versions on learning points and measures (so a later save never silently overwrites another
machine's), and a meeting's link to its series. Rebuilds the meeting table: the parent of timings,
turns, pauses, points and measures, so this is the migration the foreign-key trap would bite.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _recreate() -> str:
    """SQLite rebuilds the table (the rebuild the foreign-key trap is about); PostgreSQL alters it in
    place (a rebuild there would have to drop a table others refer to)."""
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    with op.batch_alter_table("meeting", recreate=_recreate()) as batch:
        batch.add_column(sa.Column("series_id", sa.Integer, nullable=True))
        batch.create_foreign_key("fk_meeting_series", "series", ["series_id"], ["id"],
                                 ondelete="SET NULL")
    for table in ("learning_point", "measure"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    for table in ("learning_point", "measure"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
    with op.batch_alter_table("meeting", recreate=_recreate()) as batch:
        batch.drop_constraint("fk_meeting_series", type_="foreignkey")
        batch.drop_column("series_id")
