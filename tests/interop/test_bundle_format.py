"""Station bundle files: encrypted, authenticated, refused whole when anything is wrong."""

from __future__ import annotations

import base64
import json
import os
import random
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from hospcrisis.core import admissions, recovery
from hospcrisis.core.identity import IdentityInput
from hospcrisis.core.session import Session
from hospcrisis.errors import LocationNotWritable, ValidationError
from hospcrisis.interop import bundle
from hospcrisis.store import audit
from tests.interop.recovery_support import (
    PASSPHRASE,
    audit_count,
    bundle_bytes,
    dump,
)


def _station_with_patient(stations: Callable[..., Session], code: str = "URG1") -> Session:
    session = stations(code)
    admissions.register_arrival(session, IdentityInput(
        birth_name="LE GALL", first_forename="Anne-Laure", sex="F", birth_date="12/05/1984"),
        admissions.ArrivalInput(complaint="Douleur thoracique"))
    return session


def _header(data: bytes) -> dict:
    (length,) = struct.unpack(">I", data[8:12])
    return json.loads(data[12:12 + length])


def test_a_bundle_reads_back_with_everything_the_station_holds(
        stations: Callable[..., Session]) -> None:
    session = _station_with_patient(stations)
    data = bundle_bytes(session)
    assert data.startswith(bundle.MAGIC)
    header = _header(data)
    assert header["cipher"] == "AES-256-GCM"
    assert header["kdf"]["name"] == "scrypt"
    assert len(base64.b64decode(header["kdf"]["salt"])) == 16
    assert len(base64.b64decode(header["nonce"])) == 12
    # the clear part says nothing about patients
    assert b"LE GALL" not in data and b"URG1-" not in data
    content = bundle.decode_bundle(data, PASSPHRASE, "urg1.hcbundle")
    manifest = content.manifest
    assert manifest["station"] == "URG1"
    assert manifest["counts"]["patient"] == 1
    assert manifest["counts"]["admission"] == 1
    assert manifest["audit_head"] == str(audit.head(session.store))
    assert len(manifest["body_sha256"]) == 64
    tables = {s.table: s for s in content.tables}
    assert "LE GALL" in tables["patient"].lines[0]
    own = next(c for c in content.chains if c.station == "URG1")
    assert len(own.entries) == audit.head(session.store).seq


def test_the_real_key_derivation_cost_is_scrypt_2_17() -> None:
    assert bundle.SCRYPT_LOG_N == 17 and bundle.SCRYPT_R == 8 and bundle.SCRYPT_P == 1


def test_a_bundle_written_at_the_default_cost_says_so(
        stations: Callable[..., Session], monkeypatch: pytest.MonkeyPatch) -> None:
    session = stations("URG1")
    monkeypatch.setattr(bundle, "SCRYPT_LOG_N", 17)
    data, _key, _sha = bundle.encode_bundle(recovery.snapshot(session), PASSPHRASE)
    assert _header(data)["kdf"] == {**_header(data)["kdf"], "log_n": 17, "r": 8, "p": 1}
    assert bundle.decode_bundle(data, PASSPHRASE).station == "URG1"


def test_export_writes_verifies_and_audits(stations: Callable[..., Session],
                                           tmp_path: Path) -> None:
    session = _station_with_patient(stations)
    before = audit_count(session)
    written = bundle.export_station_bundle(session, tmp_path / "usb" / "urg1.hcbundle",
                                           PASSPHRASE)
    assert Path(written.path).exists()
    assert not list((tmp_path / "usb").glob(".*tmp"))
    assert written.counts["patient"] == 1
    assert audit_count(session) == before + 1
    from hospcrisis.store.foundation import audit_entries

    entry = audit_entries(session.store, limit=1)[0]
    assert entry["action"] == "recovery.bundle.export"
    assert written.file_sha256 in entry["after"]
    content = bundle.read_bundle(written.path, PASSPHRASE)
    # the bundle holds the chain up to (not including) its own export entry
    assert content.manifest["audit_head"].startswith(f"{before}:")


