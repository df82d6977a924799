"""Degraded-mode procedures switched on in units: activation, step sign-off, return to normal.

An activation is one procedure (the version in force, copied into the activation so later
edits of the library do not change a checklist under way) in one unit. Each step is signed off
by a user whose role is the step's responsible role, or by a manager (administrator, crisis
cell, nurse manager). An activation closes when its return-to-normal steps are all signed.
Activating, closing and cancelling also write a decision in the main courante.

States: `active` (no return step signed yet), `returning` (return to normal under way),
`closed`, `cancelled` (activated by mistake; kept with its reason).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any

from hospcrisis import clock
from hospcrisis.core import crisis_log, text
from hospcrisis.core.procedures import ORIGIN_SHIPPED, Procedure, Step, procedure_from_document
from hospcrisis.core.procedures import get_procedure as _get_procedure
from hospcrisis.core.security import Permission, Role
from hospcrisis.core.session import Session
from hospcrisis.core.units import UNIT_KINDS
from hospcrisis.errors import NotFound, PermissionDenied, ValidationError
from hospcrisis.i18n import N_, _
from hospcrisis.store import crisis as crisis_store
from hospcrisis.store import foundation
from hospcrisis.store.database import Row, dumps

# Roles that may sign any step, whatever its responsible role.
MANAGER_ROLES = frozenset({Role.ADMIN.value, Role.CRISIS_CELL.value, Role.NURSE_MANAGER.value})
MAX_REASON = text.MEDIUM
MAX_NOTE = text.MEDIUM


class ActivationState(StrEnum):
    ACTIVE = "active"
    RETURNING = "returning"
    CLOSED = "closed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _(STATE_LABELS[self])


STATE_LABELS = {
    ActivationState.ACTIVE: N_("Active"),
    ActivationState.RETURNING: N_("Returning to normal"),
    ActivationState.CLOSED: N_("Closed"),
    ActivationState.CANCELLED: N_("Cancelled"),
}


@dataclass(frozen=True)
class StepStatus:
    """A step of an activation and whether (and by whom) it is signed off."""

    step: Step
    signed: bool = False
    signed_at: str | None = None
    signed_by: str | None = None
    signed_by_name: str | None = None
    signed_role: str | None = None
    note: str = ""

    @property
    def key(self) -> str:
        return self.step.key

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {"key": self.step.key, "phase": self.step.phase, "role": self.step.role,
                "performer": self.step.performer_label(lang), "text": self.step.label(lang),
                "signed": self.signed, "signed_at": self.signed_at,
                "signed_by": self.signed_by, "signed_by_name": self.signed_by_name,
                "note": self.note}


@dataclass(frozen=True)
class Activation:
    """One procedure in force (or once in force) in one unit."""

    id: str
    ref: str
    version: int
    procedure: Procedure
    unit_code: str
    unit_name: str
    unit_kind: str
    reason: str
    activated_at: str
    activated_by: str
    activated_by_name: str
    closed_at: str | None
    closed_by_name: str | None
    close_note: str | None
    voided_at: str | None
    void_reason: str | None
    checklist: tuple[StepStatus, ...]
    returns: tuple[StepStatus, ...]

    @property
    def state(self) -> ActivationState:
        if self.voided_at:
            return ActivationState.CANCELLED
        if self.closed_at:
            return ActivationState.CLOSED
        if any(s.signed for s in self.returns):
            return ActivationState.RETURNING
        return ActivationState.ACTIVE

    @property
    def is_open(self) -> bool:
        return self.state in (ActivationState.ACTIVE, ActivationState.RETURNING)

    @property
    def procedure_id(self) -> str:
        return self.procedure.id

    @property
    def title(self) -> str:
        return self.procedure.title_text()

    @property
    def done(self) -> int:
        return sum(1 for s in self.checklist if s.signed)

    @property
    def total(self) -> int:
        return len(self.checklist)

    @property
    def return_done(self) -> int:
        return sum(1 for s in self.returns if s.signed)

    @property
    def return_total(self) -> int:
        return len(self.returns)

    @property
    def progress(self) -> float:
        """Share of the checklist signed off, 0.0 to 1.0."""
        return self.done / self.total if self.total else 1.0

    def elapsed(self, now: datetime | None = None) -> timedelta:
        """Time since activation (until closing or cancelling once over)."""
        end = self.closed_at or self.voided_at
        until = clock.from_iso(end) if end else (now or clock.now())
        return max(until - clock.from_iso(self.activated_at), timedelta(0))

    def step_status(self, key: str) -> StepStatus:
        wanted = key.strip().upper()
        for item in (*self.checklist, *self.returns):
            if item.key == wanted:
                return item
        raise NotFound(_("Procedure {id} has no step {step}.", id=self.procedure.id,
                         step=key))

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready view (CLI `--json`, printing)."""
        return {
            "id": self.id, "ref": self.ref, "procedure_id": self.procedure.id,
            "procedure_version": self.procedure.version,
            "title": self.procedure.title_text(lang), "unit": self.unit_code,
            "unit_name": self.unit_name, "state": self.state.value, "reason": self.reason,
            "activated_at": self.activated_at, "activated_by": self.activated_by,
            "activated_by_name": self.activated_by_name, "closed_at": self.closed_at,
            "cancelled_at": self.voided_at, "cancel_reason": self.void_reason,
            "done": self.done, "total": self.total, "return_done": self.return_done,
            "return_total": self.return_total,
            "elapsed_minutes": int(self.elapsed().total_seconds() // 60),
            "forms": list(self.procedure.forms),
            "trigger": self.procedure.trigger_text(lang),
            "steps": [s.to_dict(lang) for s in self.checklist],
            "return_to_normal": [s.to_dict(lang) for s in self.returns],
        }


@lru_cache(maxsize=512)
def _snapshot(document: str) -> Procedure:
    return procedure_from_document(document, ORIGIN_SHIPPED)


def _statuses(steps: Sequence[Step], rows: Sequence[Row]) -> tuple[StepStatus, ...]:
    """Each step's sign-off, replaying sign-offs and withdrawals in order."""
    by_key: dict[str, Row] = {}
    for row in rows:
        if row["action"] == "signed":
            by_key[row["step_key"]] = row
        else:
            by_key.pop(row["step_key"], None)
    out = []
    for step in steps:
        found = by_key.get(step.key)
        out.append(StepStatus(step) if found is None else StepStatus(
            step, True, found["signed_at"], found["signer"], found["signer_name"],
            found["signer_role"], found["note"]))
    return tuple(out)


def _build(session: Session, rows: Sequence[Row]) -> list[Activation]:
    units = {u["code"].upper(): u for u in foundation.list_units(session.store,
                                                                  include_inactive=True)}
    signoffs: dict[str, list[Row]] = {}
    for row in crisis_store.signoffs(session.store, [r["id"] for r in rows]):
        signoffs.setdefault(row["activation_id"], []).append(row)
    out = []
    for row in rows:
        procedure = _snapshot(row["snapshot"])
        unit: Row = units.get(row["unit_code"].upper(), {})
        mine = signoffs.get(row["id"], [])
        out.append(Activation(
            row["id"], row["ref"], row["version"], procedure, row["unit_code"],
            str(unit.get("name") or row["unit_code"]), str(unit.get("kind") or ""), row["reason"],
            row["activated_at"], row["activated_by"], row["activated_by_name"],
            row["closed_at"], row["closed_by_name"], row["close_note"], row["voided_at"],
            row["void_reason"],
            _statuses(procedure.steps, [r for r in mine if r["phase"] == "checklist"]),
            _statuses(procedure.return_steps, [r for r in mine if r["phase"] == "return"])))
    return out


def _row(session: Session, ref: str) -> Row:
    raw = (ref or "").strip()
    candidates = [raw]
    short = raw.upper().lstrip("#")
    if short.isdigit():
        short = f"A{short}"
    if short.startswith("A") and short[1:].isdigit():
        candidates.append(f"{session.station}-{short}")
    for candidate in candidates:
        row = crisis_store.find_activation(session.store, candidate)
        if row is not None:
            return row
    raise NotFound(_("There is no procedure activation {ref}.", ref=raw[:60]))


def get_activation(session: Session, ref: str) -> Activation:
    """One activation by id or reference (`TEST-A3`, or `A3` / `3` on this station)."""
    session.require(Permission.CRISIS_READ)
    return _build(session, [_row(session, ref)])[0]


def list_activations(session: Session, *, unit: str | None = None,
                     procedure: str | None = None, include_closed: bool = False,
                     include_cancelled: bool = False) -> list[Activation]:
    """Activations, oldest first; open ones only unless asked (read-only)."""
    session.require(Permission.CRISIS_READ)
    rows = crisis_store.list_activations(
        session.store, unit_code=(unit or "").strip() or None,
        procedure_id=(procedure or "").strip().upper() or None,
        open_only=not include_closed, include_voided=include_cancelled)
    return _build(session, rows)


def unit_active_procedures(session: Session, unit: str) -> list[Activation]:
    """What a unit must follow now (open activations, with their steps) — for printing."""
    session.require(Permission.CRISIS_READ)
    row = foundation.find_unit(session.store, (unit or "").strip())
    if row is None:
        raise NotFound(_("There is no unit {code}.", code=unit))
    return list_activations(session, unit=row["code"])


def activate(session: Session, procedure_ids: Sequence[str], unit_codes: Sequence[str],
             reason: str) -> list[Activation]:
    """Switch units to procedures (every procedure in every unit), with the reason.

    Refused (nothing saved, every problem listed) for an unknown procedure or unit, a closed
    unit, a unit kind outside a procedure's scope, or a procedure already active in a unit.
    One audited transaction; each procedure also gets a decision in the main courante.
    """
    session.require(Permission.PROCEDURES_ACTIVATE)
    problems = text.Problems()
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=MAX_REASON,
                     required=True, multiline=True, problems=problems)
    procedures: list[Procedure] = []
    for pid in dict.fromkeys(p.strip().upper() for p in procedure_ids if p and p.strip()):
        try:
            procedures.append(_get_procedure(session, pid))
        except NotFound as exc:
            problems.add("procedures", exc.message)
    if not procedure_ids or not any(p and p.strip() for p in procedure_ids):
        problems.add("procedures", _("Choose at least one procedure."))
    units: list[Row] = []
    for code in dict.fromkeys(c.strip().upper() for c in unit_codes if c and c.strip()):
        row = foundation.find_unit(session.store, code)
        if row is None:
            problems.add("units", _("There is no unit {code}.", code=code[:20]))
        elif not row["active"]:
            problems.add("units", _("The unit {code} is closed.", code=row["code"]))
        else:
            units.append(row)
    if not unit_codes or not any(c and c.strip() for c in unit_codes):
        problems.add("units", _("Choose at least one unit."))
    open_pairs = {(r["procedure_id"].upper(), r["unit_code"].upper()): r for r in
                  crisis_store.list_activations(session.store, open_only=True)}
    for procedure in procedures:
        for unit in units:
            if not procedure.applies_to(unit["kind"]):
                problems.add("units", _(
                    "Procedure {id} does not apply to unit {code} ({kind}); it covers: "
                    "{scope}.", id=procedure.id, code=unit["code"],
                    kind=_(UNIT_KINDS.get(unit["kind"]) or str(unit["kind"])),
                    scope=", ".join(procedure.scope_labels)))
            current = open_pairs.get((procedure.id, unit["code"].upper()))
            if current is not None:
                problems.add("units", _(
                    "Procedure {id} is already active in unit {code} ({ref}, since {time}).",
                    id=procedure.id, code=unit["code"], ref=current["ref"],
                    time=clock.local_text(current["activated_at"])))
    problems.raise_if_any()
    created: list[str] = []
    with session.store.transaction(session.actor, "crisis.procedures.activate",
                                   "crisis_activation") as tx:
        batch = clock.uuid7()
        number = crisis_store.next_activation_number(session.store, session.station)
        for procedure in procedures:
            document = dumps(procedure.to_document())
            for unit in units:
                row = crisis_store.insert_activation(tx, {
                    "ref": f"{session.station}-A{number}", "number": number,
                    "batch_id": batch, "procedure_id": procedure.id,
                    "procedure_version": procedure.version, "snapshot": document,
                    "unit_code": unit["code"], "reason": why, "activated_at": tx.now,
                    "activated_by": session.username,
                    "activated_by_name": session.display_name})
                created.append(row["id"])
                number += 1
            crisis_log.write_entry(
                tx, session, kind=crisis_log.LogKind.DECISION,
                body=_("Procedure {id} “{title}” (version {version}) activated in {units}. "
                       "Reason: {reason}", id=procedure.id, title=procedure.title_text(),
                       version=procedure.version,
                       units=", ".join(u["code"] for u in units), reason=why),
                unit_code=units[0]["code"] if len(units) == 1 else None,
                source=crisis_log.SOURCE_PROCEDURE)
        tx.draft.entity_id = batch
    rows = [_row(session, activation_id) for activation_id in created]
    return _build(session, rows)


