"""Who may print what, and the audit entry every print leaves (who, what, which patients)."""

from __future__ import annotations

from collections.abc import Sequence

from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session

# Form kinds that show patient data one patient at a time (wristbands, sheets…) need the
# patient-printing permission; lists and reports need the list one.
PATIENT_KINDS = frozenset({"patient", "packet"})


def require_print(session: Session, kind: str) -> None:
    """Raise `PermissionDenied` unless this user may print forms of `kind` (no side effect)."""
    session.require(Permission.PRINT_PATIENT if kind in PATIENT_KINDS
                    else Permission.PRINT_LISTS)


def record_print(session: Session, *, form: str, code_version: str, kind: str, pages: int,
                 patient_ids: Sequence[str] = (), provisional_ids: Sequence[str] = (),
                 blank_copies: int = 0, destination: str = "", language: str = "") -> None:
    """Write the audit entry of one print job (one action = one entry)."""
    require_print(session, kind)
    with session.store.transaction(session.actor, f"print.{form}", "print") as tx:
        tx.note(form=form, code_version=code_version, pages=pages,
                patient_ids=list(patient_ids), provisional_ids=list(provisional_ids),
                blank_copies=blank_copies, destination=destination, language=language)
