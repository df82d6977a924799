"""Station bundles and the merge of every workstation's data into one recovery database.

What a station hands over (`snapshot`, written to an encrypted file by `interop.bundle`):
every row of every *record table* (discovered from the schema, so a new area travels without a
change here), the versions it staged while merging other stations, its whole audit chain and
the chains of the stations it merged. Each row is serialised as one canonical JSON line (its
values in column-name order); the SHA-256 of that line identifies the *content* of a version.

How bundles merge (`merge_bundles`), so that the same bundles in any order, or twice, give the
same result:

* every distinct version of every record is *staged* (`recovery_version`), whatever bundle
  brought it; staging is a set union, hence idempotent and order-independent;
* each record's *winner* is a pure function of its staged versions, of who produced which
  version number (read from the audit chains: an edit's audit entry carries the new version) and
  of the settlements made by a human;
* versions increase by one per edit, so two *different* stations producing the same version
  number of a record — or two different contents under one version number — are divergent
  edits: the record is in **conflict**. Both versions stay staged; a deterministic one is shown
  (a voided version first: a voided record never comes back) until a human settles it
  (`settle_conflict`, audited), which writes a new version above all of them;
* otherwise the highest version wins;
* the winner is written into the database's own tables (ids, versions and authors kept), so
  the admissions services, the duplicate detector and the exports work on the merged data.
  Station accounts and settings are staged only, never written. A record whose unique value
  (a unit code, a census file…) another record already holds is kept *aside*, except an IPP,
  which stays on the lowest record id and is emptied on the other (both patients remain, to be
  merged by a human).

The canonical `content_hash` covers every record's winning content and conflict state plus each
station's audit chain heads.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hospcrisis import __version__, clock
from hospcrisis.core import text
from hospcrisis.core.security import Permission
from hospcrisis.core.session import Session
from hospcrisis.errors import CorruptDatabase, NotFound, ValidationError
from hospcrisis.i18n import _
from hospcrisis.store import audit, schema
from hospcrisis.store import recovery as rstore
from hospcrisis.store.database import Row, Transaction, integrity_check

BUNDLE_FORMAT = "hospcrisis-station-bundle"
BUNDLE_FORMAT_VERSION = 1

# A unique value two records claim: for these columns the value stays on the lowest record id
# and is emptied on the other record (both records stay in use); other collisions keep the
# second record aside.
NULL_ON_COLLISION = frozenset({("patient", "ipp"), ("patient", "provisional_id")})

# Audit actions that copy other stations' data: they produce no version of their own.
_COPY_ACTIONS = ("recovery.bundle.import",)
_OWN_SCAN_KEY = "own_audit_scanned_seq"

Progress = Callable[[int, int], None]


# =============================================================================================
# Canonical rows


def encode_values(values: Sequence[Any]) -> str:
    """The canonical JSON line of a row's values (column-name order): compact, UTF-8 kept."""
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def line_sha(line: str) -> str:
    """SHA-256 of a canonical line: the identity of a version's content."""
    return hashlib.sha256(line.encode("utf-8")).hexdigest()


def layout_id(table: str, columns: Sequence[str]) -> str:
    """A short identifier of a table's column list."""
    return hashlib.sha256("\x1f".join((table, *columns)).encode()).hexdigest()[:16]


def conflict_id(table: str, record_id: str) -> str:
    """The stable id of a record's conflict (`C-3F9A1B2C4D`): the same on every recovery
    database, whatever the import order."""
    return "C-" + hashlib.sha256(f"{table}:{record_id}".encode()).hexdigest()[:10].upper()


# =============================================================================================
# What a bundle holds


@dataclass(frozen=True)
class Section:
    """Rows of one table: the column names and one canonical JSON line per row."""

    table: str
    columns: tuple[str, ...]
    lines: list[str]


@dataclass(frozen=True)
class ChainSection:
    """Audit entries of one station, each a list in `store.recovery.CHAIN_COLUMNS` order."""

    station: str
    entries: list[list[Any]]


@dataclass
class BundleContent:
    """A station bundle once decrypted and checked by `interop.bundle` (or a snapshot about to
    be written). `sha256` is the SHA-256 of the payload body: the bundle's identity."""

    manifest: dict[str, Any]
    tables: list[Section]
    versions: list[Section] = field(default_factory=list)
    chains: list[ChainSection] = field(default_factory=list)
    file_name: str = ""
    sha256: str = ""

    @property
    def station(self) -> str:
        return str(self.manifest.get("station") or "")

    @property
    def record_count(self) -> int:
        return sum(len(s.lines) for s in self.tables)


@dataclass(frozen=True)
class WrittenBundle:
    """A bundle file written and verified."""

    path: str
    size: int
    file_sha256: str
    payload_sha256: str
    station: str
    counts: dict[str, int]
    audit_head: str


# =============================================================================================
# Exporting this station


def snapshot(session: Session) -> BundleContent:
    """Everything this station holds, for a bundle: every record table, the staged versions,
    the audit chain and the chains of stations merged here. Read-only; call it inside a
    transaction for a consistent picture (`export_bundle` does)."""
    session.require(Permission.RECOVERY_BUNDLE_EXPORT)
    st = session.store
    infos = rstore.record_tables(st)
    tables: list[Section] = []
    counts: dict[str, int] = {}
    for name, info in sorted(infos.items()):
        lines = [encode_values(v) for v in rstore.iter_values(st, name, info.canonical)]
        if lines:
            tables.append(Section(name, info.canonical, lines))
            counts[name] = len(lines)
    versions: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    layouts = rstore.layout_columns(st)
    for name in sorted(infos):
        if not rstore.has_versions(st, name):
            continue
        for row in rstore.versions_of_table(st, name):
            table, columns = layouts[row["layout"]]
            versions[(table, columns)].append(row["line"])
    own = [list(e) for e in rstore.iter_own_chain(st)]
    chains = [ChainSection(session.station, own)]
    heads: dict[str, str] = {}
    for station in rstore.chain_stations(st):
        if station == session.station:
            continue
        entries = [list(e) for e in rstore.iter_chain(st, station)]
        chains.append(ChainSection(station, entries))
    for station, seq, digest in rstore.chain_heads(st):
        if station != session.station:
            heads.setdefault(station, f"{seq}:{digest}")
    head = audit.head(st)
    from hospcrisis.core import station as station_mod

    settings = station_mod.settings(st)
    info_station = settings.get("station") or {}
    manifest = {
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_FORMAT_VERSION,
        "station": session.station,
        "station_name": info_station.get("name", ""),
        "hospital": info_station.get("hospital", ""),
        "exercise": bool(settings.get("exercise")),
        "schema_version": schema.SCHEMA_VERSION,
        "app_version": __version__,
        "created_at": clock.now_iso(),
        "created_by": session.username,
        "counts": counts,
        "versions": sum(len(v) for v in versions.values()),
        "audit_head": str(head) if head else "",
        "audit_entries": len(own),
        "chains": heads,
    }
    return BundleContent(manifest, tables,
                         [Section(t, c, lines) for (t, c), lines in sorted(versions.items())],
                         chains)