def test_a_short_passphrase_is_refused_before_anything_is_written(
        stations: Callable[..., Session], tmp_path: Path) -> None:
    session = stations("URG1")
    before = audit_count(session)
    with pytest.raises(ValidationError, match="10"):
        bundle.export_station_bundle(session, tmp_path / "x.hcbundle", "court")
    assert not (tmp_path / "x.hcbundle").exists()
    assert audit_count(session) == before


def test_a_failed_write_leaves_the_previous_bundle_intact(
        stations: Callable[..., Session], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    session = _station_with_patient(stations)
    target = tmp_path / "urg1.hcbundle"
    bundle.export_station_bundle(session, target, PASSPHRASE)
    previous = target.read_bytes()
    before = audit_count(session)

    def pulled_out(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", pulled_out)
    with pytest.raises(LocationNotWritable):
        bundle.export_station_bundle(session, target, PASSPHRASE)
    assert target.read_bytes() == previous
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert audit_count(session) == before  # the export was not recorded


# --- bad input: a clear message, nothing changed -------------------------------------------


@pytest.fixture
def recovery_db(stations: Callable[..., Session]) -> Session:
    return stations("RECOV")


def _unchanged(recovery_db: Session) -> tuple[int, dict]:
    return audit_count(recovery_db), dump(recovery_db)


def test_a_wrong_passphrase_is_said_so_and_nothing_changes(
        stations: Callable[..., Session], recovery_db: Session, tmp_path: Path) -> None:
    file = tmp_path / "urg1.hcbundle"
    file.write_bytes(bundle_bytes(_station_with_patient(stations)))
    before = _unchanged(recovery_db)
    with pytest.raises(bundle.WrongPassphrase, match=r"urg1\.hcbundle"):
        bundle.import_station_bundles(recovery_db, [file], "pas la bonne phrase")
    assert _unchanged(recovery_db) == before


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n" + bytes(200),
    b"nom;prenom\nDUPONT;Marie\n",
    b"PK\x03\x04" + bytes(100),
])
def test_a_file_from_another_program_is_refused(recovery_db: Session, tmp_path: Path,
                                                content: bytes) -> None:
    file = tmp_path / "not-a-bundle.hcbundle"
    file.write_bytes(content)
    before = _unchanged(recovery_db)
    with pytest.raises(bundle.NotABundle, match=r"not-a-bundle"):
        bundle.import_station_bundles(recovery_db, [file], PASSPHRASE)
    assert _unchanged(recovery_db) == before


def test_a_database_given_instead_of_a_bundle_is_refused_with_advice(
        recovery_db: Session, station_db: Path) -> None:
    with pytest.raises(bundle.NotABundle, match="bundle export"):
        bundle.import_station_bundles(recovery_db, [station_db], PASSPHRASE)


def test_one_bad_file_refuses_them_all(stations: Callable[..., Session],
                                       recovery_db: Session, tmp_path: Path) -> None:
    good = tmp_path / "good.hcbundle"
    good.write_bytes(bundle_bytes(_station_with_patient(stations)))
    bad = tmp_path / "bad.hcbundle"
    bad.write_bytes(good.read_bytes()[:-1])
    before = _unchanged(recovery_db)
    with pytest.raises(bundle.BundleRefused):
        bundle.import_station_bundles(recovery_db, [good, bad], PASSPHRASE)
    assert _unchanged(recovery_db) == before


