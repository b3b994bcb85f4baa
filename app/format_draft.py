"""The format editor's drafts: a format and its steps as plain values while they are being edited.

No Qt here: the editor (``ui/format_editor.py``) shows a :class:`FormatDraft` and writes the user's
edits into it; :meth:`FormatDraft.to_json` gives the file form that Save checks with
:func:`app.formats.parse_format`. The formats a draft was made from are never changed. Texts are edited
in one language; the other languages of a text are kept as they were.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.formats import Format, LocalText, StepKind, StepSpec, format_to_json

# Where the format shown comes from.
BUILTIN, ORG, OWN, TEAM, NEW = "builtin", "org", "own", "team", "new"


def local_json(original: LocalText | None, lang: str, text: str) -> dict[str, str]:
    """The file form of a text edited in ``lang``: the other languages are kept; a text that is
    new gets English too (every text needs it); an unchanged text stays exactly as it was."""
    if original is None:
        return {"en": text} if lang == "en" else {"en": text, lang: text}
    texts = dict(original.texts)
    if text != original.get(lang):
        texts[lang] = text
    return texts


@dataclass
class StepDraft:
    """One step as it is being edited (plain values; ``original`` is never changed)."""

    id: str
    original: StepSpec | None
    title: str
    kind: StepKind = StepKind.TIMED
    duration_s: int = 300
    warning_s: int = 60
    turn_s: int = 60
    turn_warning_s: int = 15
    instruction: str = ""
    questions: list[tuple[LocalText | None, str]] = field(default_factory=list)

    @classmethod
    def of(cls, s: StepSpec, lang: str) -> StepDraft:
        """A draft of a step, its texts in ``lang``."""
        return cls(s.id, s, s.title.get(lang), s.kind, s.duration_s, s.warning_s, s.turn_s,
                   s.turn_warning_s, s.instruction.get(lang) if s.instruction else "",
                   [(q, q.get(lang)) for q in s.questions])

    def planned_s(self, people: int) -> int:
        """Planned seconds with ``people`` turns in a round."""
        return self.turn_s * max(people, 0) if self.kind is StepKind.ROUND else self.duration_s

    def to_json(self, lang: str) -> dict[str, Any]:
        """The file form (what a step of this kind uses; the other values wait in the draft)."""
        o = self.original
        out: dict[str, Any] = {"id": self.id, "title": local_json(o.title if o else None, lang, self.title),
                               "kind": self.kind.value}
        if self.kind is StepKind.TIMED:
            out.update(duration_s=self.duration_s, warning_s=self.warning_s)
        elif self.kind is StepKind.OPEN:
            out.update(duration_s=self.duration_s, warning_s=0)
        else:
            out.update(duration_s=0, warning_s=0, turn_s=self.turn_s, turn_warning_s=self.turn_warning_s)
        if self.instruction.strip():
            out["instruction"] = local_json(o.instruction if o else None, lang, self.instruction)
        if self.questions:
            out["questions"] = [local_json(q, lang, text) for q, text in self.questions]
        if o is not None and o.capture:
            out["capture"] = list(o.capture)
        if o is not None and o.turn_parts and self.kind is StepKind.ROUND:  # only a round's turns have parts
            out["turn_parts"] = [{"title": p.title.to_json(), "duration_s": p.seconds} for p in o.turn_parts]
        return out


@dataclass
class FormatDraft:
    """The format being edited: what it was (``base``), where it comes from, and the edits."""

    base: Format
    origin: str
    title: str
    steps: list[StepDraft]
    file_name: str | None = None  # the user's file it was loaded from

    @classmethod
    def of(cls, fmt: Format, origin: str, lang: str, file_name: str | None = None) -> FormatDraft:
        """A draft of ``fmt``, its texts in ``lang``."""
        return cls(fmt, origin, fmt.title.get(lang), [StepDraft.of(s, lang) for s in fmt.steps], file_name)

    def to_json(self, lang: str) -> dict[str, Any]:
        """The file form, checked by :func:`app.formats.parse_format` before anything is written."""
        out = format_to_json(self.base)
        if self.origin == OWN:
            out["version"] = min(self.base.version + 1, 1_000_000)
        out["title"] = local_json(self.base.title, lang, self.title)
        out["steps"] = [s.to_json(lang) for s in self.steps]
        return out