def _open(session: Session, ref: str) -> Activation:
    activation = _build(session, [_row(session, ref)])[0]
    if not activation.is_open:
        raise ValidationError(_("Activation {ref} is {state}: nothing more can be signed or "
                                "changed.", ref=activation.ref,
                                state=activation.state.label.lower()))
    return activation


def may_sign(role: str, step: Step) -> bool:
    """True when `role` may sign `step` off: its responsible role, or a manager role."""
    return role == step.role or role in MANAGER_ROLES


def _require_may_sign(session: Session, step: Step) -> None:
    if not may_sign(session.role, step):
        raise PermissionDenied(_(
            "Step {step} is for the role “{role}”: your role ({yours}) may not sign it off. "
            "Ask a user with that role, or a manager (administrator, crisis cell, nurse "
            "manager).", step=step.key, role=Role(step.role).label,
            yours=Role(session.role).label if session.role in set(Role) else session.role))


def sign_step(session: Session, activation: str, step: str, note: str = "") -> Activation:
    """Sign a step off (checklist `3` or return to normal `R1`); one audited transaction.

    Refused with a clear message when the user's role may not sign that step, when the step
    is already signed, or when the activation is closed or cancelled.
    """
    session.require(Permission.PROCEDURES_SIGN)
    current = _open(session, activation)
    status = current.step_status(step)
    _require_may_sign(session, status.step)
    problems = text.Problems()
    clean_note = text.clean(note, field="note", label=_("Note"), max_len=MAX_NOTE,
                            multiline=True, problems=problems)
    if status.signed:
        problems.add("step", _("Step {step} was already signed off by {name} at {time}.",
                               step=status.key, name=status.signed_by_name or "?",
                               time=clock.local_text(status.signed_at)))
    problems.raise_if_any()
    with session.store.transaction(session.actor, "crisis.procedures.sign",
                                   "crisis_activation", current.id) as tx:
        crisis_store.insert_signoff(tx, {
            "activation_id": current.id, "step_key": status.key, "phase": status.step.phase,
            "action": "signed", "signed_at": tx.now, "signer": session.username,
            "signer_name": session.display_name, "signer_role": session.role,
            "note": clean_note})
    return get_activation(session, current.id)