def test_truncated_bundles_are_refused(stations: Callable[..., Session]) -> None:
    data = bundle_bytes(_station_with_patient(stations))
    for length in (0, 3, 8, 11, 12, 40, len(data) // 2, len(data) - 16, len(data) - 1):
        with pytest.raises(bundle.BundleRefused):
            bundle.decode_bundle(data[:length], PASSPHRASE, "cut.hcbundle")


def test_every_single_byte_corruption_is_refused(stations: Callable[..., Session]) -> None:
    """1,000 flipped bytes at random positions (seeded): 100% refused."""
    data = bundle_bytes(_station_with_patient(stations))
    rng = random.Random(2026)
    refused = 0
    for _ in range(1000):
        position = rng.randrange(len(data))
        damaged = bytearray(data)
        damaged[position] ^= rng.randrange(1, 256)
        try:
            bundle.decode_bundle(bytes(damaged), PASSPHRASE, "x")
        except bundle.BundleRefused:
            refused += 1
    assert refused == 1000


def test_a_bundle_from_a_newer_format_is_refused(stations: Callable[..., Session]) -> None:
    data = bundle_bytes(stations("URG1"))
    (length,) = struct.unpack(">I", data[8:12])
    header = _header(data)
    header["format_version"] = bundle.FORMAT_VERSION + 1
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    newer = bundle.MAGIC + struct.pack(">I", len(raw)) + raw + data[12 + length:]
    with pytest.raises(bundle.NewerBundle, match=r"newer|récente"):
        bundle.decode_bundle(newer, PASSPHRASE)


def test_a_bundle_from_a_newer_schema_changes_nothing(stations: Callable[..., Session],
                                                      recovery_db: Session) -> None:
    from hospcrisis.store import schema

    source = _station_with_patient(stations)
    content = recovery.snapshot(source)
    content.manifest["schema_version"] = schema.SCHEMA_VERSION + 1
    data, _key, _sha = bundle.encode_bundle(content, PASSPHRASE)
    read = bundle.decode_bundle(data, PASSPHRASE, "newer.hcbundle")
    before = _unchanged(recovery_db)
    with pytest.raises(ValidationError, match=r"newer\.hcbundle"):
        recovery.merge_bundles(recovery_db, [read])
    assert _unchanged(recovery_db) == before


def test_a_rewritten_audit_chain_is_refused(stations: Callable[..., Session],
                                            recovery_db: Session) -> None:
    """Encrypted with the right passphrase, but an audit entry was edited before: refused."""
    source = _station_with_patient(stations)
    content = recovery.snapshot(source)
    own = content.chains[0]
    from hospcrisis.store.recovery import CHAIN_COLUMNS

    own.entries[1][CHAIN_COLUMNS.index("username")] = "intrus"
    data, _key, _sha = bundle.encode_bundle(content, PASSPHRASE)
    read = bundle.decode_bundle(data, PASSPHRASE, "edited.hcbundle")
    before = _unchanged(recovery_db)
    with pytest.raises(ValidationError, match="audit"):
        recovery.merge_bundles(recovery_db, [read])
    assert _unchanged(recovery_db) == before


def test_a_chain_cut_short_of_its_manifest_head_is_refused(
        stations: Callable[..., Session], recovery_db: Session) -> None:
    source = _station_with_patient(stations)
    content = recovery.snapshot(source)
    content.chains[0].entries.pop()
    data, _key, _sha = bundle.encode_bundle(content, PASSPHRASE)
    with pytest.raises(ValidationError, match="audit"):
        recovery.merge_bundles(recovery_db, [bundle.decode_bundle(data, PASSPHRASE, "c")])


def test_a_stations_own_bundle_is_refused_on_that_station(
        stations: Callable[..., Session]) -> None:
    session = _station_with_patient(stations)
    content = bundle.decode_bundle(bundle_bytes(session), PASSPHRASE, "own")
    with pytest.raises(ValidationError, match="URG1"):
        recovery.merge_bundles(session, [content])


def test_only_it_recovery_may_merge(stations: Callable[..., Session],
                                    make_session: Callable[[str], Session]) -> None:
    from hospcrisis.errors import PermissionDenied

    content = bundle.decode_bundle(bundle_bytes(_station_with_patient(stations)), PASSPHRASE)
    nurse = make_session("nurse")
    with pytest.raises(PermissionDenied):
        recovery.merge_bundles(nurse, [content])
