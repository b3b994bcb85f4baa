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

Here is the controller, :class:`FormatEditor`: which formats, the copy, saving, sharing, removing.
It builds on :class:`ui.format_steps.FormatStepsEditor` (editing the steps) and
:class:`ui.format_editor_view.FormatEditorView` (the window and its texts); the drafts are in
:mod:`app.format_draft`, shared files in :mod:`ui.format_files`, the wording of a format file's
problems in :mod:`ui.format_errors`, the widgets in :mod:`ui.format_widgets`.
"""

from __future__ import annotations

import contextlib
import errno
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from app.atomic import ExportError
from app.format_draft import BUILTIN, NEW, ORG, OWN, TEAM, FormatDraft
from app.format_library import (
    builtin_ids,
    copy_format,
    copy_id,
    export_format,
    format_folders,
    save_team_format,
    save_user_format,
    team_formats,
    team_source,
)
from app.formats import Format, FormatError, check_plan, load_formats, parse_format
from app.paths import AppPaths
from app.storage.api import StorageError
from ui.error_texts import write_reason
from ui.format_editor_view import STEP_FIELDS
from ui.format_errors import format_reason
from ui.format_files import (
    ask_open_path,
    ask_save_path,
    bring_in,
    not_stored_text,
    not_written_text,
    renamed_text,
    unusable_file_text,
)
from ui.format_steps import FormatStepsEditor

DEFAULT_PEOPLE = 7
_WHERE = re.compile(r"steps\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\])?")


class FormatEditor(FormatStepsEditor):
    """Pick a format, copy it, change it, check it and save it (or share it as a file).

    Signals:
        formats_changed(str): a format was saved or brought in (its id); reload the formats.
    """

    formats_changed = Signal(str)

    def __init__(self, paths: AppPaths, lang: str = "en", team: str = "", current_id: str = "",
                 people: int = 0, parent: QWidget | None = None, store: Any = None) -> None:
        super().__init__(lang, parent)
        self.paths = paths
        self.store = store  # app.storage.store.Store | None: where a team's own formats are kept
        self._team = team
        self._entries: dict[str, tuple[str, Format]] = {}
        self._builtin: set[str] = set()
        self._connect()
        self.people.setValue(people if people > 0 else DEFAULT_PEOPLE)
        self.retranslate_ui()
        self.reload(current_id)

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change), the status and the planned total too."""
        super().retranslate_ui()
        self._refresh_status()

    def _connect(self) -> None:
        self.picker.activated.connect(self._picked)
        self.copy_button.clicked.connect(self.make_copy)
        self.open_button.clicked.connect(lambda _=False: self.open_file())
        self.export_button.clicked.connect(lambda _=False: self.save_as_file())
        self.remove_button.clicked.connect(self.remove_format)
        self.save_button.clicked.connect(self.save)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)

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
        self._set_draft(FormatDraft.of(fmt, origin, self._lang, file_name))

    def _set_draft(self, draft: FormatDraft, dirty: bool = False) -> None:
        self._draft = draft
        self.clear_errors()
        self._loading = True
        self.title_edit.setText(draft.title)
        self.source_box.show_source(draft.base.provenance, self._lang)
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
        self.set_fields_editable(self.editable())
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
        self._set_draft(FormatDraft.of(fmt, NEW, self._lang), dirty=True)
        self.title_edit.setFocus()
        return True

    # -- the planned total ------------------------------------------------------------------------
    def _update_preview(self) -> None:
        """The planned total with the chosen number of people, against the meeting's usual length."""
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
        self.clear_errors()
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
            self.set_error("general", not_written_text(exc, self.paths.formats_dir))
            return False
        except StorageError as exc:
            self.set_error("general", not_stored_text(exc))
            return False
        self.dirty = False
        self._entries[saved.id] = (origin, saved)
        self.reload(saved.id)
        self.say(self.tr("Saved: “%1” is available at once on the start screen.").replace(
            "%1", saved.title.get(self._lang)))
        self.formats_changed.emit(saved.id)
        return True

    def show_error(self, exc: FormatError) -> None:
        """Show a FormatError's field and reason next to that field, and take the cursor there."""
        where, reason = exc.where, format_reason(exc.where, exc.problem)
        m = _WHERE.match(where)
        if m is not None and self._draft is not None and int(m.group(1)) < len(self._draft.steps):
            row, name = int(m.group(1)), m.group(2) or ""
            self.steps.setCurrentRow(row)
            key = f"step.{name}" if name in STEP_FIELDS else "steps"
            step = self._draft.steps[row]
            what = self.tr("Step %1 (“%2”), %3").replace("%1", str(row + 1)).replace(
                "%2", " ".join(step.title.split())[:60]).replace("%3", self.field_name(name or "steps"))
            if m.group(3) is not None and name == "questions":
                self.questions.setCurrentRow(int(m.group(3)))
                what += " " + str(int(m.group(3)) + 1)
        elif where.startswith("title"):
            key, what = "title", self.tr("Title")
        elif where.startswith("steps"):
            key, what = "steps", self.tr("Steps")
        else:
            key, what = "general", where or self.tr("The format")
        self.set_error(key, f"{what}: {reason}")
        self.point_at(key)

    # -- files to share ---------------------------------------------------------------------------
    def save_as_file(self, path: Path | None = None) -> bool:
        """Write the shown format (as checked) to a file others can bring in."""
        fmt = self.checked()
        if fmt is None:
            return False
        path = path or ask_save_path(self, fmt.id)
        if path is None:
            return False
        try:
            export_format(fmt, path)
        except ExportError as exc:
            from ui.error_texts import export_error_text

            self.set_error("general", self.tr("The file was not saved: %1").replace(
                "%1", export_error_text(exc)))
            return False
        self.say(self.tr("Saved as %1: others bring it in with “Open a file…”.").replace("%1", str(path)))
        return True

    def open_file(self, path: Path | None = None) -> bool:
        """Bring in a format file (checked as loading does; a file with a mistake is refused with the
        field and reason). A file with a built-in's id comes in as a copy: the built-in stays."""
        if not self._may_leave():
            return False
        path = path or ask_open_path(self)
        if path is None:
            return False
        self.clear_errors()
        try:
            brought = bring_in(path, self.paths, self._builtin, self._copy_id, self._may_replace)
        except FormatError as exc:
            self.set_error("general", unusable_file_text(exc))
            return False
        except (ExportError, OSError) as exc:
            self.set_error("general", self.tr("The file could not be brought in: %1").replace(
                "%1", str(exc)))
            return False
        if brought is None:
            return False
        saved, note = brought[0], renamed_text(brought[0].id) if brought[1] else ""
        self.dirty = False
        self.reload(saved.id)
        self.say(" ".join(t for t in (self.tr("Brought in: “%1”.").replace(
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
            self.set_error("general", not_stored_text(exc))
            return False
        except OSError as exc:
            self.set_error("general", self.tr("The format was not removed: %1").replace(
                "%1", write_reason(errno.errorcode.get(exc.errno or 0, "")) or exc.strerror or str(exc)))
            return False
        title = d.base.title.get(self._lang)
        self.dirty = False
        self.reload()
        self.say(self.tr("Removed: “%1”. Past meetings keep its name.").replace("%1", title))
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

    def _copy_id(self, fmt_id: str) -> str:
        """A new id for a copy of ``fmt_id`` that no format or file has yet."""
        return copy_id(fmt_id, self._team, self.taken_ids())

    def _may_replace(self, fmt_id: str) -> bool:
        """Whether a shared file may replace the user's own format of the same id (asked if so)."""
        own = self._entries.get(fmt_id)
        return own is None or own[0] != OWN or self._confirm_replace(own[1])

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
