"""What a second start of Runde hands to the Runde already open on the same data (``ui.single_instance``
carries it over a local socket readable by this user only): one request as a line of JSON, and one
answer word back. Both sides read what they get as outside input: anything malformed is None."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, fields
from enum import Enum

MAX_BYTES = 64 * 1024  # a request is a few hundred bytes; more is not Runde's


class Answer(Enum):
    """What the open Runde did with a request (the second start says it in words)."""

    RAISED = "raised"  # brought to the front
    OPENED = "opened"  # the meeting (ready to start) or the learning visit was opened there
    MEETING_OPEN = "meeting-open"  # a meeting is open: nothing new started, brought to the front
    VISIT_OPEN = "visit-open"  # a learning visit is open: nothing new started
    BUSY = "busy"  # a question waits for an answer there: nothing new started
    STARTING = "starting"  # still starting (its data not yet open): nothing new started
    NO_FORMAT = "no-format"  # ``run`` with a format id that is not there (it says so there too)
    BAD_PRESENTER = "bad-presenter"  # ``run --presenter`` not among the participants
    NO_FACILITATOR = "no-facilitator"  # ``run`` of a format that needs one, without one of the participants
    READ_ONLY = "read-only"  # the data cannot be written: no meeting or visit can start

    @property
    def done(self) -> bool:
        """The request was done as asked (the second start exits 0)."""
        return self in (Answer.RAISED, Answer.OPENED)


@dataclass(frozen=True)
class Request:
    """A second start's command line, as far as the open Runde acts on it."""

    command: str = "open"  # "open" (plain ``runde``), "run" or "visit"
    format: str = ""
    participants: str = ""
    facilitator: str | None = None
    presenter: str | None = None
    team: str | None = None
    screen: int | None = None
    agent: str = ""
    colleague: str = ""


COMMANDS = ("open", "run", "visit")


def encode(request: Request) -> bytes:
    """One line of JSON."""
    return json.dumps(asdict(request), ensure_ascii=True).encode("ascii") + b"\n"


def decode(data: bytes) -> Request | None:
    """The request in ``data`` (one line), or None when it is not one: too long, not JSON, an unknown
    command, a field of the wrong type. Unknown fields are left out (a newer Runde may send more)."""
    if len(data) > MAX_BYTES:
        return None
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("command") not in COMMANDS:
        return None
    values: dict[str, object] = {}
    for f in fields(Request):
        if f.name not in raw:
            continue
        value = raw[f.name]
        if f.name == "screen":
            ok = value is None or (type(value) is int and 0 < value < 1000)
        elif f.name in ("facilitator", "presenter", "team"):
            ok = value is None or isinstance(value, str)
        else:
            ok = isinstance(value, str)
        if not ok:
            return None
        values[f.name] = value
    return Request(**values)  # type: ignore[arg-type]


def encode_answer(answer: Answer) -> bytes:
    return answer.value.encode("ascii") + b"\n"


def decode_answer(data: bytes) -> Answer | None:
    """The answer word in ``data``, or None (nothing, or not one of Runde's)."""
    try:
        return Answer(data.strip().decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None


def instance_key(user: str, data_folder: str) -> str:
    """The same for every start of one user on one data folder, different for another user or folder
    (a short hex digest: it names a socket, whose path has a length limit)."""
    return hashlib.sha256(f"{user}\0{data_folder}".encode("utf-8", "surrogatepass")).hexdigest()[:20]
