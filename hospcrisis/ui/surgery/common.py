"""What the operating-theatre screens share: priority colours, texts, tables, inline errors,
and work off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale

from hospcrisis import clock
from hospcrisis.core import surgery
from hospcrisis.ui import style, workers
from hospcrisis.ui.context import AppContext
from hospcrisis.ui.dialogs import report_failure  # noqa: F401 - used by the surgery screens
from hospcrisis.ui.i18n import tr
from hospcrisis.ui.widgets import (  # noqa: F401 - used by the surgery screens
    ProblemLabel,
    select_row,
    selected_row,
    set_widths,
    table,
)
from hospcrisis.ui.workers import worker_session  # noqa: F401 - used by the surgery screens

AREA = "surgery"  # the `context.data_changed` area of these screens

#: priority class → (strong colour, light background). Red is the most urgent.
PRIORITY_STYLE: dict[str, tuple[str, str]] = {
    "P1a": (style.RED, "#ffcdd2"),
    "P1b": (style.ORANGE, "#ffe0b2"),
    "P2": ("#b7950b", "#fff59d"),
    "P3": ("#2b6cb0", "#d6e8fa"),
    "P4": ("#616161", "#e6e6e6"),
}
#: call status → (text colour, background)
CALL_STYLE: dict[str, tuple[str, str | None]] = {
    "to_call": (style.NAVY, None),
    "message": (style.ORANGE, style.ORANGE_BG),
    "unreachable": (style.RED, style.RED_BG),
    "reached": (style.GREEN, style.GREEN_BG),
}

STYLESHEET = """
QLabel#surgeryBanner { background: #fff3e0; border: 1px solid #ef6c00; padding: 6px 8px;
                       border-radius: 3px; }
QLabel#lateBanner { background: #ffebee; border: 1px solid #c62828; color: #b71c1c;
                    padding: 6px 8px; border-radius: 3px; font-weight: bold; }
QLabel#okBanner { background: #e8f5e9; border: 1px solid #2e7d32; color: #1b5e20;
                  padding: 6px 8px; border-radius: 3px; font-weight: bold; }
QLabel#callName { font-size: 15pt; font-weight: bold; color: #1f3a5f; }
QLabel#callPhone { font-size: 22pt; font-weight: bold; font-family: monospace;
                   color: #111111; }
QLabel#conflicts { color: #c62828; font-weight: bold; }
QLabel#caseDetail { background: white; border: 1px solid #cbd5e0; padding: 4px 8px; }
QLabel#countLabel { font-weight: bold; color: #1f3a5f; }
QPushButton#outcomeReached { background: #e8f5e9; border: 1px solid #2e7d32; padding: 8px;
                             font-weight: bold; }
QPushButton#outcomeMessage { background: #fff3e0; border: 1px solid #ef6c00; padding: 8px;
                             font-weight: bold; }
QPushButton#outcomeUnreachable { background: #ffebee; border: 1px solid #c62828; padding: 8px;
                                 font-weight: bold; }
QPushButton#danger { background: #c62828; color: white; border: 1px solid #8e0000;
                     border-radius: 3px; padding: 6px 18px; font-weight: bold; }
QPushButton#danger:disabled { background: #e0a0a0; border-color: #e0a0a0; }
"""


def priority_colour(code: str) -> str:
    return PRIORITY_STYLE.get(code, ("#616161", "#eeeeee"))[0]


def priority_background(code: str) -> str:
    return PRIORITY_STYLE.get(code, ("#616161", "#eeeeee"))[1]


# --- texts ----------------------------------------------------------------------------------------


def local_day(moment: datetime | None) -> date | None:
    return None if moment is None else clock.local(moment).date()


def day_text(day: date | None) -> str:
    """``mar. 01/12/2026``."""
    if day is None:
        return ""
    weekday = tr(surgery.WEEKDAY_LABELS[day.isoweekday()])
    return f"{weekday[:3].lower()}. {day:%d/%m/%Y}"


def long_day_text(day: date) -> str:
    """``Mardi 01/12/2026``."""
    return f"{tr(surgery.WEEKDAY_LABELS[day.isoweekday()])} {day:%d/%m/%Y}"


def moment_text(moment: datetime | None) -> str:
    """``mar. 01/12/2026 08:30`` in local time; empty for None."""
    if moment is None:
        return ""
    local = clock.local(moment)
    return f"{day_text(local.date())} {local:%H:%M}"


def time_text(moment: datetime | None) -> str:
    return "" if moment is None else f"{clock.local(moment):%H:%M}"


def span_text(minutes: float) -> str:
    """``45 min``, ``3 h 05``, ``2 d 4 h`` (a delay or a lateness)."""
    minutes = round(minutes)
    if minutes < 60:
        return tr("{n} min", n=minutes)
    if minutes < 24 * 60:
        return tr("{h} h {m:02d}", h=minutes // 60, m=minutes % 60)
    days, rest = divmod(minutes, 24 * 60)
    return tr("{d} d {h} h", d=days, h=rest // 60) if rest >= 60 else tr("{d} d", d=days)


def days_left_text(days: float | None) -> str:
    """``in 12 d``, ``today``, ``3.2 d overdue``."""
    if days is None:
        return tr("no deadline")
    if days < 0:
        return tr("{n} d overdue", n=_one_decimal(-days))
    if days < 1:
        return tr("{n} h left", n=max(0, int(days * 24)))
    return tr("{n} d left", n=_one_decimal(days))


def _one_decimal(value: float) -> str:
    """``3,2`` in French, ``3.2`` in English (the app's locale)."""
    return QLocale().toString(float(value), "f", 1)


def priority_text(code: str) -> str:
    """``P2 — within 4 weeks`` translated."""
    entry = surgery.PRIORITIES.get(code)
    return tr(entry.label) if entry else code


def status_text(status: str) -> str:
    label = surgery.STATUSES.get(status)
    return tr(label) if label else status


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def today() -> date:
    return clock.local(clock.now()).date()


# --- tables and errors ----------------------------------------------------------------------------


# --- work off the UI thread -----------------------------------------------------------------------


def run_job(context: AppContext, fn: Callable[..., Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException, str], None]) -> workers.Job | None:
    """`workers.run_session_job` for this context's session (no progress dialog)."""
    return workers.run_session_job(context.session, fn, on_done, on_error)
