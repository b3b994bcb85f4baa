"""The format editor: a team copies a format and changes its steps, times and questions.

A built-in or an organisation's format is never changed in place: "Make a copy to change" gives a copy
with a new id (``<id>-<team or 'own'>-N``) and "(our version)" after its title in the current
language. Every text is edited in the current language; the other languages are kept. Save checks the
format with the validator that loading uses (:func:`app.formats.parse_format`) and stores it whole: a
copy made for a team goes into the database with the team's data (it travels in the team's file and
is there on every start), a copy made without a team into the user's formats folder. Either is
available at once and can be shared as a file.

The editor works on plain drafts and builds new frozen :class:`~app.formats.Format` objects; the
formats it was given (and a meeting running with one of them) are never touched.
"""

from __future__ import annotations

import contextlib
import errno
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.atomic import ExportError
from app.format_library import (
    builtin_ids,
    copy_format,
    copy_id,
    export_format,
    format_folders,
    import_format,
    save_team_format,
    save_user_format,
    team_formats,
    team_source,
)
from app.formats import (
    LANGS,
    MAX_STEP_S,
    Format,
    FormatError,
    LocalText,
    StepKind,
    StepSpec,
    check_plan,
    format_to_json,
    load_format,
    load_formats,
    parse_format,
)
from app.paths import AppPaths
from app.storage.api import StorageError
from app.timefmt import format_elapsed
from ui.error_texts import storage_error_text, write_reason
from ui.screens import fit_to_screen

BUILTIN, ORG, OWN, TEAM, NEW = "builtin", "org", "own", "team", "new"
ROLE = Qt.ItemDataRole.UserRole
MAX_MINUTES = MAX_STEP_S // 60  # the spin boxes reach just past the longest step; Save says so
DEFAULT_PEOPLE = 7
EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                 | QAbstractItemView.EditTrigger.AnyKeyPressed)
_WHERE = re.compile(r"steps\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\])?")
_BETWEEN = re.compile(r"must be between (-?\d+) and (-?\d+), got (-?\d+)")
_LONGER = re.compile(r"is longer than (\d+) characters")
_TOO_MANY = re.compile(r"has (\d+) steps; at most (\d+) are allowed")


def format_reason(where: str, problem: str) -> str:
    """A FormatError's reason in the current language where it is a known one (else as given).

    Every reason app/formats.py and app/format_library.py give is known here (a test walks them)."""
    from ui.error_texts import json_problem_text

    if (known := json_problem_text(problem)) is not None:
        return known
    translate = QCoreApplication.translate  # lupdate reads translate("FormatEditor", "...") calls
    fixed = {"must be a non-empty text": translate("FormatEditor", "must not be empty"),
             "is longer than the step": translate("FormatEditor", "is longer than the step itself"),
             "is longer than the turn": translate("FormatEditor", "is longer than the turn itself"),
             "is the id of a built-in format": translate(
                 "FormatEditor", "is the id of a built-in format, which is never replaced: make a copy")}
    for start, text in fixed.items():
        if problem.startswith(start):
            return text
    exact = {
        "must be an object { ... }": translate("FormatEditor", "must be a group of fields in braces { … }"),
        "is missing (every text needs English)": translate(
            "FormatEditor", "is missing (every text needs English)"),
        "must be 1-64 letters a-z, digits, '-' or '_'": translate(
            "FormatEditor", "must be 1 to 64 letters a–z, digits, “-” or “_”"),
        "is missing": translate("FormatEditor", "is missing"),
        "must be a list": translate("FormatEditor", "must be a list [ … ]"),
        "must be a list with at least one step": translate(
            "FormatEditor", "must be a list with at least one step"),
        "min is larger than max": translate("FormatEditor", "the smallest number is larger than the largest"),
        "only a round's turns have parts": translate("FormatEditor", "only a round's turns have parts"),
        "needs a title and duration_s": translate("FormatEditor", "needs a title and a length (duration_s)"),
        "is not UTF-8 text": translate("FormatEditor", "is not UTF-8 text"),
        "the user's formats folder is the built-in one": translate(
            "FormatEditor", "your formats folder is the folder of the built-in formats")}
    if problem in exact:
        return exact[problem]
    if m := _BETWEEN.fullmatch(problem):
        lo, hi, got = (int(g) for g in m.groups())
        show = format_elapsed if where.endswith("_s") else str
        return translate("FormatEditor", "must be between %1 and %2, not %3").replace(
            "%1", show(lo)).replace("%2", show(hi)).replace("%3", show(got))
    patterns = (  # the reason's varying part, and its wording with that part as %1 (and %2)
        (_LONGER, translate("FormatEditor", "is longer than %1 characters")),
        (_TOO_MANY, translate("FormatEditor", "has %1 steps; at most %2 are allowed")),
        (r"unknown key \(allowed: (.*)\)", translate("FormatEditor", "is not a known field (these are: %1)")),
        (r"must be a whole number, got (.*)", translate("FormatEditor", "must be a whole number, not %1")),
        (r"must be true or false, got (.*)", translate("FormatEditor", "must be true or false, not %1")),
        (r"has (\d+) parts \(at most (\d+)\)", translate("FormatEditor", "has %1 parts (at most %2)")),
        (r"must be one of (.*), got (.*)", translate("FormatEditor", "must be one of %1, not %2")),
        (r"unknown capture (.*)", translate("FormatEditor", "is not a known kind of note: %1")),
        (r"(.*) is used twice", translate("FormatEditor", "%1 is used twice")),
        (r"is larger than (\d+) MB", translate("FormatEditor", "is larger than %1 MB")),
        (r"cannot be read \((.*)\)", translate("FormatEditor", "cannot be read (%1)")),
        (r"not valid JSON \((.*)\)", translate("FormatEditor", "is not valid JSON (%1)")))
    for pattern, wording in patterns:
        if found := re.fullmatch(pattern, problem):
            parts = found.groups()
            return re.sub(r"%([12])", lambda g: str(parts[int(g.group(1)) - 1]), wording)  # noqa: B023
    return problem


