"""The degraded-mode procedure library: shipped content, file validation, import, versions."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from hospcrisis import i18n
from hospcrisis.core import procedures
from hospcrisis.core.security import Role
from hospcrisis.core.units import UNIT_KINDS
from hospcrisis.errors import ConflictError, NotFound, PermissionDenied, ValidationError

from .crisis_support import audit_count


def good_procedure(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": "LOC-PNEUMATIQUE", "version": 1,
        "title": {"fr": "Panne du pneumatique", "en": "Pneumatic tube down"},
        "scope": ["ed", "laboratory"],
        "trigger": {"fr": "Le réseau pneumatique est arrêté.", "en": "The tube is stopped."},
        "forms": ["lab"],
        "steps": [{"role": "nurse_manager", "text": {"fr": "Prévenir les coursiers.",
                                                     "en": "Call the runners."}},
                  {"role": "nurse", "text": "Étiqueter les sachets.",
                   "performer": {"fr": "IDE", "en": "Nurse"}}],
        "return_to_normal": [{"role": "it_recovery", "text": {"fr": "Tester une cartouche.",
                                                              "en": "Test a carrier."}}],
    }
    doc.update(changes)
    return doc


def library(*docs: dict[str, Any]) -> bytes:
    return json.dumps({"format": "hospcrisis.procedures", "format_version": 1,
                       "procedures": list(docs)}, ensure_ascii=False).encode("utf-8")


def nothing_saved(store: Any, audit_before: int) -> bool:
    return (store.scalar("SELECT count(*) FROM crisis_procedure") == 0
            and audit_count(store) == audit_before)


# --- the shipped library ----------------------------------------------------------------------


def test_the_shipped_library_covers_every_area_of_the_issue_in_both_languages() -> None:
    shipped = {p.id: p for p in procedures.shipped_procedures()}
    assert len(shipped) >= 12
    assert {"DM-ADMISSION", "DM-TRIAGE", "DM-PRESCRIPTION", "DM-MAR", "DM-LAB", "DM-IMAGING",
            "DM-TRANSFUSION", "DM-THEATRE", "DM-BIRTHS", "DM-DEATHS", "DM-BEDS",
            "DM-COMMUNICATION", "DM-RETURN"} <= set(shipped)
    for procedure in shipped.values():
        for texts in (procedure.title, procedure.trigger, procedure.summary):
            assert texts.get("fr") and texts.get("en"), procedure.id
        assert procedure.steps and procedure.return_steps, procedure.id
        for step in (*procedure.steps, *procedure.return_steps):
            assert step.text.get("fr") and step.text.get("en"), (procedure.id, step.key)
            assert step.role in {r.value for r in Role} - {Role.VIEWER.value}
        assert set(procedure.forms) <= set(procedures.FORM_NAMES)
        assert all(k == procedures.ALL_UNITS or k in UNIT_KINDS for k in procedure.scope)
    # the texts a French hospital expects to read
    assert "FRENCH" in shipped["DM-TRIAGE"].steps[1].label("fr")
    assert "contrôle ultime" in " ".join(s.label("fr") for s in shipped["DM-TRANSFUSION"].steps)
    assert shipped["DM-THEATRE"].applies_to("theatre")
    assert not shipped["DM-TRIAGE"].applies_to("maternity")
    assert shipped["DM-BEDS"].applies_to("psychiatry")  # scope "all"


def test_the_shipped_files_follow_the_documented_format() -> None:
    folder = procedures.library_folder()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert path.name == data["id"].lower() + ".json"
        assert f"`{data['id']}`" in readme
        for name in procedures.REQUIRED_FIELDS:
            assert f"`{name}`" in readme


def test_texts_follow_the_users_language(session: Any) -> None:
    mar = procedures.get_procedure(session, "dm-mar")
    assert mar.title_text() == "Administration des médicaments sur plan papier"
    with i18n.use_language("en"):
        assert mar.title_text() == "Medication administration on a paper MAR"
    assert [s.key for s in mar.steps][:3] == ["1", "2", "3"]
    assert mar.step("r1").phase == "return"
    with pytest.raises(NotFound):
        mar.step("99")


# --- bad files: every problem listed, nothing saved -------------------------------------------


def test_a_file_with_missing_fields_lists_every_missing_field(session: Any) -> None:
    before = audit_count(session.store)
    broken = good_procedure()
    for name in ("title", "trigger", "return_to_normal"):
        del broken[name]
    broken["steps"][0] = {"text": "Sans rôle"}
    with pytest.raises(ValidationError) as err:
        procedures.import_procedures(session, library(broken))
    text = str(err.value)
    for name in ("title", "trigger", "return_to_normal"):
        assert f"le champ « {name} » est absent" in text
    assert "Rôle responsable est obligatoire" in text
    assert len(err.value.problems) == 4
    assert "rien n’a été enregistré" in text
    assert nothing_saved(session.store, before)


def test_unknown_roles_kinds_and_forms_are_each_reported(session: Any) -> None:
    before = audit_count(session.store)
    doc = good_procedure(scope=["ed", "bloc-op"], forms=["mar", "fax"])
    doc["steps"].append({"role": "doctor", "text": "Prescrire."})
    doc["return_to_normal"].append({"role": "viewer", "text": "Regarder."})
    with pytest.raises(ValidationError) as err:
        procedures.import_procedures(session, library(doc))
    messages = [m for _f, m in err.value.problems]
    assert any("rôle inconnu « doctor »" in m and "étape 3" in m for m in messages)
    assert any("rôle inconnu « viewer »" in m for m in messages)
    assert any("type d’unité inconnu « bloc-op »" in m for m in messages)
    assert any("formulaire inconnu « fax »" in m for m in messages)
    assert len(messages) == 4
    assert all("procédure 1 (LOC-PNEUMATIQUE)" in m for m in messages)
    assert nothing_saved(session.store, before)


def test_duplicate_ids_in_a_file_are_refused(session: Any) -> None:
    before = audit_count(session.store)
    first = good_procedure()
    second = good_procedure(id="loc-pneumatique")  # ids are case-insensitive
    third = good_procedure(id="LOC-AUTRE")
    with pytest.raises(ValidationError) as err:
        procedures.import_procedures(session, library(first, second, third))
    assert [m for _f, m in err.value.problems] == [
        "procédure 2 : l’identifiant LOC-PNEUMATIQUE est déjà utilisé par la procédure 1 de "
        "ce fichier."]
    assert nothing_saved(session.store, before)


def test_problems_of_several_procedures_are_all_listed(session: Any) -> None:
    bad_version = good_procedure(id="A1", version=0)
    bad_id = good_procedure(id="é!")
    unknown_field = good_procedure(id="A3", titel="faute de frappe")
    empty_steps = good_procedure(id="A4", steps=[])
    with pytest.raises(ValidationError) as err:
        procedures.import_procedures(session, library(bad_version, bad_id, unknown_field,
                                                      empty_steps))
    fields = [f for f, _m in err.value.problems]
    assert fields == ["procedures[0].version", "procedures[1].id", "procedures[2].titel",
                      "procedures[3].steps"]


def test_a_10_mb_file_is_refused_before_reading_it(session: Any, tmp_path: Path) -> None:
    before = audit_count(session.store)
    doc = good_procedure(summary={"fr": "x" * 10_000_000})
    path = tmp_path / "enorme.json"
    path.write_bytes(library(doc))
    with pytest.raises(ValidationError) as err:
        procedures.import_procedures(session, path)
    assert "enorme.json est trop volumineux" in str(err.value)
    with pytest.raises(ValidationError):
        procedures.import_procedures(session, path.read_bytes())
    assert nothing_saved(session.store, before)


def test_10_mb_of_text_from_the_editor_is_refused_field_by_field(session: Any) -> None:
    before = audit_count(session.store)
    doc = good_procedure(title={"fr": "T" * 10_000_000, "en": "ok"})
    doc["steps"][0]["text"] = {"fr": "é" * 2000}
    with pytest.raises(ValidationError) as err:
        procedures.save_procedure(session, doc, base_version=None)
    assert [f for f, _m in err.value.problems] == ["procedure.title.fr",
                                                    "procedure.steps[0].text.fr"]
    assert "10000000 caractères" in str(err.value)
    assert nothing_saved(session.store, before)


def test_a_file_that_is_not_json_says_where(session: Any) -> None:
    with pytest.raises(ValidationError) as err:
        procedures.import_procedures(session, b'{"id": "X",\n "version": }', name="x.json")
    assert "x.json n’est pas du JSON valide (ligne 2" in str(err.value)
    with pytest.raises(ValidationError, match="UTF-8"):
        procedures.import_procedures(session, "é".encode("latin-1"), name="y.json")
    with pytest.raises(ValidationError, match="ne contient aucune procédure"):
        procedures.import_procedures(session, library())


# --- import, versions, editor -----------------------------------------------------------------


def test_import_saves_a_new_procedure_once(session: Any) -> None:
    before = audit_count(session.store)
    result = procedures.import_procedures(session, library(good_procedure()), name="loc.json")
    assert result.saved == [("LOC-PNEUMATIQUE", 1)]
    assert audit_count(session.store) == before + 1
    again = procedures.import_procedures(session, library(good_procedure()))
    assert again.saved == [] and again.unchanged == [("LOC-PNEUMATIQUE", 1)]
    assert audit_count(session.store) == before + 1
    found = procedures.get_procedure(session, "LOC-PNEUMATIQUE")
    assert found.origin == "import" and found.saved_by == "admin"
    assert found.steps[1].performer_label() == "IDE"
    assert found.steps[1].label("en") == "Étiqueter les sachets."  # one text, both languages
    assert "LOC-PNEUMATIQUE" in [p.id for p in procedures.list_procedures(session,
                                                                           unit_kind="ed")]
    assert "LOC-PNEUMATIQUE" not in [p.id for p in procedures.list_procedures(
        session, unit_kind="maternity")]


def test_a_hospital_version_overrides_the_shipped_one(session: Any) -> None:
    shipped = procedures.get_procedure(session, "DM-MAR")
    doc = shipped.to_document()
    doc["steps"][0]["text"]["fr"] = "Imprimer le plan papier depuis l’extraction de 6 h."
    with pytest.raises(ValidationError, match="numérotez-la 2"):
        procedures.import_procedures(session, library(doc))
    doc["version"] = 2
    procedures.import_procedures(session, library(doc))
    current = procedures.get_procedure(session, "DM-MAR")
    assert (current.version, current.origin) == (2, "import")
    assert current.steps[0].label().startswith("Imprimer le plan papier depuis")
    assert [(p.version, p.origin) for p in procedures.procedure_versions(session, "DM-MAR")] \
        == [(1, "shipped"), (2, "import")]
    assert procedures.get_procedure(session, "DM-MAR", 1).origin == "shipped"


def test_export_then_import_round_trips(session: Any, tmp_path: Path) -> None:
    data = procedures.export_procedures(session, ["DM-LAB", "dm-beds"])
    decoded = json.loads(data)
    assert [p["id"] for p in decoded["procedures"]] == ["DM-LAB", "DM-BEDS"]
    for doc in decoded["procedures"]:
        doc["version"] += 1
    result = procedures.import_procedures(session, json.dumps(decoded).encode())
    assert result.saved == [("DM-LAB", 2), ("DM-BEDS", 2)]


def test_the_editor_saves_the_next_version_and_detects_a_concurrent_save(session: Any) -> None:
    created = procedures.save_procedure(session, good_procedure(version=99), base_version=None)
    assert created.version == 1 and created.origin == "editor"
    changed = copy.deepcopy(good_procedure())
    changed["title"] = "Pneumatique arrêté"
    second = procedures.save_procedure(session, changed, base_version=1)
    assert second.version == 2 and second.title_text() == "Pneumatique arrêté"
    with pytest.raises(ConflictError):
        procedures.save_procedure(session, changed, base_version=1)
    with pytest.raises(ValidationError, match="existe déjà"):
        procedures.save_procedure(session, good_procedure(), base_version=None)


def test_only_the_crisis_cell_and_admins_manage_the_library(make_session: Any) -> None:
    for role in ("nurse", "nurse_manager", "viewer"):
        with pytest.raises(PermissionDenied):
            procedures.import_procedures(make_session(role), library(good_procedure()))
    result = procedures.import_procedures(make_session("crisis_cell"),
                                          library(good_procedure()))
    assert result.saved
    assert procedures.list_procedures(make_session("viewer"))  # everyone may read
