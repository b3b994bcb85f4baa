"""Which formats the start screen offers, and which of its fields a format needs: the case presenters
only for a format with a case (or a challenge) that someone presents."""

from __future__ import annotations

from app.formats import Format

DEFAULT_FORMAT = "systematic-learning-meeting"
VISIT_FORMAT = "learning-visit"  # opened by its own button ("Learning visit…"), not a meeting to start here
CASE_CAPTURES = frozenset({"case", "presenter_learning"})  # a step about someone's case has presenters


def has_case(fmt: Format) -> bool:
    """The format has a case (or a challenge) that someone presents: only then are presenters asked.
    A step notes the case or the presenter's learning, or (a format without notes) is called "case"."""
    return any(CASE_CAPTURES.intersection(step.capture) or step.id == "case" for step in fmt.steps)


def meeting_formats(formats: dict[str, Format], lang: str) -> dict[str, Format]:
    """The formats a meeting can start with, by their titles; the learning visit has its own window."""
    return dict(sorted(((k, f) for k, f in formats.items() if k != VISIT_FORMAT),
                       key=lambda kv: kv[1].title.get(lang)))