def format_error_text(exc: FormatError) -> str:
    """``file: field: reason``, the reason (and a line and column) in the current language where it
    is a known one."""
    reason = format_reason(exc.where, exc.problem)
    where = exc.where
    if m := re.fullmatch(r"line (\d+) column (\d+)", where):
        where = QCoreApplication.translate("FormatEditor", "line %1, column %2").replace(
            "%1", m.group(1)).replace("%2", m.group(2))
    return ": ".join(x for x in (exc.source, where, reason) if x)
STEP_FIELDS = ("title", "kind", "duration_s", "warning_s", "turn_s", "turn_warning_s", "instruction",
               "questions")


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
        return out


@dataclass
class FormatDraft:
    """The format being edited: what it was (``base``), where it comes from, and the edits."""

    base: Format
    origin: str
    title: str
    steps: list[StepDraft]
    file_name: str | None = None  # the user's file it was loaded from

    def to_json(self, lang: str) -> dict[str, Any]:
        """The file form, checked by :func:`app.formats.parse_format` before anything is written."""
        out = format_to_json(self.base)
        if self.origin == OWN:
            out["version"] = min(self.base.version + 1, 1_000_000)
        out["title"] = local_json(self.base.title, lang, self.title)
        out["steps"] = [s.to_json(lang) for s in self.steps]
        return out


class ErrorLabel(QLabel):
    """A wrapped line under a field; asks for the height its text needs at its width (a form
    layout alone would squash the field above it)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep room for every line of the message."""
        super().resizeEvent(event)
        need = self.heightForWidth(self.width()) if self.text() else 0
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def setText(self, text: str) -> None:
        """Show ``text``; the height follows at the next layout."""
        super().setText(text)
        self.setMinimumHeight(0)
        self.setMinimumHeight(self.heightForWidth(self.width()) if text and self.width() > 0 else 0)


