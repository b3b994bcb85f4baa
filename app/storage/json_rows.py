"""Rows of a child table folded into one JSON value per parent row, in each engine's own spelling.

On a team server every statement is a round trip, so the staff sheet reads a meeting's step
timings (and a learning visit's observations) in the same statement as the meeting (the visit), as
a correlated subquery: ``(SELECT json_rows(a, b, c) FROM child WHERE child.parent_id = parent.id)``.

- PostgreSQL: ``json_agg(json_build_array(a, b, c))``, NULL over no rows;
- SQLite: ``json_group_array(json_array(a, b, c))``, ``'[]'`` over no rows (a text).

Neither engine promises the order of the rows inside the aggregate here, so the caller puts the
sort key in the row and sorts in Python. :func:`rows` reads the value back from either engine.
Values come back as JSON gives them: numbers, strings, booleans (SQLite: 0 or 1), and moments as
ISO text (PostgreSQL in the session's time zone with its offset; SQLite as stored, naive UTC).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import JSON


class json_rows(FunctionElement[Any]):  # noqa: N801  (used like a SQL function)
    """An aggregate: one JSON array of arrays, an inner array per row, of the given columns."""

    name = "json_rows"
    inherit_cache = True
    type = JSON()


@compiles(json_rows, "postgresql")
def _postgresql(element: json_rows, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_agg(json_build_array({compiler.process(element.clauses, **kw)}))"


@compiles(json_rows, "sqlite")
def _sqlite(element: json_rows, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_group_array(json_array({compiler.process(element.clauses, **kw)}))"


def rows(value: object) -> list[list[Any]]:
    """The rows of a :class:`json_rows` value as read back (None, a JSON text or a parsed list)."""
    if value is None:
        return []
    if isinstance(value, str | bytes):
        value = json.loads(value)
    if not isinstance(value, list):
        raise ValueError(f"not a list of rows: {type(value).__name__}")
    return [r for r in value if isinstance(r, list)]


def moment(value: object) -> datetime:
    """A moment from a :class:`json_rows` row, as an aware UTC datetime."""
    if not isinstance(value, str):
        raise ValueError(f"not a moment: {value!r}")
    at = datetime.fromisoformat(value)
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