def withdraw_signoff(session: Session, activation: str, step: str, reason: str) -> Activation:
    """Withdraw a sign-off made by mistake (kept in the history); one audited transaction.

    Allowed to whoever signed it, and to managers.
    """
    session.require(Permission.PROCEDURES_SIGN)
    current = _open(session, activation)
    status = current.step_status(step)
    problems = text.Problems()
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=MAX_REASON,
                     required=True, multiline=True, problems=problems)
    if not status.signed:
        problems.add("step", _("Step {step} is not signed off.", step=status.key))
    elif status.signed_by != session.username and session.role not in MANAGER_ROLES:
        raise PermissionDenied(_("Only {name}, who signed step {step} off, or a manager may "
                                 "withdraw the sign-off.", name=status.signed_by_name or "?",
                                 step=status.key))
    problems.raise_if_any()
    with session.store.transaction(session.actor, "crisis.procedures.withdraw",
                                   "crisis_activation", current.id) as tx:
        crisis_store.insert_signoff(tx, {
            "activation_id": current.id, "step_key": status.key, "phase": status.step.phase,
            "action": "withdrawn", "signed_at": tx.now, "signer": session.username,
            "signer_name": session.display_name, "signer_role": session.role, "note": why})
    return get_activation(session, current.id)


def deactivate(session: Session, activation: str, note: str = "") -> Activation:
    """Close an activation once every return-to-normal step is signed; one audited transaction.

    Refused with the list of the return steps still to sign. Writes a decision in the main
    courante.
    """
    session.require(Permission.PROCEDURES_ACTIVATE)
    current = _open(session, activation)
    problems = text.Problems()
    clean_note = text.clean(note, field="note", label=_("Note"), max_len=MAX_NOTE,
                            multiline=True, problems=problems)
    for status in current.returns:
        if not status.signed:
            problems.add(f"step.{status.key}", _(
                "Return-to-normal step {step} is not signed off ({role}): {text}",
                step=status.key, role=Role(status.step.role).label,
                text=status.step.label()[:200]))
    problems.raise_if_any(_("Activation {ref} cannot be closed yet: sign off the "
                            "return-to-normal steps first.", ref=current.ref)
                          if len(problems.items) > 1 else None)
    with session.store.transaction(session.actor, "crisis.procedures.deactivate",
                                   "crisis_activation", current.id) as tx:
        crisis_store.close_activation(tx, current.id, by=session.username,
                                      by_name=session.display_name, note=clean_note,
                                      expected_version=current.version)
        crisis_log.write_entry(
            tx, session, kind=crisis_log.LogKind.DECISION,
            body=_("Procedure {id} “{title}” closed in {unit}: back to normal ({ref}).",
                   id=current.procedure.id, title=current.title, unit=current.unit_code,
                   ref=current.ref) + (f" {clean_note}" if clean_note else ""),
            unit_code=current.unit_code, source=crisis_log.SOURCE_PROCEDURE)
    return get_activation(session, current.id)


