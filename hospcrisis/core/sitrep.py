"""The situation report (*point de situation*) and the dashboard's data series.

A situation report is a list of **sections**, each built by a provider registered here. The
crisis cell's own sections (systems status, procedures per unit, decisions and alerts since the
previous report) are registered below; other areas register theirs without this module knowing
them:

* write `@register_section("arrivals_by_triage", N_("Arrivals per hour by triage level"),
  order=10)` on a function `(session, context) -> Section | None` in your module, and
* add your module's name to `SECTION_MODULES` (one line) so it is imported before a report
  is built.

`EXPECTED_SECTIONS` names the sections the report is designed around; one that no area
provides yet still appears, marked "not available on this station", so the meeting sees
what is missing. Sections are plain data (lines, a table, charts) that the PDF and the
dashboard render the same way; nothing here draws.

Issuing a report (`issue_sitrep`) records it — number, time, author and the whole content —
so the next report covers "since the previous report".
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from hospcrisis import clock
from hospcrisis.core import activations as activations_mod
from hospcrisis.core import crisis_log, systems
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import HospcrisisError
from hospcrisis.i18n import N_, _
from hospcrisis.store import crisis as crisis_store
from hospcrisis.store.database import dumps

# --- what a section is ----------------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    """One line / bar series of a chart; None where there is no value."""

    key: str
    label: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class TimelineRow:
    """One row of a timeline chart: (start, end or None, state) segments, UTC ISO text."""

    key: str
    label: str
    segments: tuple[tuple[str, str | None, str], ...]


@dataclass(frozen=True)
class Chart:
    """A chart's data. `kind`: "line", "bar", "stacked_bar" (series over `x`) or "timeline"
    (`rows` of state segments between `x[0]` and `x[-1]`). `x` holds UTC ISO times or
    category codes; `x_labels` what to print under the axis."""

    key: str
    title: str
    kind: str
    x: tuple[str, ...]
    x_labels: tuple[str, ...]
    series: tuple[Series, ...] = ()
    rows: tuple[TimelineRow, ...] = ()
    y_label: str = ""
    y_max: float | None = None
    # state/series key → colour hint ("red", "orange", "green", "grey", "blue")
    colours: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Section:
    """One section of the report: short lines, an optional table, optional charts."""

    key: str
    title: str
    order: int = 100
    lines: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()
    charts: tuple[Chart, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)
    available: bool = True
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "order": self.order,
                "available": self.available, "note": self.note, "lines": list(self.lines),
                "columns": list(self.columns), "rows": [list(r) for r in self.rows],
                "charts": [c.to_dict() for c in self.charts], "data": self.data}


@dataclass(frozen=True)
class SitrepContext:
    """What a section builder knows about the report being built."""

    station: str
    number: int  # the number the report will have if issued
    since: str | None  # when the previous report was issued (None: first report)
    until: str  # now, UTC ISO text
    exercise: bool


Builder = Callable[[Session, SitrepContext], Section | None]


@dataclass(frozen=True)
class SectionProvider:
    key: str
    title: str  # English source, translated when the report is built
    order: int
    build: Builder


# key → provider. Register with `register_section`.
SECTIONS: dict[str, SectionProvider] = {}

# Modules imported before building a report, so their `register_section` calls have run.
# Other areas add their module here (one line), e.g. "hospcrisis.core.admissions_sitrep".
SECTION_MODULES: list[str] = ["hospcrisis.core.admissions_sitrep",
                              "hospcrisis.core.surgery_sitrep"]

# Sections the report is designed around, provided by other areas (key → title, order).
EXPECTED_SECTIONS: dict[str, tuple[str, int]] = {
    "arrivals_by_triage": (N_("Arrivals per hour by triage level"), 10),
    "census_by_unit": (N_("Census by unit"), 20),
    "surgery": (N_("Surgery cancelled and rescheduled"), 30),
}


def register_section(key: str, title: str, *, order: int = 100) -> Callable[[Builder], Builder]:
    """Decorator registering `build(session, context) -> Section | None` under `key`.

    `title` is the English source (mark it with `N_`). Registering a key again replaces the
    previous provider (a module reloaded). Returning None leaves the section out.
    """
    def decorate(build: Builder) -> Builder:
        SECTIONS[key] = SectionProvider(key, title, order, build)
        return build
    return decorate


def providers() -> list[SectionProvider]:
    """Every registered provider, in report order (imports `SECTION_MODULES` first)."""
    for name in SECTION_MODULES:
        importlib.import_module(name)
    return sorted(SECTIONS.values(), key=lambda p: (p.order, p.key))


# --- the report -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Sitrep:
    """A situation report's content, ready to render (and, once issued, as recorded)."""

    station: str
    station_name: str
    hospital: str
    number: int
    generated_at: str
    since: str | None
    exercise: bool
    sections: tuple[Section, ...]
    issued: bool = False
    issued_by_name: str | None = None

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def to_dict(self) -> dict[str, Any]:
        return {"station": self.station, "station_name": self.station_name,
                "hospital": self.hospital, "number": self.number,
                "generated_at": self.generated_at, "since": self.since,
                "exercise": self.exercise, "issued": self.issued,
                "issued_by_name": self.issued_by_name,
                "sections": [s.to_dict() for s in self.sections]}


