"""Station bundle files: everything a workstation holds, in one encrypted, authenticated file
that travels on a USB key.

File layout (all integers big-endian)::

    MAGIC              8 bytes   b"HCBUNDLE"
    header length      4 bytes
    header             UTF-8 JSON, sorted keys:
                         {"format": "hospcrisis-station-bundle", "format_version": 1,
                          "cipher": "AES-256-GCM",
                          "kdf": {"name": "scrypt", "log_n": 17, "r": 8, "p": 1,
                                  "salt": <base64, 16 bytes>},
                          "nonce": <base64, 12 bytes>, "key_check": <base64, 16 bytes>}
    ciphertext         AES-256-GCM(zlib(plaintext)), 16-byte tag at the end; the associated
                       data is MAGIC + header length + header, so the clear header is
                       authenticated too.

The passphrase (NFC, UTF-8) goes through scrypt (n = 2^17, r = 8, p = 1) into 64 bytes: the
first 32 are the AES key, the last 32 give `key_check` (HMAC-SHA256 of a constant, 16 bytes),
which tells a wrong passphrase from a damaged file.

The plaintext is the *manifest* (one JSON line: station, schema version, counts per record
type, audit chain head, SHA-256 and size of the body…), a newline, then the *body*: sections,
each a JSON header line followed by its lines::

    {"section": "table", "table": "patient", "columns": [...], "count": N}
    N lines, each the canonical JSON array of one row's values (column-name order)
    {"section": "versions", "table": ..., "columns": [...], "count": N}   staged versions
    {"section": "chain", "station": "URG1", "count": N}
    N lines, each an audit entry as a JSON array (`store.recovery.CHAIN_COLUMNS` order)

A file is written under a temporary name in the target folder, fsynced, re-read and decrypted,
renamed, then re-read and compared: a USB key pulled out mid-write leaves the previous file or
a complete new one.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import struct
import unicodedata
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from hospcrisis.core import recovery
from hospcrisis.core.session import Session
from hospcrisis.errors import LocationNotWritable, ValidationError
from hospcrisis.i18n import _
from hospcrisis.store.database import fsync_dir
from hospcrisis.store.recovery import CHAIN_COLUMNS

MAGIC = b"HCBUNDLE"
FORMAT = recovery.BUNDLE_FORMAT
FORMAT_VERSION = recovery.BUNDLE_FORMAT_VERSION
CIPHER = "AES-256-GCM"

# scrypt cost (DOMAIN.md: n = 2^17, r = 8, p = 1); tests lower SCRYPT_LOG_N to stay fast.
SCRYPT_LOG_N = 17
SCRYPT_R = 8
SCRYPT_P = 1
# What a reader accepts from a header (a damaged header must not ask for gigabytes).
LOG_N_RANGE = (10, 18)
MAX_HEADER = 64 * 1024
MIN_PASSPHRASE = 10
COMPRESSION = 6
SUFFIX = ".hcbundle"

_KEY_CHECK_INFO = b"hospcrisis station bundle key check v1"
_SQLITE = b"SQLite format 3\x00"

Progress = Callable[[int, int], None]


class BundleRefused(ValidationError):
    """A bundle file that cannot be read; nothing was changed."""


class NotABundle(BundleRefused):
    """The file is not a hospcrisis station bundle."""


class WrongPassphrase(BundleRefused):
    """The passphrase does not open this bundle."""


class DamagedBundle(BundleRefused):
    """The bundle was altered, damaged or cut short."""


class NewerBundle(BundleRefused):
    """The bundle was written by a newer hospcrisis."""


# =============================================================================================
# Keys


def _derive(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(AES key, key check) from the passphrase."""
    n = 1 << log_n
    material = hashlib.scrypt(unicodedata.normalize("NFC", passphrase).encode("utf-8"),
                              salt=salt, n=n, r=r, p=p, maxmem=256 * n * r * p + (1 << 20),
                              dklen=64)
    check = hmac.new(material[32:], _KEY_CHECK_INFO, hashlib.sha256).digest()[:16]
    return material[:32], check


def check_passphrase(passphrase: str) -> str:
    """The passphrase when long enough to protect patient data on a USB key."""
    if len(passphrase or "") < MIN_PASSPHRASE:
        message = _("The passphrase must have at least {n} characters: the bundle holds "
                    "patient data and may be lost on the way.", n=MIN_PASSPHRASE)
        raise ValidationError(message, [("passphrase", message)])
    return passphrase


