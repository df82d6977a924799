"""The surgery section of the situation report (*point de situation*): cancellations,
patient calls, re-scheduling, the waiting list by priority and overdue cases.

Registered in `core/sitrep.py` under the expected key ``surgery`` (its module is listed in
`sitrep.SECTION_MODULES`). Read-only.
"""

from __future__ import annotations

from dataclasses import asdict

from hospcrisis.core import sitrep, surgery
from hospcrisis.core.planner import PRIORITY_CODES
from hospcrisis.core.session import Session
from hospcrisis.core.sitrep import Chart, Section, Series, SitrepContext
from hospcrisis.i18n import N_, _

TITLE = N_("Surgery cancelled and rescheduled")
ORDER = 30


def surgery_section(counts: surgery.SurgeryCounts) -> Section:
    """The section built from `counts` (no database access)."""
    calls = counts.calls_by_status
    called = sum(n for code, n in calls.items() if code != "to_call")
    waiting = sum(counts.waiting_by_priority.values())
    lines = (
        _("{n} operations cancelled (déprogrammées); {replan} still to re-plan, {done} "
          "rescheduled.", n=counts.cancelled, replan=counts.to_replan,
          done=counts.rescheduled),
        _("Patients called: {called} — reached {reached}, message left {message}, "
          "unreachable {unreachable}; {pending} calls still to make.", called=called,
          reached=calls.get("reached", 0), message=calls.get("message", 0),
          unreachable=calls.get("unreachable", 0), pending=counts.calls_pending),
        _("Waiting list: {n} cases ({figures}); {overdue} past their deadline.", n=waiting,
          figures=", ".join(f"{code} {counts.waiting_by_priority.get(code, 0)}"
                            for code in PRIORITY_CODES), overdue=counts.overdue),
        _("{planned} cases planned, {done} done.", planned=counts.planned, done=counts.done),
    )
    rows = (
        (_("Cancelled (déprogrammées)"), counts.cancelled),
        (_("Still to re-plan"), counts.to_replan),
        (_("Rescheduled"), counts.rescheduled),
        (_("Calls still to make"), counts.calls_pending),
        (_("Patients reached"), calls.get("reached", 0)),
        (_("Messages left"), calls.get("message", 0)),
        (_("Unreachable"), calls.get("unreachable", 0)),
        (_("Past their deadline"), counts.overdue),
        *((_("Waiting {priority}", priority=code), counts.waiting_by_priority.get(code, 0))
          for code in PRIORITY_CODES),
    )
    chart = Chart(
        "surgery_waiting", _("Cases waiting for a slot, by priority"), "bar",
        tuple(PRIORITY_CODES), tuple(PRIORITY_CODES),
        (Series("waiting", _("cases waiting"),
                tuple(float(counts.waiting_by_priority.get(c, 0)) for c in PRIORITY_CODES)),),
        y_label=_("cases"), colours={"waiting": "blue"})
    return Section("surgery", _(TITLE), ORDER, lines=lines,
                   columns=(_("Figure"), _("Count")), rows=rows, charts=(chart,),
                   data={**asdict(counts), "called": called})


@sitrep.register_section("surgery", TITLE, order=ORDER)
def _section(session: Session, context: SitrepContext) -> Section:
    return surgery_section(surgery.situation_counts(session))
