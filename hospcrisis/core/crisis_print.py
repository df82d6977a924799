"""What the crisis cell prints, gathered for `hospcrisis.printing` (its `BUILDERS`).

* form ``sitrep``: with no ID, a new situation report is **issued** (recorded, so the next one
  covers "since this report") and printed; with IDs (report numbers), those issued reports are
  printed again exactly as they were recorded.
* form ``procedures``: the open activations of the units asked (``--unit``), or of every unit
  that has one.

Builders only read or call the crisis services; the forms draw.
"""

from __future__ import annotations

from typing import Any, Protocol

from hospcrisis import i18n
from hospcrisis.core import activations, sitrep
from hospcrisis.core.session import Session
from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.i18n import _


class Request(Protocol):
    """The parts of `hospcrisis.printing.PrintRequest` the builders read."""

    @property
    def ids(self) -> tuple[str, ...]: ...

    @property
    def units(self) -> tuple[str, ...]: ...

    @property
    def lang(self) -> str | None: ...


def _language(session: Session, request: Request) -> str:
    lang = request.lang or str(session.settings.get("language") or i18n.language())
    return lang if lang in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def issued_report(session: Session, ref: str) -> dict[str, Any]:
    """An issued report as recorded, by number (``3``, ``#3``) or id (read-only)."""
    wanted = (ref or "").strip().lstrip("#")
    for record in sitrep.list_sitreps(session):
        if wanted in (str(record.number), record.id):
            content = dict(sitrep.issued_content(session, record.id))
            content.update(number=record.number, issued=True,
                           issued_by_name=record.issued_by_name)
            return content
    raise NotFound(_("There is no issued situation report {ref}.", ref=wanted[:40]))


def sitrep_items(session: Session, request: Request) -> list[sitrep.Sitrep | dict[str, Any]]:
    """Issue a new report (no ID), or the issued reports asked again (IDs)."""
    if request.ids:
        return [issued_report(session, ref) for ref in request.ids]
    with i18n.use_language(_language(session, request)):
        return [sitrep.issue_sitrep(session)]


def unit_procedures_items(session: Session, request: Request) -> list[activations.Activation]:
    """Open activations of the units asked, or of every unit with one (read-only)."""
    codes = list(dict.fromkeys(c.strip().upper() for c in request.units if c.strip()))
    if not codes:
        codes = sorted({a.unit_code for a in activations.list_activations(session)})
    found: list[activations.Activation] = []
    for code in codes:
        found.extend(activations.unit_active_procedures(session, code))
    if not found:
        raise ValidationError(_("No degraded-mode procedure is active in {units}: nothing to "
                                "print.", units=", ".join(codes) or _("any unit")))
    return found
