"""A change counter: every write adds one, so another Runde on the same server sees cheaply (one
row read every two seconds) that something changed and refreshes what it shows.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table("change_mark", sa.Column("id", sa.Integer, primary_key=True),
                            sa.Column("counter", sa.BigInteger, nullable=False))
    op.bulk_insert(table, [{"id": 1, "counter": 0}])


def downgrade() -> None:
    op.drop_table("change_mark")
