"""The format editor's steps: the list of steps, the chosen step's fields, its prompt questions, and
the planned total.

:class:`FormatStepsEditor` writes what the user changes into the shown :class:`~app.format_draft.FormatDraft`
(texts in the editor's language); :class:`ui.format_editor.FormatEditor` builds on it with choosing,
copying, saving and sharing formats. Its texts keep the translation context ``FormatEditor``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from app.format_draft import FormatDraft, StepDraft
from app.formats import LANGS, LocalText, StepKind
from app.timefmt import format_elapsed
from ui.format_editor_view import FormatEditorView

translate = QCoreApplication.translate  # lupdate reads translate("FormatEditor", "...") calls
ROLE = Qt.ItemDataRole.UserRole


class FormatStepsEditor(FormatEditorView):
    """Edits the steps of the shown draft (``_draft``); the subclass says what may be changed."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        base = lang.replace("-", "_").partition("_")[0]
        self._lang = base if base in LANGS else "en"  # texts are edited in one of the file's languages
        self._draft: FormatDraft | None = None
        self._row = -1
        self._loading = False
        self.dirty = False
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

    def editable(self) -> bool:
        """Whether the shown format may be changed (the subclass knows which formats may)."""
        return self._draft is not None

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change), the planned total too."""
        super().retranslate_ui()
        self._update_preview()

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
            time = translate("FormatEditor", "%1 a turn").replace("%1", format_elapsed(s.turn_s))
        elif s.kind is StepKind.OPEN:
            time = translate("FormatEditor", "open")
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
        self.show_kind_rows(s.kind)
        self._enable_step_buttons()

    def _question_item(self, text: str, original: LocalText | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(ROLE, original)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.questions.addItem(item)
        return item

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
        self.show_kind_rows(kind)
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
        step = StepDraft(f"step-{n}", None, translate("FormatEditor", "New step"))
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
        item = self._question_item(translate("FormatEditor", "New question"), None)
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
            text = translate("FormatEditor", "%1 min %2 s")
            return text.replace("%1", str(minutes)).replace("%2", str(secs))
        return translate("FormatEditor", "%1 min").replace("%1", str(minutes))

    def _update_preview(self) -> None:
        """Show the planned total (the subclass words it: a plural message needs its own class's
        ``tr``, which lupdate reads with the number)."""
