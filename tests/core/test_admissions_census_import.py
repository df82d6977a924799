"""Importing the last census: encodings, separators, all-or-nothing with every bad line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hospcrisis.core import admissions, census_import, units
from hospcrisis.errors import PermissionDenied, ValidationError
from hospcrisis.store import admissions as store
from hospcrisis.store import audit

HEADER = "ipp;birth_name;used_name;first_forename;sex;birth_date;unit;bed;admitted_at"
GOOD = [
    "100001;LEFÈVRE;;Hélène;F;12/03/1950;MED1;101;01/03/2026 10:15",
    "100002;N'DIAYE;MARTIN;Aïcha;F;1988-07-04;MED1;102;2026-03-02 08:00",
    "100003;DE LA FONTAINE;;Jean-Pierre;M;1940;MED1;;03/03/2026 22:40",
]


@pytest.fixture(autouse=True)
def _units(session: Any) -> None:
    units.create_unit(session, code="MED1", name="Médecine", kind="medicine",
                      beds=["101", "102", "103"])


def write(tmp_path: Path, lines: list[str], encoding: str = "utf-8", name: str = "c.csv",
          bom: bool = False) -> Path:
    path = tmp_path / name
    data = "\r\n".join(lines).encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def _state(st: Any) -> tuple[Any, dict[str, int]]:
    return audit.head(st), store.counts(st)


def test_a_good_file_is_imported_with_beds_and_ipps(session: Any, tmp_path: Path) -> None:
    result = census_import.import_census(session, write(tmp_path, [HEADER, *GOOD], bom=True))
    assert (result.patients, result.encoding, result.delimiter) == (3, "utf-8-sig", ";")
    census = admissions.unit_census(session, "MED1")
    assert census.beds[0].occupant is not None
    occupant = census.beds[0].occupant.patient
    assert (occupant.ipp, occupant.birth_name, occupant.first_forename) == \
        ("100001", "LEFÈVRE", "Hélène")
    assert occupant.origin == "census" and occupant.provisional_id is None
    assert [e.patient.birth_name for e in census.without_bed] == ["DE LA FONTAINE"]
    assert admissions.find_by_id(session, "100002").used_name == "MARTIN"
    assert admissions.search(session, "fontaine")[0].patient.birth_date == "1940"
    assert census.beds[0].occupant.since == "2026-03-01T09:15:00.000Z"


def test_latin1_with_commas_and_french_headers(session: Any, tmp_path: Path) -> None:
    lines = ["IPP,Nom de naissance,Prénom,Sexe,Date de naissance,Unité,Lit,Date d'entrée",
             "200001,BÉGUIN,Geneviève,F,03/04/1933,MED1,103,05/03/2026 07:30"]
    result = census_import.import_census(session, write(tmp_path, lines, "latin-1"))
    assert (result.encoding, result.delimiter, result.patients) == ("latin-1", ",", 1)
    assert admissions.find_by_id(session, "200001").birth_name == "BÉGUIN"


def test_a_file_with_bad_lines_is_refused_whole_with_every_reason(session: Any,
                                                                  tmp_path: Path) -> None:
    lines = [HEADER, *GOOD,
             "100004;DUPONT;;Paul;M;30/02/1960;MED1;;01/03/2026 10:00",      # 30 February
             "100001;DOUBLE;;Ipp;M;01/01/1960;MED1;;01/03/2026 10:00",       # IPP again
             "100006;;;Sans;M;01/01/1960;MED1;;01/03/2026 10:00",            # no birth name
             "100007;LOIN;;Zoé;F;01/01/1960;NOPE;;01/03/2026 10:00",         # unknown unit
             "100008;LIT;;Léa;F;01/01/1960;MED1;101;01/03/2026 10:00",       # bed taken
             "100009;FUTUR;;Max;M;01/01/1960;MED1;;01/03/2099 10:00",        # future
             "100010;VIEUX;;Old;M;01/01/1850;MED1;;01/03/2026 10:00"]        # age > 130
    before = _state(session.store)
    with pytest.raises(ValidationError) as caught:
        census_import.import_census(session, write(tmp_path, lines))
    message = str(caught.value)
    for line in (5, 6, 7, 8, 9, 10, 11):
        assert f"Ligne {line} :" in message
    assert "n’existe pas" in message and "100001" in message and "NOPE" in message
    assert "rien n’a été enregistré" in message
    assert _state(session.store) == before


def test_missing_columns_are_named(session: Any, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="admitted_at"):
        census_import.import_census(session, write(tmp_path, ["ipp;birth_name", "1;A"]))


def test_the_same_file_twice_is_refused(session: Any, tmp_path: Path) -> None:
    path = write(tmp_path, [HEADER, GOOD[0]])
    census_import.import_census(session, path)
    before = _state(session.store)
    with pytest.raises(ValidationError, match="déjà été importé"):
        census_import.import_census(session, path)
    assert _state(session.store) == before


def test_an_ipp_already_known_is_refused(session: Any, tmp_path: Path) -> None:
    census_import.import_census(session, write(tmp_path, [HEADER, GOOD[0]], name="a.csv"))
    with pytest.raises(ValidationError, match="appartient déjà"):
        census_import.import_census(
            session, write(tmp_path, [HEADER, GOOD[0].replace("101", "103")], name="b.csv"))


def test_empty_and_unreadable_files(session: Any, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="vide"):
        census_import.import_census(session, write(tmp_path, [""]))
    with pytest.raises(ValidationError):
        census_import.import_census(session, write(tmp_path, [HEADER], name="h.csv"))
    with pytest.raises(ValidationError):
        census_import.import_census(session, tmp_path / "missing.csv")


def test_one_import_is_one_audit_entry(session: Any, tmp_path: Path) -> None:
    head = audit.head(session.store)
    assert head is not None
    census_import.import_census(session, write(tmp_path, [HEADER, *GOOD]))
    after = audit.head(session.store)
    assert after is not None and after.seq == head.seq + 1
    assert audit.verify(session.store).ok


def test_a_nurse_may_not_import(make_session: Any, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        census_import.import_census(make_session("nurse"), write(tmp_path, [HEADER, *GOOD]))


def test_markup_and_formulas_are_kept_literally(session: Any, tmp_path: Path) -> None:
    lines = [HEADER, "300001;=cmd|' /C calc'!A0;<b>X</b>;Léa;F;01/01/1960;MED1;;"
                     "01/03/2026 10:00"]
    census_import.import_census(session, write(tmp_path, lines))
    patient = admissions.find_by_id(session, "300001")
    assert patient.birth_name == "=cmd|' /C calc'!A0" and patient.used_name == "<b>X</b>"