# =============================================================================================
# Writing


def _body(content: recovery.BundleContent) -> bytes:
    parts: list[str] = []
    append = parts.append
    for kind, sections in (("table", content.tables), ("versions", content.versions)):
        for section in sections:
            append(json.dumps({"section": kind, "table": section.table,
                               "columns": list(section.columns), "count": len(section.lines)},
                              sort_keys=True, separators=(",", ":")))
            parts.extend(section.lines)
    for chain in content.chains:
        append(json.dumps({"section": "chain", "station": chain.station,
                           "count": len(chain.entries)}, sort_keys=True,
                          separators=(",", ":")))
        parts.extend(recovery.encode_values(e) for e in chain.entries)
    return ("\n".join(parts) + "\n").encode("utf-8") if parts else b""


def encode_bundle(content: recovery.BundleContent, passphrase: str, *,
                  log_n: int | None = None) -> tuple[bytes, bytes, str]:
    """(file bytes, AES key, payload SHA-256) of a bundle — no file written."""
    body = _body(content)
    body_sha = hashlib.sha256(body).hexdigest()
    manifest = {**content.manifest, "body_sha256": body_sha, "body_bytes": len(body)}
    plaintext = json.dumps(manifest, sort_keys=True, ensure_ascii=False,
                           separators=(",", ":")).encode("utf-8") + b"\n" + body
    salt, nonce = os.urandom(16), os.urandom(12)
    cost = SCRYPT_LOG_N if log_n is None else log_n
    key, check = _derive(passphrase, salt, cost, SCRYPT_R, SCRYPT_P)
    b64 = base64.b64encode
    header = json.dumps({
        "format": FORMAT, "format_version": FORMAT_VERSION, "cipher": CIPHER,
        "kdf": {"name": "scrypt", "log_n": cost, "r": SCRYPT_R, "p": SCRYPT_P,
                "salt": b64(salt).decode()},
        "nonce": b64(nonce).decode(), "key_check": b64(check).decode(),
    }, sort_keys=True, separators=(",", ":")).encode("utf-8")
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ciphertext = AESGCM(key).encrypt(nonce, zlib.compress(plaintext, COMPRESSION), prefix)
    return prefix + ciphertext, key, body_sha