@dataclass(frozen=True)
class SitrepRecord:
    """A report that was issued."""

    id: str
    station: str
    number: int
    issued_at: str
    issued_by: str
    issued_by_name: str
    period_start: str | None


def _context(session: Session, since: str | None) -> SitrepContext:
    last = crisis_store.last_sitrep(session.store, session.station)
    return SitrepContext(
        session.station, crisis_store.next_sitrep_number(session.store, session.station),
        since if since is not None else (last["issued_at"] if last else None),
        clock.now_iso(), session.is_exercise)


def _run(session: Session, context: SitrepContext) -> list[Section]:
    built: list[Section] = []
    registered = providers()
    for provider in registered:
        title = _(provider.title)
        try:
            section = provider.build(session, context)
        except HospcrisisError as exc:
            section = Section(provider.key, title, provider.order, available=False,
                              note=exc.message)
        except Exception as exc:  # one broken section must not stop the crisis meeting's report
            section = Section(provider.key, title, provider.order, available=False,
                              note=_("This section could not be built ({error}).",
                                     error=f"{type(exc).__name__}: {exc}"))
        if section is not None:
            built.append(section)
    keys = {p.key for p in registered}
    for key, (title, order) in EXPECTED_SECTIONS.items():
        if key not in keys:
            built.append(Section(key, _(title), order, available=False,
                                 note=_("Not available on this station yet.")))
    return sorted(built, key=lambda s: (s.order, s.key))


def build_sitrep(session: Session, *, since: str | None = None) -> Sitrep:
    """Assemble the report from what exists now (read-only; nothing is recorded).

    `since` (UTC ISO text) overrides "since the previous report".
    """
    session.require(Permission.CRISIS_READ)
    context = _context(session, since)
    station = session.settings.get("station") or {}
    return Sitrep(session.station, str(station.get("name") or session.station),
                  str(station.get("hospital") or ""), context.number, context.until,
                  context.since, context.exercise, tuple(_run(session, context)))


def issue_sitrep(session: Session) -> Sitrep:
    """Build the report and record it as issued (one audited transaction).

    The next report's "since the previous report" starts here. Also writes an information
    entry in the main courante.
    """
    session.require(Permission.CRISIS_LOG_WRITE)
    report = build_sitrep(session)
    content = report.to_dict()
    with session.store.transaction(session.actor, "crisis.sitrep.issue", "crisis_sitrep") as tx:
        number = crisis_store.next_sitrep_number(session.store, session.station)
        content["number"] = number
        row = crisis_store.insert_sitrep(tx, {
            "number": number, "issued_at": report.generated_at, "issued_by": session.username,
            "issued_by_name": session.display_name, "period_start": report.since,
            "content": dumps(content)})
        crisis_log.write_entry(
            tx, session, kind=crisis_log.LogKind.INFORMATION,
            body=_("Situation report no. {number} issued.", number=number),
            source=crisis_log.SOURCE_SITREP)
        tx.draft.entity_id = row["id"]
    return Sitrep(report.station, report.station_name, report.hospital, number,
                  report.generated_at, report.since, report.exercise, report.sections,
                  issued=True, issued_by_name=session.display_name)


def list_sitreps(session: Session) -> list[SitrepRecord]:
    """Issued reports, newest first (read-only)."""
    session.require(Permission.CRISIS_READ)
    return [SitrepRecord(r["id"], r["station"], r["number"], r["issued_at"], r["issued_by"],
                         r["issued_by_name"], r["period_start"])
            for r in crisis_store.list_sitreps(session.store)]


def issued_content(session: Session, sitrep_id: str) -> dict[str, Any]:
    """What an issued report said, as recorded (read-only) — to print it again identically."""
    session.require(Permission.CRISIS_READ)
    row = session.store.get("crisis_sitrep", sitrep_id)
    content: dict[str, Any] = json.loads(row["content"])
    return content


# --- time axes ------------------------------------------------------------------------------


