"""On PostgreSQL, trigram indexes for the search over learning points and measures (``LIKE '%x%'`` on
``search_text`` uses them). SQLite keeps its plain scan, fast enough for one team's history.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = (("ix_learning_point_search_trgm", "learning_point"), ("ix_measure_search_trgm", "measure"))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table in INDEXES:
        op.create_index(name, table, ["search_text"], postgresql_using="gin",
                        postgresql_ops={"search_text": "gin_trgm_ops"})


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table in INDEXES:
        op.drop_index(name, table_name=table)
