"""The admissions sections of the situation report (*point de situation*) and dashboard:
arrivals per hour by triage level, and the census by unit.

Registered in `core/sitrep.py` under the expected keys ``arrivals_by_triage`` and
``census_by_unit`` (this module is listed in `sitrep.SECTION_MODULES`). Read-only.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from hospcrisis import clock
from hospcrisis.core import admissions, sitrep, triage, units
from hospcrisis.core.session import Session
from hospcrisis.core.sitrep import Chart, Section, Series, SitrepContext
from hospcrisis.i18n import N_, _
from hospcrisis.store import admissions as store

ARRIVALS_TITLE = N_("Arrivals per hour by triage level")
CENSUS_TITLE = N_("Census by unit")
UNTRIAGED = "untriaged"


def _hours(start: datetime, end: datetime) -> list[datetime]:
    first = start.replace(minute=0, second=0, microsecond=0)
    points = []
    while first < end:
        points.append(first)
        first += timedelta(hours=1)
    return points or [end.replace(minute=0, second=0, microsecond=0)]


def arrivals_chart(session: Session, start: datetime, end: datetime) -> tuple[Chart, Counter]:
    """Arrivals per hour, stacked by the station's triage levels (read-only)."""
    scale = triage.TRIAGE_SCALES[triage.station_scale(session).code]
    hours = _hours(start, end)
    index = {clock.to_iso(h): i for i, h in enumerate(hours)}
    per_level: dict[str, list[float]] = {lvl.code: [0.0] * len(hours) for lvl in scale.levels}
    per_level[UNTRIAGED] = [0.0] * len(hours)
    totals: Counter = Counter()
    for arrival_at, scale_code, level in store.arrivals_between(
            session.store, clock.to_iso(hours[0]), clock.to_iso(end)):
        moment = clock.from_iso(arrival_at).replace(minute=0, second=0, microsecond=0)
        slot = index.get(clock.to_iso(moment))
        if slot is None:
            continue
        key = level if scale_code == scale.code and level in per_level else UNTRIAGED
        per_level[key][slot] += 1
        totals[key] += 1
    days = {clock.local(h).date() for h in hours}
    fmt = "%H:%M" if len(days) <= 1 else "%d/%m %H:%M"  # as every report chart (sitrep._axis)
    series = [Series(lvl.code, lvl.label, tuple(per_level[lvl.code])) for lvl in scale.levels]
    series.append(Series(UNTRIAGED, _("Not yet triaged"), tuple(per_level[UNTRIAGED])))
    colours = {lvl.code: lvl.colour for lvl in scale.levels}
    colours[UNTRIAGED] = "#9e9e9e"
    chart = Chart("arrivals_by_triage", _(ARRIVALS_TITLE), "stacked_bar",
                  tuple(clock.to_iso(h) for h in hours),
                  tuple(clock.local_text(h, fmt) for h in hours), tuple(series),
                  y_label=_("arrivals"), colours=colours)
    return chart, totals


@sitrep.register_section("arrivals_by_triage", ARRIVALS_TITLE, order=10)
def arrivals_section(session: Session, context: SitrepContext) -> Section:
    end = clock.from_iso(context.until)
    start = clock.from_iso(context.since) if context.since else end - timedelta(hours=24)
    start = max(start, end - timedelta(days=7))
    chart, totals = arrivals_chart(session, min(start, end - timedelta(hours=6)), end)
    board = admissions.load_board(session)
    scale = triage.TRIAGE_SCALES[board.scale]
    waiting = sum(1 for r in board.rows if r.status in ("arrived", "triaged"))
    overdue = sum(1 for r in board.rows if r.overdue)
    since_text = clock.local_text(start)
    lines = (
        _("{n} arrivals since {since}.", n=sum(totals.values()), since=since_text),
        _("In the ED now: {present} patients, {waiting} not yet seen by a doctor, {overdue} "
          "past their triage target.", present=len(board.rows), waiting=waiting,
          overdue=overdue),
    )
    rows = tuple((lvl.label, totals.get(lvl.code, 0), board.counts.get(lvl.code, 0))
                 for lvl in scale.levels)
    rows += ((_("Not yet triaged"), totals.get(UNTRIAGED, 0), board.counts.get(UNTRIAGED, 0)),)
    return Section("arrivals_by_triage", _(ARRIVALS_TITLE), 10, lines=lines,
                   columns=(_("Triage level"), _("Arrivals"), _("In the ED now")), rows=rows,
                   charts=(chart,),
                   data={"arrivals": dict(totals), "present": len(board.rows),
                         "waiting": waiting, "overdue": overdue})


@sitrep.register_section("census_by_unit", CENSUS_TITLE, order=20)
def census_section(session: Session, context: SitrepContext) -> Section:
    occupied = admissions.occupancy(session)
    unit_list = [u for u in units.list_units(session.store) if u.beds or occupied.get(u.code)]
    rows = []
    for unit in unit_list:
        beds = len(unit.beds)
        count = occupied.get(unit.code, 0)
        rate = f"{round(100 * count / beds)} %" if beds else "—"
        rows.append((f"{unit.code} — {unit.name}", beds, count, max(beds - count, 0), rate))
    total_beds = sum(len(u.beds) for u in unit_list)
    total = sum(occupied.get(u.code, 0) for u in unit_list)
    lines = (_("{n} patients in {units} units; {free} beds free out of {beds}.", n=total,
               units=len(unit_list), free=max(total_beds - total, 0), beds=total_beds),)
    codes = tuple(u.code for u in unit_list)
    chart = Chart("census_by_unit", _("Occupied and free beds by unit"), "stacked_bar",
                  codes, codes,
                  (Series("occupied", _("occupied beds"),
                          tuple(float(occupied.get(c, 0)) for c in codes)),
                   Series("free", _("free beds"),
                          tuple(float(max(len(u.beds) - occupied.get(u.code, 0), 0))
                                for u in unit_list))),
                  y_label=_("beds"), colours={"occupied": "orange", "free": "green"})
    return Section("census_by_unit", _(CENSUS_TITLE), 20, lines=lines,
                   columns=(_("Unit"), _("Beds"), _("Patients"), _("Free"), _("Occupancy")),
                   rows=tuple(rows), charts=(chart,) if codes else (),
                   data={"occupied": occupied, "beds": total_beds})