def export_bundle(session: Session, write: Callable[[BundleContent], WrittenBundle],
                  *, progress: Progress | None = None) -> WrittenBundle:
    """Write this station's bundle with `write` (the file format lives in `interop.bundle`).

    Side effects: the file written by `write`; one audit entry `recovery.bundle.export` with
    the file's name, size, SHA-256, counts and audit head. Refused when the database fails its
    integrity check.
    """
    session.require(Permission.RECOVERY_BUNDLE_EXPORT)
    problems = integrity_check(session.store)
    if problems:
        raise CorruptDatabase(_("The database failed its integrity check ({detail}): no bundle "
                                "was written. Restore the latest verified backup.",
                                detail="; ".join(problems[:3])))
    with session.store.transaction(session.actor, "recovery.bundle.export", "station",
                                   session.station) as tx:
        content = snapshot(session)
        if progress:
            progress(1, 2)
        written = write(content)
        tx.note(file=written.path, size=written.size, file_sha256=written.file_sha256,
                payload_sha256=written.payload_sha256, counts=written.counts,
                audit_head=written.audit_head)
        if progress:
            progress(2, 2)
    return written


# =============================================================================================
# Merging bundles


class _VersionsSummary:
    """A `BundleSummary` seen by a section of staged versions: only conflicts and the version
    count go through; record counts stay those of the bundle's own rows."""

    QUIET = frozenset({"new", "updated", "unchanged", "older", "staged_only", "aside"})

    def __init__(self, summary: BundleSummary) -> None:
        self._summary = summary

    def count(self, table: str, what: str, n: int = 1) -> None:
        if what not in self.QUIET:
            self._summary.count(table, what, n)

    def conflict(self, table: str, record_id: str) -> None:
        self._summary.conflict(table, record_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._summary, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "_summary":
            object.__setattr__(self, name, value)
        else:
            setattr(self._summary, name, value)


@dataclass
class BundleSummary:
    """What one bundle brought (the per-station summary)."""

    station: str
    station_name: str
    file_name: str
    sha256: str
    created_at: str
    status: str  # "imported" | "already_imported"
    records: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    conflicts: int = 0
    aside: int = 0
    staged_only: int = 0
    versions: int = 0
    chain_entries: int = 0
    per_table: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicted: set[tuple[str, str]] = field(default_factory=set, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "station": self.station, "station_name": self.station_name,
            "file": self.file_name, "sha256": self.sha256, "created_at": self.created_at,
            "status": self.status, "records": self.records, "new": self.new,
            "updated": self.updated, "unchanged": self.unchanged, "older": self.older,
            "conflicts": self.conflicts, "aside": self.aside,
            "staged_only": self.staged_only, "versions": self.versions,
            "chain_entries": self.chain_entries, "per_table": self.per_table,
        }

    def conflict(self, table: str, record_id: str) -> None:
        """Count a record in conflict once, however many sections bring versions of it."""
        if (table, record_id) not in self.conflicted:
            self.conflicted.add((table, record_id))
            self.count(table, "conflicts")

    def count(self, table: str, what: str, n: int = 1) -> None:
        setattr(self, what, getattr(self, what) + n)
        slot = self.per_table.setdefault(table, {})
        slot[what] = slot.get(what, 0) + n


@dataclass(frozen=True)
class MergeResult:
    """Per-bundle summaries, in the order the bundles were merged."""

    bundles: tuple[BundleSummary, ...]

    @property
    def conflicts(self) -> int:
        return sum(b.conflicts for b in self.bundles)


def _check_bundle(session: Session, bundle: BundleContent, infos: dict[str, rstore.TableInfo],
                  problems: text.Problems) -> None:
    """Every reason to refuse a bundle, before anything is written."""
    name = bundle.file_name or bundle.station or "?"
    manifest = bundle.manifest
    if manifest.get("format") != BUNDLE_FORMAT:
        problems.add("file", _("{file}: not a hospcrisis station bundle.", file=name))
        return
    found = int(manifest.get("schema_version") or 0)
    if found > schema.SCHEMA_VERSION:
        problems.add("file", _("{file} was written by a newer version of hospcrisis (schema "
                               "{found}, this program knows {known}): import it with the newer "
                               "version.", file=name, found=found, known=schema.SCHEMA_VERSION))
        return
    if bundle.station == session.station:
        problems.add("file", _("{file} comes from this very station ({station}): there is "
                               "nothing to merge.", file=name, station=bundle.station))
        return
    for section in (*bundle.tables, *bundle.versions):
        info = infos.get(section.table)
        if info is None:
            problems.add("file", _("{file} holds a kind of record this version of hospcrisis "
                                   "does not know ({table}): import it with the version that "
                                   "wrote it.", file=name, table=section.table))
            continue
        unknown = [c for c in section.columns if c not in info.columns]
        if unknown or "id" not in section.columns or "version" not in section.columns:
            problems.add("file", _("{file}: the records of {table} have columns this version "
                                   "of hospcrisis does not know ({columns}).", file=name,
                                   table=section.table, columns=", ".join(unknown) or "id"))
    heads = dict(manifest.get("chains") or {})
    own_head = str(manifest.get("audit_head") or "")
    station_at = rstore.CHAIN_COLUMNS.index("station")
    for chain in bundle.chains:
        if any(entry[station_at] != chain.station for entry in chain.entries):
            problems.add("file", _("{file}: the audit chain of station {station} holds entries "
                                   "of another station; the bundle is refused.", file=name,
                                   station=chain.station))
            continue
        expected_text = own_head if chain.station == bundle.station else heads.get(chain.station)
        try:
            expected = audit.Head.parse(expected_text) if expected_text else None
        except ValueError:
            expected = None
        report = _verify_chain(chain, expected)
        if not report.ok:
            problems.add("file", _("{file}: the audit chain of station {station} does not hold "
                                   "together ({detail}); the bundle is refused.", file=name,
                                   station=chain.station, detail=report.problems[0]))
    if own_head and not any(c.station == bundle.station for c in bundle.chains):
        problems.add("file", _("{file}: the audit chain of station {station} is missing.",
                               file=name, station=bundle.station))


def _verify_chain(chain: ChainSection, expected: audit.Head | None) -> audit.ChainReport:
    """Check the hash links of a chain; a chain may hold several branches (a station restored
    from a backup), each verified from the genesis."""
    names = rstore.CHAIN_COLUMNS
    by_hash: dict[str, dict[str, Any]] = {}
    for values in chain.entries:
        item = dict(zip(names, values, strict=True))
        by_hash[item["hash"]] = item
    children = {e["prev_hash"] for e in by_hash.values()}
    tips = [e for h, e in by_hash.items() if h not in children]
    report = audit.ChainReport()
    if not tips and by_hash:
        report.problems.append(_("the chain loops"))
        return report
    for tip in sorted(tips, key=lambda e: (e["seq"], e["hash"])):
        branch: list[dict[str, Any]] = []
        entry: dict[str, Any] | None = tip
        while entry is not None:
            branch.append(entry)
            entry = by_hash.get(entry["prev_hash"])
            if len(branch) > len(by_hash):
                break
        branch.reverse()
        head = expected if expected is not None and tip["seq"] >= expected.seq and \
            any(e["seq"] == expected.seq and e["hash"] == expected.hash for e in branch) \
            else None
        sub = audit.verify_entries(iter(branch), head)
        report.entries += sub.entries
        report.problems.extend(sub.problems)
        report.head = sub.head
    if expected is not None and expected.hash not in by_hash:
        report.problems.append(_("the chain does not reach the head its manifest announces "
                                 "({head})", head=str(expected)))
    return report


@dataclass
class _Version:
    sha: str
    version: int
    stations: frozenset[str]
    row: dict[str, Any]

    @property
    def voided(self) -> bool:
        return bool(self.row.get("voided_at"))


def _decide(versions: Sequence[_Version], producers: dict[int, set[str]],
            settlement: Row | None) -> tuple[_Version, str]:
    """The winner of a record among its staged versions, and its conflict state
    (`""`, `"open"`, `"settled"`). Pure and deterministic."""
    if len({v.sha for v in versions}) == 1:
        return versions[0], ""

    def newest(pool: Sequence[_Version]) -> _Version:
        return sorted(pool, key=lambda v: (-v.version, v.sha))[0]

    if settlement is not None:
        result = str(settlement["content_sha"])
        superseded = set(json.loads(settlement["superseded"])) | {result}
        settler = str(settlement["station"])
        fresh = [v for v in versions if v.sha not in superseded and settler not in v.stations]
        if not fresh:
            pool = [v for v in versions if v.sha not in superseded or v.sha == result]
            return newest(pool or list(versions)), "settled"
        divergent = True
    else:
        by_version: dict[int, set[str]] = defaultdict(set)
        for v in versions:
            by_version[v.version].add(v.sha)
        top = max(v.version for v in versions)
        divergent = any(len(s) > 1 for s in by_version.values()) or \
            any(len(st) > 1 for u, st in producers.items() if u <= top)
    if not divergent:
        return newest(versions), ""
    voided = [v for v in versions if v.voided]
    return newest(voided or list(versions)), "open"


def _productions(station: str, action: str, after: str) -> list[tuple[str, str, int, str]]:
    """Versions an audit entry says its station produced (edits only: version 2 and above)."""
    if action.startswith(_COPY_ACTIONS) or '"version":' not in after:
        return []
    try:
        content = json.loads(after)
    except ValueError:
        return []
    out = []
    if isinstance(content, dict):
        for key, value in content.items():
            if not isinstance(value, dict) or ":" not in key:
                continue
            version = value.get("version")
            if isinstance(version, int) and not isinstance(version, bool) and version >= 2:
                table, _sep, record_id = key.partition(":")
                out.append((table, record_id, version, station))
    return out


class _Merger:
    """One merge transaction: stages, decides and writes, table by table."""

    def __init__(self, session: Session, tx: Transaction,
                 infos: dict[str, rstore.TableInfo]) -> None:
        self.session = session
        self.tx = tx
        self.store = session.store
        self.infos = infos
        self.own = session.station
        self.now = tx.now
        self.recheck: dict[str, set[str]] = defaultdict(set)  # table → ids to re-decide
        self.touched_tables: set[str] = set()
        self.sealed = self._sealed_tables()
        self.layouts_done: set[str] = set()

    @staticmethod
    def _sealed_tables() -> frozenset[str]:
        try:
            from hospcrisis.store import crisis
        except ImportError:  # pragma: no cover - the crisis area is always shipped
            return frozenset()
        return frozenset(getattr(crisis, "SEALED_TABLES", ()))

    # -- chains ------------------------------------------------------------------------------
    def scan_own_chain(self) -> None:
        """Record the versions this database produced itself since the last merge."""
        start = int(rstore.get_state(self.store, _OWN_SCAN_KEY) or 0)
        last = start
        found: list[tuple[str, str, int, str]] = []
        for seq, action, after in rstore.iter_own_audit(self.store, start):
            found.extend(_productions(self.own, action, after))
            last = seq
        if found:
            rstore.add_producers(self.tx, found)
            for table, record_id, _v, _s in found:
                self.recheck[table].add(record_id)
        if last != start:
            rstore.put_state(self.tx, _OWN_SCAN_KEY, str(last))

    def merge_chain(self, chain: ChainSection) -> int:
        known = rstore.known_chain_hashes(self.store, chain.station)
        hash_at = rstore.CHAIN_COLUMNS.index("hash")
        action_at = rstore.CHAIN_COLUMNS.index("action")
        after_at = rstore.CHAIN_COLUMNS.index("after")
        new = [e for e in chain.entries if e[hash_at] not in known]
        if not new:
            return 0
        rstore.insert_chain_entries(self.tx, chain.station, new)
        found: list[tuple[str, str, int, str]] = []
        for entry in new:
            found.extend(_productions(chain.station, entry[action_at], entry[after_at]))
        if found:
            rstore.add_producers(self.tx, found)
            for table, record_id, _v, _s in found:
                self.recheck[table].add(record_id)
        return len(new)

    # -- records -----------------------------------------------------------------------------
    def merge_section(self, section: Section, carrier: str, summary: BundleSummary,
                      *, staged_section: bool) -> None:
        if staged_section:
            # Earlier versions a station carries are merged like the rest, but the summary
            # counts records (the live rows of the bundle), so new/updated/unchanged add up to
            # the bundle's records; conflicts they reveal still count.
            summary = _VersionsSummary(summary)  # type: ignore[assignment]
        info = self.infos[section.table]
        table = info.name
        canonical = info.canonical
        layout = layout_id(table, canonical)
        if layout not in self.layouts_done:
            rstore.put_layout(self.tx, layout, table, json.dumps(list(canonical)))
            self.layouts_done.add(layout)
        same = tuple(section.columns) == canonical
        positions = {c: i for i, c in enumerate(section.columns)}
        id_at = canonical.index("id")
        version_at = canonical.index("version")
        incoming: dict[tuple[str, str], tuple[int, str, list[Any]]] = {}
        # one parser call for the whole section (a call per line costs more than the parsing)
        parsed = json.loads("[" + ",".join(section.lines) + "]") if section.lines else []
        sha256 = hashlib.sha256
        for raw, given in zip(section.lines, parsed, strict=True):
            line = raw
            values = given
            if not same:
                values = [given[positions[c]] if c in positions else None for c in canonical]
                line = encode_values(values)
            incoming[(values[id_at], sha256(line.encode()).hexdigest())] = \
                (values[version_at], line, values)
        if not incoming:
            return
        self.touched_tables.add(table)
        ids = list(dict.fromkeys(rid for rid, _sha in incoming))
        if staged_section:
            summary.versions += len(incoming)
        else:
            summary.records += len(incoming)
        staged_before = rstore.has_versions(self.store, table)
        prior = rstore.winners_of(self.store, table, ids) if staged_before else {}
        known = rstore.known_shas(self.store, table, ids) if staged_before else set()
        live: dict[str, tuple[Any, ...]] = {}
        if not info.staged_only and not rstore.is_empty(self.store, table):
            fresh_ids = [rid for rid in ids if rid not in prior]
            if fresh_ids:
                live = rstore.live_values(self.store, table, canonical, fresh_ids)
        if live:
            # this database's own rows are versions too (edits made here by a merge of
            # patients, a settlement…): stage them before deciding
            own_rows = []
            for rid, values in live.items():
                line = encode_values(values)
                sha = line_sha(line)
                own_rows.append((table, rid, sha, int(values[version_at]), layout, line,
                                 self.now, 1, "live"))
                prior[rid] = (int(values[version_at]), sha, "live", "")
                known.add((rid, sha))
            rstore.stage_versions(self.tx, own_rows, self.own)
        # classify before staging: records never seen go straight in
        new_rows: dict[str, tuple[list[Any], str]] = {}
        decide: list[str] = []
        if len(ids) == len(incoming) and not prior:
            new_rows = {rid: (values, sha) for (rid, sha), (_v, _l, values) in incoming.items()}
        else:
            counts_new: dict[str, int] = defaultdict(int)
            for rid, _sha in incoming:
                counts_new[rid] += 1
            for (rid, sha), (_ver, _line, values) in incoming.items():
                if rid in prior:
                    winner_sha = prior[rid][1]
                    if sha == winner_sha:
                        summary.count(table, "unchanged")
                    elif (rid, sha) in known:
                        summary.count(table, "older")
                    else:
                        decide.append(rid)
                elif counts_new[rid] > 1:
                    decide.append(rid)
                else:
                    new_rows[rid] = (values, sha)
        state = "staged" if info.staged_only else "live"
        rstore.stage_versions(
            self.tx, [(table, rid, sha, ver, layout, line, self.now,
                       1 if rid in new_rows else 0, state if rid in new_rows else "")
                      for (rid, sha), (ver, line, _v) in incoming.items()], carrier)
        if new_rows:
            self._write_new(info, new_rows, summary)
        if decide:
            self._decide_and_write(info, sorted(set(decide)), summary, prior, counted=True)

    def recheck_pending(self, summary: BundleSummary) -> None:
        """Re-decide records whose producers or settlements changed (several contents only)."""
        for table, ids in sorted(self.recheck.items()):
            info = self.infos.get(table)
            if info is None or not ids:
                continue
            if not rstore.has_versions(self.store, table):
                continue
            rows = rstore.versions_of(self.store, table, sorted(ids))
            counts: dict[str, int] = defaultdict(int)
            for row in rows:
                counts[row["record_id"]] += 1
            several = sorted(rid for rid, n in counts.items() if n > 1)
            if several:
                prior = rstore.winners_of(self.store, table, several)
                self._decide_and_write(info, several, summary, prior, counted=False)
        self.recheck.clear()

    def _write_new(self, info: rstore.TableInfo, rows: dict[str, tuple[list[Any], str]],
                   summary: BundleSummary) -> None:
        """Records seen for the first time (already staged as winners): write them."""
        table = info.name
        summary.count(table, "new", len(rows))
        if info.staged_only:
            summary.count(table, "staged_only", len(rows))
            return
        ops = {rid: _Op(rid, list(values), None, sha) for rid, (values, sha) in rows.items()}
        placed = self._place(info, ops)
        if placed.aside:
            summary.count(table, "aside", len(placed.aside))
            rstore.set_winners(self.tx, table, [(rid, ops[rid].sha, "aside", "", None,
                                                 json.dumps(detail, sort_keys=True))
                                                for rid, detail in placed.aside.items()])

    def _versions(self, info: rstore.TableInfo, ids: Sequence[str]
                  ) -> dict[str, list[_Version]]:
        out: dict[str, list[_Version]] = defaultdict(list)
        for row in rstore.versions_of(self.store, info.name, ids):
            columns = json.loads(row["columns"])
            values = json.loads(row["line"])
            record = dict(zip(columns, values, strict=False))
            if tuple(columns) != info.canonical:
                record = {c: record.get(c) for c in info.canonical}
            out[row["record_id"]].append(_Version(row["content_sha"], int(row["version"]),
                                                  frozenset(row["stations"].split()), record))
        return out

    def _decide_and_write(self, info: rstore.TableInfo, ids: Sequence[str],
                          summary: BundleSummary, prior: dict[str, tuple[int, str, str, str]],
                          *, counted: bool) -> None:
        table = info.name
        versions = self._versions(info, ids)
        producers = rstore.producers_of(self.store, table, ids)
        settlements = rstore.settlements_of(self.store, table, ids)
        live_rows = {} if info.staged_only else \
            rstore.live_values(self.store, table, info.canonical, ids)
        # an edit made here since the last merge (a merge of patients…) is a version too:
        # stage it, or the merge would overwrite it. A live row differing from the winner the
        # merge wrote at the SAME version is only the merge's own adjustment (an IPP emptied,
        # a code renamed), not an edit.
        version_at = info.canonical.index("version")
        local = []
        for rid, row in live_rows.items():
            known_versions = versions.get(rid, [])
            written = prior[rid][0] if rid in prior else None  # the version the merge wrote
            if not known_versions or written is None or int(row[version_at]) <= written:
                continue
            line = encode_values(row)
            sha = line_sha(line)
            local.append((table, rid, sha, int(row[version_at]),
                          layout_id(table, info.canonical), line, self.now, 0, ""))
            known_versions.append(_Version(sha, int(row[version_at]), frozenset({self.own}),
                                           dict(zip(info.canonical, row, strict=True))))
        if local:
            rstore.put_layout(self.tx, layout_id(table, info.canonical), table,
                              json.dumps(list(info.canonical)))
            rstore.stage_versions(self.tx, local, self.own)
        ops: dict[str, _Op] = {}
        decided: dict[str, tuple[_Version, str]] = {}
        for rid in ids:
            pool = versions.get(rid)
            if not pool:
                continue
            winner, state = _decide(pool, producers.get(rid, {}), settlements.get(rid))
            decided[rid] = (winner, state)
            before = prior.get(rid)
            changed = before is None or before[1] != winner.sha
            if counted:
                if state == "open":
                    summary.conflict(table, rid)
                elif changed:
                    summary.count(table, "updated" if before is not None else "new")
                else:
                    summary.count(table, "older")
            elif state == "open" and (before is None or before[3] != "open"):
                summary.conflict(table, rid)
            if info.staged_only:
                continue
            values = [winner.row.get(c) for c in info.canonical]
            current = live_rows.get(rid)
            if current is not None and list(current) == values:
                continue
            if current is not None and info.append_only:
                continue  # append-only rows never change: the conflict is shown, not written
            ops[rid] = _Op(rid, values, rid if current is not None else None, winner.sha)
        placed = self._place(info, ops) if ops else _Placed({}, set())
        winners = []
        for rid, (winner, state) in decided.items():
            if info.staged_only:
                place, detail = "staged", ""
            elif rid in placed.aside:
                place, detail = "aside", json.dumps(placed.aside[rid], sort_keys=True)
            elif rid in placed.emptied:
                place, detail = "live", json.dumps(placed.emptied[rid], sort_keys=True)
            else:
                place, detail = "live", ""
            winners.append((rid, winner.sha, place, state,
                            conflict_id(table, rid) if state else None, detail))
        rstore.set_winners(self.tx, table, winners)

    # -- writing rows into the tables ------------------------------------------------------
    def _place(self, info: rstore.TableInfo, ops: dict[str, _Op]) -> _Placed:
        """Resolve unique values claimed twice, then write the rows. Returns the records kept
        aside (id → why) and the ids written."""
        table = info.name
        canonical = info.canonical
        aside: dict[str, dict[str, Any]] = {}
        null_live: dict[str, list[str]] = defaultdict(list)
        renamed_live: list[tuple[str, str, str]] = []  # (column, new value, id)
        emptied: dict[str, dict[str, Any]] = {}
        swaps: dict[str, str] = {}  # winner id → live holder id it replaces
        for index in info.unique:
            if not index.understood or any(c not in canonical for c in index.columns):
                continue
            if any(c not in canonical for c, _null in index.where):
                continue
            key_at = [canonical.index(c) for c in index.columns]
            where_at = [(canonical.index(c), null) for c, null in index.where]

            def key_of(values: Sequence[Any], key_at: list[int] = key_at,
                       where_at: list[tuple[int, bool]] = where_at,
                       nocase: tuple[bool, ...] = index.nocase) -> tuple[Any, ...] | None:
                if any((values[i] is None) != null for i, null in where_at):
                    return None
                key = tuple(values[i] for i in key_at)
                if any(k is None for k in key):
                    return None
                return tuple(str(k).casefold() if fold else k
                             for k, fold in zip(key, nocase, strict=True))

            claims: dict[tuple[Any, ...], list[str]] = defaultdict(list)
            for rid, op in ops.items():
                if rid in aside:
                    continue
                k = key_of(op.values)
                if k is not None:
                    claims[k].append(rid)
            if not claims:
                continue
            holders: dict[tuple[Any, ...], str] = {}
            for row in rstore.unique_holders(self.store, table, index):
                k = tuple(str(v).casefold() if fold else v
                          for v, fold in zip(row[1:], index.nocase, strict=True))
                if k in claims:
                    holders[k] = row[0]
            column = index.columns[0] if len(index.columns) == 1 else ""
            nullable = (table, column) in NULL_ON_COLLISION
            swappable = not info.append_only and not info.referenced
            # a referenced record (a room, a surgeon…) cannot step aside: its rows point to it.
            # When the clashing value is plain text, the record that loses keeps its place
            # under a renamed value (`S1~URG2`) instead.
            text_at = next((i for i, c in zip(key_at, index.columns, strict=True)
                            if c not in info.fk_columns and c not in rstore.STANDARD_COLUMNS),
                           None)
            renameable = not swappable and text_at is not None and \
                not any(c in info.fk_columns for c in index.columns)
            station_at = canonical.index("station")
            for k, rids in claims.items():
                holder = holders.get(k)
                if holder is not None and holder in ops:
                    holder_key = key_of(ops[holder].values)
                    if holder_key != k:
                        holder = None  # the holder gives this value up in this very merge
                claimants = set(rids) | ({holder} if holder else set())
                if len(claimants) <= 1:
                    continue
                movable = nullable or swappable or (renameable and not info.append_only)
                if holder is not None and holder not in rids and not movable:
                    winner = holder
                else:
                    winner = min(claimants)
                value = dict(zip(index.columns, k, strict=True))
                for loser in sorted(claimants - {winner}):
                    detail = {"index": index.name, "value": value, "holder": winner}
                    if nullable:
                        if loser in ops:
                            ops[loser].values[canonical.index(column)] = None
                        else:
                            null_live[column].append(loser)
                        emptied[loser] = {**detail, "emptied": column}
                        continue
                    clash = ops[loser].values[text_at] if loser in ops and text_at is not None \
                        else None
                    if renameable and text_at is not None and \
                            (loser not in ops or isinstance(clash, str)):
                        if loser in ops:
                            values = ops[loser].values
                            new_value = f"{values[text_at]}~{values[station_at]}"
                            values[text_at] = new_value
                        else:
                            current = rstore.live_values(self.store, table, canonical,
                                                         [loser])[loser]
                            new_value = f"{current[text_at]}~{current[station_at]}"
                            renamed_live.append((canonical[text_at], new_value, loser))
                        emptied[loser] = {**detail, "renamed": canonical[text_at],
                                          "to": new_value}
                        continue
                    if loser in ops and loser != holder:
                        aside[loser] = detail
                    elif loser == holder:
                        # the live holder steps aside: the winner takes its row
                        swaps[winner] = holder
                        self._stage_live(info, holder, "aside", detail)
        writes_insert = [op for rid, op in ops.items() if rid not in aside and
                         op.current is None and rid not in swaps]
        writes_update = [op for rid, op in ops.items() if rid not in aside and
                         (op.current is not None or rid in swaps)]
        for column, ids in null_live.items():
            rstore.set_column_null(self.tx, table, column, ids)
        for column, new_value, rid in renamed_live:
            rstore.set_column_values(self.tx, table, column, [(new_value, rid)])
        rstore.replace_values(self.tx, table, canonical,
                              [(swaps.get(op.rid, op.current or op.rid), op.values)
                               for op in writes_update])
        if table == "patient":
            rowids = self._index_patients(writes_insert, writes_update)
            rstore.insert_values(self.tx, table, (*canonical, "search_rowid"),
                                 [(*op.values, rowids[op.rid]) for op in writes_insert])
        else:
            rstore.insert_values(self.tx, table, canonical,
                                 [op.values for op in writes_insert])
        for rid, detail in emptied.items():
            rstore.set_detail(self.tx, table, rid, json.dumps(detail, sort_keys=True))
        if table in self.sealed:
            for op in writes_insert:
                self.tx.draft.after[f"{table}:{op.rid}"] = dict(zip(canonical, op.values,
                                                                    strict=True))
        return _Placed(aside, {op.rid for op in (*writes_insert, *writes_update)}, emptied)

    def _stage_live(self, info: rstore.TableInfo, record_id: str, state: str,
                    detail: dict[str, Any]) -> None:
        """Keep the current live row of a record as a staged version, marked `state`."""
        current = rstore.live_values(self.store, info.name, info.canonical, [record_id])
        if record_id not in current:
            return
        values = current[record_id]
        line = encode_values(values)
        sha = line_sha(line)
        layout = layout_id(info.name, info.canonical)
        rstore.put_layout(self.tx, layout, info.name, json.dumps(list(info.canonical)))
        rstore.stage_versions(self.tx, [(info.name, record_id, sha,
                                         int(values[info.canonical.index("version")]), layout,
                                         line, self.now, 0, "")], self.own)
        rstore.set_winners(self.tx, info.name, [(record_id, sha, state, "", None,
                                                 json.dumps(detail, sort_keys=True))])

    def _index_patients(self, inserted: Sequence[_Op], updated: Sequence[_Op]
                        ) -> dict[str, int]:
        """Search rows and duplicate-detector keys of the patients about to be written (new
        ones: returns the search row of each) or just rewritten."""
        from hospcrisis.core import duplicates
        from hospcrisis.core.admissions import search_document
        from hospcrisis.store import admissions as astore

        canonical = self.infos["patient"].canonical
        rowids: dict[str, int] = {}
        if inserted:
            first = astore.next_search_rowid(self.store)
            search_rows: list[tuple[int, str, str, str, str]] = []
            block_rows: list[tuple[str, str]] = []
            for n, op in enumerate(inserted):
                row = dict(zip(canonical, op.values, strict=True))
                doc = search_document(row)
                search_rows.append((first + n, op.rid, doc["names"], doc["ids"], doc["other"]))
                block_rows.extend((k, op.rid) for k in duplicates.keys_for_row(row))
                rowids[op.rid] = first + n
            astore.insert_patients_bulk(self.tx, [], search_rows, block_rows)
        for op in updated:
            stored = astore.get_patient(self.store, op.current or op.rid)
            if stored is None:
                continue
            fresh = {**stored, **dict(zip(canonical, op.values, strict=True))}
            astore.replace_search_row(self.tx, fresh, search_document(fresh))
            rstore.replace_patient_blocks(self.tx, op.rid, duplicates.keys_for_row(fresh))
        return rowids

    def check_foreign_keys(self) -> None:
        problems = rstore.foreign_key_problems(self.tx, sorted(self.touched_tables))
        if problems:
            table, _rowid, parent = problems[0]
            raise ValidationError(_("The bundles cannot be merged: a record of {table} points "
                                    "to a record of {parent} that no bundle holds ({n} such "
                                    "record(s)). Nothing was imported.", table=table,
                                    parent=parent, n=len(problems)))


@dataclass(slots=True)
class _Op:
    rid: str
    values: list[Any]
    current: str | None  # id of the live row to overwrite, None for an insert
    sha: str


@dataclass
class _Placed:
    aside: dict[str, dict[str, Any]]
    written: set[str]
    emptied: dict[str, dict[str, Any]] = field(default_factory=dict)


def merge_bundles(session: Session, bundles: Sequence[BundleContent], *,
                  progress: Progress | None = None) -> MergeResult:
    """Merge station bundles into this (recovery) database.

    All bundles are checked first (format, schema, audit chains against their manifest heads);
    any problem refuses them all and nothing is written. Then, in ONE transaction with one audit
    entry (`recovery.bundle.import`): every chain stored, every version staged, each record's
    winner decided and written, conflicts flagged, one `recovery_bundle` row per bundle with its
    summary. A bundle imported before is recognised and changes nothing.
    """
    session.require(Permission.RECOVERY_MERGE)
    if not bundles:
        raise ValidationError(_("Give at least one station bundle."))
    infos = rstore.record_tables(session.store)
    problems = text.Problems()
    for bundle in bundles:
        _check_bundle(session, bundle, infos, problems)
    problems.raise_if_any(_("No bundle was imported: {n} problem(s), listed below. Nothing "
                            "was changed.", n=len(problems.items)))
    ordered = sorted(bundles, key=lambda b: (b.station, b.sha256))
    rank = {name: i for i, name in enumerate(rstore.dependency_order(infos))}
    summaries: list[BundleSummary] = []
    total = sum(len(b.tables) + len(b.versions) for b in ordered) or 1
    done = 0
    with session.store.transaction(session.actor, "recovery.bundle.import",
                                   "recovery_bundle") as tx:
        rstore.defer_foreign_keys(tx)
        merger = _Merger(session, tx, infos)
        merger.scan_own_chain()
        seen: set[str] = set()
        for bundle in ordered:
            manifest = bundle.manifest
            summary = BundleSummary(bundle.station, str(manifest.get("station_name") or ""),
                                    bundle.file_name, bundle.sha256,
                                    str(manifest.get("created_at") or ""), "imported")
            summaries.append(summary)
            if bundle.sha256 in seen or rstore.find_bundle(session.store, bundle.sha256):
                summary.status = "already_imported"
                summary.records = bundle.record_count
                summary.unchanged = bundle.record_count
                continue
            seen.add(bundle.sha256)
            for chain in bundle.chains:
                summary.chain_entries += merger.merge_chain(chain)
            sections = sorted(bundle.tables,
                              key=lambda s: (s.table != "recovery_settlement",
                                             rank.get(s.table, len(rank)), s.table))
            for section in sections:
                merger.merge_section(section, bundle.station, summary, staged_section=False)
                if section.table == "recovery_settlement":
                    _recheck_settled(merger, section)
                done += 1
                if progress:
                    progress(done, total)
            for section in sorted(bundle.versions,
                                  key=lambda s: (rank.get(s.table, len(rank)), s.table)):
                merger.merge_section(section, bundle.station, summary, staged_section=True)
                done += 1
                if progress:
                    progress(done, total)
            merger.recheck_pending(summary)
            tx.insert("recovery_bundle", {
                "bundle_sha256": bundle.sha256, "source_station": bundle.station,
                "source_name": summary.station_name, "bundle_created_at": summary.created_at,
                "schema_version": int(manifest.get("schema_version") or 0),
                "audit_head": str(manifest.get("audit_head") or ""),
                "file_name": bundle.file_name[:200],
                "manifest": json.dumps(manifest, sort_keys=True, ensure_ascii=False),
                "summary": json.dumps(summary.as_dict(), sort_keys=True, ensure_ascii=False),
            }, audit=False)
        merger.check_foreign_keys()
        tx.note(bundles=[{k: v for k, v in s.as_dict().items() if k != "per_table"}
                         for s in summaries])
    return MergeResult(tuple(summaries))


def _recheck_settled(merger: _Merger, section: Section) -> None:
    columns = list(section.columns)
    if "tbl" not in columns or "record_id" not in columns:
        return
    t_at, r_at = columns.index("tbl"), columns.index("record_id")
    for line in section.lines:
        values = json.loads(line)
        merger.recheck[str(values[t_at])].add(str(values[r_at]))


# =============================================================================================
# Conflicts


@dataclass(frozen=True)
class ConflictVersion:
    """One version of a record in conflict."""

    sha: str
    version: int
    stations: tuple[str, ...]
    updated_at: str
    updated_by: str
    voided: bool
    shown: bool  # the version currently in the record tables
    row: dict[str, Any]


@dataclass(frozen=True)
class Conflict:
    """A record edited on two stations: both versions, the columns that differ."""

    id: str
    table: str
    record_id: str
    state: str  # "open" | "settled"
    label: str
    versions: tuple[ConflictVersion, ...]
    differences: dict[str, tuple[Any, ...]]  # column → value in each version (same order)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "table": self.table, "record_id": self.record_id,
            "state": self.state, "label": self.label,
            "versions": [{"sha": v.sha[:12], "version": v.version, "stations": list(v.stations),
                          "updated_at": v.updated_at, "updated_by": v.updated_by,
                          "voided": v.voided, "shown": v.shown} for v in self.versions],
            "differences": {c: list(vals) for c, vals in self.differences.items()},
        }