class DurationEdit(QWidget):
    """Minutes and seconds, for a step's length, a warning or a turn (typing updates at once)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 59)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.minutes)
        layout.addWidget(self.seconds)
        layout.addStretch(1)
        self.setFocusProxy(self.minutes)
        self.minutes.valueChanged.connect(self.changed)
        self.seconds.valueChanged.connect(self.changed)

    def value(self) -> int:
        """Seconds."""
        return self.minutes.value() * 60 + self.seconds.value()

    def set_value(self, seconds: int) -> None:
        """Show ``seconds`` (a value past the spin boxes shows their largest)."""
        minutes, secs = divmod(max(0, int(seconds)), 60)
        if minutes > MAX_MINUTES:
            minutes, secs = MAX_MINUTES, 59
        for box, v in ((self.minutes, minutes), (self.seconds, secs)):
            box.blockSignals(True)
            box.setValue(v)
            box.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        """Readable (and reachable by Tab) but not changeable."""
        for box in (self.minutes, self.seconds):
            box.setReadOnly(read_only)

    def set_texts(self, name: str, minutes: str, seconds: str) -> None:
        """Units and what a screen reader says for each box."""
        self.minutes.setSuffix(minutes)
        self.seconds.setSuffix(seconds)
        self.minutes.setAccessibleName(name + " – " + minutes.strip())
        self.seconds.setAccessibleName(name + " – " + seconds.strip())


class FormatEditor(QDialog):
    """Pick a format, copy it, change it, check it and save it (or share it as a file).

    Signals:
        formats_changed(str): a format was saved or brought in (its id); reload the formats.
    """

    formats_changed = Signal(str)

    def __init__(self, paths: AppPaths, lang: str = "en", team: str = "", current_id: str = "",
                 people: int = 0, parent: QWidget | None = None, store: Any = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.store = store  # app.storage.store.Store | None: where a team's own formats are kept
        base = lang.replace("-", "_").partition("_")[0]
        self._lang = base if base in LANGS else "en"  # texts are edited in one of the file's languages
        self._team = team
        self._entries: dict[str, tuple[str, Format]] = {}
        self._builtin: set[str] = set()
        self._draft: FormatDraft | None = None
        self._row = -1
        self._loading = False
        self.dirty = False
        self.last_error: tuple[str, str] | None = None  # (where it is shown, what it says)
        self._described: list[QWidget] = []
        self._build()
        self._connect()
        self.people.setValue(people if people > 0 else DEFAULT_PEOPLE)
        self.retranslate_ui()
        self.reload(current_id)

    # -- view ------------------------------------------------------------------------------------
    def _error_label(self, key: str) -> QLabel:
        label = ErrorLabel()
        label.setObjectName(f"error-{key}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.hide()
        self.errors[key] = label
        return label

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        """``widget`` with its error line under it (the line takes no room while empty)."""
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        v.addWidget(self._error_label(key))
        self.rows[key] = box
        return box

    def _buttons(self, *names: str) -> QHBoxLayout:
        row = QHBoxLayout()
        for name in names:
            button = QPushButton()
            button.setAutoDefault(False)
            setattr(self, name, button)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_top(self) -> QVBoxLayout:
        self.picker = QComboBox()
        self.picker_label = QLabel()
        self.picker_label.setBuddy(self.picker)
        row = QHBoxLayout()
        row.addWidget(self.picker_label)
        row.addWidget(self.picker, 1)
        files = self._buttons("copy_button", "open_button", "export_button", "remove_button")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        top = QVBoxLayout()
        top.addLayout(row)
        top.addLayout(files)
        top.addWidget(self.status)
        top.addWidget(self.notice)
        return top

    def _build_left(self) -> QVBoxLayout:
        self.title_edit = QLineEdit()
        self.title_label = QLabel()
        self.title_label.setBuddy(self.title_edit)
        self.steps = QListWidget()
        self.steps.setUniformItemSizes(True)  # 500 steps stay quick
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long titles: …
        self.steps_label = QLabel()
        self.steps_label.setBuddy(self.steps)
        left = QVBoxLayout()
        left.addWidget(self.title_label)
        left.addWidget(self._with_error(self.title_edit, "title"))
        left.addWidget(self.steps_label)
        left.addWidget(self._with_error(self.steps, "steps"), 1)
        left.addLayout(self._buttons("add_step_button", "remove_step_button"))
        left.addLayout(self._buttons("up_button", "down_button"))
        return left

    def _build_step(self) -> QGroupBox:
        self.step_title = QLineEdit()
        self.kind = QComboBox()
        self.duration, self.warning = DurationEdit(), DurationEdit()
        self.turn, self.turn_warning = DurationEdit(), DurationEdit()
        self.instruction = QPlainTextEdit()
        self.instruction.setTabChangesFocus(True)
        self.instruction.setMinimumHeight(70)
        self.questions = QListWidget()
        self.questions.setMinimumHeight(90)
        self.questions.setWordWrap(True)  # a long question wraps instead of scrolling sideways
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        questions = QWidget()
        qv = QVBoxLayout(questions)
        qv.setContentsMargins(0, 0, 0, 0)
        qv.addWidget(self.questions, 1)
        qv.addLayout(self._buttons("add_question_button", "remove_question_button"))
        self.step_form = QFormLayout()
        self.step_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.step_labels: dict[str, QLabel] = {}
        fields: dict[str, QWidget] = {
            "title": self.step_title, "kind": self.kind, "duration_s": self.duration,
            "warning_s": self.warning, "turn_s": self.turn, "turn_warning_s": self.turn_warning,
            "instruction": self.instruction, "questions": questions}
        for name, widget in fields.items():
            label = QLabel()
            label.setBuddy(self.questions if name == "questions"
                           else widget.minutes if isinstance(widget, DurationEdit) else widget)
            self.step_labels[name] = label
            self.step_form.addRow(label, self._with_error(widget, f"step.{name}"))
        self.step_box = QGroupBox()
        self.step_box.setLayout(self.step_form)
        return self.step_box

    def _build(self) -> None:
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        middle = QHBoxLayout()
        middle.addLayout(self._build_left(), 2)
        middle.addWidget(self._build_step(), 3)
        self.people = QSpinBox()
        self.people.setRange(1, 200)
        self.people_label = QLabel()
        self.people_label.setBuddy(self.people)
        self.preview = QLabel()
        self.preview.setObjectName("plan")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton()
        self.save_button.setAutoDefault(False)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_box.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.people_label)
        bottom.addWidget(self.people)
        bottom.addWidget(self.preview, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_box)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        layout.addLayout(middle, 1)
        layout.addWidget(self._error_label("general"))
        layout.addLayout(bottom)
        fit_to_screen(self, 1100, 680)

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change)."""
        self.setWindowTitle(self.tr("Runde – formats"))
        self.picker_label.setText(self.tr("F&ormat"))
        self.picker.setAccessibleName(self.tr("Format to edit"))
        self.copy_button.setText(self.tr("Make a &copy to change"))
        self.open_button.setText(self.tr("Open a &file…"))
        self.export_button.setText(self.tr("Save as fi&le…"))
        self.open_button.setToolTip(self.tr("Bring in a format file someone shared"))
        self.export_button.setToolTip(self.tr("Write this format to a file to share it"))
        self.remove_button.setText(self.tr("Remove this format…"))
        self.remove_button.setToolTip(self.tr("Remove your own or your team's format (built-in and "
                                              "organisation formats stay)"))
        self.title_label.setText(self.tr("&Title"))
        self.title_edit.setAccessibleName(self.tr("Title of the format"))
        self.steps_label.setText(self.tr("&Steps"))
        self.steps.setAccessibleName(self.tr("Steps of the format"))
        self.add_step_button.setText(self.tr("&Add a step"))
        self.remove_step_button.setText(self.tr("&Remove the step"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.step_box.setTitle(self.tr("The chosen step"))
        labels = {"title": self.tr("Step titl&e"), "kind": self.tr("&Kind"),
                  "duration_s": self.tr("&Duration"),
                  "warning_s": self.tr("War&ning"), "turn_s": self.tr("Time &per turn"),
                  "turn_warning_s": self.tr("Turn warnin&g"), "instruction": self.tr("&Instruction"),
                  "questions": self.tr("Pro&mpt questions")}
        for name, text in labels.items():
            self.step_labels[name].setText(text)
        self.step_title.setAccessibleName(self.tr("Step title"))
        self.kind.setAccessibleName(self.tr("Kind of step"))
        self._fill_kinds()
        mins, secs = self.tr(" min"), self.tr(" s")
        self.duration.set_texts(self.tr("Duration"), mins, secs)
        self.warning.set_texts(self.tr("Warning before the end"), mins, secs)
        self.turn.set_texts(self.tr("Time per turn"), mins, secs)
        self.turn_warning.set_texts(self.tr("Warning before the end of a turn"), mins, secs)
        self.instruction.setAccessibleName(self.tr("Instruction"))
        self.instruction.setPlaceholderText(self.tr("What the room reads during this step (optional)"))
        self.questions.setAccessibleName(self.tr("Prompt questions, one a line"))
        self.questions.setToolTip(self.tr("F2 or double-click changes a question"))
        self.add_question_button.setText(self.tr("Add a &question"))
        self.remove_question_button.setText(self.tr("Remo&ve the question"))
        self.people_label.setText(self.tr("Num&ber of people"))
        self.people.setAccessibleName(self.tr("Number of people for the planned total"))
        self.preview.setAccessibleName(self.tr("Planned total"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self._refresh_status()
        self._update_preview()

    def _fill_kinds(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Timed: one countdown"), StepKind.TIMED)
        self.kind.addItem(self.tr("Round: a turn for each person"), StepKind.ROUND)
        self.kind.addItem(self.tr("Open: the clock counts up"), StepKind.OPEN)
        if current is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _connect(self) -> None:
        self.picker.activated.connect(self._picked)
        self.copy_button.clicked.connect(self.make_copy)
        self.open_button.clicked.connect(lambda _=False: self.open_file())
        self.export_button.clicked.connect(lambda _=False: self.save_as_file())
        self.remove_button.clicked.connect(self.remove_format)
        self.save_button.clicked.connect(self.save)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)
        self.title_edit.textChanged.connect(self._title_changed)
        self.steps.currentRowChanged.connect(self._show_step)
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.step_title.textChanged.connect(self._step_edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for d in (self.duration, self.warning, self.turn, self.turn_warning):
            d.changed.connect(self._step_edited)
        self.instruction.textChanged.connect(self._step_edited)
        self.questions.itemChanged.connect(self._step_edited)
        self.add_question_button.clicked.connect(self.add_question)
        self.remove_question_button.clicked.connect(self.remove_question)
        self.people.valueChanged.connect(self._update_preview)

    # -- which formats -----------------------------------------------------------------------------
    def reload(self, select: str = "") -> None:
        """Read the formats again (built-in, organisation's, the user's own) and show ``select``."""
        folders = format_folders(self.paths)
        self._builtin = builtin_ids(self.paths)
        self._entries = {}
        for origin, group in ((BUILTIN, folders[:1]), (ORG, folders[1:-1]), (OWN, folders[-1:])):
            for fmt_id, fmt in load_formats(group)[0].items():
                self._entries[fmt_id] = (origin, fmt)  # later ids replace earlier ones, as loading does
        if self.store is not None:
            try:
                stored = team_formats(self.store, self._builtin)[0]
            except StorageError:
                stored = {}
            for fmt_id, fmt in stored.items():
                self._entries[fmt_id] = (TEAM, fmt)
        self._fill_picker()
        ids = [str(self.picker.itemData(i)) for i in range(self.picker.count())]
        choice = select if select in ids else (ids[0] if ids else "")
        if choice:
            self.picker.setCurrentIndex(ids.index(choice))
            self._load(choice)
        else:
            self._draft = None
            self._apply_editable()
            self._refresh_status()

    def _origin_text(self, origin: str, fmt: Format | None = None) -> str:
        if origin == TEAM and fmt is not None:
            return self.tr("team “%1”").replace("%1", team_source(fmt) or "")
        return {BUILTIN: self.tr("built-in"), ORG: self.tr("your organisation's"),
                OWN: self.tr("your own"), TEAM: self.tr("a team's own"),
                NEW: self.tr("not saved yet")}[origin]

    def _team_for_new(self) -> str:
        """The team a new copy is stored with: the chosen team, if the database is open."""
        return self._team.strip() if self.store is not None else ""

    def _fill_picker(self) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for fmt_id, (origin, fmt) in sorted(self._entries.items(),
                                             key=lambda kv: kv[1][1].title.get(self._lang).casefold()):
            self.picker.addItem(f"{fmt.title.get(self._lang)} – {self._origin_text(origin, fmt)}", fmt_id)
        self.picker.blockSignals(False)

    def _picked(self, index: int) -> None:
        fmt_id = str(self.picker.itemData(index) or "")
        if self._draft is not None and fmt_id == self._draft.base.id:
            return
        if not self._may_leave():
            self._select_in_picker(self._draft.base.id if self._draft else "")
            return
        if self._draft is not None and self._draft.origin == NEW:
            self._fill_picker()  # the unsaved copy leaves the list
        self._select_in_picker(fmt_id)
        self._load(fmt_id)

    def _select_in_picker(self, fmt_id: str) -> None:
        idx = self.picker.findData(fmt_id)
        if idx >= 0:
            self.picker.blockSignals(True)
            self.picker.setCurrentIndex(idx)
            self.picker.blockSignals(False)

    def _load(self, fmt_id: str) -> None:
        origin, fmt = self._entries[fmt_id]
        file_name = None
        if origin == OWN and Path(fmt.source).parent == self.paths.formats_dir:
            file_name = Path(fmt.source).name
        self._set_draft(FormatDraft(fmt, origin, fmt.title.get(self._lang),
                                    [StepDraft.of(s, self._lang) for s in fmt.steps], file_name))

    def _set_draft(self, draft: FormatDraft, dirty: bool = False) -> None:
        self._draft = draft
        self._clear_errors()
        self._loading = True
        self.title_edit.setText(draft.title)
        self.steps.clear()
        self.steps.addItems([self._step_text(i, s) for i, s in enumerate(draft.steps)])
        self._loading = False
        self._row = -1
        self.steps.setCurrentRow(0 if draft.steps else -1)
        self._show_step(self.steps.currentRow())
        self.dirty = dirty
        self._apply_editable()
        self._refresh_status()
        self._update_preview()

    def editable(self) -> bool:
        """Whether the shown format may be changed here (a copy or the user's own, never a built-in)."""
        d = self._draft
        return d is not None and (d.origin in {NEW, TEAM}
                                  or (d.origin == OWN and d.base.id not in self._builtin))

    def _apply_editable(self) -> None:
        on = self.editable()
        for w in (self.title_edit, self.step_title):
            w.setReadOnly(not on)
        self.instruction.setReadOnly(not on)
        for d in (self.duration, self.warning, self.turn, self.turn_warning):
            d.set_read_only(not on)
        self.kind.setEnabled(on)
        self.questions.setEditTriggers(EDIT_TRIGGERS if on else QAbstractItemView.EditTrigger.NoEditTriggers)
        for b in (self.add_step_button, self.remove_step_button, self.up_button, self.down_button,
                  self.add_question_button, self.remove_question_button, self.save_button):
            b.setEnabled(on)
        self.copy_button.setEnabled(self._draft is not None and self._draft.origin != NEW)
        self.export_button.setEnabled(self._draft is not None)
        self.remove_button.setEnabled(self._draft is not None and self._draft.origin in {OWN, TEAM})
        self._enable_step_buttons()

    def _refresh_status(self) -> None:
        d = self._draft
        if d is None:
            self.status.setText(self.tr("There are no formats yet: open a file to bring one in."))
            return
        if d.origin == NEW and self._team_for_new():
            text = self.tr("A copy for the team “%2”, not saved yet. Save keeps it with the team's data "
                           "and makes it available at once, as “%1”.").replace("%2", self._team_for_new())
        elif d.origin == NEW:
            text = self.tr("A copy, not saved yet. Save makes it available at once, as “%1”.")
        elif d.origin == TEAM:
            text = self.tr("A format of the team “%2” (“%1”): changes are saved with the team's data "
                           "and travel in the team's file.").replace("%2", team_source(d.base) or "")
        elif d.origin == OWN and d.base.id in self._builtin:
            text = self.tr("This file in your folder has the id of a built-in format (“%1”). Make a copy "
                           "to change it.")
        elif d.origin == OWN:
            text = self.tr("Your own format (“%1”): changes are saved in your formats folder.")
        elif d.origin == ORG:
            text = self.tr("Your organisation's format (“%1”) is not changed here: make a copy to change it.")
        else:
            text = self.tr("A built-in format (“%1”) is never changed: make a copy to change it.")
        self.status.setText(text.replace("%1", d.base.id))

    # -- the copy ----------------------------------------------------------------------------------
    def taken_ids(self) -> set[str]:
        """Every id in use, and every file name in the user's folder (a copy takes none of them)."""
        taken = set(self._entries) | self._builtin
        if self.store is not None:
            from app.storage.api import team_format_ids

            with contextlib.suppress(StorageError):  # unreadable now: the ids loaded above still count
                taken |= team_format_ids(self.store)  # damaged rows too: their id stays theirs
        folders = format_folders(self.paths)
        for folder in folders:
            if folder.is_dir():
                taken |= {p.stem for p in folder.glob("*.json")}
        return taken

    def make_copy(self) -> bool:
        """A copy of the shown format to change (the original stays as it is)."""
        d = self._draft
        if d is None or d.origin == NEW or not self._may_leave():
            return False
        source = self._entries[d.base.id][1]
        new_id = copy_id(source.id, self._team, self.taken_ids())
        fmt = copy_format(source, new_id, self._lang, self.tr("(our version)"))
        self.picker.blockSignals(True)
        self.picker.insertItem(0, f"{fmt.title.get(self._lang)} – {self._origin_text(NEW)}", new_id)
        self.picker.setCurrentIndex(0)
        self.picker.blockSignals(False)
        self._set_draft(FormatDraft(fmt, NEW, fmt.title.get(self._lang),
                                    [StepDraft.of(s, self._lang) for s in fmt.steps]), dirty=True)
        self.title_edit.setFocus()
        return True

    # -- editing -----------------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self._update_preview()

    def _title_changed(self, text: str) -> None:
        if self._draft is not None and not self._loading:
            self._draft.title = text
            self._edited()

    def _step_text(self, index: int, s: StepDraft) -> str:
        if s.kind is StepKind.ROUND:
            time = self.tr("%1 a turn").replace("%1", format_elapsed(s.turn_s))
        elif s.kind is StepKind.OPEN:
            time = self.tr("open")
        else:
            time = format_elapsed(s.duration_s)
        return f"{index + 1}. {' '.join(s.title.split()) or '…'} ({time})"

    def current_step(self) -> StepDraft | None:
        """The step shown on the right."""
        d = self._draft
        return d.steps[self._row] if d is not None and 0 <= self._row < len(d.steps) else None

    def _show_step(self, row: int) -> None:
        self._row = row
        s = self.current_step()
        self.step_box.setEnabled(s is not None)
        self._loading = True
        s = s or StepDraft("", None, "")
        self.step_title.setText(s.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(s.kind)))
        self.duration.set_value(s.duration_s)
        self.warning.set_value(s.warning_s)
        self.turn.set_value(s.turn_s)
        self.turn_warning.set_value(s.turn_warning_s)
        self.instruction.setPlainText(s.instruction)
        self.questions.clear()
        for original, text in s.questions:
            self._question_item(text, original)
        self._loading = False
        self._show_kind_rows(s.kind)
        self._enable_step_buttons()

    def _question_item(self, text: str, original: LocalText | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(ROLE, original)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.questions.addItem(item)
        return item

    def _show_kind_rows(self, kind: StepKind) -> None:
        self.step_form.setRowVisible(self.rows["step.duration_s"], kind is not StepKind.ROUND)
        self.step_form.setRowVisible(self.rows["step.warning_s"], kind is StepKind.TIMED)
        self.step_form.setRowVisible(self.rows["step.turn_s"], kind is StepKind.ROUND)
        self.step_form.setRowVisible(self.rows["step.turn_warning_s"], kind is StepKind.ROUND)
        self.step_labels["duration_s"].setText(
            self.tr("Planned &time") if kind is StepKind.OPEN else self.tr("&Duration"))

    def _kind_changed(self) -> None:
        s = self.current_step()
        if s is None or self._loading:
            return
        kind = StepKind(self.kind.currentData())
        if kind is StepKind.TIMED and s.duration_s <= 0:  # a round has no length of its own
            self._loading = True
            self.duration.set_value(300)
            self.warning.set_value(60)
            self._loading = False
        self._show_kind_rows(kind)
        self._step_edited()

    def _step_edited(self, *_: object) -> None:
        s = self.current_step()
        if s is None or self._loading:
            return
        s.title = self.step_title.text()
        s.kind = StepKind(self.kind.currentData())
        s.duration_s, s.warning_s = self.duration.value(), self.warning.value()
        s.turn_s, s.turn_warning_s = self.turn.value(), self.turn_warning.value()
        s.instruction = self.instruction.toPlainText()
        s.questions = [(self.questions.item(i).data(ROLE), self.questions.item(i).text())
                       for i in range(self.questions.count())]
        item = self.steps.item(self._row)
        if item is not None:
            item.setText(self._step_text(self._row, s))
        self._edited()

    def _renumber(self, start: int) -> None:
        d = self._draft
        if d is None:
            return
        for i in range(max(0, start), len(d.steps)):
            self.steps.item(i).setText(self._step_text(i, d.steps[i]))

    def add_step(self) -> StepDraft | None:
        """A new timed step after the chosen one."""
        d = self._draft
        if d is None or not self.editable():
            return None
        ids = {s.id for s in d.steps}
        n = len(d.steps) + 1
        while f"step-{n}" in ids:
            n += 1
        step = StepDraft(f"step-{n}", None, self.tr("New step"))
        at = self._row + 1 if self._row >= 0 else len(d.steps)
        d.steps.insert(at, step)
        self.steps.insertItem(at, self._step_text(at, step))
        self._renumber(at + 1)
        self.steps.setCurrentRow(at)
        self._edited()
        self.step_title.setFocus()
        self.step_title.selectAll()
        return step

    def remove_step(self) -> None:
        """Remove the chosen step."""
        d = self._draft
        if d is None or not self.editable() or self.current_step() is None:
            return
        row = self._row
        del d.steps[row]
        self._loading = True
        self.steps.takeItem(row)
        self._loading = False
        self._renumber(row)
        self._row = -1
        self.steps.setCurrentRow(min(row, len(d.steps) - 1))
        self._show_step(self.steps.currentRow())
        self._edited()

    def move_step(self, delta: int) -> None:
        """Move the chosen step up (-1) or down (+1)."""
        d, row = self._draft, self._row
        if d is None or not self.editable() or not 0 <= row + delta < len(d.steps) or row < 0:
            return
        d.steps[row], d.steps[row + delta] = d.steps[row + delta], d.steps[row]
        for i in (row, row + delta):
            self.steps.item(i).setText(self._step_text(i, d.steps[i]))
        self.steps.setCurrentRow(row + delta)
        self._edited()

    def _enable_step_buttons(self) -> None:
        on = self.editable()
        n = len(self._draft.steps) if self._draft else 0
        self.remove_step_button.setEnabled(on and 0 <= self._row < n)
        self.up_button.setEnabled(on and self._row > 0)
        self.down_button.setEnabled(on and 0 <= self._row < n - 1)
        self.remove_question_button.setEnabled(on and self.questions.count() > 0)

    def add_question(self) -> None:
        """A new prompt question, ready to type."""
        if self.current_step() is None or not self.editable():
            return
        item = self._question_item(self.tr("New question"), None)
        self.questions.setCurrentItem(item)
        self._step_edited()
        self._enable_step_buttons()
        self.questions.setFocus()
        self.questions.editItem(item)

    def remove_question(self) -> None:
        """Remove the chosen prompt question."""
        row = self.questions.currentRow()
        if row < 0 or not self.editable():
            return
        self.questions.takeItem(row)
        self._step_edited()
        self._enable_step_buttons()

    # -- the planned total ------------------------------------------------------------------------
    def planned_s(self) -> int:
        """The planned total of the draft with the chosen number of people."""
        d = self._draft
        return sum(s.planned_s(self.people.value()) for s in d.steps) if d else 0

    def _minutes(self, seconds: int) -> str:
        minutes, secs = divmod(seconds, 60)
        if secs:
            return self.tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(secs))
        return self.tr("%1 min").replace("%1", str(minutes))

    def _update_preview(self) -> None:
        d = self._draft
        if d is None:
            self.preview.setText("")
            return
        total, people = self.planned_s(), self.people.value()
        target = d.base.target_total_s
        if target is None:
            text = self.tr("Planned: %1 with %n people", "", people)
        elif total > target:
            text = self.tr("⚠ Planned: %1 with %n people, longer than the meeting's usual %2", "", people)
        else:
            text = self.tr("Planned: %1 with %n people (the meeting's usual length is %2)", "", people)
        self.preview.setText(text.replace("%1", self._minutes(total)).replace(
            "%2", self._minutes(target or 0)))

    # -- checking and saving ----------------------------------------------------------------------
    def draft_json(self) -> dict[str, Any]:
        """The draft in the file form, as Save checks it."""
        assert self._draft is not None
        return self._draft.to_json(self._lang)

    def _target_name(self) -> str:
        d = self._draft
        assert d is not None
        return d.file_name or f"{d.base.id}.json"

    def checked(self) -> Format | None:
        """The draft as a format, checked as loading checks a file; None (the problem shown next to
        its field) if a rule is broken."""
        if self._draft is None:
            return None
        self._clear_errors()
        try:
            fmt = parse_format(self.draft_json(), str(self.paths.formats_dir / self._target_name()))
            check_plan(fmt)
        except FormatError as exc:
            self.show_error(exc)
            return None
        return fmt

    def save(self) -> bool:
        """Check the draft and write it into the user's formats folder (whole, or nothing)."""
        d = self._draft
        if d is None or not self.editable():
            return False
        fmt = self.checked()
        if fmt is None:
            return False
        team = team_source(d.base) if d.origin == TEAM else self._team_for_new() if d.origin == NEW else ""
        try:
            if team and self.store is not None:
                saved, origin = save_team_format(fmt, self.store, team, self.paths), TEAM
            else:
                saved, origin = save_user_format(fmt, self.paths, d.file_name), OWN
        except FormatError as exc:
            self.show_error(exc)
            return False
        except ExportError as exc:
            self._show_write_error(exc)
            return False
        except StorageError as exc:
            self._show_storage_error(exc)
            return False
        self.dirty = False
        self._entries[saved.id] = (origin, saved)
        self.reload(saved.id)
        self._say(self.tr("Saved: “%1” is available at once on the start screen.").replace(
            "%1", saved.title.get(self._lang)))
        self.formats_changed.emit(saved.id)
        return True

    def _show_write_error(self, exc: ExportError) -> None:
        if exc.code in {"EACCES", "EPERM", "EROFS"}:
            reason = self.tr("the folder is read-only")
        elif exc.code in {"ENOSPC", "EDQUOT"}:
            reason = self.tr("the disk is full")
        else:
            reason = write_reason(exc.code) or str(exc)
        text = self.tr("The format was not saved: Runde cannot write in %1 (%2). Nothing was changed. "
                       "“Save as file…” can keep it somewhere else.")
        self._set_error("general", text.replace("%1", str(self.paths.formats_dir)).replace("%2", reason))

    def _show_storage_error(self, exc: StorageError) -> None:
        text = self.tr("The format was not saved with the team's data: %1 Nothing was changed. "
                       "“Save as file…” can keep it somewhere else.")
        self._set_error("general", text.replace("%1", storage_error_text(exc)))

    def _reason(self, where: str, problem: str) -> str:
        return format_reason(where, problem)

    def _field_name(self, name: str) -> str:
        return {"title": self.tr("title"), "kind": self.tr("kind"), "duration_s": self.tr("duration"),
                "warning_s": self.tr("warning"), "turn_s": self.tr("time per turn"),
                "turn_warning_s": self.tr("turn warning"), "instruction": self.tr("instruction"),
                "questions": self.tr("prompt questions")}.get(name, name)

    def show_error(self, exc: FormatError) -> None:
        """Show a FormatError's field and reason next to that field, and take the cursor there."""
        where, reason = exc.where, self._reason(exc.where, exc.problem)
        m = _WHERE.match(where)
        if m is not None and self._draft is not None and int(m.group(1)) < len(self._draft.steps):
            row, name = int(m.group(1)), m.group(2) or ""
            self.steps.setCurrentRow(row)
            key = f"step.{name}" if name in STEP_FIELDS else "steps"
            step = self._draft.steps[row]
            what = self.tr("Step %1 (“%2”), %3").replace("%1", str(row + 1)).replace(
                "%2", " ".join(step.title.split())[:60]).replace("%3", self._field_name(name or "steps"))
            if m.group(3) is not None and name == "questions":
                self.questions.setCurrentRow(int(m.group(3)))
                what += " " + str(int(m.group(3)) + 1)
        elif where.startswith("title"):
            key, what = "title", self.tr("Title")
        elif where.startswith("steps"):
            key, what = "steps", self.tr("Steps")
        else:
            key, what = "general", where or self.tr("The format")
        self._set_error(key, f"{what}: {reason}")
        focus = {"title": self.title_edit, "steps": self.steps, "step.title": self.step_title,
                 "step.kind": self.kind, "step.duration_s": self.duration.minutes,
                 "step.warning_s": self.warning.minutes, "step.turn_s": self.turn.minutes,
                 "step.turn_warning_s": self.turn_warning.minutes, "step.instruction": self.instruction,
                 "step.questions": self.questions}.get(key)
        if focus is not None:
            focus.setAccessibleDescription(self.errors[key].accessibleName())  # read out with the field
            self._described.append(focus)
            focus.setFocus()

    def _set_error(self, key: str, text: str) -> None:
        label = self.errors[key]
        self.last_error = (key, text)
        label.setText("⚠ " + text)
        label.show()
        label.setAccessibleName(text)
        self.save_button.setAccessibleDescription(text)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.save_button.setAccessibleDescription("")
        for w in self._described:
            w.setAccessibleDescription("")
        self._described.clear()
        self.last_error = None

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- files to share ---------------------------------------------------------------------------
    def save_as_file(self, path: Path | None = None) -> bool:
        """Write the shown format (as checked) to a file others can bring in."""
        fmt = self.checked()
        if fmt is None:
            return False
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the format as a file"),
                                                  f"{fmt.id}.json", self.tr("Runde formats (*.json)"))
            if not name:
                return False
            path = Path(name)
        try:
            export_format(fmt, path)
        except ExportError as exc:
            from ui.error_texts import export_error_text

            self._set_error("general", self.tr("The file was not saved: %1").replace(
                "%1", export_error_text(exc)))
            return False
        self._say(self.tr("Saved as %1: others bring it in with “Open a file…”.").replace("%1", str(path)))
        return True

    def open_file(self, path: Path | None = None) -> bool:
        """Bring in a format file (checked as loading does; a file with a mistake is refused with the
        field and reason). A file with a built-in's id comes in as a copy: the built-in stays."""
        if not self._may_leave():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a format file"), "",
                                                  self.tr("Runde formats (*.json)"))
            if not name:
                return False
            path = Path(name)
        self._clear_errors()
        try:
            fmt = load_format(path)
            if fmt.id in self._builtin:
                fmt = replace(fmt, id=copy_id(fmt.id, self._team, self.taken_ids()))
                saved = save_user_format(fmt, self.paths)
                note = self.tr("It has the id of a built-in format, so it came in as “%1”; the built-in "
                               "format stays as it is.").replace("%1", saved.id)
            else:
                own = self._entries.get(fmt.id)
                if own is not None and own[0] == OWN and not self._confirm_replace(own[1]):
                    return False
                saved, note = import_format(path, self.paths), ""
        except FormatError as exc:
            self._set_error("general", self.tr("This file cannot be used: %1").replace(
                "%1", f"{Path(exc.source).name}: {exc.where + ': ' if exc.where else ''}"
                      f"{self._reason(exc.where, exc.problem)}"))
            return False
        except (ExportError, OSError) as exc:
            self._set_error("general", self.tr("The file could not be brought in: %1").replace(
                "%1", str(exc)))
            return False
        self.dirty = False
        self.reload(saved.id)
        self._say(" ".join(t for t in (self.tr("Brought in: “%1”.").replace(
            "%1", saved.title.get(self._lang)), note) if t))
        self.formats_changed.emit(saved.id)
        return True

    # -- removing one's own ------------------------------------------------------------------------
    def _series_using(self, fmt_id: str) -> list[str]:
        if self.store is None:
            return []
        from app.storage.api import list_series

        try:
            good, _bad = list_series(self.store, all_teams=True)
        except StorageError:
            return []
        return [r.series.name or r.series.format_id for r in good if r.series.format_id == fmt_id]

    def remove_format(self) -> bool:
        """Remove the shown format if it is the user's own (its file goes into ``removed/`` beside
        it, so nothing is lost) or a team's (taken out of the team's data). Past meetings keep their
        format's title; built-in and organisation formats are never removed."""
        d = self._draft
        if d is None or d.origin not in {OWN, TEAM}:
            return False
        if not self.ask_remove(d.base, self._series_using(d.base.id)):
            return False
        try:
            if d.origin == TEAM and self.store is not None:
                from app.storage.api import delete_team_format

                delete_team_format(self.store, d.base.id)
            else:
                source = Path(d.base.source)
                removed = self.paths.formats_dir / "removed"
                removed.mkdir(parents=True, exist_ok=True)
                source.replace(removed / source.name)
        except StorageError as exc:
            self._show_storage_error(exc)
            return False
        except OSError as exc:
            self._set_error("general", self.tr("The format was not removed: %1").replace(
                "%1", write_reason(errno.errorcode.get(exc.errno or 0, "")) or exc.strerror or str(exc)))
            return False
        title = d.base.title.get(self._lang)
        self.dirty = False
        self.reload()
        self._say(self.tr("Removed: “%1”. Past meetings keep its name.").replace("%1", title))
        self.formats_changed.emit("")
        return True

    # -- questions to the user (tests answer them) ---------------------------------------------------
    def ask_remove(self, fmt: Format, series: list[str]) -> bool:
        """Whether to remove ``fmt`` (the series that use it are named)."""
        text = self.tr("Remove “%1”? Past meetings keep its name.").replace("%1", fmt.title.get(self._lang))
        if series:
            text += "\n\n" + self.tr("These meeting series use it and need another format: %1").replace(
                "%1", ", ".join(series))
        answer = QMessageBox.question(self, self.tr("Remove the format?"), text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel the changes not saved yet."""
        return QMessageBox.question(
            self, self.tr("Changes not saved"), self.tr("Save the changes to this format first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def _confirm_replace(self, fmt: Format) -> bool:
        answer = QMessageBox.question(self, self.tr("Replace your format?"), self.tr(
            "You have a format with the same id, “%1”. Replace it with the one in the file?").replace(
            "%1", fmt.title.get(self._lang)))
        return answer == QMessageBox.StandardButton.Yes

    def _may_leave(self) -> bool:
        """True if the shown draft may be left: saved, unchanged, or the user let it go."""
        if not self.dirty or not self.editable():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            return True
        return False

    def reject(self) -> None:
        """Close (Esc): asks about changes not saved yet."""
        if self._may_leave():
            super().reject()
