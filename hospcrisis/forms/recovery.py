"""What recovery prints: the "what remains to re-enter" list (HC-REP-01) and the
end-of-downtime report (HC-REP-02).

Pure: data from `core.backload` in, a PDF out (through `FormDocument`, with the page furniture
every form carries: hospital, title, code and version, who printed it, page x/y, the EXERCICE
watermark of an exercise database).

* The list is sorted by unit, kind and time (the caller sorts), one line per record, a box to
  tick and a column to sign when it has been re-entered; each unit starts a new page so a unit
  gets its own sheets.
* The report holds every count IT must be able to show at the end of the crisis: what was
  captured, exported and re-entered per kind of record, conflicts, merges, provisional IDs
  reconciled, the bundles merged with each station's audit chain head and the content hash —
  then signature boxes.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

from hospcrisis import clock
from hospcrisis.core.backload import BackloadItem, DowntimeReport, type_label
from hospcrisis.forms import text
from hospcrisis.forms.data import CancelCheck, PrintInfo, Progress, RenderResult
from hospcrisis.forms.document import FormDocument, Output
from hospcrisis.forms.fonts import BOLD, COND, COND_BOLD, MONO, SANS
from hospcrisis.forms.layout import Pen
from hospcrisis.forms.page import (
    A4,
    A4_LANDSCAPE,
    FOOTER_H,
    HEADER_BOTTOM,
    MARGIN,
    footer,
    header,
    watermark,
)
from hospcrisis.forms.registry import FORMS, FormSpec
from hospcrisis.i18n import _, use_language

# --- the "what remains" list ------------------------------------------------------------------

LIST_W, LIST_H = A4_LANDSCAPE
LIST_COLS = (8.0, 18.0, 36.0, 26.0, 33.0, 98.0, 10.0, 48.0)
TABLE_Y = HEADER_BOTTOM + 9.0
HEAD_H = 7.0
ROW_H = 7.2
TABLE_BOTTOM = LIST_H - FOOTER_H - 6.0
PER_PAGE = int((TABLE_BOTTOM - TABLE_Y - HEAD_H) // ROW_H)


def _local(iso: str | None) -> str:
    return clock.local_text(iso) if iso else ""


def _list_headers() -> list[str]:
    return ["#", _("Unit"), _("Kind"), _("When"), _("ID"), _("Patient / record"), "✓",
            _("Re-entered by, on")]


def _list_page(doc: FormDocument, spec: FormSpec, unit: str, number: int, total: int,
               summary: str) -> Pen:
    pen = doc.new_page(LIST_W, LIST_H)
    if doc.info.exercise:
        watermark(pen, LIST_W, LIST_H)
    header(pen, doc.info, spec, LIST_W, right_reserved=4,
           subtitle=_("Unit {unit}", unit=unit) if unit else "")
    footer(pen, doc.info, spec, LIST_W, LIST_H, number, total)
    pen.fitted(MARGIN, HEADER_BOTTOM + 1.5, LIST_W - 2 * MARGIN, summary, BOLD, 10, 7)
    return pen


def render_remaining(out: Output, items: Sequence[BackloadItem], info: PrintInfo, *,
                     progress: Progress | None = None, cancelled: CancelCheck | None = None
                     ) -> RenderResult:
    """Records still to re-enter in the information system, unit by unit, to tick and sign.

    No item: one page saying that nothing remains."""
    spec = FORMS["remaining"]
    units: dict[str, list[BackloadItem]] = {}
    for item in items:
        units.setdefault(item.unit, []).append(item)
    with use_language(info.lang), FormDocument(out, info, title=spec.label,
                                               progress=progress, cancelled=cancelled) as doc:
        plan = [(unit, rows[p * PER_PAGE:(p + 1) * PER_PAGE])
                for unit, rows in units.items()
                for p in range(max(1, math.ceil(len(rows) / PER_PAGE)))] or [("", [])]
        total = len(plan)
        counted = 0
        for page, (unit, chunk) in enumerate(plan):
            doc.step(page, total)
            in_unit = len(units.get(unit, []))
            summary = _("{n} record(s) remain in this unit; {total} in all.", n=in_unit,
                        total=len(items)) if items else _("Nothing remains to re-enter.")
            pen = _list_page(doc, spec, unit, page + 1, total, summary)
            for i, item in enumerate(chunk):
                counted += 1
                y = TABLE_Y + HEAD_H + i * ROW_H
                values = [
                    (str(counted), COND), (text.clean(item.unit), COND_BOLD),
                    (type_label(item.type), COND), (_local(item.at), COND),
                    (text.clean(item.identifier), MONO), (text.clean(item.label), SANS),
                    ("", SANS), ("", SANS),
                ]
                cx = MARGIN
                baseline = y + ROW_H / 2 + 1.3
                for width, (value, font) in zip(LIST_COLS, values, strict=True):
                    if value:
                        pen.cell(cx + 1.2, baseline, width - 2.4, value, font,
                                 9 if font != MONO else 8, min_size=6)
                    cx += width
                box_x = MARGIN + sum(LIST_COLS[:6]) + LIST_COLS[6] / 2 - 1.8
                pen.rect(box_x, y + 1.7, 3.6, 3.6, width=0.8)
            pen.grid(MARGIN, TABLE_Y, LIST_COLS, _list_headers(), rows=PER_PAGE, row_h=ROW_H,
                     header_h=HEAD_H, header_size=8)
            doc.end_page()
        doc.step(total, total)
        doc.finish()
        return RenderResult(form="remaining", pages=doc.pages, rows=len(items))


# --- the end-of-downtime report --------------------------------------------------------------

REPORT_W, REPORT_H = A4
RW = REPORT_W - 2 * MARGIN
BOTTOM = REPORT_H - FOOTER_H - 4.0


class _Report:
    """Flows sections down A4 pages, starting a new page when one does not fit. `total` is the
    page count for the footers (known after a first, counting pass)."""

    def __init__(self, doc: FormDocument, spec: FormSpec, total: int) -> None:
        self.doc = doc
        self.spec = spec
        self.total = total
        self.pen: Pen | None = None
        self.y = 0.0
        self.count = 0

    def new_page(self) -> Pen:
        if self.pen is not None:
            self.doc.end_page()
        pen = self.doc.new_page(REPORT_W, REPORT_H)
        if self.doc.info.exercise:
            watermark(pen, REPORT_W, REPORT_H)
        header(pen, self.doc.info, self.spec, REPORT_W, right_reserved=4)
        self.count += 1
        footer(pen, self.doc.info, self.spec, REPORT_W, REPORT_H, self.count,
               max(self.total, self.count))
        self.pen = pen
        self.y = HEADER_BOTTOM + 4.0
        return pen

    def need(self, height: float) -> Pen:
        if self.pen is None or self.y + height > BOTTOM:
            return self.new_page()
        return self.pen

    def section(self, title: str) -> None:
        if self.pen is not None and self.y > HEADER_BOTTOM + 4.0:
            self.y += 2.5
        pen = self.need(30)  # a heading never stays alone at the foot of a page
        self.y = pen.section(MARGIN, self.y, RW, title) + 2.0

    def line(self, label: str, value: str, font: str = SANS) -> None:
        pen = self.need(5.5)
        pen.cell(MARGIN + 1, self.y + 4, 70, label, COND, 9)
        pen.cell(MARGIN + 72, self.y + 4, RW - 73, value, font, 9.5, min_size=6)
        self.y += 5.5

    def table(self, widths: Sequence[float], headers: Sequence[str],
              rows: Sequence[Sequence[str]], fonts: Sequence[str] | None = None) -> None:
        row_h = 6.0
        start = 0
        while start < len(rows) or start == 0:
            pen = self.need(7.0 + row_h * min(2, max(1, len(rows))))
            room = max(1, int((BOTTOM - self.y - 7.0) // row_h))
            chunk = rows[start:start + room]
            for i, row in enumerate(chunk):
                cx = MARGIN
                baseline = self.y + 7.0 + i * row_h + row_h / 2 + 1.3
                for j, (width, value) in enumerate(zip(widths, row, strict=True)):
                    font = fonts[j] if fonts else SANS
                    pen.cell(cx + 1.2, baseline, width - 2.4, value, font,
                             8.5 if font == MONO else 9, min_size=5.5)
                    cx += width
            self.y = pen.grid(MARGIN, self.y, widths, headers, rows=max(1, len(chunk)),
                              row_h=row_h, header_h=7.0, header_size=8) + 3.0
            start += room
            if start >= len(rows):
                break
            self.new_page()


def render_report(out: Output, items: Sequence[DowntimeReport], info: PrintInfo, *,
                  progress: Progress | None = None, cancelled: CancelCheck | None = None
                  ) -> RenderResult:
    """The end-of-downtime report (one per item; normally one). Laid out twice: once to count
    the pages (for "Page x/y"), then for real."""
    spec = FORMS["report"]
    total = 0
    for target in (io.BytesIO(), out):
        with use_language(info.lang), FormDocument(target, info, title=spec.label,
                                                   progress=progress if total else None,
                                                   cancelled=cancelled) as doc:
            report = _Report(doc, spec, total)
            for n, item in enumerate(items):
                doc.step(n, len(items))
                if n:
                    report.new_page()
                _draw_report(report, item)
            if report.pen is None:
                report.new_page()
            doc.end_page()
            doc.step(len(items), len(items))
            doc.finish()
            total = report.count
    return RenderResult(form="report", pages=total, rows=len(items))


def _draw_report(report: _Report, data: DowntimeReport) -> None:
    report.section(_("Downtime"))
    report.line(_("Recovery database"), data.station)
    report.line(_("Period covered"), _("from {start} to {end}", start=_local(data.period_start),
                                       end=_local(data.period_end)))
    report.line(_("Report drawn up"), _("{when} by {who}", when=_local(data.generated_at),
                                        who=text.clean(data.generated_by)))
    report.section(_("Records captured, exported and re-entered"))
    rows = [[t.label, str(t.captured), str(t.exported), str(t.reentered), str(t.remaining)]
            for t in data.progress.by_type]
    rows.append([_("Total"), str(data.progress.captured), "", str(data.progress.reentered),
                 str(data.progress.captured - data.progress.reentered)])
    report.table((70.0, 30.0, 30.0, 30.0, RW - 160.0),
                 [_("Kind of record"), _("Captured"), _("Exported"), _("Re-entered"),
                  _("Remaining")], rows)
    report.section(_("Identities and merge"))
    report.line(_("Provisional IDs"), str(data.provisional))
    report.line(_("Reconciled with an IPP"), str(data.reconciled))
    report.line(_("Duplicates merged"), str(data.merges))
    report.line(_("Conflicts between stations"),
                _("{open} open, {settled} settled", open=data.conflicts_open,
                  settled=data.conflicts_settled))
    report.line(_("Records kept aside"), str(data.aside))
    if data.remaining_by_unit:
        report.section(_("What remains, per unit"))
        report.table((60.0, RW - 60.0), [_("Unit"), _("Records to re-enter")],
                     [[text.clean(u) or "—", str(n)] for u, n in data.remaining_by_unit.items()])
    report.section(_("Station bundles merged"))
    if data.bundles:
        report.table((20.0, 32.0, 32.0, 16.0, RW - 100.0),
                     [_("Station"), _("Bundle of"), _("Imported"), _("Records"),
                      _("Audit chain head")],
                     [[text.clean(b["station"]), _local(b["created_at"]),
                       _local(b["imported_at"]), str(b["records"]),
                       text.clean(b["audit_head"])] for b in data.bundles],
                     fonts=(COND_BOLD, COND, COND, COND, MONO))
    else:
        report.line(_("Bundles"), _("none"))
    if data.exports:
        report.section(_("Exports to the information system"))
        report.table((14.0, 16.0, 34.0, 30.0, RW - 94.0),
                     [_("No."), _("Format"), _("When"), _("By"), _("Digest of the records")],
                     [[str(e["number"]), str(e["format"]).upper(), _local(e["created_at"]),
                       text.clean(e["created_by"] or ""), str(e["digest"])]
                      for e in data.exports],
                     fonts=(COND, COND_BOLD, COND, COND, MONO))
    report.section(_("Proof"))
    pen = report.need(12)
    pen.cell(MARGIN + 1, report.y + 4, 70, _("Content hash of the merged data"), COND, 9)
    pen.cell(MARGIN + 1, report.y + 9, RW - 2, data.content_hash or "—", MONO, 8,
             min_size=5.5)
    report.y += 12
    pen = report.need(32)
    half = (RW - 6) / 2
    pen.field(MARGIN, report.y + 2, half, 26, _("IT recovery lead — name, date, signature"))
    pen.field(MARGIN + half + 6, report.y + 2, half, 26,
              _("Director or crisis cell — name, date, signature"))
    report.y += 30

