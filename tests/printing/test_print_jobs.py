"""`hospcrisis print …` and the print jobs behind every Print button: right data, audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from hospcrisis import printing
from hospcrisis.core import admissions, provisional_ids
from hospcrisis.core.identity import IdentityInput
from hospcrisis.errors import PermissionDenied, ValidationError
from hospcrisis.forms.registry import FORMS
from hospcrisis.store import audit


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def register(session, birth_name: str = "D’ARTAGNAN-Hélène") -> str:
    identity = IdentityInput(birth_name=birth_name, first_forename="Marie", sex="F",
                             birth_date="12/03/1954")
    result = admissions.register_arrival(session, identity, admissions.ArrivalInput(
        complaint="Douleur thoracique", triage_level="2"))
    return str(result.patient.provisional_id)


@pytest.mark.parametrize("form", ["wristband", "labels", "admission", "mar", "lab", "imaging"])
def test_every_patient_form_carries_the_patient(session, tmp_path: Path, form: str) -> None:
    code = register(session)
    out = tmp_path / f"{form}.pdf"
    outcome = printing.run(session, printing.PrintRequest(form, ids=(code,)), out)
    assert outcome.pages >= 1
    content = text_of(out)
    assert code in content
    assert "D’ARTAGNAN-HÉLÈNE" in content.upper()
    entry = session.store.query_one("SELECT action, after FROM audit_log ORDER BY seq DESC "
                                    "LIMIT 1")
    assert entry["action"] == f"print.{form}"
    details = json.loads(entry["after"])
    assert details["provisional_ids"] == [code]
    assert details["pages"] == outcome.pages


def test_packets_reserve_ids_once_and_print_them(session, tmp_path: Path) -> None:
    out = tmp_path / "packets.pdf"
    outcome = printing.run(session, printing.PrintRequest("packets", count=3), out)
    block = outcome.job.reserved_block
    assert block is not None and len(block.codes) == 3
    content = text_of(out)
    for code in block.codes:
        assert code in content
    # the same reserved IDs can be reprinted while unused…
    again = printing.run(session, printing.PrintRequest("packets", ids=block.codes[:1]),
                         tmp_path / "again.pdf")
    assert again.job.reserved_block is None
    # …and an ID given to a patient prints with the patient's identity
    identity = IdentityInput(birth_name="Nguyen", first_forename="Linh", sex="F",
                             birth_date="1990")
    admissions.register_arrival(session, identity,
                                admissions.ArrivalInput(provisional_id=block.codes[0]))
    assert not provisional_ids.is_reserved_unused(session, block.codes[0])
    printing.run(session, printing.PrintRequest("wristband", ids=block.codes[:1]),
                 tmp_path / "wb.pdf")
    assert "NGUYEN" in text_of(tmp_path / "wb.pdf").upper()


def test_blank_copies_and_lists(session, tmp_path: Path) -> None:
    register(session)
    blank = printing.run(session, printing.PrintRequest("admission", blank=2),
                         tmp_path / "blank.pdf")
    assert blank.job.blank_copies == 2 and blank.pages >= 2
    board = printing.run(session, printing.PrintRequest("board"), tmp_path / "board.pdf")
    assert "D’ARTAGNAN" in text_of(tmp_path / "board.pdf").upper()
    assert board.pages == 1


def test_a_mistyped_id_prints_nothing_and_audits_nothing(session, tmp_path: Path) -> None:
    code = register(session)
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")
    head = audit.head(session.store)
    with pytest.raises(ValidationError):
        printing.run(session, printing.PrintRequest("wristband", ids=(wrong,)),
                     tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert audit.head(session.store) == head


def test_a_viewer_prints_lists_but_not_patient_forms(session, make_session,
                                                      tmp_path: Path) -> None:
    code = register(session)
    viewer = make_session("viewer")
    printing.run(viewer, printing.PrintRequest("board"), tmp_path / "board.pdf")
    with pytest.raises(PermissionDenied):
        printing.run(viewer, printing.PrintRequest("wristband", ids=(code,)),
                     tmp_path / "wb.pdf")


def test_every_form_is_in_the_print_command(cli, station_db: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    cli("print", "--help")
    help_text = capsys.readouterr().out
    for name in FORMS:
        assert name in help_text
    for name, spec in FORMS.items():
        if spec.kind not in ("patient", "packet", "board", "census"):
            continue
        result = cli("--db", station_db, "print", name, "--blank", "--out",
                     tmp_path / f"{name}.pdf")
        assert result.code == 0, (name, result)
        assert (tmp_path / f"{name}.pdf").read_bytes().startswith(b"%PDF")


def test_cli_packets_and_bad_id(cli, station_db: Path, tmp_path: Path) -> None:
    result = cli("--db", station_db, "print", "packets", "--count", "2", "--out",
                 tmp_path / "p.pdf")
    assert result.code == 0, result
    assert "TEST-000001" in result.out
    bad = cli("--db", station_db, "print", "wristband", "--id", "TEST-000001-Z", "--out",
              tmp_path / "w.pdf")
    assert bad.code == 2
    assert "caractère de contrôle" in bad.err


def test_label_stock_can_be_chosen(cli, station_db: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader as Reader

    from hospcrisis.forms.data import LABEL_LAYOUTS

    for sheet, layout in LABEL_LAYOUTS.items():
        out = tmp_path / f"{sheet}.pdf"
        assert cli("--db", station_db, "print", "labels", "--blank", "--label-sheet", sheet,
                   "--out", out).code == 0
        text = Reader(str(out)).pages[0].extract_text()
        assert text.count("Nom de naissance") == layout.per_sheet
    refused = cli("--db", station_db, "print", "mar", "--blank", "--label-sheet", "L7163",
                  "--out", tmp_path / "x.pdf")
    assert refused.code == 2 and "labels" in refused.err
