"""What each form says, in French and English, read back from the PDF with pypdf."""

from __future__ import annotations

import re

import pytest

from hospcrisis.forms.data import BoardRow, CensusRow
from hospcrisis.forms.registry import FORMS, get_form
from hospcrisis.i18n import use_language
from tests.forms.conftest import (
    PATIENT_FORMS,
    make_info,
    make_patient,
    page_texts,
    render,
)

# Words only the body of each form prints (beyond title, code and identity).
MARKERS = {
    "wristband": {"fr": ["Féminin", "nom d’usage : DUPONT"],
                  "en": ["Female", "used name: DUPONT"]},
    "labels": {"fr": ["SINUS SIN-0042", "Vérifier l’identité du patient"],
               "en": ["SINUS SIN-0042", "Check the patient's identity"]},
    "admission": {"fr": ["Motif de recours", "Douleur thoracique", "Pénicilline",
                         "Constantes et surveillance".upper(), "Prescriptions médicales".upper()],
                  "en": ["Reason for attending", "Douleur thoracique", "Pénicilline",
                         "VITAL SIGNS AND MONITORING", "MEDICAL ORDERS"]},
    "mar": {"fr": ["Médicament (DCI), forme, dose", "Pénicilline", "J7"],
            "en": ["Drug (generic name), form, dose", "Pénicilline", "Day 7"]},
    "lab": {"fr": ["NFS + plaquettes", "Hémocultures", "URGENCE VITALE"],
            "en": ["Full blood count + platelets", "Blood cultures", "VITAL EMERGENCY"]},
    "imaging": {"fr": ["Radiographie", "Grossesse possible", "Scanner"],
                "en": ["X-ray", "Pregnancy possible", "CT scan"]},
}
PRINTED = {"fr": "Imprimé le 29/11/2026 03:25 par Marie Curie — poste URG1",
           "en": "Printed 29 Nov 2026 03:25 by Marie Curie — station URG1"}
STATUS = {"fr": "PROVISOIRE", "en": "PROVISIONAL"}
BORN = {"fr": "12/03/1954", "en": "12 Mar 1954"}
STICK = {"fr": "Coller ici l’étiquette du patient", "en": "Stick the patient label here"}


def _title(form: str, lang: str) -> str:
    with use_language(lang):
        return get_form(form).label


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("form", PATIENT_FORMS)
def test_patient_form_prints_identity_title_code_and_body(form: str, lang: str) -> None:
    texts = page_texts(render(form, [make_patient()], make_info(lang)))
    whole = " ".join(" ".join(t.split()) for t in texts)
    spec = FORMS[form]
    assert spec.code_version in whole
    if form not in ("wristband", "labels"):
        assert " ".join(_title(form, lang).upper().split()) in whole
    else:  # the band and the label sheet print the title in their margins
        assert spec.code_version in texts[0]
    for expected in ["URG1-000042-K", "MARTIN", "Hélène", STATUS[lang], BORN[lang],
                     *MARKERS[form][lang]]:
        assert expected in whole, f"{expected!r} missing from {form} ({lang})"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("form", [*PATIENT_FORMS, "packets", "board", "census"])
def test_every_page_has_page_x_of_y_and_who_printed_it_where_and_when(form: str,
                                                                       lang: str) -> None:
    info = make_info(lang)
    if form == "board":
        items: list = [BoardRow(f"URG1-{i:06d}-K", f"PATIENT {i}") for i in range(40)]
    elif form == "census":
        items = [CensusRow("MED2", str(i), f"MED2-{i:06d}-A", f"PATIENT {i}")
                 for i in range(20)]
    else:
        items = [make_patient(), "URG1-000043-H", None]
    texts = page_texts(render(form, items, info))
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        one_line = " ".join(text.split())
        assert re.search(r"Page \d+/\d+", one_line), f"page {number} of {form}: no page x/y"
        if form == "wristband":  # the band's small print: code, station, user, time
            assert "URG1 · Marie Curie · 29" in one_line
        elif form == "labels":
            assert PRINTED[lang] in one_line
            assert "URG1 · Marie Curie · 29" in one_line  # on each label too
        else:
            assert PRINTED[lang] in one_line, f"page {number} of {form}: no print line"


@pytest.mark.parametrize("form", PATIENT_FORMS)
def test_page_numbers_count_each_copy(form: str) -> None:
    texts = page_texts(render(form, [make_patient(), None]))
    pages = len(texts) // 2
    for copy in range(2):
        for index in range(pages):
            assert f"Page {index + 1}/{pages}" in texts[copy * pages + index]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("form", ["admission", "mar", "lab", "imaging"])
def test_blank_a4_form_has_a_place_for_the_label_and_no_patient(form: str, lang: str) -> None:
    texts = page_texts(render(form, [None], make_info(lang)))
    whole = " ".join(texts)
    assert STICK[lang] in whole
    assert "URG1-0" not in whole  # no ID
    assert STATUS[lang] not in whole


@pytest.mark.parametrize("form", ["wristband", "labels"])
def test_blank_band_and_labels_have_lines_for_the_identity(form: str) -> None:
    text = " ".join(page_texts(render(form, [None])))
    for expected in ("Nom de naissance", "Prénom", "N° patient", "Né(e) le"):
        assert expected in text
    assert "URG1-0" not in text


@pytest.mark.parametrize("form", ["wristband", "labels", "admission", "mar"])
def test_pre_numbered_copy_has_the_id_and_lines_for_the_identity(form: str) -> None:
    text = " ".join(page_texts(render(form, ["URG1-000043-H"])))
    assert "URG1-000043-H" in text
    assert "PROVISOIRE" in text
    assert "Nom de naissance" in text


def test_packet_is_seven_pages_each_with_the_id() -> None:
    texts = page_texts(render("packets", ["URG1-000050-A", "URG1-000051-B"]))
    assert len(texts) == 14
    for index, text in enumerate(texts):
        pid = "URG1-000050-A" if index < 7 else "URG1-000051-B"
        assert pid in text, f"page {index + 1}"
        assert f"Page {index % 7 + 1}/7" in text
        assert "Dossier pré-numéroté de mode dégradé" in text
    titles = ["FEUILLE D’ADMISSION", "FEUILLE D’ADMISSION", "PLANCHE D’ÉTIQUETTES",
              "BRACELET D’IDENTIFICATION", "FEUILLE D’ADMINISTRATION", "BON DE DEMANDE",
              "DEMANDE D’EXAMEN"]
    for text, title in zip(texts[:7], titles, strict=True):
        assert title in " ".join(text.split())


def test_dates_of_birth_keep_their_precision() -> None:
    year_only = make_patient(dob="1954", dob_precision="year")
    unknown = make_patient(dob="", dob_precision="unknown", estimated_age="30-40", sex="U")
    text = " ".join(page_texts(render("wristband", [year_only, unknown])))
    assert "Né(e) en 1954" in text
    assert "Âge estimé 30-40 ans" in text
    assert "Sexe inconnu" in text
    assert "01/01" not in text  # never an invented 1 January


def test_admission_ticks_what_is_known() -> None:
    text = " ".join(page_texts(render("admission", [make_patient(dob="1954",
                                                                 dob_precision="year")])))
    assert "1954" in text
    assert "29/11/2026" in text and "02:50" in text  # arrival in local time


def test_forms_print_in_the_language_asked_not_the_process_language() -> None:
    with use_language("fr"):
        english = " ".join(page_texts(render("lab", [None], make_info("en"))))
    assert "LABORATORY TEST REQUEST" in " ".join(english.split())
    assert "Bon de demande" not in english