_PROTECTED = frozenset({"id", "station", "created_at", "created_by", "version", "updated_at",
                        "updated_by"})
_LABEL_COLUMNS = ("provisional_id", "ipp", "ref", "code", "number", "birth_name",
                  "first_forename", "kind", "arrival_at", "at")


def _label(table: str, row: dict[str, Any]) -> str:
    parts = [str(row[c]) for c in _LABEL_COLUMNS if row.get(c) not in (None, "")][:4]
    return f"{table} {' '.join(parts) or row.get('id', '')}".strip()


def _conflict(session: Session, winner: Row,
              infos: dict[str, rstore.TableInfo]) -> Conflict:
    table, record_id = str(winner["tbl"]), str(winner["record_id"])
    info = infos.get(table)
    rows = rstore.versions_of(session.store, table, [record_id])
    versions = []
    for row in rows:
        columns = json.loads(row["columns"])
        record = dict(zip(columns, json.loads(row["line"]), strict=False))
        if info is not None:
            record = {c: record.get(c) for c in info.canonical}
        versions.append(ConflictVersion(
            row["content_sha"], int(row["version"]), tuple(sorted(row["stations"].split())),
            str(record.get("updated_at") or ""), str(record.get("updated_by") or ""),
            bool(record.get("voided_at")), bool(row["winner"]), record))
    versions.sort(key=lambda v: (v.version, v.sha))
    columns = sorted({c for v in versions for c in v.row} - {"version", "updated_at",
                                                             "updated_by"})
    differences = {c: tuple(v.row.get(c) for v in versions) for c in columns
                   if len({json.dumps(v.row.get(c)) for v in versions}) > 1}
    shown = next((v for v in versions if v.shown), versions[-1])
    return Conflict(str(winner["conflict_id"]), table, record_id, str(winner["conflict"]),
                    _label(table, shown.row), tuple(versions), differences)


