"""The room's view: the countdown read from the back wall, the step, the prompts and the round.

Everything is painted, and every size is a fraction of the widget, so the same view works on a
1920x1080 projector, a 1280x720 beamer and the small preview on the operator's console. Phases are
shown by text and shape as well as colour (Okabe-Ito colours, safe for colour-blind readers).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from app.engine import MeetingView, Phase, RunState, StartCountdown
from app.rotation import TurnStatus
from app.timefmt import format_countdown, format_delta_minutes, format_elapsed

FLASH_MS = 300


@dataclass(frozen=True)
class Palette:
    """Colours of one theme."""

    background: QColor
    text: QColor
    dim: QColor
    accent: QColor  # the disc
    warning_bg: QColor
    warning_text: QColor
    over_bg: QColor
    over_text: QColor


DARK = Palette(QColor("#14181f"), QColor("#ffffff"), QColor("#b8c0cc"), QColor("#56B4E9"),
               QColor("#E69F00"), QColor("#000000"), QColor("#D55E00"), QColor("#ffffff"))
HIGH_CONTRAST = Palette(QColor("#000000"), QColor("#ffffff"), QColor("#ffffff"), QColor("#ffff00"),
                        QColor("#ffff00"), QColor("#000000"), QColor("#ffffff"), QColor("#000000"))


def clock_time(when: datetime, zone: datetime | None = None) -> str:
    """A wall-clock time as the room reads it, ``14:00`` (in ``zone``'s time zone if given; a time
    already in a named zone such as Europe/Oslo is read as it is: across a daylight-saving change
    ``zone``'s fixed offset would move it by an hour)."""
    if (zone is not None and zone.tzinfo is not None and when.tzinfo is not None
            and not isinstance(when.tzinfo, ZoneInfo)):
        when = when.astimezone(zone.tzinfo)
    return f"{when.hour:02d}:{when.minute:02d}"


def fit_font(base: QFont, text: str, rect: QRectF, max_px: float | None = None) -> QFont:
    """``base`` at the largest pixel size at which ``text`` fits in ``rect`` on one line."""
    font = QFont(base)
    size = max(6.0, min(rect.height() * 0.8, max_px or rect.height()))
    font.setPixelSize(int(size))
    width = QFontMetricsF(font).horizontalAdvance(text) or 1.0
    if width > rect.width():
        font.setPixelSize(max(6, int(size * rect.width() / width * 0.97)))
    return font


class RoomView(QWidget):
    """Paints a :class:`MeetingView` for the room. Call ``set_view`` with each new snapshot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: MeetingView | None = None
        self._lang = "en"
        self._blackout = False
        self._flash_enabled = True
        self._flashing = False
        self._palette = DARK
        self._last_phase: Phase | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setObjectName("flash-timer")
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(160, 90)
        self.setAccessibleName(self.tr("Room view"))
        self._texts: list[str] = []
        self._rects: dict[str, QRectF] = {}
        self._hint = ""

    # -- public API ------------------------------------------------------------------------------
    def set_view(self, view: MeetingView | None) -> None:
        """Show this snapshot; a phase change gives a short flash if enabled."""
        if (view is not None and self._last_phase is not None and view.phase is not self._last_phase
                and view.state is RunState.RUNNING and self._flash_enabled):
            self._flashing = True
            self._flash_timer.start(FLASH_MS)
        self._last_phase = view.phase if view else None
        self._view = view
        self.update()

    def set_language(self, lang: str) -> None:
        """Show format texts in ``lang``."""
        self._lang = lang
        self.update()

    def set_blackout(self, on: bool) -> None:
        """A fully black screen (B or .)."""
        self._blackout = on
        self.update()

    def set_flash_enabled(self, on: bool) -> None:
        """Allow the short flash at a phase change."""
        self._flash_enabled = on
        if not on:
            self._end_flash()

    def set_high_contrast(self, on: bool) -> None:
        """Pure black, white and yellow."""
        self._palette = HIGH_CONTRAST if on else DARK
        self.update()

    def set_hint(self, text: str) -> None:
        """A small line for the operator in a corner (one screen: the keys to use)."""
        self._hint = text
        self.update()

    def shown_texts(self) -> list[str]:
        """Every text painted last time (for tests and screen readers)."""
        return list(self._texts)

    def layout_rects(self) -> dict[str, QRectF]:
        """Where each element was painted last time."""
        return dict(self._rects)

    def _end_flash(self) -> None:
        self._flashing = False
        self.update()

    # -- painting --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Repaint in the new language at once (the texts are translated as they are painted)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the whole view."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._texts, self._rects = [], {}
        if self._blackout:
            p.fillRect(self.rect(), QColor("black"))
            p.end()
            return
        view = self._view
        bg, fg = self._colours(view)
        if self._flashing:
            bg, fg = fg, bg
        p.fillRect(self.rect(), bg)
        if view is None:
            p.end()
            return
        self._paint_view(p, view, fg)
        if self._hint:
            h = float(self.height())
            rect = QRectF(self.width() * 0.5, h * 0.955, self.width() * 0.48, h * 0.04)
            self._draw(p, "hint", rect, self._hint, fit_font(QFont(self.font()), self._hint, rect),
                       self._dim(fg), Qt.AlignmentFlag.AlignRight)
        p.end()

    def _colours(self, view: MeetingView | None) -> tuple[QColor, QColor]:
        pal = self._palette
        if view is None or view.state is not RunState.RUNNING:
            return pal.background, pal.text
        if view.phase is Phase.OVERTIME:
            return pal.over_bg, pal.over_text
        return pal.background, pal.text

    def _paint_view(self, p: QPainter, view: MeetingView, fg: QColor) -> None:
        if view.state is RunState.READY and view.before_start is not None:
            self._paint_gathering(p, view, view.before_start, fg)
            return
        if view.state is RunState.FINISHED:
            self._paint_ended(p, view, fg)
            return
        w, h = float(self.width()), float(self.height())
        m = min(w, h) * 0.035
        header = QRectF(m, m, w - 2 * m, h * 0.11)
        footer = QRectF(m, h - m - h * 0.12, w - 2 * m, h * 0.12)
        body = QRectF(m, header.bottom() + m * 0.5, w - 2 * m, footer.top() - header.bottom() - m)
        self._paint_header(p, view, header, fg)
        rnd = view.round
        if rnd is not None and view.state is not RunState.FINISHED:
            self._paint_round(p, view, body, footer, fg)
        elif view.step.questions and view.state is not RunState.FINISHED:
            left = QRectF(body.left(), body.top(), body.width() * 0.4, body.height())
            right = QRectF(left.right() + m, body.top(), body.width() * 0.6 - m, body.height())
            self._paint_clock(p, view, left, fg)
            self._paint_questions(p, view, right, fg)
            self._paint_status(p, view, footer, fg)
        else:
            self._paint_clock(p, view, body, fg)
            self._paint_status(p, view, footer, fg)

    def _draw(self, p: QPainter, name: str, rect: QRectF, text: str, font: QFont, colour: QColor,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
        p.setFont(font)
        p.setPen(colour)
        p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)
        self._texts.append(text)
        self._rects[name] = rect

    def _paint_header(self, p: QPainter, view: MeetingView, rect: QRectF, fg: QColor) -> None:
        steps = len(view.agenda)
        label = self.tr("Step %1 of %2").replace("%1", str(view.step_index + 1)).replace(
            "%2", str(steps))
        title = f"{label} · {view.step.title.get(self._lang)}"
        left = QRectF(rect.left(), rect.top(), rect.width() * 0.68, rect.height())
        right = QRectF(left.right(), rect.top(), rect.width() - left.width(), rect.height())
        font = QFont(self.font())
        font.setBold(True)
        tfont = fit_font(font, title, left, left.height() * 0.6)
        if tfont.pixelSize() < left.height() * 0.35:  # very long title: keep it legible, elide
            tfont.setPixelSize(int(left.height() * 0.35))
        self._draw(p, "title", left, QFontMetricsF(tfont).elidedText(
            title, Qt.TextElideMode.ElideRight, left.width()), tfont, fg, Qt.AlignmentFlag.AlignLeft)
        pace = self._pace_text(view)
        plain = QFont(self.font())
        self._draw(p, "pace", right, pace, fit_font(plain, pace, right, right.height() * 0.55), fg,
                   Qt.AlignmentFlag.AlignRight)

    @staticmethod
    def _dim(fg: QColor) -> QColor:
        """Secondary text: the foreground, slightly see-through (legible on every background)."""
        dim = QColor(fg)
        dim.setAlpha(205)
        return dim

    def _pace_text(self, view: MeetingView) -> str:
        if view.state is RunState.READY:
            return self.tr("Planned %n min", "", round(view.planned_total_s / 60))
        minutes = format_delta_minutes(view.behind_s)
        if minutes > 0:
            return self.tr("%n min behind", "", minutes)
        if minutes < 0:
            return self.tr("%n min ahead", "", -minutes)
        return self.tr("On time")

    def _clock_text(self, view: MeetingView) -> str:
        if view.remaining_s is None:
            return format_elapsed(view.step_elapsed_s)
        return format_countdown(view.remaining_s)

    def _paint_clock(self, p: QPainter, view: MeetingView, rect: QRectF, fg: QColor) -> None:
        disc_d = min(rect.height() * 0.55, rect.width() * 0.22)
        show_disc = view.remaining_s is not None and view.state is not RunState.FINISHED
        text_rect = QRectF(rect)
        if show_disc:
            disc = QRectF(rect.left(), rect.center().y() - disc_d / 2, disc_d, disc_d)
            self._paint_disc(p, view, disc, fg)
            text_rect = QRectF(disc.right() + disc_d * 0.15, rect.top(),
                               rect.width() - disc_d * 1.15, rect.height())
        text = self._clock_text(view)
        if view.state is RunState.FINISHED:
            text = self.tr("Meeting finished")
        font = QFont(self.font())
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        sample = "+88:88" if len(text) <= 6 else text
        big = fit_font(font, sample, QRectF(text_rect.left(), text_rect.top(), text_rect.width(),
                                            text_rect.height() * 0.78))
        clock_rect = QRectF(text_rect.left(), text_rect.top(), text_rect.width(), text_rect.height() * 0.78)
        self._draw(p, "clock", clock_rect, text, big, fg)
        sub = QRectF(text_rect.left(), clock_rect.bottom(), text_rect.width(), text_rect.height() * 0.22)
        self._paint_phase_label(p, view, sub, fg)

    def _paint_disc(self, p: QPainter, view: MeetingView, rect: QRectF, fg: QColor) -> None:
        pal = self._palette
        p.setPen(QPen(fg, max(2.0, rect.width() * 0.02)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(rect)
        colour = pal.warning_bg if view.phase is Phase.WARNING else pal.accent
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        span = int(360 * 16 * view.fraction_left)
        if span > 0:
            p.drawPie(rect.adjusted(4, 4, -4, -4), 90 * 16, span)
        if view.phase is Phase.OVERTIME:  # a cross through the empty disc: time is up
            p.setPen(QPen(fg, max(3.0, rect.width() * 0.06)))
            inset = rect.width() * 0.25
            p.drawLine(QPointF(rect.left() + inset, rect.top() + inset),
                       QPointF(rect.right() - inset, rect.bottom() - inset))
            p.drawLine(QPointF(rect.right() - inset, rect.top() + inset),
                       QPointF(rect.left() + inset, rect.bottom() - inset))
        self._rects["disc"] = rect

    def _phase_text(self, view: MeetingView) -> str:
        if view.state is RunState.READY:
            return self.tr("Ready – press Space to start")
        if view.state is RunState.PAUSED:
            return self.tr("❚❚ Paused")
        if view.state is RunState.FINISHED:
            return ""
        if view.phase is Phase.OVERTIME:
            return self.tr("Over time – the clock keeps counting")
        if view.phase is Phase.WARNING:
            return self.tr("▲ Time is almost up")
        return ""

    def _paint_phase_label(self, p: QPainter, view: MeetingView, rect: QRectF, fg: QColor) -> None:
        text = self._phase_text(view)
        if not text:
            return
        bold = QFont(self.font())
        bold.setBold(True)
        font = fit_font(bold, text, rect, rect.height() * 0.55)
        if view.phase is Phase.WARNING and view.state is RunState.RUNNING:
            pal = self._palette
            width = QFontMetricsF(font).horizontalAdvance(text) * 1.15
            band = QRectF(rect.center().x() - width / 2, rect.top(), width, rect.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(pal.warning_bg)
            p.drawRoundedRect(band, rect.height() * 0.2, rect.height() * 0.2)
            self._draw(p, "phase", band, text, font, pal.warning_text)
            return
        self._draw(p, "phase", rect, text, font, fg)

    def _paint_questions(self, p: QPainter, view: MeetingView, rect: QRectF, fg: QColor) -> None:
        texts = [f"{i}. {q.get(self._lang)}" for i, q in enumerate(view.step.questions, start=1)]
        font = QFont(self.font())
        px = max(8.0, min(rect.height() / (len(texts) * 1.45), rect.width() / 18))
        while True:  # shrink until every question fits: none may be cut off
            font.setPixelSize(int(px))
            fm = QFontMetricsF(font)
            heights = [fm.boundingRect(QRectF(0, 0, rect.width(), 1e6), int(Qt.TextFlag.TextWordWrap),
                                       t).height() for t in texts]
            total = sum(heights) + px * 0.4 * (len(texts) - 1)
            if total <= rect.height() or px <= 8:
                break
            px *= 0.92
        p.setFont(font)
        p.setPen(fg)
        y = rect.top() + max(0.0, (rect.height() - total) / 2)
        top = y
        for text, height in zip(texts, heights, strict=True):
            p.drawText(QRectF(rect.left(), y, rect.width(), height), int(Qt.TextFlag.TextWordWrap), text)
            self._texts.append(text)
            y += height + px * 0.4
        self._rects["questions"] = QRectF(rect.left(), top, rect.width(), y - top)

    def _paint_status(self, p: QPainter, view: MeetingView, rect: QRectF, fg: QColor) -> None:
        nxt = next((line for line in view.agenda if line.index == view.step_index + 1), None)
        if nxt is None or view.state is RunState.FINISHED:
            return
        text = self.tr("Next: %1").replace("%1", nxt.spec.title.get(self._lang))
        font = fit_font(QFont(self.font()), text, rect, rect.height() * 0.42)
        self._draw(p, "next_step", rect, text, font, self._dim(fg),
                   Qt.AlignmentFlag.AlignLeft)

    # -- the end: thanks, large and calm (no step, no ahead or behind) ----------------------------
    def _paint_ended(self, p: QPainter, view: MeetingView, fg: QColor) -> None:
        """"Thank you", "The meeting has ended" and how long it took, centred, readable from the back
        wall; nothing of the last step stays."""
        w, h = float(self.width()), float(self.height())
        m = min(w, h) * 0.06
        inner = QRectF(m, h * 0.2, w - 2 * m, h * 0.6)
        bold = QFont(self.font())
        bold.setBold(True)
        rows = (("thanks", self.tr("Thank you"), 0.5, bold, fg),
                ("ended", self.tr("The meeting has ended"), 0.3, QFont(self.font()), fg),
                ("duration", self.tr("It took %n min", "", max(1, round(view.meeting_elapsed_s / 60))),
                 0.2, QFont(self.font()), self._dim(fg)))
        y = inner.top()
        for name, text, share, base, colour in rows:
            rect = QRectF(inner.left(), y, inner.width(), inner.height() * share)
            y = rect.bottom()
            self._draw(p, name, rect, text, fit_font(base, text, rect, rect.height() * 0.7), colour)

    # -- before the start: the countdown while people gather --------------------------------------
    def _paint_gathering(self, p: QPainter, view: MeetingView, c: StartCountdown, fg: QColor) -> None:
        """The format's title, "The meeting starts in 04:32" (from the planned start on: "It is 14:00
        – press Space to start"; it never starts by itself), and who is expected."""
        w, h = float(self.width()), float(self.height())
        m = min(w, h) * 0.035
        header = QRectF(m, m, w - 2 * m, h * 0.11)
        footer = QRectF(m, h * 0.77, w - 2 * m, h * 0.17)  # clear of the one-screen hint below it
        body = QRectF(m, header.bottom() + m * 0.5, w - 2 * m, footer.top() - header.bottom() - m)
        bold = QFont(self.font())
        bold.setBold(True)
        title = c.title.get(self._lang)
        left = QRectF(header.left(), header.top(), header.width() * 0.68, header.height())
        right = QRectF(left.right(), header.top(), header.width() - left.width(), header.height())
        tfont = fit_font(bold, title, left, left.height() * 0.6)
        if tfont.pixelSize() < left.height() * 0.35:
            tfont.setPixelSize(int(left.height() * 0.35))
        self._draw(p, "title", left, QFontMetricsF(tfont).elidedText(
            title, Qt.TextElideMode.ElideRight, left.width()), tfont, fg, Qt.AlignmentFlag.AlignLeft)
        pace = self._pace_text(view)
        self._draw(p, "pace", right, pace, fit_font(QFont(self.font()), pace, right, right.height() * 0.55),
                   fg, Qt.AlignmentFlag.AlignRight)
        if c.seconds_left > 0:
            sentence, value = self.tr("The meeting starts in %1"), format_countdown(c.seconds_left)
            note = self.tr("Starts at %1").replace("%1", clock_time(c.starts_at, c.now))
        else:
            sentence, value, note = self.tr("It is %1 – press Space to start"), clock_time(c.now), ""
        self._texts.append(sentence.replace("%1", value))  # the whole sentence, as a reader says it
        before, _, after = sentence.partition("%1")  # the number big, the words around it in order
        before, after = before.strip(), after.strip().lstrip("–—-:,").strip()
        rows = [(name, text, share) for name, text, share in (
            ("starts_before", before, 0.2), ("clock", value, 0.52), ("starts_after", after, 0.17),
            ("starts_at", note, 0.13)) if text]
        total = sum(share for _, _, share in rows)
        y = body.top()
        mono = QFont(bold)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        for name, text, share in rows:
            rect = QRectF(body.left(), y, body.width(), body.height() * share / total)
            y = rect.bottom()
            if name == "clock":
                font = fit_font(mono, "88:88" if len(text) <= 5 else text, rect)
                self._draw(p, name, rect, text, font, fg)
            elif name == "starts_at":
                self._draw(p, name, rect, text, fit_font(QFont(self.font()), text, rect, rect.height() * 0.6),
                           self._dim(fg))
            else:
                self._draw(p, name, rect, text, fit_font(bold, text, rect, rect.height() * 0.62), fg)
        if c.expected:
            names = self.tr("Expected: %1").replace("%1", ", ".join(c.expected))
            self._paint_wrapped(p, "expected", footer, names, footer.height() * 0.36, self._dim(fg))

    def _paint_wrapped(self, p: QPainter, name: str, rect: QRectF, text: str, max_px: float,
                       colour: QColor) -> None:
        """``text`` word-wrapped in ``rect``, as large as fits up to ``max_px`` (never cut off above 8 px)."""
        font = QFont(self.font())
        px = max(8.0, max_px)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        while True:
            font.setPixelSize(int(px))
            need = QFontMetricsF(font).boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, text)
            if need.height() <= rect.height() or px <= 8:
                break
            px *= 0.92
        p.setFont(font)
        p.setPen(colour)
        p.drawText(rect, flags, text)
        self._texts.append(text)
        self._rects[name] = QRectF(rect.left(), rect.center().y() - min(need.height(), rect.height()) / 2,
                                   rect.width(), min(need.height(), rect.height()))

    # -- the round -------------------------------------------------------------------------------
    def _paint_round(self, p: QPainter, view: MeetingView, body: QRectF, footer: QRectF,
                     fg: QColor) -> None:
        rnd = view.round
        assert rnd is not None
        top = QRectF(body.left(), body.top(), body.width(), body.height() * 0.26)
        clock = QRectF(body.left(), top.bottom(), body.width(), body.height() * 0.56)
        nxt = QRectF(body.left(), clock.bottom(), body.width(), body.height() * 0.18)
        font = QFont(self.font())
        font.setBold(True)
        empty = not any(t.status is not TurnStatus.ABSENT for t in rnd.turns)
        if empty:
            name = self.tr("Nobody takes a turn in this round")
        elif rnd.complete:
            name = self.tr("✓ Round complete")
        elif rnd.speaker is not None:
            name = rnd.speaker.name
        else:
            name = self.tr("The round")
        name_font = fit_font(font, name, top)
        elided = QFontMetricsF(name_font).elidedText(name, Qt.TextElideMode.ElideRight, top.width())
        self._draw(p, "speaker", top, elided, name_font, fg)
        if empty:
            self._paint_clock(p, replace(view, round=None), clock, fg)  # the step's own clock, counting up
        elif rnd.complete:
            self._paint_clock(p, _without_round_clock(view), clock, fg)
        else:
            self._paint_clock(p, view, clock, fg)
        if rnd.next is not None and not rnd.complete:
            text = self.tr("Next: %1").replace("%1", rnd.next.name)
            nf = fit_font(QFont(self.font()), text, nxt, nxt.height() * 0.6)
            elided = QFontMetricsF(nf).elidedText(text, Qt.TextElideMode.ElideRight, nxt.width())
            self._draw(p, "next_speaker", nxt, elided, nf, self._dim(fg))
        self._paint_roster(p, view, footer, fg)

    def _status_mark(self, status: TurnStatus) -> str:
        return {TurnStatus.SPOKEN: "✓", TurnStatus.PASSED: self.tr("pass"),
                TurnStatus.ABSENT: self.tr("away"), TurnStatus.SPEAKING: "▶",
                TurnStatus.WAITING: ""}[status]

    def _paint_roster(self, p: QPainter, view: MeetingView, rect: QRectF, fg: QColor) -> None:
        assert view.round is not None
        turns = view.round.turns
        if not turns:
            return
        rows = 1 if len(turns) <= 10 else 2 if len(turns) <= 24 else 3
        per_row = -(-len(turns) // rows)
        cell_w = rect.width() / per_row
        cell_h = rect.height() / rows
        font = QFont(self.font())
        font.setPixelSize(int(max(7.0, min(cell_h * 0.38, cell_w / 7))))
        fm = QFontMetricsF(font)
        p.setFont(font)
        for i, turn in enumerate(turns):
            cell = QRectF(rect.left() + (i % per_row) * cell_w, rect.top() + (i // per_row) * cell_h,
                          cell_w, cell_h).adjusted(2, 2, -2, -2)
            self._paint_chip(p, cell, turn.name, turn.status, fm, fg)
        self._rects["roster"] = rect

    def _paint_chip(self, p: QPainter, cell: QRectF, name: str, status: TurnStatus,
                    fm: QFontMetricsF, fg: QColor) -> None:
        mark = self._status_mark(status)
        label = f"{mark} {name}".strip()
        if fm.horizontalAdvance(label) > cell.width() * 0.9:  # the name matters most: a symbol
            label = f"{SYMBOLS[status]} {name}".strip()        # instead of the word (the shape stays)
        pen_w = max(1.0, cell.height() * (0.10 if status is TurnStatus.SPEAKING else 0.03))
        pen = QPen(fg, pen_w)
        if status is TurnStatus.ABSENT:
            pen.setStyle(Qt.PenStyle.DotLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if status in (TurnStatus.SPOKEN, TurnStatus.PASSED):
            dim = QColor(fg)
            dim.setAlpha(60)
            p.setBrush(dim)
        if status is TurnStatus.PASSED:  # a different shape: a hexagon-like chip
            inset = cell.height() * 0.3
            p.drawPolygon(QPolygonF([
                QPointF(cell.left() + inset, cell.top()), QPointF(cell.right() - inset, cell.top()),
                QPointF(cell.right(), cell.center().y()), QPointF(cell.right() - inset, cell.bottom()),
                QPointF(cell.left() + inset, cell.bottom()), QPointF(cell.left(), cell.center().y())]))
        else:
            p.drawRoundedRect(cell, cell.height() * 0.25, cell.height() * 0.25)
        text = fm.elidedText(label, Qt.TextElideMode.ElideRight, cell.width() * 0.9)
        font = QFont(p.font())
        font.setStrikeOut(status is TurnStatus.ABSENT)
        font.setBold(status is TurnStatus.SPEAKING)
        p.setFont(font)
        p.setPen(fg)
        p.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), text)
        font.setStrikeOut(False)
        font.setBold(False)
        p.setFont(font)
        self._texts.append(label)


# Short marks for a chip too narrow for the status word (DejaVu Sans has each of them).
SYMBOLS = {TurnStatus.SPOKEN: "✓", TurnStatus.PASSED: "↷", TurnStatus.ABSENT: "∅", TurnStatus.SPEAKING: "▶",
           TurnStatus.WAITING: ""}


def _without_round_clock(view: MeetingView) -> MeetingView:
    """The view for a complete round: no turn clock, the step's time instead."""
    remaining = view.step_allotted_s - view.step_elapsed_s
    return replace(view, round=None, remaining_s=remaining)
