"""The recovery commands as IT runs them: bundles, merge, conflicts, reconcile, export,
back-loading, printing — and their refusals."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.interop.recovery_support import PASSPHRASE

ENV = {"HOSPCRISIS_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def two_bundles(tmp_path: Path, cli: Callable[..., Any], fast_bundles: None
                ) -> tuple[Path, Path]:
    out = []
    for code, seed in (("URG1", 1), ("URG2", 2)):
        db = tmp_path / f"{code}.db"
        result = cli("--db", db, "demo", "--station", code, "--seed", str(seed),
                     "--admissions", "15")
        assert result.code == 0, result
        file = tmp_path / f"{code}.hcbundle"
        result = cli("--db", db, "bundle", "export", "--out", file, env=ENV)
        assert result.code == 0, result
        assert "URG" in result.out and file.exists()
        out.append(file)
    return out[0], out[1]


def test_gather_merge_reconcile_export_and_track(two_bundles: tuple[Path, Path],
                                                 tmp_path: Path, cli: Callable[..., Any]) -> None:
    recov = tmp_path / "recovery.db"
    result = cli("--db", recov, "bundle", "import", *two_bundles, "--json", env=ENV)
    assert result.code == 0, result
    data = json.loads(result.out)
    assert data["created"] is True and data["station"] == "RECOV"
    assert [b["status"] for b in data["bundles"]] == ["imported", "imported"]
    assert {b["station"] for b in data["bundles"]} == {"URG1", "URG2"}
    assert all(set(b) >= {"records", "new", "updated", "unchanged", "conflicts", "aside"}
               for b in data["bundles"])
    again = json.loads(cli("--db", recov, "bundle", "import", two_bundles[1], "--json",
                           env=ENV).out)
    assert again["bundles"][0]["status"] == "already_imported"
    assert again["content_hash"] == data["content_hash"]
    status = json.loads(cli("--db", recov, "bundle", "status", "--json").out)
    assert status["content_hash"] == data["content_hash"]
    assert set(status) >= {"station", "bundles", "stations", "records", "conflicts_open",
                           "conflicts_settled", "aside"}
    assert status["records"]["patient"]["live"] > 0
    assert json.loads(cli("--db", recov, "conflicts", "list", "--json").out) == []

    pending = json.loads(cli("--db", recov, "reconcile", "list", "--pending", "--json").out)
    first, second = pending[0], pending[1]
    assert set(first) >= {"provisional_id", "ipp", "name", "reconciled"}
    result = cli("--db", recov, "reconcile", "set", first["provisional_id"], "800001")
    assert result.code == 0, result
    csv = tmp_path / "reconcile.csv"
    csv.write_text(f"provisional_id;ipp\n{second['provisional_id']};800002\n",
                   encoding="utf-8")
    result = cli("--db", recov, "reconcile", "import", csv, "--json")
    assert result.code == 0 and json.loads(result.out)["created"] == 1
    listing = tmp_path / "sih.csv"
    listing.write_text("ipp;nom;prenom;sexe;date_naissance\n900001;DUPONT;Marie;F;1980\n",
                       encoding="utf-8")
    proposals = json.loads(cli("--db", recov, "reconcile", "propose", "--patients", listing,
                               "--json").out)
    assert all(set(p) >= {"provisional_id", "candidates"} for p in proposals)

    for fmt, extra in (("hl7", ["--batch"]), ("fhir", []), ("csv", ["--delimiter", ","])):
        result = cli("--db", recov, "export", "--format", fmt, "--out", tmp_path / "out",
                     *extra, "--json")
        assert result.code == 0, result
        exported = json.loads(result.out)
        assert exported["format"] == fmt and Path(exported["folder"]).is_dir()
        assert len(exported["digest"]) == 64

    result = cli("--db", recov, "backload", "mark", "patient", "--all", "--by", "Bureau des "
                 "entrées")
    assert result.code == 0, result
    progress = json.loads(cli("--db", recov, "backload", "status", "--json").out)
    by_type = {t["type"]: t for t in progress["by_type"]}
    assert by_type["patient"]["remaining"] == 0 and by_type["patient"]["exported"] > 0
    remaining = json.loads(cli("--db", recov, "backload", "remaining", "--type", "admission",
                               "--json").out)
    assert remaining and all(r["type"] == "admission" for r in remaining)
    report = json.loads(cli("--db", recov, "backload", "report", "--json").out)
    assert report["reconciled"] == 2 and report["content_hash"] == data["content_hash"]

    for form in ("remaining", "report"):
        pdf = tmp_path / f"{form}.pdf"
        result = cli("--db", recov, "print", form, "--out", pdf)
        assert result.code == 0, result
        assert pdf.read_bytes().startswith(b"%PDF")
    assert cli("--db", recov, "verify").code == 0


def test_a_wrong_passphrase_creates_nothing(two_bundles: tuple[Path, Path], tmp_path: Path,
                                            cli: Callable[..., Any]) -> None:
    recov = tmp_path / "recovery.db"
    result = cli("--db", recov, "bundle", "import", two_bundles[0],
                 env={"HOSPCRISIS_PASSPHRASE": "pas la bonne phrase"})
    assert result.code == 2
    assert "Phrase secrète incorrecte" in result.err
    assert not recov.exists()


def test_a_damaged_bundle_among_others_refuses_all(two_bundles: tuple[Path, Path],
                                                   tmp_path: Path,
                                                   cli: Callable[..., Any]) -> None:
    damaged = tmp_path / "damaged.hcbundle"
    data = bytearray(two_bundles[1].read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    recov = tmp_path / "recovery.db"
    result = cli("--db", recov, "bundle", "import", two_bundles[0], damaged, env=ENV)
    assert result.code == 2
    assert "damaged.hcbundle" in result.err
    assert not recov.exists()


def test_settling_a_conflict_from_the_command_line(tmp_path: Path, cli: Callable[..., Any],
                                                   fast_bundles: None) -> None:
    from hospcrisis.core import admissions, recovery, users
    from hospcrisis.core.identity import IdentityInput
    from hospcrisis.interop import bundle
    from hospcrisis.store.database import open_store

    files = []
    for code in ("URG1", "URG2"):
        assert cli("--db", tmp_path / f"{code}.db", "init", "--station", code).code == 0
    stores = {c: open_store(tmp_path / f"{c}.db") for c in ("URG1", "URG2")}
    try:
        s1, s2 = (users.login(stores[c], "admin", "admin-pass-1") for c in ("URG1", "URG2"))
        reg = admissions.register_arrival(s1, IdentityInput(
            birth_name="DUPONT", first_forename="Marie", sex="F", birth_date="1980"),
            admissions.ArrivalInput())
        first = tmp_path / "u1.hcbundle"
        bundle.export_station_bundle(s1, first, PASSPHRASE)
        recovery.merge_bundles(s2, bundle.read_bundles([first], PASSPHRASE))
        for session, name in ((s1, "DUPOND"), (s2, "DUPONTE")):
            admissions.update_identity(session, reg.patient.id, IdentityInput(
                birth_name=name, first_forename="Marie", sex="F", birth_date="1980"))
        for code, session in (("URG1", s1), ("URG2", s2)):
            file = tmp_path / f"{code}-2.hcbundle"
            bundle.export_station_bundle(session, file, PASSPHRASE)
            files.append(file)
    finally:
        for store in stores.values():
            store.close()
    recov = tmp_path / "recovery.db"
    result = cli("--db", recov, "bundle", "import", *files, env=ENV)
    assert result.code == 0 and "1 conflit" in result.out, result
    conflicts = json.loads(cli("--db", recov, "conflicts", "list", "--json").out)
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert conflict["differences"]["birth_name"] == ["DUPONT", "DUPOND", "DUPONTE"] or \
        set(conflict["differences"]["birth_name"]) == {"DUPONT", "DUPOND", "DUPONTE"}
    shown = cli("--db", recov, "conflicts", "show", conflict["id"])
    assert shown.code == 0 and "DUPONTE" in shown.out
    assert cli("--db", recov, "export", "--format", "hl7", "--out", tmp_path / "x").code == 5
    result = cli("--db", recov, "conflicts", "settle", conflict["id"], "--keep", "URG2",
                 "--set", "first_forename=Marie-Anne", "--reason", "Pièce d'identité vue")
    assert result.code == 0, result
    assert json.loads(cli("--db", recov, "conflicts", "list", "--json").out) == []
    settled = json.loads(cli("--db", recov, "conflicts", "list", "--all", "--json").out)
    assert settled[0]["state"] == "settled"


def test_no_passphrase_and_no_terminal_is_a_clear_refusal(tmp_path: Path,
                                                          cli: Callable[..., Any],
                                                          station_db: Path) -> None:
    result = cli("--db", station_db, "bundle", "export", "--out", tmp_path / "x.hcbundle")
    assert result.code != 0 and "terminal" in result.err