def list_conflicts(session: Session, *, include_settled: bool = False) -> list[Conflict]:
    """Records in conflict, by table and id (read-only)."""
    session.require(Permission.RECOVERY_MERGE)
    rows = rstore.conflicts(session.store, state=None if include_settled else "open")
    infos = rstore.record_tables(session.store)
    return [_conflict(session, row, infos) for row in rows]


def get_conflict(session: Session, conflict_id_text: str) -> Conflict:
    """One conflict by its id (`C-…`, case ignored) (read-only)."""
    session.require(Permission.RECOVERY_MERGE)
    row = rstore.find_conflict(session.store, _normalise_conflict_id(conflict_id_text))
    if row is None:
        raise NotFound(_("There is no conflict {id}.", id=conflict_id_text))
    return _conflict(session, row, rstore.record_tables(session.store))


def _normalise_conflict_id(value: str) -> str:
    cleaned = (value or "").strip().upper()
    if not cleaned.startswith("C-"):
        cleaned = "C-" + cleaned
    return cleaned


@dataclass(frozen=True)
class Settlement:
    """A conflict settled: the new version written above every version seen."""

    conflict_id: str
    table: str
    record_id: str
    version: int
    choice: str
    content_sha: str


def settle_conflict(session: Session, conflict_id_text: str, *, keep: str | None = None,
                    values: dict[str, Any] | None = None, reason: str) -> Settlement:
    """Settle a conflict: keep the version of a station (`keep` = station code) or of a
    content (`keep` = the first hex digits of its SHA shown by `list_conflicts`), optionally
    with some columns changed (`values`: a merged value). A voided version keeps the record
    voided whatever is chosen (a voided record never comes back).

    Side effects, one transaction, one audit entry (`recovery.conflict.settle`, before/after):
    the settled version (one above every version seen) written in the record table, a
    `recovery_settlement` record, the conflict marked settled.
    """
    session.require(Permission.RECOVERY_MERGE)
    why = text.clean(reason, field="reason", label=_("Reason"), max_len=text.MEDIUM,
                     required=True, multiline=True)
    conflict = get_conflict(session, conflict_id_text)
    if conflict.state != "open":
        raise ValidationError(_("The conflict {id} is already settled.", id=conflict.id))
    infos = rstore.record_tables(session.store)
    info = infos[conflict.table]
    if info.append_only:
        raise ValidationError(_("{table} records are never changed once written: this "
                                "conflict cannot be settled by an edit. Report it to IT.",
                                table=conflict.table))
    problems = text.Problems()
    base: ConflictVersion | None = None
    choice = ""
    if keep:
        wanted = keep.strip()
        by_station = [v for v in conflict.versions if wanted.upper() in v.stations]
        by_sha = [v for v in conflict.versions if len(wanted) >= 6 and
                  v.sha.startswith(wanted.lower())]
        if by_station:
            base = sorted(by_station, key=lambda v: (-v.version, v.sha))[0]
            choice = f"station:{wanted.upper()}"
        elif len(by_sha) == 1:
            base = by_sha[0]
            choice = f"version:{base.sha[:12]}"
        else:
            stations = sorted({s for v in conflict.versions for s in v.stations})
            problems.add("keep", _("No version of this record comes from “{keep}”. Choose one "
                                   "of the stations {stations}, or a version's SHA.",
                                   keep=wanted[:20], stations=", ".join(stations)))
    elif values:
        base = next((v for v in conflict.versions if v.shown), conflict.versions[-1])
        choice = "merged"
    else:
        problems.add("keep", _("Say which version to keep (a station or a version), or give "
                               "the merged values."))
    result: dict[str, Any] = dict(base.row) if base else {}
    if values:
        choice = (choice + "+merged") if keep else "merged"
        for column, value in values.items():
            if column not in info.canonical:
                problems.add(column, _("{table} has no column {column}.", table=conflict.table,
                                       column=column[:40]))
            elif column in _PROTECTED or column.startswith("voided_"):
                problems.add(column, _("The column {column} cannot be set by hand.",
                                       column=column))
            else:
                result[column] = value
    problems.raise_if_any()
    voided = sorted((v for v in conflict.versions if v.voided), key=lambda v: -v.version)
    if voided and not result.get("voided_at"):
        for column in ("voided_at", "voided_by", "void_reason"):
            result[column] = voided[0].row.get(column)
    tx_now = clock.now_iso()
    new_version = max(v.version for v in conflict.versions) + 1
    result.update(version=new_version, updated_at=tx_now)
    if "updated_by" in info.canonical:
        result["updated_by"] = session.username
    ordered = [result.get(c) for c in info.canonical]
    line = encode_values(ordered)
    sha = line_sha(line)
    layout = layout_id(info.name, info.canonical)
    shown = next((v for v in conflict.versions if v.shown), conflict.versions[-1])
    with session.store.transaction(session.actor, "recovery.conflict.settle", conflict.table,
                                   conflict.record_id) as tx:
        rstore.put_layout(tx, layout, info.name, json.dumps(list(info.canonical)))
        rstore.stage_versions(tx, [(info.name, conflict.record_id, sha, new_version, layout,
                                    line, tx.now, 0, "")], session.station)
        rstore.add_producers(tx, [(info.name, conflict.record_id, new_version,
                                   session.station)])
        tx.insert("recovery_settlement", {
            "tbl": info.name, "record_id": conflict.record_id, "conflict_id": conflict.id,
            "settled_version": new_version, "content_sha": sha,
            "superseded": json.dumps(sorted(v.sha for v in conflict.versions)),
            "choice": choice, "reason": why})
        state = "staged"
        if not info.staged_only:
            live = rstore.live_values(session.store, info.name, info.canonical,
                                      [conflict.record_id])
            if conflict.record_id in live:
                rstore.replace_values(tx, info.name, info.canonical,
                                      [(conflict.record_id, ordered)])
            else:
                rstore.insert_values(tx, info.name, info.canonical, [ordered])
            state = "live"
            if info.name == "patient":
                merger = _Merger(session, tx, infos)
                op = _Op(conflict.record_id, ordered, conflict.record_id, sha)
                merger._index_patients([], [op])
        rstore.set_winners(tx, info.name, [(conflict.record_id, sha, state, "settled",
                                            conflict.id, "")])
        key = f"{info.name}:{conflict.record_id}"
        tx.draft.before[key] = shown.row
        tx.draft.after[key] = result
        tx.note(conflict=conflict.id, choice=choice)
    return Settlement(conflict.id, info.name, conflict.record_id, new_version, choice, sha)


