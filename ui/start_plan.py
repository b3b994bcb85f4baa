"""The plan on the start screen, with room of its own: the bar, the sentence (the planned total against
the usual length), the fixes offered when it is too long, each with its new total, and what was
shortened for this meeting with the way back; and the question before starting a plan longer than
usual. The start screen applies a fix chosen (its own controls change with it). The texts keep the
start screen's translation context."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.formats import StepKind
from app.plan_fit import Fix, FixKind, fixes, over_by_s, spare_s
from app.setup import MeetingSetup
from ui.flow_layout import FlowLayout
from ui.plan_bar import PlanBar, bar_steps, minutes_text


class PlanPanel(QGroupBox):
    """The plan's bar, sentence and fixes.

    Signals:
        fix_chosen(FixKind): a fix's button was pressed.
        undo_requested(): "Back to the format's times".
    """

    fix_chosen = Signal(object)
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = PlanBar()
        self.label = QLabel(wordWrap=True)
        self.label.setObjectName("plan")
        self.fix_label = QLabel()
        self.fix_buttons: dict[FixKind, QPushButton] = {}
        self.fixes: tuple[Fix, ...] = ()  # the fixes offered now
        self._grid = FlowLayout()  # side by side, wrapped when the window is narrow
        for kind in FixKind:
            btn = QPushButton(self)
            btn.clicked.connect(lambda _=False, k=kind: self.fix_chosen.emit(k))
            btn.setVisible(False)
            self.fix_buttons[kind] = btn
        self.adjusted_label = QLabel()
        self.adjusted_label.setWordWrap(True)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_requested)
        adjusted = QHBoxLayout()
        adjusted.addWidget(self.adjusted_label, 1)
        adjusted.addWidget(self.undo_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 6)
        box.setSpacing(4)
        box.addWidget(self.bar)
        box.addWidget(self.label)
        box.addLayout(self._grid)
        box.addLayout(adjusted)

    def retranslate_ui(self) -> None:
        """Set the texts that do not depend on the plan (again after a language change)."""
        # no title: the bar and the sentence say it
        self.setAccessibleName(QCoreApplication.translate("StartScreen", "The plan"))
        self.bar.setAccessibleName(QCoreApplication.translate("StartScreen", "The plan as a bar"))
        self.undo_button.setText(QCoreApplication.translate("StartScreen", "Back to the format's times"))

    def show_nothing(self, text: str) -> None:
        """No plan (no formats): ``text`` instead, and no fixes."""
        self.label.setText(text)
        self.bar.set_plan([], None, self.label.text())
        self._show_fixes(None, {}, {}, "")

    def show_plan(self, setup: MeetingSetup, lang: str, bar_words: str, durations: Mapping[str, int],
                  turns: Mapping[str, int]) -> None:
        """The plan of ``setup``: the bar (``bar_words``: the bar in words, for screen readers), the
        sentence, the fixes, and the steps (``durations``) and turns (``turns``) shortened for it."""
        text = self.plan_text(setup)
        self.label.setText(text)
        self.bar.set_plan(bar_steps(setup, lang), setup.format.target_total_s, bar_words + " " + text)
        self._show_fixes(setup, durations, turns, lang)

    @staticmethod
    def plan_text(setup: MeetingSetup) -> str:
        """The planned total against the usual length, and what that means."""
        total, target = setup.planned_total_s(), setup.format.target_total_s
        if target is None:
            return QCoreApplication.translate("StartScreen", "Planned: %1").replace("%1", minutes_text(total))
        spare = spare_s(setup) or 0
        if total > target:
            return QCoreApplication.translate(
                "StartScreen", "⚠ Planned: %1 of the usual %2 – %3 too long.").replace(
                "%1", minutes_text(total)).replace("%2", minutes_text(target)).replace(
                "%3", minutes_text(over_by_s(setup)))
        if spare == 0:
            return QCoreApplication.translate(
                "StartScreen", "Planned: %1 of %2 – it fills the time exactly: there is no spare minute "
                "if a step runs over.").replace("%1", minutes_text(total)).replace("%2", minutes_text(target))
        return QCoreApplication.translate("StartScreen", "Planned: %1 of %2 – %3 to spare.").replace(
            "%1", minutes_text(total)).replace(
            "%2", minutes_text(target)).replace("%3", minutes_text(spare))

    def _show_fixes(self, setup: MeetingSetup | None, durations: Mapping[str, int],
                    turns: Mapping[str, int], lang: str) -> None:
        """The fixes that fit an over-long plan, each with its new total; and what was shortened."""
        self.fixes = fixes(setup) if setup is not None else ()
        offered = {f.kind: f for f in self.fixes}
        for btn in self.fix_buttons.values():
            self._grid.removeWidget(btn)
        self.fix_label.setMinimumHeight(next(iter(self.fix_buttons.values())).sizeHint().height())
        self.fix_label.setAlignment(Qt.AlignmentFlag.AlignVCenter)  # level with the buttons beside it
        self._grid.removeWidget(self.fix_label)
        self._grid.addWidget(self.fix_label)  # "To make it fit:" and then the fixes offered, in order
        for fix in self.fixes:
            self._grid.addWidget(self.fix_buttons[fix.kind])
        for kind, btn in self.fix_buttons.items():
            offer = offered.get(kind)
            btn.setVisible(offer is not None)
            if offer is not None and setup is not None:
                btn.setText(fix_text(offer, setup, lang))
                target = setup.format.target_total_s or 0
                btn.setAccessibleDescription(QCoreApplication.translate(
                    "StartScreen", "Applies at once: the plan becomes %1 of %2.").replace(
                    "%1", minutes_text(offer.new_total_s)).replace("%2", minutes_text(target)))
                btn.setToolTip(btn.accessibleDescription())
        self.fix_label.setVisible(bool(self.fixes))
        self.fix_label.setText(QCoreApplication.translate(
            "StartScreen", "To make it fit (the new total in brackets):"))
        adjusted = adjusted_text(setup, durations, turns, lang)
        self.adjusted_label.setText(adjusted)
        self.adjusted_label.setVisible(bool(adjusted))
        self.undo_button.setVisible(bool(adjusted))


def fix_text(fix: Fix, setup: MeetingSetup, lang: str) -> str:
    """A fix's button: what it changes, and the new total in brackets."""
    total = minutes_text(fix.new_total_s)
    if fix.kind is FixKind.PRESENTER_OUT_OF_ROUND:
        text = (QCoreApplication.translate("StartScreen", "Leave the presenter out of the round (%1)")
                if len(setup.presenters) == 1
                else QCoreApplication.translate("StartScreen", "Leave the presenters out of the round (%1)"))
        return text.replace("%1", total)
    if fix.kind is FixKind.SHORTER_PRESENTER_STEP:
        return QCoreApplication.translate("StartScreen", "“%1” %2 instead of %3 (%4)").replace(
            "%1", setup.format.step(fix.step_id).title.get(lang)).replace(
            "%2", minutes_text(fix.new_s)).replace("%3", minutes_text(fix.old_s)).replace("%4", total)
    if fix.kind is FixKind.SHORTER_TURNS:
        return QCoreApplication.translate("StartScreen", "Turns of %1 (%2)").replace(
            "%1", minutes_text(fix.new_s)).replace("%2", total)
    return QCoreApplication.translate("StartScreen", "Leave out “%1” (%2)").replace(
        "%1", setup.format.step(fix.step_id).title.get(lang)).replace("%2", total)