def write_bundle(content: recovery.BundleContent, path: Path | str,
                 passphrase: str) -> recovery.WrittenBundle:
    """Encrypt `content` into `path`, safely (temporary name, fsync, re-read and decrypt,
    rename, re-read and compare). Side effect: the file (an earlier file is replaced only by a
    complete, verified one)."""
    check_passphrase(passphrase)
    target = Path(path).expanduser()
    if target.is_dir():
        raise ValidationError(_("{path} is a folder: give a file name for the bundle.",
                                path=target))
    data, key, body_sha = encode_bundle(content, passphrase)
    digest = hashlib.sha256(data).hexdigest()
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _decode(tmp.read_bytes(), None, key=key)
        tmp.replace(target)
        fsync_dir(target.parent)
        if hashlib.sha256(target.read_bytes()).hexdigest() != digest:
            raise DamagedBundle(_("{path} does not read back as written: the medium is "
                                  "faulty. Write the bundle again on another key.",
                                  path=target))
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise LocationNotWritable(_("The bundle could not be written to {path}: {reason}. "
                                    "Any earlier bundle there is intact.", path=target,
                                    reason=exc.strerror or exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    counts = dict(content.manifest.get("counts") or {})
    return recovery.WrittenBundle(str(target), len(data), digest, body_sha, content.station,
                                  counts, str(content.manifest.get("audit_head") or ""))


def export_station_bundle(session: Session, path: Path | str, passphrase: str, *,
                          progress: Progress | None = None) -> recovery.WrittenBundle:
    """`hospcrisis bundle export`: this station's bundle written to `path`.

    Side effects: the file; one audit entry `recovery.bundle.export` (see
    `core.recovery.export_bundle`). Refused before anything is written when the passphrase is
    too short."""
    check_passphrase(passphrase)
    return recovery.export_bundle(session, lambda c: write_bundle(c, path, passphrase),
                                  progress=progress)


# =============================================================================================
# Reading


def _header(data: bytes, name: str) -> tuple[dict[str, Any], bytes, bytes]:
    if data.startswith(_SQLITE):
        raise NotABundle(_("{file} is a database, not a station bundle: on that station, "
                           "write a bundle with “hospcrisis bundle export”.", file=name))
    if not data.startswith(MAGIC):
        if not data:
            raise DamagedBundle(_("{file} is empty: the copy did not finish. Copy the bundle "
                                  "again.", file=name))
        if MAGIC.startswith(data[:len(MAGIC)]):
            raise DamagedBundle(_("{file} is cut short: the copy did not finish. Copy the "
                                  "bundle again.", file=name))
        raise NotABundle(_("{file} is not a hospcrisis station bundle (it comes from another "
                           "program, or is another kind of file). Nothing was imported.",
                           file=name))
    if len(data) < len(MAGIC) + 4:
        raise DamagedBundle(_("{file} is cut short: the copy did not finish. Copy the bundle "
                              "again.", file=name))
    (length,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    end = len(MAGIC) + 4 + length
    if length > MAX_HEADER or end > len(data):
        raise DamagedBundle(_("{file} is damaged or cut short (its header cannot be read). "
                              "Copy the bundle again from the station.", file=name))
    try:
        header = json.loads(data[len(MAGIC) + 4:end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DamagedBundle(_("{file} is damaged (its header cannot be read). Copy the bundle "
                              "again from the station.", file=name)) from exc
    if not isinstance(header, dict):
        raise DamagedBundle(_("{file} is damaged (its header cannot be read). Copy the bundle "
                              "again from the station.", file=name))
    return header, data[:end], data[end:]


def _params(header: dict[str, Any], name: str) -> tuple[int, int, int, bytes, bytes, bytes]:
    damaged = DamagedBundle(_("{file} is damaged (its header does not make sense). Copy the "
                              "bundle again from the station.", file=name))
    if header.get("format") != FORMAT:
        raise NotABundle(_("{file} is not a hospcrisis station bundle. Nothing was imported.",
                           file=name))
    version = header.get("format_version")
    if not isinstance(version, int):
        raise damaged
    if version > FORMAT_VERSION:
        raise NewerBundle(_("{file} was written by a newer version of hospcrisis (bundle "
                            "format {found}; this program reads {known}). Import it with the "
                            "newer version.", file=name, found=version, known=FORMAT_VERSION))
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt" or header.get("cipher") != CIPHER:
        raise damaged
    try:
        log_n, r, p = int(kdf["log_n"]), int(kdf["r"]), int(kdf["p"])
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        check = base64.b64decode(header["key_check"], validate=True)
    except (KeyError, TypeError, ValueError) as exc:
        raise damaged from exc
    if not (LOG_N_RANGE[0] <= log_n <= LOG_N_RANGE[1] and r == SCRYPT_R and 1 <= p <= 4
            and 16 <= len(salt) <= 64 and len(nonce) == 12 and len(check) == 16):
        raise damaged
    return log_n, r, p, salt, nonce, check


def _decode(data: bytes, passphrase: str | None, *, name: str = "",
            key: bytes | None = None) -> recovery.BundleContent:
    """Decrypt and parse bundle bytes; every failure is a `BundleRefused` with a message."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    name = name or _("the bundle")
    header, aad, ciphertext = _header(data, name)
    log_n, r, p, salt, nonce, check = _params(header, name)
    if key is None:
        key, expected = _derive(passphrase or "", salt, log_n, r, p)
        if not hmac.compare_digest(expected, check):
            raise WrongPassphrase(_("Wrong passphrase for {file}: it does not open this "
                                    "bundle. Nothing was imported.", file=name))
    if len(ciphertext) < 16:
        raise DamagedBundle(_("{file} is cut short: the copy did not finish. Copy the bundle "
                              "again.", file=name))
    try:
        compressed = AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag as exc:
        raise DamagedBundle(_("{file} was altered or is damaged or cut short: its "
                              "authentication fails, so none of it can be trusted. Nothing was "
                              "imported; copy the bundle again from the station.",
                              file=name)) from exc
    try:
        plaintext = zlib.decompress(compressed)
        cut = plaintext.index(b"\n")
        manifest = json.loads(plaintext[:cut].decode("utf-8"))
        body = plaintext[cut + 1:]
    except (zlib.error, ValueError, UnicodeDecodeError) as exc:
        raise DamagedBundle(_("{file} is damaged (its content cannot be read). Nothing was "
                              "imported.", file=name)) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise NotABundle(_("{file} is not a hospcrisis station bundle. Nothing was imported.",
                           file=name))
    body_sha = hashlib.sha256(body).hexdigest()
    if body_sha != manifest.get("body_sha256") or len(body) != manifest.get("body_bytes"):
        raise DamagedBundle(_("{file}: its content does not match its manifest (SHA-256). "
                              "Nothing was imported.", file=name))
    try:
        return _sections(manifest, body, name, body_sha)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise DamagedBundle(_("{file} is damaged (its content cannot be read). Nothing was "
                              "imported.", file=name)) from exc


def _sections(manifest: dict[str, Any], body: bytes, name: str,
              body_sha: str) -> recovery.BundleContent:
    lines = body.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    tables: list[recovery.Section] = []
    versions: list[recovery.Section] = []
    chains: list[recovery.ChainSection] = []
    i = 0
    while i < len(lines):
        head = json.loads(lines[i])
        count = int(head["count"])
        chunk = lines[i + 1:i + 1 + count]
        if len(chunk) != count:
            raise ValueError("section cut short")
        i += 1 + count
        kind = head["section"]
        if kind == "chain":
            entries = [json.loads(line) for line in chunk]
            if any(len(e) != len(CHAIN_COLUMNS) for e in entries):
                raise ValueError("bad audit entry")
            chains.append(recovery.ChainSection(str(head["station"]), entries))
        elif kind in ("table", "versions"):
            section = recovery.Section(str(head["table"]), tuple(head["columns"]), chunk)
            (tables if kind == "table" else versions).append(section)
        else:
            raise ValueError(f"unknown section {kind}")
    return recovery.BundleContent(manifest, tables, versions, chains, name, body_sha)


def read_bundle(path: Path | str, passphrase: str) -> recovery.BundleContent:
    """Open, authenticate and parse a bundle file (read-only). Raises `NotABundle`,
    `WrongPassphrase`, `DamagedBundle` or `NewerBundle` with a message naming the file."""
    file = Path(path).expanduser()
    try:
        data = file.read_bytes()
    except IsADirectoryError as exc:
        raise NotABundle(_("{file} is a folder, not a station bundle.", file=file)) from exc
    except OSError as exc:
        raise BundleRefused(_("Cannot read {file}: {reason}", file=file,
                              reason=exc.strerror or exc)) from exc
    return _decode(data, passphrase, name=file.name)


def decode_bundle(data: bytes, passphrase: str, name: str = "") -> recovery.BundleContent:
    """`read_bundle` for bytes already in memory (tests, the GUI's drag and drop)."""
    return _decode(data, passphrase, name=name)


def read_bundles(paths: Sequence[Path | str], passphrase: str) -> list[recovery.BundleContent]:
    """Read every bundle; when any cannot be read, raise one `BundleRefused` listing every
    file and why (a single bad file raises its own error). Read-only."""
    contents: list[recovery.BundleContent] = []
    problems: list[tuple[str, str]] = []
    refused: list[BundleRefused] = []
    for path in paths:
        try:
            contents.append(read_bundle(path, passphrase))
        except BundleRefused as exc:
            problems.append((str(path), exc.message))
            refused.append(exc)
    if len(refused) == 1:
        raise refused[0]
    if refused:
        raise BundleRefused(_("No bundle was imported: {n} file(s) cannot be read, listed "
                              "below. Nothing was changed.", n=len(problems)), problems)
    return contents


def import_station_bundles(session: Session, paths: Sequence[Path | str], passphrase: str, *,
                           progress: Progress | None = None) -> recovery.MergeResult:
    """`hospcrisis bundle import`: read every bundle (all must open, authenticate and check
    out, else none is imported and every problem is listed), then merge them in one audited
    transaction (`core.recovery.merge_bundles`)."""
    from hospcrisis.core.security import Permission

    session.require(Permission.RECOVERY_MERGE)
    return recovery.merge_bundles(session, read_bundles(paths, passphrase), progress=progress)