def cancel_activation(session: Session, activation: str, reason: str) -> Activation:
    """Cancel an activation made by mistake (kept with the reason); one audited transaction."""
    session.require(Permission.PROCEDURES_ACTIVATE)
    current = _build(session, [_row(session, activation)])[0]
    problems = text.Problems()
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=MAX_REASON,
                     required=True, multiline=True, problems=problems)
    if current.state is ActivationState.CANCELLED:
        problems.add("activation", _("Activation {ref} is already cancelled.",
                                     ref=current.ref))
    problems.raise_if_any()
    with session.store.transaction(session.actor, "crisis.procedures.cancel",
                                   "crisis_activation", current.id) as tx:
        crisis_store.void_activation(tx, current.id, why)
        crisis_log.write_entry(
            tx, session, kind=crisis_log.LogKind.DECISION,
            body=_("Activation {ref} of procedure {id} in {unit} cancelled. Reason: {reason}",
                   ref=current.ref, id=current.procedure.id, unit=current.unit_code,
                   reason=why),
            unit_code=current.unit_code, source=crisis_log.SOURCE_PROCEDURE)
    return get_activation(session, current.id)


# --- the board ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BoardCell:
    """One unit × procedure square of the board."""

    unit_code: str
    procedure_id: str
    activation_id: str
    ref: str
    state: str
    done: int
    total: int
    return_done: int
    return_total: int
    activated_at: str
    elapsed_minutes: int

    def to_dict(self) -> dict[str, Any]:
        return {"unit": self.unit_code, "procedure_id": self.procedure_id,
                "activation_id": self.activation_id, "ref": self.ref, "state": self.state,
                "done": self.done, "total": self.total, "return_done": self.return_done,
                "return_total": self.return_total, "activated_at": self.activated_at,
                "elapsed_minutes": self.elapsed_minutes}


