"""The barcodes read back from the rendered pages (pypdfium2 + zxing-cpp) give back the ID."""

from __future__ import annotations

import pytest

from hospcrisis.forms.barcodes import code128_bars, qr_payload
from hospcrisis.forms.data import ADULT_WRISTBAND, CHILD_WRISTBAND, FormPatient
from tests.forms.conftest import barcodes, make_patient, render

PID = "URG1-000042-K"


def _formats(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for fmt, text in found:
        key = "qr" if "qr" in fmt.lower() else "code128" if "128" in fmt else fmt
        out.setdefault(key, []).append(text)
    return out


@pytest.mark.parametrize("size", [ADULT_WRISTBAND, CHILD_WRISTBAND], ids=["adult", "child"])
def test_wristband_code128_and_qr_decode_to_the_id(size: object) -> None:
    pdf = render("wristband", [make_patient()], size=size)
    found = _formats(barcodes(pdf, dpi=400))
    assert found["code128"] == [PID]
    assert len(found["qr"]) == 1
    assert found["qr"][0].split("|")[0] == PID


def test_qr_carries_the_id_and_the_strict_traits_in_utf8() -> None:
    patient = make_patient(birth_name="Ñúñez-O’Brien", first_name="Ἀλέξανδρος")
    found = _formats(barcodes(render("wristband", [patient]), dpi=400))
    assert found["qr"] == ["URG1-000042-K|Ñúñez-O’Brien|Ἀλέξανδρος|1954-03-12|F|40088"]


def test_qr_escapes_its_separator_inside_a_name() -> None:
    patient = make_patient(birth_name="=cmd|' /C calc'!A0", first_name="a\\b")
    assert qr_payload(patient) == \
        "URG1-000042-K|=cmd\\|' /C calc'!A0|a\\\\b|1954-03-12|F|40088"


def test_pre_numbered_qr_is_the_id_alone() -> None:
    assert qr_payload(FormPatient("URG1-000043-H")) == "URG1-000043-H"
    found = _formats(barcodes(render("wristband", ["URG1-000043-H"]), dpi=400))
    assert found == {"qr": ["URG1-000043-H"], "code128": ["URG1-000043-H"]}


def test_every_label_of_the_sheet_scans() -> None:
    found = _formats(barcodes(render("labels", [make_patient()]), dpi=300))
    assert found["code128"] == [PID] * 21


@pytest.mark.parametrize("form", ["admission", "mar", "lab", "imaging"])
def test_identity_block_barcodes_scan_on_a4_forms(form: str) -> None:
    found = _formats(barcodes(render(form, [make_patient()]), dpi=300))
    assert found["code128"] == [PID]
    assert found["qr"][0].startswith(PID + "|")


def test_every_page_of_a_packet_scans_to_its_id() -> None:
    pdf = render("packets", ["URG1-000077-Q"])
    for page in range(7):
        found = _formats(barcodes(pdf, page, dpi=200))
        assert found.get("code128"), f"page {page + 1}: no Code 128"
        assert set(found["code128"]) == {"URG1-000077-Q"}, f"page {page + 1}"
        assert set(found.get("qr", [])) <= {"URG1-000077-Q"}


def test_blank_forms_carry_no_barcode() -> None:
    assert barcodes(render("admission", [None]), dpi=150) == []


def test_code128_refuses_what_it_cannot_encode() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        code128_bars("URG1-00004É-K")
    bars, total = code128_bars(PID)
    assert bars[0][0] == 0 and bars[-1][0] + bars[-1][1] == total  # starts and ends dark
