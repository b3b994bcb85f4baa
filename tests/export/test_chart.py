"""The staff sheet's chart of planned against actual minutes, put in a PDF and read back with pypdf
(what a reader sees: the labels, the values at the bars' ends and where they stand), rendered with
pdftoppm; odd input never raises."""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.export.chart import timing_chart
from app.export.pdf import CONTENT_WIDTH, FONT, make_styles

LABELS = {"planned": "Planlagt", "actual": "Faktisk", "minutes": "minutter"}
HALF_A4 = A4[1] / 2
MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def year(n: int = 26) -> list[tuple[str, float, float]]:
    """``n`` meetings every other week, planned 30 or 33 minutes, actual around that."""
    return [(f"{k % 28 + 1}. {MONTHS[k // 2 % 12]}", 30 + 3 * (k % 2), 28 + (k * 7) % 11) for k in range(n)]


def chart_pdf(rows: list[tuple[str, float, float]], width: float = CONTENT_WIDTH) -> bytes:
    """The chart on an A4 page under a title, as the lead's sheet will put it."""
    drawing = timing_chart(rows, width=width, **LABELS)
    assert drawing is not None
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph("Tider", make_styles()["h2"]), drawing])
    return out.getvalue()


def placed(data: bytes) -> list[tuple[str, float, float]]:
    """Every piece of text on the first page with where it starts (x, y in points)."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y))

    PdfReader(BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return found


def text_of(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    assert len(reader.pages) == 1  # the chart never spills onto a second page
    return reader.pages[0].extract_text()


def render(data: bytes, folder: Path, name: str) -> Path:
    """The page as a PNG at 100 dpi, as poppler prints it."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(pdf), str(folder / name)], check=True)
    png = folder / f"{name}.png"
    assert png.stat().st_size > 2000
    return png


def test_no_meetings_no_chart() -> None:
    assert timing_chart([], width=CONTENT_WIDTH, **LABELS) is None


@pytest.mark.parametrize("n", [1, 6, 26])
def test_every_meeting_is_labelled_with_the_legend_and_axis(n: int, tmp_path: Path) -> None:
    rows = year(n)
    data = chart_pdf(rows)
    text = text_of(data)
    for label in ("Planlagt", "Faktisk", "minutter", *(r[0] for r in rows)):
        assert label in text
    drawing = timing_chart(rows, width=CONTENT_WIDTH, **LABELS)
    assert drawing is not None and drawing.width == CONTENT_WIDTH
    assert drawing.height <= HALF_A4  # a year of meetings within half an A4 page
    render(data, tmp_path, f"chart-{n}")


def test_a_year_of_meetings_reads_top_to_bottom_oldest_first() -> None:
    rows = year(26)
    spots = {t: y for t, _, y in placed(chart_pdf(rows))}
    heights = [spots[label] for label, _, _ in rows]
    assert heights == sorted(heights, reverse=True)


def test_values_stand_at_the_bar_ends_a_meeting_far_over_its_plan_and_one_of_no_minutes(
        tmp_path: Path) -> None:
    rows = [("3. mar", 30, 30), ("17. mar", 30, 190), ("31. mar", 45, 0)]
    data = chart_pdf(rows)
    render(data, tmp_path, "over-and-zero")
    spots = placed(data)
    left = min(x for t, x, _ in spots if t == "0")  # the axis' 0, and the empty meeting's value
    ends = {t: x for t, x, _ in spots if t in ("30", "45", "190")}
    assert ends["190"] - left > 4 * (ends["30"] - left)  # far over plan: the bar is over 6x as long
    assert ends["45"] > ends["30"]
    zero_values = [x for t, x, _ in spots if t == "0"]
    assert len(zero_values) == 2  # the axis' 0 and the meeting of 0 minutes, printed at its start
    assert max(zero_values) - min(zero_values) < 6


def test_labels_are_plain_text_nordic_letters_print_and_long_ones_are_cut(tmp_path: Path) -> None:
    long = "Møde om pårørende " + "å" * 200
    rows = [("<b>12.3.</b> &amp;", 30, 31), ("Ærø Ålesund Ødis", 30, 29), (long, 30, 35)]
    data = chart_pdf(rows)
    render(data, tmp_path, "labels")
    text = text_of(data)
    assert "<b>12.3.</b> &amp;" in text and "Ærø Ålesund Ødis" in text
    assert "Møde om" in text and "…" in text and long not in text
    x_of_long = next(x for t, x, _ in placed(data) if t.startswith("Møde om"))
    assert x_of_long >= 0  # cut, not running off the page to the left