@dataclass(frozen=True)
class Board:
    """Units (rows) × procedures (columns) with the state of each activation."""

    generated_at: str
    units: tuple[tuple[str, str], ...]  # (code, name)
    procedures: tuple[tuple[str, str], ...]  # (id, title)
    cells: tuple[BoardCell, ...]

    def cell(self, unit_code: str, procedure_id: str) -> BoardCell | None:
        """The open activation of that pair, else the newest one; None when never active."""
        found = [c for c in self.cells if c.unit_code.upper() == unit_code.upper()
                 and c.procedure_id == procedure_id.upper()]
        open_ones = [c for c in found if c.state in (ActivationState.ACTIVE,
                                                     ActivationState.RETURNING)]
        chosen = open_ones or found
        return chosen[-1] if chosen else None

    def to_dict(self) -> dict[str, Any]:
        return {"generated_at": self.generated_at,
                "units": [{"code": c, "name": n} for c, n in self.units],
                "procedures": [{"id": i, "title": t} for i, t in self.procedures],
                "cells": [c.to_dict() for c in self.cells]}


def board(session: Session, *, include_closed: bool = False) -> Board:
    """The crisis cell's board: every open activation (and closed ones if asked). Read-only."""
    session.require(Permission.CRISIS_READ)
    now = clock.now()
    activations = list_activations(session, include_closed=include_closed)
    units: dict[str, str] = {}
    titles: dict[str, str] = {}
    cells = []
    for item in activations:
        units.setdefault(item.unit_code, item.unit_name)
        titles.setdefault(item.procedure.id, item.title)
        cells.append(BoardCell(item.unit_code, item.procedure.id, item.id, item.ref,
                               item.state.value, item.done, item.total, item.return_done,
                               item.return_total, item.activated_at,
                               int(item.elapsed(now).total_seconds() // 60)))
    return Board(clock.to_iso(now), tuple(sorted(units.items())), tuple(sorted(titles.items())),
                 tuple(cells))