def default_window(session: Session) -> tuple[datetime, datetime]:
    """From the first crisis event (or 12 hours ago) to now, at most 14 days (read-only)."""
    now = clock.now()
    first = crisis_store.first_crisis_time(session.store)
    start = clock.from_iso(first) if first else now - timedelta(hours=12)
    start = max(min(start, now - timedelta(hours=1)), now - timedelta(days=14))
    return start.replace(minute=0, second=0, microsecond=0), now


def auto_step(start: datetime, end: datetime) -> timedelta:
    """A step giving at most ~48 points: 1 h, 2 h, 6 h, 12 h or 1 day."""
    span = end - start
    for hours in (1, 2, 6, 12, 24):
        if span / timedelta(hours=hours) <= 48:
            return timedelta(hours=hours)
    return timedelta(days=1)


def _axis(points: Sequence[datetime]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    days = {clock.local(p).date() for p in points}
    fmt = "%H:%M" if len(days) <= 1 else "%d/%m %H:%M"
    return (tuple(clock.to_iso(p) for p in points),
            tuple(clock.local_text(p, fmt) for p in points))


def _window(session: Session, start: datetime | None, end: datetime | None,
            step: timedelta | None) -> list[datetime]:
    default_start, default_end = default_window(session)
    first = start or default_start
    last = end or default_end
    if last <= first:
        last = first + timedelta(hours=1)
    return systems.time_points(first, last, step or auto_step(first, last))


STATE_COLOURS = {"functional": "green", "partial": "orange", "down": "red", "na": "grey",
                 "unknown": "blue"}


def systems_status_chart(session: Session, *, start: datetime | None = None,
                         end: datetime | None = None,
                         step: timedelta | None = None) -> Chart:
    """How many systems were in each state over time (stacked bars). Read-only."""
    session.require(Permission.CRISIS_READ)
    points = _window(session, start, end, step)
    x, labels = _axis(points)
    counts = systems.state_counts(session, points)
    series = tuple(Series(state.value, state.label, tuple(float(v) for v in counts[state.value]))
                   for state in (systems.SystemState.DOWN, systems.SystemState.PARTIAL,
                                 systems.SystemState.FUNCTIONAL, systems.SystemState.UNKNOWN,
                                 systems.SystemState.NA))
    return Chart("systems_status", _("Systems status over time"), "stacked_bar", x, labels,
                 series, y_label=_("Systems"), colours=STATE_COLOURS)


def systems_timeline_chart(session: Session, *, start: datetime | None = None,
                           end: datetime | None = None) -> Chart:
    """Each system's state as coloured segments over time. Read-only."""
    session.require(Permission.CRISIS_READ)
    default_start, default_end = default_window(session)
    first, last = start or default_start, end or default_end
    rows = []
    for line in systems.timelines(session):
        segments = tuple((seg.start, seg.end, seg.state) for seg in line.segments
                         if seg.end is None or seg.end > clock.to_iso(first))
        rows.append(TimelineRow(line.code, line.name, segments))
    x, labels = _axis([first, last])
    return Chart("systems_timeline", _("Systems status over time"), "timeline", x, labels,
                 rows=tuple(rows), colours=STATE_COLOURS)


def procedures_progress_chart(session: Session, *, start: datetime | None = None,
                              end: datetime | None = None,
                              step: timedelta | None = None) -> Chart:
    """Share of checklist steps signed off over time, per unit and overall (percent).

    At each point, counts the activations open at that moment and the steps signed by then
    (withdrawals replayed). None where nothing was active. Read-only.
    """
    session.require(Permission.CRISIS_READ)
    points = _window(session, start, end, step)
    x, labels = _axis(points)
    items = activations_mod.list_activations(session, include_closed=True)
    events: dict[str, list[tuple[str, str, str]]] = {}
    for row in crisis_store.signoffs(session.store, [a.id for a in items]):
        if row["phase"] == "checklist":
            events.setdefault(row["activation_id"], []).append(
                (row["signed_at"], row["step_key"], row["action"]))
    units = sorted({a.unit_code for a in items})
    per_unit: dict[str, list[float | None]] = {u: [] for u in units}
    overall: list[float | None] = []
    for point in points:
        moment = clock.to_iso(point)
        totals: dict[str, list[int]] = {}
        for item in items:
            ended = item.closed_at or item.voided_at
            if item.activated_at > moment or (ended is not None and ended <= moment):
                continue
            signed: set[str] = set()
            for at, key, action in events.get(item.id, []):
                if at > moment:
                    break
                if action == "signed":
                    signed.add(key)
                else:
                    signed.discard(key)
            pair = totals.setdefault(item.unit_code, [0, 0])
            pair[0] += len(signed)
            pair[1] += item.total
        done_all = sum(p[0] for p in totals.values())
        total_all = sum(p[1] for p in totals.values())
        overall.append(round(100 * done_all / total_all, 1) if total_all else None)
        for unit in units:
            counted = totals.get(unit)
            per_unit[unit].append(round(100 * counted[0] / counted[1], 1)
                                  if counted and counted[1] else None)
    series = (Series("all", _("All units"), tuple(overall)),
              *(Series(u, u, tuple(per_unit[u])) for u in units))
    return Chart("procedures_progress", _("Procedures progress over time"), "line", x, labels,
                 series, y_label=_("% of steps signed off"), y_max=100.0)


# --- the crisis cell's own sections ---------------------------------------------------------


@register_section("systems", N_("Systems status"), order=40)
def _systems_section(session: Session, context: SitrepContext) -> Section:
    items = systems.list_systems(session)
    summary = systems.summary(session)
    rows = tuple((s.name, s.state_label, clock.local_text(s.since), s.note) for s in items)
    return Section(
        "systems", _("Systems status"), 40, lines=(summary.text,),
        columns=(_("System"), _("State"), _("Since"), _("Note")), rows=rows,
        charts=(systems_timeline_chart(session),),
        data={"summary": summary.to_dict(), "systems": [s.to_dict() for s in items]})


@register_section("procedures", N_("Degraded-mode procedures by unit"), order=50)
def _procedures_section(session: Session, context: SitrepContext) -> Section:
    items = activations_mod.list_activations(session)
    rows = tuple(
        (a.unit_code, a.procedure.id, a.title, a.state.label, f"{a.done}/{a.total}",
         f"{a.return_done}/{a.return_total}", clock.local_text(a.activated_at))
        for a in sorted(items, key=lambda a: (a.unit_code, a.procedure.id)))
    done = sum(a.done for a in items)
    total = sum(a.total for a in items)
    lines = (_("{n} procedure(s) active in {units} unit(s); {done} of {total} steps signed "
               "off.", n=len(items), units=len({a.unit_code for a in items}), done=done,
               total=total),) if items else (_("No degraded-mode procedure is active."),)
    by_unit: dict[str, list[int]] = {}
    for item in items:
        pair = by_unit.setdefault(item.unit_code, [0, 0])
        pair[0] += item.done
        pair[1] += item.total
    units = sorted(by_unit)
    progress = Chart(
        "procedures_by_unit", _("Steps signed off by unit"), "bar", tuple(units), tuple(units),
        (Series("progress", _("% of steps signed off"),
                tuple(round(100 * by_unit[u][0] / by_unit[u][1], 1) if by_unit[u][1] else None
                      for u in units)),),
        y_label=_("% of steps signed off"), y_max=100.0)
    return Section(
        "procedures", _("Degraded-mode procedures by unit"), 50, lines=lines,
        columns=(_("Unit"), _("Procedure"), _("Title"), _("State"), _("Steps"),
                 _("Return to normal"), _("Since")),
        rows=rows, charts=(progress, procedures_progress_chart(session)),
        data={"activations": [
            {k: v for k, v in a.to_dict().items() if k not in ("steps", "return_to_normal")}
            for a in items]})


def _log_section(session: Session, context: SitrepContext, key: str, title: str, order: int,
                 kind: crisis_log.LogKind, empty: str) -> Section:
    entries = crisis_log.list_entries(session, kinds=[kind], entered_after=context.since,
                                      entered_until=context.until)
    rows = tuple((clock.local_text(e.event_at), e.ref, e.text, e.author_name, e.unit_code or "")
                 for e in entries)
    lines: tuple[str, ...]
    if context.since:
        lines = (_("Since the previous report ({time}).", time=clock.local_text(context.since)),)
    else:
        lines = (_("Since the beginning of the crisis (first report)."),)
    if not entries:
        lines = (*lines, empty)
    return Section(key, title, order, lines=lines,
                   columns=(_("Time"), _("No."), _("Entry"), _("Author"), _("Unit")), rows=rows,
                   data={"entries": [e.to_dict() for e in entries]})


@register_section("decisions", N_("Decisions since the previous report"), order=60)
def _decisions_section(session: Session, context: SitrepContext) -> Section:
    return _log_section(session, context, "decisions", _("Decisions since the previous report"),
                        60, crisis_log.LogKind.DECISION, _("No decision logged."))


@register_section("alerts", N_("Alerts since the previous report"), order=70)
def _alerts_section(session: Session, context: SitrepContext) -> Section:
    return _log_section(session, context, "alerts", _("Alerts since the previous report"), 70,
                        crisis_log.LogKind.ALERT, _("No alert logged."))