# =============================================================================================
# Status


def content_hash(session: Session) -> str:
    """The canonical content hash of the merged data: SHA-256 over every record's winning
    content (table, id, content SHA-256, conflict state), sorted, then each station's audit
    chain heads. The same bundles give the same hash in any order (read-only)."""
    session.require(Permission.RECOVERY_MERGE)
    digest = hashlib.sha256()
    for table, record_id, sha, conflict in rstore.winner_digest_rows(session.store):
        digest.update(f"{table}\t{record_id}\t{sha}\t{conflict}\n".encode())
    for station, seq, head in rstore.chain_heads(session.store):
        digest.update(f"chain\t{station}\t{seq}\t{head}\n".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class ImportedBundle:
    station: str
    station_name: str
    file_name: str
    sha256: str
    created_at: str
    imported_at: str
    imported_by: str
    audit_head: str
    summary: dict[str, Any]


@dataclass(frozen=True)
class RecoveryStatus:
    """Where the merge stands: bundles, stations, records per table, conflicts, hash."""

    station: str
    content_hash: str
    bundles: tuple[ImportedBundle, ...]
    chains: dict[str, dict[str, Any]]  # station → {entries, heads}
    records: dict[str, dict[str, int]]  # table → {live, aside, staged, conflicts}
    conflicts_open: int
    conflicts_settled: int
    aside: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "station": self.station, "content_hash": self.content_hash,
            "bundles": [{"station": b.station, "station_name": b.station_name,
                         "file": b.file_name, "sha256": b.sha256, "created_at": b.created_at,
                         "imported_at": b.imported_at, "imported_by": b.imported_by,
                         "audit_head": b.audit_head, "summary": b.summary}
                        for b in self.bundles],
            "stations": self.chains, "records": self.records,
            "conflicts_open": self.conflicts_open,
            "conflicts_settled": self.conflicts_settled, "aside": self.aside,
        }


