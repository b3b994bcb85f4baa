"""The first schema: teams, people, meetings with timings, turns and pauses, learning points,
measures, learning visits with observations, sheets and series.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _id() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("id", sa.Integer, primary_key=True)


def _fk(name: str, target: str, ondelete: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Integer, sa.ForeignKey(target, ondelete=ondelete), nullable=nullable,
                     index=True)


def upgrade() -> None:
    op.create_table("team", _id(), sa.Column("name", sa.String(200), nullable=False, unique=True),
                    sa.Column("created", TZ, nullable=False),
                    sa.Column("last_first_speaker", sa.String(200)),
                    sa.Column("last_facilitator", sa.String(200)))
    op.create_table("person", _id(), _fk("team_id", "team.id", "CASCADE", False),
                    sa.Column("name", sa.String(200), nullable=False),
                    sa.Column("position", sa.Integer, nullable=False),
                    sa.Column("active", sa.Boolean, nullable=False),
                    sa.Column("joined", sa.Date))
    op.create_table("series", _id(), _fk("team_id", "team.id", "CASCADE"),
                    sa.Column("format_id", sa.String(64), nullable=False),
                    sa.Column("rule", sa.JSON, nullable=False))
    op.create_table("meeting", _id(), _fk("team_id", "team.id", "SET NULL"),
                    sa.Column("format_id", sa.String(64), nullable=False),
                    sa.Column("format_title", sa.String(300), nullable=False),
                    sa.Column("started", TZ, nullable=False, index=True),
                    sa.Column("ended", TZ),
                    sa.Column("facilitator", sa.String(200), nullable=False),
                    sa.Column("participants", sa.JSON, nullable=False),
                    sa.Column("first_speaker", sa.String(200), nullable=False),
                    sa.Column("case_title", sa.Text, nullable=False),
                    sa.Column("capture", sa.JSON, nullable=False),
                    sa.Column("live_state", sa.JSON),
                    sa.Column("live_saved", TZ))
    for name, cols in (
        ("step_timing", [sa.Column("step_id", sa.String(64), nullable=False),
                         sa.Column("title", sa.String(300), nullable=False),
                         sa.Column("planned_s", sa.Float, nullable=False),
                         sa.Column("actual_s", sa.Float, nullable=False)]),
        ("turn", [sa.Column("step_id", sa.String(64), nullable=False),
                  sa.Column("participant", sa.String(200), nullable=False),
                  sa.Column("status", sa.String(16), nullable=False),
                  sa.Column("spoken_s", sa.Float, nullable=False)]),
    ):
        op.create_table(name, _id(), _fk("meeting_id", "meeting.id", "CASCADE", False),
                        sa.Column("position", sa.Integer, nullable=False), *cols)
    op.create_table("pause", _id(), _fk("meeting_id", "meeting.id", "CASCADE", False),
                    sa.Column("started", TZ, nullable=False),
                    sa.Column("duration_s", sa.Float, nullable=False),
                    sa.Column("step_id", sa.String(64), nullable=False))
    op.create_table("visit", _id(), _fk("team_id", "team.id", "SET NULL"),
                    sa.Column("agent", sa.String(200), nullable=False),
                    sa.Column("colleague", sa.String(200), nullable=False),
                    sa.Column("day", sa.Date, nullable=False, index=True),
                    sa.Column("details", sa.JSON, nullable=False),
                    sa.Column("present_at", sa.Date))
    op.create_table("observation", _id(), _fk("visit_id", "visit.id", "CASCADE", False),
                    sa.Column("at", TZ, nullable=False),
                    sa.Column("text", sa.Text, nullable=False),
                    sa.Column("released", sa.Boolean, nullable=False))
    op.create_table("learning_point", _id(), sa.Column("uid", sa.String(40), nullable=False, unique=True),
                    _fk("meeting_id", "meeting.id", "CASCADE"), _fk("visit_id", "visit.id", "CASCADE"),
                    sa.Column("position", sa.Integer, nullable=False),
                    sa.Column("text", sa.Text, nullable=False),
                    sa.Column("search_text", sa.Text, nullable=False),
                    sa.Column("confidential", sa.Boolean, nullable=False))
    op.create_table("measure", _id(), sa.Column("uid", sa.String(40), nullable=False, unique=True),
                    _fk("meeting_id", "meeting.id", "CASCADE"), _fk("team_id", "team.id", "SET NULL"),
                    sa.Column("text", sa.Text, nullable=False),
                    sa.Column("search_text", sa.Text, nullable=False),
                    sa.Column("kind", sa.String(16), nullable=False),
                    sa.Column("owner", sa.String(200), nullable=False),
                    sa.Column("due", sa.Date),
                    sa.Column("status", sa.String(16), nullable=False, index=True),
                    sa.Column("opened", sa.Date, nullable=False),
                    sa.Column("closed", sa.Date),
                    sa.Column("confidential", sa.Boolean, nullable=False))
    op.create_table("sheet", _id(), _fk("team_id", "team.id", "SET NULL"),
                    sa.Column("period_start", sa.Date, nullable=False),
                    sa.Column("period_end", sa.Date, nullable=False),
                    sa.Column("exported", TZ, nullable=False))


def downgrade() -> None:
    for name in ("sheet", "measure", "learning_point", "observation", "visit", "pause", "turn",
                 "step_timing", "meeting", "series", "person", "team"):
        op.drop_table(name)