def adjusted_text(setup: MeetingSetup | None, durations: Mapping[str, int], turns: Mapping[str, int],
                  lang: str) -> str:
    """"For this meeting: turns of 2 min; “Case” 5 min." ("": nothing shortened)."""
    if setup is None or not (durations or turns):
        return ""
    parts = [QCoreApplication.translate("StartScreen", "turns of %1").replace("%1", minutes_text(s.turn_s))
             for s in setup.format.steps if s.kind is StepKind.ROUND and s.id in turns]
    parts += [QCoreApplication.translate("StartScreen", "“%1” %2").replace("%1", s.title.get(lang)).replace(
              "%2", minutes_text(s.duration_s))
              for s in setup.format.steps if s.kind is StepKind.TIMED and s.id in durations]
    if not parts:
        return ""
    return QCoreApplication.translate("StartScreen", "For this meeting: %1.").replace("%1", "; ".join(parts))


def ask_start_anyway(parent: QWidget, setup: MeetingSetup) -> bool:
    """The plan is longer than the usual length: ask once whether to start anyway."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate(
        "StartScreen", "The plan is longer than usual"), QCoreApplication.translate(
        "StartScreen", "The plan is %1, longer than the meeting's usual %2. Start anyway?").replace(
        "%1", minutes_text(setup.planned_total_s())).replace(
        "%2", minutes_text(setup.format.target_total_s or 0)), parent=parent)
    start = box.addButton(QCoreApplication.translate("StartScreen", "Start anyway"),
                          QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(QCoreApplication.translate("StartScreen", "Back to the plan"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is start
