"""The format editor's window: its widgets, their texts, and where a problem is shown.

:class:`FormatEditorView` builds the dialog and holds every widget as a typed attribute; it keeps no
format or draft of its own. :class:`ui.format_editor.FormatEditor` (the controller) fills it, follows the
user's edits and saves. Its texts keep the translation context ``FormatEditor`` (the dialog's name
for translators), so they are set through ``translate("FormatEditor", …)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.formats import StepKind
from ui.format_widgets import DurationEdit, ErrorLabel, SourceBox
from ui.screens import fit_to_screen

translate = QCoreApplication.translate  # lupdate reads translate("FormatEditor", "...") calls
EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                 | QAbstractItemView.EditTrigger.AnyKeyPressed)
STEP_FIELDS = ("title", "kind", "duration_s", "warning_s", "turn_s", "turn_warning_s", "instruction",
               "questions")


class FormatEditorView(QDialog):
    """The format editor's widgets and texts (the controller subclasses it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_error: tuple[str, str] | None = None  # (where it is shown, what it says)
        self._described: list[QWidget] = []
        self._build()

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

    @staticmethod
    def _button() -> QPushButton:
        button = QPushButton()
        button.setAutoDefault(False)  # Enter in a field never presses a button
        return button

    @staticmethod
    def _button_row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
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
        self.copy_button, self.open_button = self._button(), self._button()
        self.export_button, self.remove_button = self._button(), self._button()
        files = self._button_row(self.copy_button, self.open_button, self.export_button, self.remove_button)
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
        self.add_step_button, self.remove_step_button = self._button(), self._button()
        self.up_button, self.down_button = self._button(), self._button()
        left.addLayout(self._button_row(self.add_step_button, self.remove_step_button))
        left.addLayout(self._button_row(self.up_button, self.down_button))
        self.source_box = SourceBox()
        left.addWidget(self.source_box)
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
        self.add_question_button, self.remove_question_button = self._button(), self._button()
        qv.addLayout(self._button_row(self.add_question_button, self.remove_question_button))
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
        self.save_button = self._button()
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
        self.setWindowTitle(translate("FormatEditor", "Runde – formats"))
        self.picker_label.setText(translate("FormatEditor", "F&ormat"))
        self.picker.setAccessibleName(translate("FormatEditor", "Format to edit"))
        self.copy_button.setText(translate("FormatEditor", "Make a &copy to change"))
        self.open_button.setText(translate("FormatEditor", "Open a &file…"))
        self.export_button.setText(translate("FormatEditor", "Save as fi&le…"))
        self.open_button.setToolTip(translate("FormatEditor", "Bring in a format file someone shared"))
        self.export_button.setToolTip(translate("FormatEditor", "Write this format to a file to share it"))
        self.remove_button.setText(translate("FormatEditor", "Remove this format…"))
        self.remove_button.setToolTip(translate(
            "FormatEditor", "Remove your own or your team's format (built-in and organisation formats stay)"))
        self.title_label.setText(translate("FormatEditor", "&Title"))
        self.title_edit.setAccessibleName(translate("FormatEditor", "Title of the format"))
        self.steps_label.setText(translate("FormatEditor", "&Steps"))
        self.steps.setAccessibleName(translate("FormatEditor", "Steps of the format"))
        self.add_step_button.setText(translate("FormatEditor", "&Add a step"))
        self.remove_step_button.setText(translate("FormatEditor", "&Remove the step"))
        self.up_button.setText(translate("FormatEditor", "Move &up"))
        self.down_button.setText(translate("FormatEditor", "Move do&wn"))
        self.step_box.setTitle(translate("FormatEditor", "The chosen step"))
        labels = {"title": translate("FormatEditor", "Step titl&e"),
                  "kind": translate("FormatEditor", "&Kind"),
                  "duration_s": translate("FormatEditor", "&Duration"),
                  "warning_s": translate("FormatEditor", "War&ning"),
                  "turn_s": translate("FormatEditor", "Time &per turn"),
                  "turn_warning_s": translate("FormatEditor", "Turn warnin&g"),
                  "instruction": translate("FormatEditor", "&Instruction"),
                  "questions": translate("FormatEditor", "Pro&mpt questions")}
        for name, text in labels.items():
            self.step_labels[name].setText(text)
        self.step_title.setAccessibleName(translate("FormatEditor", "Step title"))
        self.kind.setAccessibleName(translate("FormatEditor", "Kind of step"))
        self._fill_kinds()
        mins, secs = translate("FormatEditor", " min"), translate("FormatEditor", " s")
        self.duration.set_texts(translate("FormatEditor", "Duration"), mins, secs)
        self.warning.set_texts(translate("FormatEditor", "Warning before the end"), mins, secs)
        self.turn.set_texts(translate("FormatEditor", "Time per turn"), mins, secs)
        self.turn_warning.set_texts(translate("FormatEditor", "Warning before the end of a turn"), mins, secs)
        self.instruction.setAccessibleName(translate("FormatEditor", "Instruction"))
        self.instruction.setPlaceholderText(
            translate("FormatEditor", "What the room reads during this step (optional)"))
        self.questions.setAccessibleName(translate("FormatEditor", "Prompt questions, one a line"))
        self.questions.setToolTip(translate("FormatEditor", "F2 or double-click changes a question"))
        self.add_question_button.setText(translate("FormatEditor", "Add a &question"))
        self.remove_question_button.setText(translate("FormatEditor", "Remo&ve the question"))
        self.people_label.setText(translate("FormatEditor", "Num&ber of people"))
        self.people.setAccessibleName(translate("FormatEditor", "Number of people for the planned total"))
        self.preview.setAccessibleName(translate("FormatEditor", "Planned total"))
        self.save_button.setText(translate("FormatEditor", "Save (Ctrl+S)"))

    def _fill_kinds(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(translate("FormatEditor", "Timed: one countdown"), StepKind.TIMED)
        self.kind.addItem(translate("FormatEditor", "Round: a turn for each person"), StepKind.ROUND)
        self.kind.addItem(translate("FormatEditor", "Open: the clock counts up"), StepKind.OPEN)
        if current is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


    def show_kind_rows(self, kind: StepKind) -> None:
        """Show the rows a step of ``kind`` uses (a round has turns, an open step no warning)."""
        self.step_form.setRowVisible(self.rows["step.duration_s"], kind is not StepKind.ROUND)
        self.step_form.setRowVisible(self.rows["step.warning_s"], kind is StepKind.TIMED)
        self.step_form.setRowVisible(self.rows["step.turn_s"], kind is StepKind.ROUND)
        self.step_form.setRowVisible(self.rows["step.turn_warning_s"], kind is StepKind.ROUND)
        self.step_labels["duration_s"].setText(
            translate("FormatEditor", "Planned &time") if kind is StepKind.OPEN
            else translate("FormatEditor", "&Duration"))

    def set_fields_editable(self, on: bool) -> None:
        """Fields and the buttons that change the format: changeable, or readable only."""
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

    # -- problems and notices ----------------------------------------------------------------------
    def field_name(self, name: str) -> str:
        """A step field's name in a message."""
        return {"title": translate("FormatEditor", "title"), "kind": translate("FormatEditor", "kind"),
                "duration_s": translate("FormatEditor", "duration"),
                "warning_s": translate("FormatEditor", "warning"),
                "turn_s": translate("FormatEditor", "time per turn"),
                "turn_warning_s": translate("FormatEditor", "turn warning"),
                "instruction": translate("FormatEditor", "instruction"),
                "questions": translate("FormatEditor", "prompt questions")}.get(name, name)

    def field_widget(self, key: str) -> QWidget | None:
        """The widget the cursor goes to for a problem shown under ``key``."""
        return {"title": self.title_edit, "steps": self.steps, "step.title": self.step_title,
                "step.kind": self.kind, "step.duration_s": self.duration.minutes,
                "step.warning_s": self.warning.minutes, "step.turn_s": self.turn.minutes,
                "step.turn_warning_s": self.turn_warning.minutes, "step.instruction": self.instruction,
                "step.questions": self.questions}.get(key)

    def set_error(self, key: str, text: str) -> None:
        """Show ``text`` as the problem under the field ``key`` (``general``: above the buttons)."""
        label = self.errors[key]
        self.last_error = (key, text)
        label.setText("⚠ " + text)
        label.show()
        label.setAccessibleName(text)
        self.save_button.setAccessibleDescription(text)

    def point_at(self, key: str) -> None:
        """Take the cursor to the field of the problem under ``key``; a screen reader reads it out."""
        focus = self.field_widget(key)
        if focus is not None:
            focus.setAccessibleDescription(self.errors[key].accessibleName())  # read out with the field
            self._described.append(focus)
            focus.setFocus()

    def clear_errors(self) -> None:
        """No problem shown."""
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.save_button.setAccessibleDescription("")
        for w in self._described:
            w.setAccessibleDescription("")
        self._described.clear()
        self.last_error = None

    def say(self, text: str) -> None:
        """A notice above the steps (what was saved or brought in)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
