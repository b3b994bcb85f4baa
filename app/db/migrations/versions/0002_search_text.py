"""Search as you type: a normalised ``search_text`` on learning points and measures (backfilled here),
indexes for a team's history, and ``meeting.case_title`` as unbounded text.

Revision ID: 0002_search_text
Revises: 0001_initial
Create Date: 2026-05-10

Changing ``case_title``'s type rebuilds the ``meeting`` table (SQLite batch mode: copy, DROP, rename).
``meeting`` is the parent of eight tables with ``ON DELETE CASCADE``: this is the migration the
foreign-key trap would empty them in, had ``migrate.py`` not switched foreign keys off (tested).
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002_search_text"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

SEARCHABLE = ("learning_point", "measure")


def _search_key(text: str) -> str:
    """Frozen copy of the normalisation at the time of this migration (NFKC, case-folded)."""
    return unicodedata.normalize("NFKC", text).casefold()


def _backfill(name: str) -> None:
    table = sa.table(name, sa.column("id", sa.Integer), sa.column("text", sa.Text),
                     sa.column("search_text", sa.Text))
    conn = op.get_bind()
    rows = [{"row_id": i, "key": _search_key(t or "")}
            for i, t in conn.execute(sa.select(table.c.id, table.c.text))]
    if rows:
        conn.execute(table.update().where(table.c.id == sa.bindparam("row_id"))
                     .values(search_text=sa.bindparam("key")), rows)


def upgrade() -> None:
    for name in SEARCHABLE:
        with op.batch_alter_table(name) as batch:
            batch.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
        _backfill(name)
        op.create_index(f"ix_{name}_team_at", name, ["team_id", "at"], unique=False)
    with op.batch_alter_table("meeting", recreate="always") as batch:
        batch.alter_column("case_title", type_=sa.Text(), existing_type=sa.String(length=300),
                           existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("meeting", recreate="always") as batch:
        batch.alter_column("case_title", type_=sa.String(length=300), existing_type=sa.Text(),
                           existing_nullable=False)
    for name in SEARCHABLE:
        op.drop_index(f"ix_{name}_team_at", table_name=name)
        with op.batch_alter_table(name) as batch:
            batch.drop_column("search_text")
