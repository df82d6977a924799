"""Operating theatre prints: each room's day schedule (HC-BLO-01) and the patient call list
(HC-BLO-02).

* `render_or_day` — one page per operating room and day (more if the room has more cases than
  fit): the room and the day in a large box, each case's start time printed large, the
  patient's identity, the procedure, the surgeon, the anaesthetist and the priority class.
  Spare ruled rows take the cases added by hand. A closed room prints as closed, with the
  reason. Pages are numbered per room (each sheet goes to its room).
* `render_calls` — the call list to work with a pen: who to call and why, the phone number in
  large print, the operation that was planned (and the new date once re-planned), previous
  attempts, and boxes to tick (reached / message left / unreachable) with room for the time,
  the caller and a note. No entry: a blank list to fill by hand.

Both show when they were printed ("as at"), so an old sheet is not taken for the current one.
Inputs come from `core/surgery_print.py` (`RoomDaySheet`) and `core/surgery.py`
(`CallEntry`); nothing here reads the database.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime

from hospcrisis.core import surgery
from hospcrisis.core.surgery_print import RoomDaySheet, ScheduleLine
from hospcrisis.forms import text
from hospcrisis.forms.data import CancelCheck, PrintInfo, Progress, RenderResult
from hospcrisis.forms.document import FormDocument, Output
from hospcrisis.forms.fonts import BOLD, COND, COND_BOLD, MONO, SANS
from hospcrisis.forms.layout import Pen
from hospcrisis.forms.page import (
    A4,
    A4_LANDSCAPE,
    FOOTER_H,
    HEADER_TOP,
    MARGIN,
    footer,
    header,
    watermark,
)
from hospcrisis.forms.registry import FORMS, FormSpec
from hospcrisis.i18n import _, use_language

URGENT = ("P1a", "P1b")


def weekday_date(day: date) -> str:
    """``Mardi 01/12/2026`` / ``Tuesday 01 Dec 2026``."""
    return f"{_(surgery.WEEKDAY_LABELS[day.isoweekday()])} {text.format_date(day)}"


def _sex(code: str) -> str:
    return {"F": _("F"), "M": _("M")}.get(code, "")


def _born(dob: str, sex: str) -> str:
    shown = text.format_dob(dob)
    parts = [_("born {date}", date=shown) if shown else _("date of birth unknown")]
    if _sex(sex):
        parts.append(_sex(sex))
    return " · ".join(parts)


# --- the day schedule of a room (or-day) ------------------------------------------------------

DAY_W, DAY_H = A4
DAY_X = MARGIN
DAY_TABLE_W = DAY_W - 2 * MARGIN
ROOM_BOX_W = 64.0
DAY_TABLE_Y = 59.0
DAY_HEAD_H = 8.0
DAY_ROW_H = 21.0
DAY_BOTTOM = DAY_H - FOOTER_H - 6.0
DAY_PER_PAGE = int((DAY_BOTTOM - DAY_TABLE_Y - DAY_HEAD_H) // DAY_ROW_H)
DAY_COLS = (25.0, 50.0, 55.0, 24.0, 23.0, 13.0)


def _day_headers() -> list[str]:
    return [_("Time"), _("Patient"), _("Operation"), _("Surgeon"), _("Anaesthetist"),
            _("Prio.")]


def _room_box(pen: Pen, sheet: RoomDaySheet, printed_at: datetime) -> None:
    x = DAY_W - MARGIN - ROOM_BOX_W
    y = HEADER_TOP
    pen.rect(x, y, ROOM_BOX_W, 40, width=2.0)
    pen.text(x + 3, y + 5.5, _("ROOM"), COND_BOLD, 9.5)
    pen.fitted(x + 3, y + 7.0, ROOM_BOX_W - 6, text.clean(sheet.room_code), BOLD, 34, 14)
    pen.fitted(x + 3, y + 22.5, ROOM_BOX_W - 6, weekday_date(sheet.day), BOLD, 13, 8)
    local = printed_at.astimezone()
    pen.fitted(x + 3, y + 29.5, ROOM_BOX_W - 6,
               _("as at {date} {time}", date=text.format_date(local.date()),
                 time=f"{local:%H:%M}"), COND_BOLD, 10, 7)
    pen.fitted(x + 3, y + 34.6, ROOM_BOX_W - 6,
               _("check for changes before using this sheet"), COND, 7, 5.5)


def _day_summary(sheet: RoomDaySheet) -> str:
    if sheet.hours is None:
        return _("Room closed: {reason}", reason=text.clean(sheet.closed_reason)) \
            if sheet.closed_reason else _("Room closed that day")
    opening = _("open {start}–{end}", start=sheet.hours[0], end=sheet.hours[1])
    if not sheet.lines:
        return _("{opening} · no case planned", opening=opening)
    first = sheet.lines[0].start.astimezone()
    last = max(line.end for line in sheet.lines).astimezone()
    booked = sheet.booked_minutes
    share = f" ({round(100 * booked / sheet.open_minutes)} %)" if sheet.open_minutes else ""
    return _("{n} cases · {first}–{last} · {booked} min booked{share} · {opening}",
             n=len(sheet.lines), first=f"{first:%H:%M}", last=f"{last:%H:%M}",
             booked=booked, share=share, opening=opening)


def _schedule_row(pen: Pen, y: float, line: ScheduleLine) -> None:
    x = DAY_X
    widths = DAY_COLS
    pad = 1.4
    if line.priority in URGENT:
        pen.rect(x + sum(widths[:5]), y, widths[5], DAY_ROW_H, fill=0.8, stroke=False)
    start = line.start.astimezone()
    end = line.end.astimezone()
    pen.text(x + pad, y + 7.6, f"{start:%H:%M}", BOLD, 19)
    pen.text(x + pad, y + 13.2, f"→ {end:%H:%M}", COND_BOLD, 10)
    pen.text(x + pad, y + 18.3, _("{n} min", n=line.duration_min), COND, 8)
    x += widths[0]
    w = widths[1] - 2 * pad
    bottom = pen.fitted(x + pad, y + 1.4, w, text.clean(line.patient_name) or "—", COND_BOLD,
                        11, 7, max_lines=2, leading=1.0)
    pen.fitted(x + pad, bottom + 0.6, w, _born(line.birth_date, line.sex), COND, 8, 6)
    ident = text.clean(line.patient_id)
    facts = [_("IPP/ID {id}", id=ident) if ident else "", _("case no. {n}", n=line.case_number)]
    pen.fitted(x + pad, y + 15.2, w, " · ".join(f for f in facts if f), MONO, 7.5, 5.5)
    x += widths[1]
    w = widths[2] - 2 * pad
    bottom = pen.fitted(x + pad, y + 1.4, w, text.clean(line.procedure), SANS, 9.5, 6.5,
                        max_lines=2, leading=1.02, narrow=COND)
    details = [text.clean(line.specialty), text.clean(line.anaesthesia)]
    pen.fitted(x + pad, max(bottom + 0.4, y + 10.0), w, " · ".join(d for d in details if d),
               COND, 8, 6)
    extra = []
    if line.requirements:
        extra.append(_("Equipment: {items}", items=", ".join(line.requirements)))
    if text.clean(line.notes):
        extra.append(text.clean(line.notes))
    if line.done:
        extra.insert(0, _("DONE"))
    if extra:
        pen.fitted(x + pad, y + 15.0, w, " · ".join(extra), COND, 7.5, 5.5)
    x += widths[2]
    pen.fitted(x + pad, y + 1.6, widths[3] - 2 * pad, text.clean(line.surgeon), COND_BOLD,
               9.5, 6.5, max_lines=3, leading=1.02)
    x += widths[3]
    pen.fitted(x + pad, y + 1.6, widths[4] - 2 * pad, text.clean(line.anaesthetist) or "—",
               COND, 9.5, 6.5, max_lines=3, leading=1.02)
    x += widths[4]
    pen.text(x + widths[5] / 2, y + 8.0, line.priority, BOLD, 12 if len(line.priority) < 3
             else 10.5, align="center")
    if line.deadline is not None:
        due = line.deadline.astimezone()
        pen.text(x + widths[5] / 2, y + 13.0, _("before"), COND, 6.5, align="center")
        pen.text(x + widths[5] / 2, y + 16.4, f"{due:%d/%m}", COND_BOLD, 7.5, align="center")


def _day_page(doc: FormDocument, spec: FormSpec, sheet: RoomDaySheet, number: int,
              total: int) -> Pen:
    pen = doc.new_page(DAY_W, DAY_H)
    info = doc.info
    if info.exercise:
        watermark(pen, DAY_W, DAY_H)
    subtitle = _("Room {code} — {name}", code=text.clean(sheet.room_code),
                 name=text.clean(sheet.room_name)) if text.clean(sheet.room_name) and \
        text.clean(sheet.room_name) != text.clean(sheet.room_code) else \
        _("Room {code}", code=text.clean(sheet.room_code))
    header(pen, info, spec, DAY_W, right_reserved=ROOM_BOX_W + 4, subtitle=subtitle,
           title=_("OR programme"))
    _room_box(pen, sheet, info.printed_at)
    footer(pen, info, spec, DAY_W, DAY_H, number, total)
    pen.fitted(DAY_X, 52.0, DAY_TABLE_W, _day_summary(sheet), BOLD, 10.5, 7)
    return pen


def render_or_day(out: Output, sheets: Sequence[RoomDaySheet], info: PrintInfo, *,
                  progress: Progress | None = None, cancelled: CancelCheck | None = None,
                  day: object = None, room: object = None) -> RenderResult:
    """Each room's day: one page per room (continued if need be), pages numbered per room.

    `day` and `room` are the print options the sheets were gathered with (already applied).
    """
    del day, room
    spec = FORMS["or-day"]
    if not sheets:
        from hospcrisis.errors import ValidationError

        raise ValidationError(_("Nothing to print: no room and no case that day."))
    with use_language(info.lang), FormDocument(out, info, title=spec.label,
                                               progress=progress, cancelled=cancelled) as doc:
        total = len(sheets)
        for done, sheet in enumerate(sheets):
            doc.step(done, total)
            pages = max(1, math.ceil(len(sheet.lines) / DAY_PER_PAGE))
            for page in range(pages):
                pen = _day_page(doc, spec, sheet, page + 1, pages)
                chunk = sheet.lines[page * DAY_PER_PAGE:(page + 1) * DAY_PER_PAGE]
                if sheet.hours is None:
                    _closed(pen, sheet)
                else:
                    for i, line in enumerate(chunk):
                        _schedule_row(pen, DAY_TABLE_Y + DAY_HEAD_H + i * DAY_ROW_H, line)
                    pen.grid(DAY_X, DAY_TABLE_Y, DAY_COLS, _day_headers(), rows=DAY_PER_PAGE,
                             row_h=DAY_ROW_H, header_h=DAY_HEAD_H, header_size=8.5)
                    if not sheet.lines:
                        pen.text(DAY_W / 2, DAY_TABLE_Y + DAY_HEAD_H + DAY_ROW_H / 2 + 1.5,
                                 _("No case planned in this room that day."), COND, 11,
                                 align="center", gray=0.35)
                    pen.text(DAY_X, DAY_BOTTOM + 3.6,
                             _("Prio.: priority class (P1a ≤ 24 h, P1b ≤ 72 h, P2 ≤ 4 weeks, "
                               "P3 ≤ 3 months, P4 > 3 months); shaded: urgent. Write added "
                               "cases in the empty rows."), COND, 7)
                doc.end_page()
        doc.step(total, total)
        doc.finish()
        return RenderResult(form="or-day", pages=doc.pages,
                            rows=sum(len(s.lines) for s in sheets))


def _closed(pen: Pen, sheet: RoomDaySheet) -> None:
    top = DAY_TABLE_Y + 20
    pen.rect(DAY_X, top, DAY_TABLE_W, 60, width=2.0)
    pen.text(DAY_W / 2, top + 26, _("ROOM CLOSED"), BOLD, 36, align="center")
    reason = text.clean(sheet.closed_reason)
    if reason:
        pen.fitted(DAY_X + 8, top + 34, DAY_TABLE_W - 16, reason, SANS, 14, 8, max_lines=2,
                   align="center")
    if sheet.lines:
        pen.fitted(DAY_X + 8, top + 48, DAY_TABLE_W - 16,
                   _("{n} cases are still planned here that day: re-plan them.",
                     n=len(sheet.lines)), BOLD, 11, 8, align="center")


# --- the call list (calls) ----------------------------------------------------------------------

CALL_W, CALL_H = A4_LANDSCAPE
CALL_X = MARGIN
CALL_TABLE_W = CALL_W - 2 * MARGIN
TIME_W = 100.0
CALL_TABLE_Y = 59.0
CALL_HEAD_H = 8.0
CALL_ROW_H = 15.0
CALL_BOTTOM = 194.0
CALL_PER_PAGE = int((CALL_BOTTOM - CALL_TABLE_Y - CALL_HEAD_H) // CALL_ROW_H)
CALL_COLS = (12.0, 48.0, 38.0, 48.0, 42.0, 29.0, 60.0)


def _call_headers() -> list[str]:
    return [_("Case"), _("Patient"), _("Phone"), _("Operation planned"),
            _("Why we call"), _("Previous calls"), _("Outcome of this call")]


def _as_at_box(pen: Pen, as_of: datetime | None) -> None:
    x = CALL_W - MARGIN - TIME_W
    y = HEADER_TOP
    pen.rect(x, y, TIME_W, 40, width=2.0)
    pen.text(x + 3, y + 6, _("AS AT").upper(), COND_BOLD, 10)
    if as_of is None:
        pen.text(x + TIME_W - 3, y + 6, _("write the time"), COND, 8, align="right")
        pen.rect(x + 4, y + 10, 20, 16, width=1.0)
        pen.text(x + 28, y + 22, ":", BOLD, 30)
        pen.rect(x + 33, y + 10, 20, 16, width=1.0)
        pen.text(x + 4, y + 35.5, "__ /__ /____", MONO, 14, gray=0.4)
        return
    local = as_of.astimezone()
    pen.text(x + 3, y + 30, f"{local:%H:%M}", BOLD, 46)
    pen.text(x + TIME_W - 3, y + 21, text.format_date(local.date()), BOLD, 15, align="right")
    pen.text(x + TIME_W - 3, y + 29, _("local time"), COND, 8, align="right")
    pen.text(x + TIME_W - 3, y + 36, _("calls made since are not on this sheet"), COND, 7,
             align="right")


def _short_moment(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone()
    day = local.date()
    weekday = _(surgery.WEEKDAY_LABELS[day.isoweekday()])[:3].lower()
    return f"{weekday}. {text.format_date(day)} {local:%H:%M}"


def _calls_summary(entries: Sequence[surgery.CallEntry]) -> str:
    pending = [e for e in entries if e.pending]
    tried = sum(1 for e in pending if e.attempts)
    new_dates = sum(1 for e in pending if e.purpose == "new_date")
    return _("{n} patients to call · {tried} already tried without reaching them · "
             "{dates} to tell a new date", n=len(pending), tried=tried, dates=new_dates)


def _call_row(pen: Pen, y: float, entry: surgery.CallEntry) -> None:
    x = CALL_X
    widths = CALL_COLS
    pad = 1.3
    if not entry.pending:
        pen.rect(x, y, CALL_TABLE_W, CALL_ROW_H, fill=0.9, stroke=False)
    pen.fitted(x + 0.6, y + 4.0, widths[0] - 1.2, str(entry.case_number), MONO, 8.5, 6,
               align="center")
    pen.text(x + widths[0] / 2, y + 10.5, entry.priority, BOLD, 9, align="center")
    x += widths[0]
    w = widths[1] - 2 * pad
    pen.fitted(x + pad, y + 1.3, w, text.clean(entry.patient_name) or "—", COND_BOLD, 10.5, 7)
    pen.fitted(x + pad, y + 6.6, w, _born(entry.patient_birth_date, ""), COND, 7.5, 6)
    ident = text.clean(entry.patient_id_text)
    if ident:
        pen.fitted(x + pad, y + 10.4, w, _("IPP/ID {id}", id=ident), MONO, 7, 5.5)
    x += widths[1]
    w = widths[2] - 2 * pad
    phone = text.clean(entry.phone)
    if phone:
        pen.fitted(x + pad, y + 3.5, w, phone, MONO, 12.5, 7, narrow=COND_BOLD)
    else:
        pen.fitted(x + pad, y + 3.5, w, _("no number: find it"), COND_BOLD, 9, 6.5)
    x += widths[2]
    w = widths[3] - 2 * pad
    pen.fitted(x + pad, y + 1.3, w, _short_moment(entry.original_start) or "—", BOLD, 9, 6.5)
    pen.fitted(x + pad, y + 5.6, w, text.clean(entry.procedure), COND, 8, 6)
    pen.fitted(x + pad, y + 9.6, w, text.clean(entry.surgeon_name), COND, 7.5, 6)
    x += widths[3]
    w = widths[4] - 2 * pad
    purpose = surgery.CALL_PURPOSES.get(entry.purpose)
    pen.fitted(x + pad, y + 1.3, w, _(purpose) if purpose else entry.purpose, COND_BOLD, 8.5,
               6)
    if entry.new_start is not None:
        pen.fitted(x + pad, y + 5.0, w, _short_moment(entry.new_start), BOLD, 9, 6)
        pen.fitted(x + pad, y + 9.7, w, text.clean(entry.reason), COND, 7, 5.5)
    else:
        pen.fitted(x + pad, y + 5.4, w, text.clean(entry.reason), COND, 7.5, 5.5, max_lines=2,
                   leading=1.0)
    x += widths[4]
    w = widths[5] - 2 * pad
    if entry.attempts:
        last = entry.attempts[-1]
        outcome = surgery.CALL_OUTCOMES.get(last.outcome)
        pen.fitted(x + pad, y + 1.3, w, _("{n} attempt(s)", n=len(entry.attempts)), COND_BOLD,
                   8, 6)
        when = last.called_at.astimezone()
        pen.fitted(x + pad, y + 5.2, w, f"{when:%d/%m %H:%M} · {text.clean(last.caller)}",
                   COND, 7, 5.5)
        pen.fitted(x + pad, y + 8.8, w, _(outcome) if outcome else last.outcome, COND, 7, 5.5)
    else:
        pen.text(x + pad, y + 5.0, _("none yet"), COND, 7.5, gray=0.35)
    x += widths[5]
    w = widths[6] - 2 * pad
    if not entry.pending:
        pen.badge(x + pad, y + 1.2, _("REACHED"), size=8)
        return
    _outcome_boxes(pen, x, y)


def _outcome_boxes(pen: Pen, x: float, y: float) -> None:
    """Boxes to tick and lines to write the time, the caller and a note (one call)."""
    pad = 1.3
    w = CALL_COLS[-1] - 2 * pad
    pen.options(x + pad, y + 5.0, (_("Reached"), _("Message left"), _("Unreachable")),
                size=7.5, gap=2.2, font=COND, box=3.4, max_width=w)
    pen.text(x + pad, y + 9.6, _("at"), COND, 6.5)
    pen.line(x + pad + 3.2, y + 9.9, x + pad + 16, y + 9.9, width=0.35, dash=(0.6, 1.4))
    pen.text(x + pad + 17, y + 9.6, _("by"), COND, 6.5)
    pen.line(x + pad + 21, y + 9.9, x + w + pad, y + 9.9, width=0.35, dash=(0.6, 1.4))
    pen.text(x + pad, y + 13.6, _("note"), COND, 6.5)
    pen.line(x + pad + 6, y + 13.9, x + w + pad, y + 13.9, width=0.35, dash=(0.6, 1.4))


def _calls_page(doc: FormDocument, spec: FormSpec, number: int, total: int,
                as_of: datetime | None, summary: str) -> Pen:
    pen = doc.new_page(CALL_W, CALL_H)
    info = doc.info
    if info.exercise:
        watermark(pen, CALL_W, CALL_H)
    header(pen, info, spec, CALL_W, right_reserved=TIME_W + 4,
           subtitle=_("Operations cancelled or re-planned: tell each patient"))
    _as_at_box(pen, as_of)
    footer(pen, info, spec, CALL_W, CALL_H, number, total)
    if summary:
        pen.fitted(CALL_X, 52.0, CALL_TABLE_W, summary, BOLD, 10.5, 7)
    return pen


def render_calls(out: Output, entries: Sequence[surgery.CallEntry], info: PrintInfo, *,
                 progress: Progress | None = None, cancelled: CancelCheck | None = None,
                 pending_only: object = True) -> RenderResult:
    """The call list as given (patients not reached first); none: a blank list to fill."""
    del pending_only
    spec = FORMS["calls"]
    with use_language(info.lang), FormDocument(out, info, title=spec.label,
                                               progress=progress, cancelled=cancelled) as doc:
        blank = not entries
        moment = None if blank else info.printed_at
        pages = max(1, math.ceil(len(entries) / CALL_PER_PAGE))
        summary = "" if blank else _calls_summary(entries)
        for page in range(pages):
            doc.step(page, pages)
            pen = _calls_page(doc, spec, page + 1, pages, moment, summary)
            chunk = entries[page * CALL_PER_PAGE:(page + 1) * CALL_PER_PAGE]
            for i in range(CALL_PER_PAGE):
                y = CALL_TABLE_Y + CALL_HEAD_H + i * CALL_ROW_H
                if i < len(chunk):
                    _call_row(pen, y, chunk[i])
                else:  # a patient added by hand
                    _outcome_boxes(pen, CALL_X + sum(CALL_COLS[:-1]), y)
            pen.grid(CALL_X, CALL_TABLE_Y, CALL_COLS, _call_headers(), rows=CALL_PER_PAGE,
                     row_h=CALL_ROW_H, header_h=CALL_HEAD_H, header_size=8.5)
            pen.text(CALL_X, CALL_BOTTOM + 3.0,
                     _("Tick one box per call; write the time, your name and what was said. "
                       "Then record it in hospcrisis (Operating theatres ▸ Call list)."),
                     COND, 7.5)
            doc.end_page()
        doc.step(pages, pages)
        doc.finish()
        return RenderResult(form="calls", pages=doc.pages, rows=len(entries),
                            blank_copies=int(blank))
