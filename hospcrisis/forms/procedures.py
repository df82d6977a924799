"""A unit's degraded-mode procedures on paper (HC-PDM-01): what to do, who signs, as at a time.

Pure: activations in (`core.activations.Activation`, as `unit_active_procedures` returns
them), a PDF out. Each unit starts on its own pages, numbered per unit, so the sheets can be
handed to the unit as they are. For each procedure: why it was switched on, its trigger, the
forms to print, then its checklist and its return-to-normal steps — each with the role that
signs it and either who signed it and when, or room to sign by hand while the system is down.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from hospcrisis import clock
from hospcrisis.core.activations import Activation, StepStatus
from hospcrisis.core.procedures import FORM_NAMES
from hospcrisis.core.security import Role
from hospcrisis.errors import ValidationError
from hospcrisis.forms import text
from hospcrisis.forms.data import CancelCheck, PrintInfo, Progress, RenderResult
from hospcrisis.forms.document import FormDocument, Output
from hospcrisis.forms.fonts import BOLD, COND, COND_BOLD
from hospcrisis.forms.layout import Pen
from hospcrisis.forms.page import HEADER_TOP, MARGIN, footer, header, watermark
from hospcrisis.forms.registry import FORMS, FormSpec
from hospcrisis.forms.sitrep import (
    PAGE_H,
    PAGE_W,
    TIME_W,
    Flow,
    continuation_header,
    heading,
    lines_block,
    table_block,
)
from hospcrisis.i18n import _, use_language

STEP_WIDTHS = (10.0, 92.0, 38.0, 50.0)  # no., step, who signs, signed (name, time) or by hand


def _as_at_box(pen: Pen, as_of: datetime) -> None:
    x = PAGE_W - MARGIN - TIME_W
    y = HEADER_TOP
    pen.rect(x, y, TIME_W, 40, width=1.6)
    pen.text(x + 3, y + 5.5, _("AS AT").upper(), COND_BOLD, 9)
    local = clock.local(as_of)
    pen.text(x + 3, y + 21, f"{local:%H:%M}", BOLD, 30)
    pen.text(x + TIME_W - 3, y + 14, text.format_date(local.date()), BOLD, 10, align="right")
    pen.text(x + TIME_W - 3, y + 19.5, _("local time"), COND, 7, align="right")
    pen.fitted(x + 3, y + 26, TIME_W - 6,
               _("Sign each step on this sheet while the system is down; it is re-entered "
                 "afterwards."), COND, 7.5, 6, max_lines=3)


def _role_text(status: StepStatus) -> str:
    step = status.step
    role = Role(step.role).label if step.role in set(Role) else step.role
    performer = text.clean(step.performer_label())
    if not performer or performer.casefold() == role.casefold():
        return role
    return f"{role} — {performer}"


def _signed_text(status: StepStatus) -> str:
    if not status.signed:
        return ""
    when = clock.local_text(status.signed_at, "%d/%m %H:%M")
    line = _("{name}, {time}", name=text.clean(status.signed_by_name), time=when)
    return f"✓ {line}" + (f" — {text.clean(status.note)}" if status.note else "")


def _steps(flow: Flow, title: str, steps: Sequence[StepStatus]) -> None:
    headers = (_("No."), _("Step"), _("Signed off by (role)"),
               _("Signed: name, time — or sign here"))
    rows = [(s.key, s.step.label(), _role_text(s), _signed_text(s)) for s in steps]
    flow.space(1.5)
    lines_block(flow, [title], font=COND_BOLD, size=9.5)
    table_block(flow, headers, rows, caption=title, mono=(0,), size=8.6, min_row_h=9.5,
                widths=STEP_WIDTHS, grid=True)


def _activation(flow: Flow, item: Activation) -> None:
    procedure = item.procedure
    note = _("{ref} · {done}/{total} steps signed", ref=item.ref, done=item.done,
             total=item.total)
    heading(flow, f"{procedure.id} — {item.title}", note, need=48.0)
    facts = [
        _("Switched on {time} by {name}. Reason: {reason}",
          time=clock.local_text(item.activated_at, "%d/%m/%Y %H:%M"),
          name=text.clean(item.activated_by_name), reason=text.clean(item.reason)),
        _("Trigger: {trigger}", trigger=text.clean(procedure.trigger_text())),
    ]
    if procedure.forms:
        facts.append(_("Forms to print: {forms}",
                       forms=", ".join(_(FORM_NAMES[f]) for f in procedure.forms
                                       if f in FORM_NAMES)))
    lines_block(flow, facts, font=COND, size=8.8)
    _steps(flow, _("Checklist"), item.checklist)
    if item.returns:
        _steps(flow, _("Return to normal (when the systems are back)"), item.returns)
    flow.space(3.0)


def _unit_label(item: Activation) -> str:
    name = text.clean(item.unit_name)
    return f"{item.unit_code} — {name}" if name and name != item.unit_code else item.unit_code


def _draw_unit(doc: FormDocument, spec: FormSpec, items: Sequence[Activation],
               as_of: datetime) -> None:
    info = doc.info
    unit = _unit_label(items[0])
    flow = Flow()
    lines_block(flow, [_("{n} degraded-mode procedure(s) in force in this unit.",
                         n=len(items))], font=BOLD, size=10)
    for item in items:
        _activation(flow, item)
    title = _("Degraded-mode procedures — {unit}", unit=unit)
    for number, page in enumerate(flow.pages, start=1):
        pen = doc.new_page(PAGE_W, PAGE_H)
        if info.exercise:
            watermark(pen, PAGE_W, PAGE_H)
        if number == 1:
            header(pen, info, spec, PAGE_W, right_reserved=TIME_W + 4, subtitle=unit)
            _as_at_box(pen, as_of)
        else:
            continuation_header(pen, info, spec, title)
        footer(pen, info, spec, PAGE_W, PAGE_H, number, len(flow.pages))
        for y, draw in page.items:
            draw(pen, y)
        doc.end_page()


def render_unit_procedures(out: Output, activations: Sequence[Activation], info: PrintInfo, *,
                           progress: Progress | None = None,
                           cancelled: CancelCheck | None = None,
                           as_of: datetime | None = None) -> RenderResult:
    """Each unit's open activations (in the order given, grouped by unit) on its own pages."""
    if not activations:
        raise ValidationError(_("Nothing to print: no degraded-mode procedure is active "
                                "in these units."))
    spec = FORMS["procedures"]
    units: dict[str, list[Activation]] = {}
    for item in activations:
        units.setdefault(item.unit_code, []).append(item)
    moment = as_of or info.printed_at
    with use_language(info.lang), FormDocument(out, info, title=spec.label, progress=progress,
                                               cancelled=cancelled) as doc:
        for done, items in enumerate(units.values()):
            doc.step(done, len(units))
            _draw_unit(doc, spec, items, moment)
        doc.step(len(units), len(units))
        doc.finish()
        return RenderResult(form="procedures", pages=doc.pages, rows=len(activations))