ODD = [float("nan"), float("inf"), float("-inf"), -30.0, 0.0, 1e-9, 2.5, 1e308, 10**400]


@pytest.mark.parametrize("planned", ODD)
@pytest.mark.parametrize("actual", [float("nan"), -1.0, 1e308, 45.0])
def test_odd_minutes_never_raise(planned: float, actual: float) -> None:
    text = text_of(chart_pdf([("12.3.", planned, actual), ("26.3.", 30, 32)]))
    assert "12.3." in text and "26.3." in text


def test_odd_minutes_print_as_dash_zero_and_a_ceiling() -> None:
    text = text_of(chart_pdf([("a", float("nan"), -5), ("b", 1e308, 30)]))
    assert "–" in text and "≥9999" in text and "nan" not in text.lower() and "inf" not in text.lower()


@pytest.mark.parametrize("label", [
    "🙂🙂🙂 Møde", "👩\u200d⚕️ sygeplejerske", "\ud800 lone surrogate", "tab\tand\nnew line\r\x00",
    "", "   ", "x" * 200, "\u202ereversed", "العربية", "Đuoŋŋa ŧ ŋ č š ž"])
def test_odd_labels_never_raise(label: str) -> None:
    text_of(chart_pdf([(label, 30, 31), ("last", 30, 29)]))


@pytest.mark.parametrize("width", [0.0, -10.0, 40.0, float("nan"), float("inf"), 2000.0])
def test_odd_widths_never_raise(width: float) -> None:
    drawing = timing_chart(year(3), width=width, **LABELS)
    assert drawing is not None and math.isfinite(drawing.width) and drawing.width > 0


def test_long_legend_and_axis_labels_are_cut() -> None:
    drawing = timing_chart(year(2), width=CONTENT_WIDTH, planned="P" * 300, actual="A" * 300,
                           minutes="m" * 300)
    assert drawing is not None
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([drawing])
    spots = placed(out.getvalue())
    legend = [x for t, x, _ in spots if t.startswith(("PP", "AA"))]
    assert len(legend) == 2 and all(x >= 0 for _, x, _ in spots)
    ends = [x + stringWidth(t, FONT, 7.5 if t.startswith("mm") else 8.5) for t, x, _ in spots
            if t.startswith(("PP", "AA", "mm"))]
    assert len(ends) == 3 and max(ends) <= 78 + CONTENT_WIDTH  # the drawing starts at 72 + 6 points


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=60), st.floats(allow_nan=True, allow_infinity=True),
                          st.floats(allow_nan=True, allow_infinity=True)), min_size=1, max_size=30))
def test_any_rows_make_a_chart(rows: list[tuple[str, float, float]]) -> None:
    drawing = timing_chart(rows, width=CONTENT_WIDTH, **LABELS)
    assert drawing is not None and drawing.height <= HALF_A4
    SimpleDocTemplate(BytesIO(), pagesize=A4).build([drawing])


def test_more_meetings_than_fit_keep_to_half_a_page_with_every_other_label(tmp_path: Path) -> None:
    rows = year(100)
    drawing = timing_chart(rows, width=CONTENT_WIDTH, **LABELS)
    assert drawing is not None and drawing.height <= HALF_A4
    data = chart_pdf(rows)
    render(data, tmp_path, "hundred")
    ys = sorted({round(y, 1) for t, _, y in placed(data) if t in {r[0] for r in rows}})
    assert len(ys) >= 30 and min(b - a for a, b in zip(ys, ys[1:], strict=False)) >= 7  # never overlapping



def test_the_pdf_writer_may_import_the_chart_at_its_top() -> None:
    """app.export.pdf, loading with ``from app.export.chart import timing_chart`` as its first import
    (the chart reads the fonts' names from it only when drawing), then draws a chart."""
    code = "\n".join((
        "import pathlib, sys, types",
        "import app.export",
        "src = pathlib.Path('app/export/pdf.py').read_text(encoding='utf-8').replace(",
        "    'from __future__ import annotations\\n',",
        "    'from __future__ import annotations\\nfrom app.export.chart import timing_chart\\n', 1)",
        "pdf = sys.modules['app.export.pdf'] = types.ModuleType('app.export.pdf')",
        "exec(compile(src, 'app/export/pdf.py', 'exec'), pdf.__dict__)",
        "assert pdf.timing_chart([('1.1.', 30, 31)], width=500, planned='P', actual='A', minutes='m')",
    ))
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
