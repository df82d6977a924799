"""The back-loading tracker: what was re-entered in the information system, what remains."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hospcrisis.core import admissions, backload, crisis_log, reconcile, recovery
from hospcrisis.core.identity import IdentityInput
from hospcrisis.core.session import Session
from hospcrisis.errors import ValidationError
from hospcrisis.interop import export
from hospcrisis.store.foundation import audit_entries
from tests.interop.recovery_support import (
    audit_count,
    bundle_of,
    lower_bundle_cost,
    station_maker,
)


@pytest.fixture
def stations(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Session]]:
    """`stations("URG1")` → the administrator's session on a new in-memory station."""
    lower_bundle_cost(monkeypatch)
    yield from station_maker()



@pytest.fixture
def recov(stations: Callable[..., Session]) -> Session:
    urg1 = stations("URG1", units=True)
    a = admissions.register_arrival(urg1, IdentityInput(
        birth_name="ROUX", first_forename="Léa", sex="F", birth_date="2001"),
        admissions.ArrivalInput(triage_level="3B"))
    admissions.admit_to_unit(urg1, a.admission.id, "MED1", "101")
    b = admissions.register_arrival(urg1, IdentityInput(
        birth_name="PETIT", first_forename="Noé", sex="M", birth_date="2015"),
        admissions.ArrivalInput())
    admissions.record_movement(urg1, b.admission.id, "discharged")
    crisis_log.add_entry(urg1, kind="decision", text_value="Déprogrammation", unit="MED1")
    session = stations("RECOV")
    recovery.merge_bundles(session, [bundle_of(urg1)])
    return session


def test_progress_counts_what_was_captured_per_kind_and_unit(recov: Session) -> None:
    progress = backload.progress(recov)
    by_type = {t.type: t for t in progress.by_type}
    assert by_type["patient"].captured == 2
    assert by_type["admission"].captured == 2
    assert by_type["movement"].captured == 5  # 2 arrivals, 1 triage, 1 admission, 1 discharge
    assert by_type["triage"].captured == 1
    assert by_type["crisis_log"].captured == 1
    assert progress.reentered == 0
    assert progress.by_unit["MED1"]["admission"]["captured"] == 1
    assert progress.by_unit["URG1"]["admission"]["captured"] == 1


def test_marking_by_id_unit_or_all_is_audited_and_counted(recov: Session) -> None:
    admitted = next(i for i in backload.items(recov) if i.type == "admission" and
                    i.unit == "MED1")
    before = audit_count(recov)
    assert backload.mark(recov, "admission", [admitted.record_id], by="Secrétariat MED1",
                         at="2026-11-28 10:00") == 1
    assert audit_count(recov) == before + 1
    entry = audit_entries(recov.store, limit=1)[0]
    assert entry["action"] == "recovery.backload.mark" and admitted.record_id in entry["after"]
    marked = next(i for i in backload.items(recov) if i.record_id == admitted.record_id)
    assert marked.reentered and marked.reentered_by == "Secrétariat MED1"
    assert backload.mark(recov, "admission", [admitted.record_id]) == 0  # already marked
    assert backload.mark(recov, "movement", unit="MED1") == 1
    assert backload.mark(recov, "patient", all_records=True) == 2
    progress = {t.type: t for t in backload.progress(recov).by_type}
    assert (progress["patient"].reentered, progress["admission"].reentered) == (2, 1)
    remaining = backload.remaining(recov)
    assert all(not i.reentered for i in remaining)
    assert {i.type for i in remaining} == {"admission", "movement", "triage", "crisis_log"}


def test_bad_marks_are_refused_and_change_nothing(recov: Session) -> None:
    before = audit_count(recov)
    with pytest.raises(ValidationError):
        backload.mark(recov, "unicorn", ["x"])
    with pytest.raises(ValidationError):
        backload.mark(recov, "patient", ["01a00000-0000-7000-8000-000000000000"])
    with pytest.raises(ValidationError):
        backload.mark(recov, "patient")
    with pytest.raises(ValidationError):
        backload.mark(recov, "patient", all_records=True, at="31/02/2026 10:00")
    assert audit_count(recov) == before


def test_a_mark_set_by_mistake_is_withdrawn_not_deleted(recov: Session) -> None:
    backload.mark(recov, "patient", all_records=True)
    some = next(i for i in backload.items(recov) if i.type == "patient")
    assert backload.unmark(recov, "patient", [some.record_id], "Mauvaise personne") == 1
    assert not next(i for i in backload.items(recov) if i.record_id == some.record_id).reentered
    rows = recov.store.query("SELECT * FROM recovery_backload WHERE record_id = ?",
                             (some.record_id,))
    assert rows[0]["voided_at"] is not None


def test_the_end_of_downtime_report_holds_every_count(recov: Session, tmp_path: Path) -> None:
    patients = [i for i in backload.items(recov) if i.type == "patient"]
    kept = recov.store.get("patient", patients[0].record_id)
    other = recov.store.get("patient", patients[1].record_id)
    reconcile.merge_patients(recov, kept["provisional_id"], other["provisional_id"], "Doublon")
    reconcile.set_identity(recov, kept["provisional_id"], "700001")
    export.export(recov, "csv", tmp_path)
    backload.mark(recov, "patient", all_records=True)
    report = backload.report(recov)
    data = report.as_dict()
    by_type = {t["type"]: t for t in data["progress"]["by_type"]}
    assert by_type["patient"] == {**by_type["patient"], "captured": 2, "exported": 2,
                                  "reentered": 2, "remaining": 0}
    assert data["merges"] == 1 and data["reconciled"] == 1 and data["provisional_ids"] == 1
    assert data["conflicts_open"] == 0
    assert data["bundles"][0]["station"] == "URG1"
    assert data["content_hash"] == recovery.content_hash(recov)
    assert data["period_start"] <= data["period_end"]
    assert data["exports"][0]["format"] == "csv"
    assert audit_entries(recov.store, limit=1)[0]["action"] == "recovery.report"


def test_the_remaining_list_and_the_report_print(recov: Session, tmp_path: Path) -> None:
    from hospcrisis import printing

    outcome = printing.run(recov, printing.PrintRequest("remaining"), tmp_path / "r.pdf")
    units = {i.unit for i in backload.remaining(recov)}
    assert outcome.pages == len(units)  # each unit on its own sheet
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    med1 = printing.run(recov, printing.PrintRequest("remaining", units=("med1",)),
                        tmp_path / "m.pdf")
    assert med1.pages == 1
    backload.mark(recov, "patient", all_records=True)
    for kind in ("admission", "movement", "triage", "crisis_log"):
        backload.mark(recov, kind, all_records=True)
    empty = printing.run(recov, printing.PrintRequest("remaining"), tmp_path / "e.pdf")
    assert empty.pages == 1
    report = printing.run(recov, printing.PrintRequest("report"), tmp_path / "b.pdf")
    assert report.pages >= 1
    actions = [e["action"] for e in audit_entries(recov.store, limit=3)]
    assert actions[0] == "print.report" and actions[1] == "recovery.report"