def status(session: Session) -> RecoveryStatus:
    """The merge at a glance (read-only)."""
    session.require(Permission.RECOVERY_MERGE)
    st = session.store
    bundles = tuple(ImportedBundle(
        r["source_station"], r["source_name"], r["file_name"], r["bundle_sha256"],
        r["bundle_created_at"], r["created_at"], r["created_by"] or "", r["audit_head"],
        json.loads(r["summary"])) for r in rstore.list_bundles(st))
    chains: dict[str, dict[str, Any]] = {}
    counts = rstore.chain_counts(st)
    for station, seq, head in rstore.chain_heads(st):
        slot = chains.setdefault(station, {"entries": counts.get(station, 0), "heads": []})
        slot["heads"].append(f"{seq}:{head}")
    records: dict[str, dict[str, int]] = {}
    opened = settled = aside = 0
    for (table, state, conflict), n in sorted(rstore.state_counts(st).items()):
        slot = records.setdefault(table, {"live": 0, "aside": 0, "staged": 0, "conflicts": 0})
        if state in slot:
            slot[state] += n
        if conflict == "open":
            slot["conflicts"] += n
            opened += n
        elif conflict == "settled":
            settled += n
        if state == "aside":
            aside += n
    return RecoveryStatus(session.station, content_hash(session), bundles, chains, records,
                          opened, settled, aside)


def aside_records(session: Session) -> list[dict[str, Any]]:
    """Records kept aside because another record holds one of their unique values
    (read-only)."""
    session.require(Permission.RECOVERY_MERGE)
    out = []
    for row in rstore.aside_records(session.store):
        detail = json.loads(row["detail"]) if row["detail"] else {}
        out.append({"table": row["tbl"], "record_id": row["record_id"],
                    "version": row["version"], **detail})
    return out


def iter_winner_rows(session: Session, table: str) -> Iterable[dict[str, Any]]:
    """Winning versions of a staged-only table (station accounts, settings), as dicts
    (read-only)."""
    session.require(Permission.RECOVERY_MERGE)
    infos = rstore.record_tables(session.store)
    info = infos.get(table)
    if info is None:
        return []
    ids = [r[1] for r in rstore.winner_digest_rows(session.store) if r[0] == table]
    out = []
    for row in rstore.versions_of(session.store, table, ids):
        if row["winner"]:
            out.append(dict(zip(json.loads(row["columns"]), json.loads(row["line"]),
                                strict=False)))
    return out
