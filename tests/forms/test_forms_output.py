"""How renderers write: byte-stable output, atomic files, progress, cancel, watermark, errors."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from reportlab import rl_config

from hospcrisis.errors import NotFound, ValidationError
from hospcrisis.forms.data import (
    BoardRow,
    FormPatient,
    LabelLayout,
    PrintInfo,
    RenderCancelled,
    RenderResult,
    WristbandSize,
)
from hospcrisis.forms.packets import pages_per_packet, render_packets
from hospcrisis.forms.registry import FORMS, form_names, get_form
from tests.forms.conftest import make_info, make_patient, page_texts, render

ALL_FORMS = ("wristband", "labels", "admission", "packets", "mar", "lab", "imaging", "board",
             "census")


def _items(form: str) -> list:
    if form == "board":
        return [BoardRow("URG1-000042-K", "MARTIN Hélène", "1954-03-12", "F", "2",
                         make_info().printed_at, 25, True, "Attente", "Box 3")]
    if form == "census":
        return []
    return [make_patient(), "URG1-000043-H", None]


# --- registry ----------------------------------------------------------------------------------

def test_registry_lists_every_form_of_the_issue() -> None:
    assert form_names()[:len(ALL_FORMS)] == ALL_FORMS  # later issues add theirs after
    codes = [spec.code for spec in FORMS.values()]
    assert len(set(codes)) == len(codes)
    for name in ALL_FORMS:
        spec = FORMS[name]
        assert spec.code_version == f"{spec.code} v{spec.version}"
        assert callable(spec.renderer_function())
        assert spec.kind in ("patient", "packet", "board", "census")
    assert get_form("admission").code_version == "HC-ADM-01 v1"


def test_unknown_form_is_a_clear_error_in_the_users_language() -> None:
    with pytest.raises(NotFound, match=r"Formulaire « x » inconnu.*wristband, labels"):
        get_form("x")


# --- byte-stable output ------------------------------------------------------------------------

@pytest.mark.parametrize("form", ALL_FORMS)
def test_invariant_mode_gives_the_same_bytes_twice(form: str) -> None:
    assert rl_config.invariant == 1
    first = render(form, _items(form), make_info(exercise=True))
    second = render(form, _items(form), make_info(exercise=True))
    assert first == second
    assert first.startswith(b"%PDF-1.") and first.rstrip().endswith(b"%%EOF")


def test_a_path_and_a_stream_get_the_same_pdf(tmp_path: Path) -> None:
    path = tmp_path / "labels.pdf"
    result = get_form("labels").render(path, [make_patient()], make_info())
    assert path.read_bytes() == render("labels", [make_patient()])
    assert result == RenderResult(form="labels", pages=1, patient_ids=("URG1-000042-K",))
    assert [p.name for p in tmp_path.iterdir()] == ["labels.pdf"]  # no temporary file left


# --- progress and cancel -----------------------------------------------------------------------

def test_progress_counts_every_packet() -> None:
    calls: list[tuple[int, int]] = []
    result = render_packets(io.BytesIO(), ["URG1-000001-A", "URG1-000002-B", None], make_info(),
                            progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert result.pages == 3 * pages_per_packet() == 21
    assert result.patient_ids == ("URG1-000001-A", "URG1-000002-B")
    assert result.blank_copies == 1


def test_cancel_stops_the_batch_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "packets.pdf"
    polls = iter([False, False, True])
    with pytest.raises(RenderCancelled, match="Impression annulée"):
        render_packets(path, [f"URG1-{i:06d}-A" for i in range(10)], make_info(),
                       cancelled=lambda: next(polls))
    assert list(tmp_path.iterdir()) == []
    stream = io.BytesIO(b"kept")
    with pytest.raises(RenderCancelled):
        render_packets(stream, ["URG1-000001-A"], make_info(), cancelled=lambda: True)
    assert stream.getvalue() == b"kept"


def test_a_failure_midway_leaves_no_file(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from hospcrisis.forms import requests

    def broken(*args: object) -> None:
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(requests.ImagingRequestForm, "body", broken)
    path = tmp_path / "packets.pdf"
    with pytest.raises(RuntimeError, match="on fire"):
        render_packets(path, ["URG1-000001-A"], make_info())
    assert list(tmp_path.iterdir()) == []


# --- exercise watermark ------------------------------------------------------------------------

@pytest.mark.parametrize("form", ALL_FORMS)
def test_exercise_watermark_only_when_asked(form: str) -> None:
    real = page_texts(render(form, _items(form), make_info(exercise=False)))
    drill = page_texts(render(form, _items(form), make_info(exercise=True)))
    assert not any("EXERCICE" in text for text in real)
    assert all("EXERCICE" in text for text in drill)


def test_exercise_is_on_every_label_and_band_not_only_the_sheet() -> None:
    labels = page_texts(render("labels", [make_patient()], make_info(exercise=True)))[0]
    assert labels.count("EXERCICE") >= 21
    english = page_texts(render("wristband", [make_patient()], make_info("en", exercise=True)))
    assert "EXERCISE" in english[0]


# --- input contract ----------------------------------------------------------------------------

def test_nothing_to_print_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValidationError, match="Rien à imprimer"):
        render("admission", [])


@pytest.mark.parametrize("bad", [
    {"provisional_id": ""}, {"provisional_id": "URG1-0000É-K"}, {"sex": "X"},
    {"dob_precision": "month"}, {"arrival": datetime(2026, 1, 1)},
])
def test_form_patient_refuses_what_it_cannot_print(bad: dict) -> None:
    with pytest.raises(ValueError):
        make_patient(**bad)


def test_print_info_needs_an_aware_time_and_a_known_language() -> None:
    with pytest.raises(ValueError):
        PrintInfo("URG1", "M. C.", datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        PrintInfo("URG1", "M. C.", make_info().printed_at, lang="de")


def test_media_sizes_are_checked() -> None:
    with pytest.raises(ValueError):
        WristbandSize("tiny", 20, 5)
    with pytest.raises(ValueError):
        LabelLayout(columns=4)  # 4 x 63.5 mm do not fit on A4
    assert LabelLayout().per_sheet == 21


def test_a_pre_numbered_id_is_a_patient_without_identity() -> None:
    patient = FormPatient("URG1-000043-H")
    assert not patient.has_identity
    assert patient.status_label == "PROVISOIRE"
    assert FormPatient("X-1", identity_status="DOUB").status_label == "DOUB"


def test_options_change_the_page() -> None:
    small = LabelLayout(columns=2, rows=5, label_width_mm=90, label_height_mm=50, left_mm=10,
                        top_mm=20, h_pitch_mm=95, v_pitch_mm=52)
    text = page_texts(render("labels", [make_patient()], layout=small, skip=3))[0]
    assert text.count("URG1-000042-K") == 10 - 3
    mar = page_texts(render("mar", [None], time_slots=["06", "14", "22"], days=5))[0]
    assert "J5" in mar and "J6" not in mar and "14" in mar
    sheet = page_texts(render("wristband", [make_patient()], sheet=True))
    assert len(sheet) == 1 and sheet[0].count("URG1-000042-K") >= 5


# --- big batches -------------------------------------------------------------------------------

def test_a_big_batch_is_one_valid_pdf_written_as_it_goes() -> None:
    from pypdf import PdfReader

    out = io.BytesIO()
    ids = [f"URG1-{i:06d}-Z" for i in range(40)]
    result = render_packets(out, ids, make_info())
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == result.pages == 280
    assert "URG1-000039-Z" in reader.pages[279].extract_text()
    assert "Page 7/7" in reader.pages[279].extract_text()
    # a static layout is shared by every packet, not copied
    assert len(out.getvalue()) < 280 * 3000


def test_patient_forms_import_without_qt_or_sqlite_or_the_store() -> None:
    """The forms of this issue need only their input dataclasses and the triage table (not the
    rest of core, not the store)."""
    modules = ["registry", "data", "wristband", "labels", "admission", "packets", "mar",
               "requests", "lists"]
    code = ("import sys, importlib\n"
            f"for m in {modules!r}:\n"
            "    importlib.import_module('hospcrisis.forms.' + m)\n"
            "allowed = {'hospcrisis.core', 'hospcrisis.core.triage_table'}\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'sqlite3', "
            "'hospcrisis.store', 'hospcrisis.core', 'hospcrisis.ui')) and m not in allowed]\n"
            "assert not bad, bad\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
