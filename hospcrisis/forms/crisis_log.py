"""The main courante as printed (HC-MCO-01): the crisis cell's log for the meeting or the file.

Entries are printed in the order given (event time), each with its reference, kind, event time,
the time it was written when it was written late, its author, its unit or patient, its full
text, and the correction links both ways. Nothing is left out: a long entry flows over pages.
An empty list prints ruled lines to keep the log by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from hospcrisis.forms import text
from hospcrisis.forms.data import CancelCheck, PrintInfo, Progress, RenderResult
from hospcrisis.forms.document import FormDocument, Output
from hospcrisis.forms.fonts import BOLD, COND, COND_BOLD, MONO, SANS
from hospcrisis.forms.layout import Pen
from hospcrisis.forms.page import A4, MARGIN, footer, header, watermark
from hospcrisis.forms.registry import FORMS
from hospcrisis.i18n import _, use_language

PAGE_W, PAGE_H = A4
X = MARGIN
W = PAGE_W - 2 * MARGIN
LEFT_W = 42.0
TOP = 52.0
BOTTOM = PAGE_H - 22.0
TEXT_SIZE = 9.5
LEADING = 4.3  # mm per text line


@dataclass(frozen=True)
class LogLine:
    """One entry of the main courante as printed (display text in the print language)."""

    ref: str
    kind: str
    kind_label: str
    event_at: datetime
    entered_at: datetime
    late: bool
    author: str
    text: str
    unit: str = ""
    patient: str = ""
    corrects: str = ""
    corrected_by: str = ""


@dataclass(frozen=True)
class LogPrint:
    """What the log print shows: its entries and the filters they were chosen with."""

    lines: tuple[LogLine, ...]
    filters: str = ""


KIND_GRAY = {"decision": 0.0, "alert": 0.0, "action": 0.35, "information": 0.55}


def _entry_height(line: LogLine) -> tuple[list[str], float]:
    body = text.wrap(text.clean(line.text), SANS, TEXT_SIZE, (W - LEFT_W - 4) * 2.8346)
    extra = sum(1 for value in (line.unit or line.patient, line.corrects, line.corrected_by)
                if value)
    text_height = (len(body) + extra) * LEADING + 3.0
    left_height = 23.5 if line.late else 19.5
    return body, max(text_height, left_height)


def _page(doc: FormDocument, number: int, total_hint: int, filters: str) -> Pen:
    spec = FORMS["log"]
    pen = doc.new_page(PAGE_W, PAGE_H)
    if doc.info.exercise:
        watermark(pen, PAGE_W, PAGE_H)
    header(pen, doc.info, spec, PAGE_W, right_reserved=0,
           subtitle=filters or _("Every entry, in order of event time"))
    footer(pen, doc.info, spec, PAGE_W, PAGE_H, number, total_hint)
    return pen


def _draw_entry(pen: Pen, y: float, line: LogLine, body: list[str]) -> None:
    pen.line(X, y, X + W, y, width=0.6)
    gray = KIND_GRAY.get(line.kind, 0.3)
    pen.text(X + 1, y + 4.6, text.format_datetime(line.event_at), BOLD, 9.5)
    pen.text(X + 1, y + 8.8, line.ref, MONO, 8)
    if gray == 0.0:
        pen.badge(X + 1, y + 10.6, line.kind_label.upper(), size=7.5)
    else:
        pen.text(X + 1, y + 13.6, line.kind_label.upper(), COND_BOLD, 8, gray=gray)
    pen.cell(X + 1, y + 17.4, LEFT_W - 3, line.author, COND, 7.5, min_size=6)
    if line.late:
        pen.cell(X + 1, y + 21.2, LEFT_W - 3, _("written {time}", time=text.format_datetime(
            line.entered_at)), COND_BOLD, 7.5, min_size=6)
    tx = X + LEFT_W
    ty = y + 4.6
    for value in body:
        pen.text(tx, ty, value, SANS, TEXT_SIZE)
        ty += LEADING
    links = []
    if line.unit or line.patient:
        links.append(" · ".join(v for v in (
            _("Unit: {unit}", unit=line.unit) if line.unit else "",
            _("Patient: {patient}", patient=line.patient) if line.patient else "") if v))
    if line.corrects:
        links.append(_("Corrects entry {ref}", ref=line.corrects))
    if line.corrected_by:
        links.append(_("Corrected by {refs}", refs=line.corrected_by))
    for value in links:
        pen.text(tx, ty, value, COND_BOLD, 8)
        ty += LEADING


def render_log(out: Output, items: Sequence[LogPrint], info: PrintInfo, *,
               progress: Progress | None = None, cancelled: CancelCheck | None = None
               ) -> RenderResult:
    """The main courante (one `LogPrint`); no entry: ruled lines to keep the log by hand."""
    document = items[0] if items else LogPrint(())
    spec = FORMS["log"]
    with use_language(info.lang), FormDocument(out, info, title=spec.label, progress=progress,
                                               cancelled=cancelled) as doc:
        measured = [(line, *_entry_height(line)) for line in document.lines]
        pages: list[list[tuple[LogLine, list[str], float]]] = [[]]
        used = 0.0
        for line, body, height in measured:
            if pages[-1] and TOP + used + height > BOTTOM:
                pages.append([])
                used = 0.0
            pages[-1].append((line, body, height))
            used += height
        total = len(pages)
        for number, page in enumerate(pages, start=1):
            doc.step(number - 1, total)
            pen = _page(doc, number, total, document.filters)
            y = TOP
            if not page:
                while y + 9 < BOTTOM:
                    pen.line(X, y, X + W, y, width=0.4)
                    pen.line(X + LEFT_W - 2, y, X + LEFT_W - 2, y + 9, width=0.3)
                    y += 9
                pen.text(X + 1, TOP - 1.5, _("Time · kind · author"), COND, 7.5, gray=0.4)
                pen.text(X + LEFT_W, TOP - 1.5, _("Entry"), COND, 7.5, gray=0.4)
            for line, body, height in page:
                _draw_entry(pen, y, line, body)
                y += height
            pen.line(X, y, X + W, y, width=0.6)
            doc.end_page()
        doc.step(total, total)
        doc.finish()
        return RenderResult(form=spec.name, pages=doc.pages, rows=len(document.lines))
