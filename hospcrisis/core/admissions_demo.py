"""Exercise data for admissions: realistic French patients, triage mix, movements, unknown
patients, planted near-duplicates, a reserved block of packet IDs.

`fill(session, rng, options)` is listed in `core/demo.py:FILLERS`; `options["admissions"]`
(default 120) sets how many admissions. Everything goes in ONE transaction through the bulk path
(complete rows through `executemany`), one audit entry `admissions.demo` with the counts, so
100,000 admissions take seconds. The rows are built with the same helpers as the services
(search document, blocking keys, provisional IDs), so the data behaves exactly like typed data.

`make_variant(row, kind, rng)` produces the near-duplicate of an identity for each variation
the duplicate detector must survive; the tests and the benchmark use it too.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hospcrisis import clock
from hospcrisis.core import duplicates, provisional_ids, triage, units
from hospcrisis.core.admissions import search_document
from hospcrisis.core.session import Session
from hospcrisis.i18n import _
from hospcrisis.store import admissions as store

DEFAULT_ADMISSIONS = 120

# Most frequent first (the generator favours the head of each list).
BIRTH_NAMES = [
    "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS",
    "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFÈVRE", "LEROY", "ROUX", "DAVID", "BERTRAND",
    "MOREL", "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU",
    "VINCENT", "MULLER", "LEFEBVRE", "FAURE", "ANDRÉ", "MERCIER", "BLANC", "GUÉRIN", "BOYER",
    "GARNIER", "CHEVALIER", "FRANÇOIS", "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN", "ROBIN",
    "CLÉMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU", "GAUTIER", "MASSON",
    "MARCHAND", "DUVAL", "DENIS", "DUMONT", "MARIE", "LEMAIRE", "NOËL", "MEYER", "DUFOUR",
    "MEUNIER", "BRUN", "BLANCHARD", "GIRAUD", "JOLY", "RIVIÈRE", "LUCAS", "BRUNET",
    "GAILLARD", "BARBIER", "ARNAUD", "MARTINEZ", "GÉRARD", "ROCHE", "RENARD", "SCHMITT",
    "ROY", "LEROUX", "COLIN", "VIDAL", "CARON", "PICARD", "ROGER", "FABRE", "AUBERT",
    "LEMOINE", "RENAUD", "DUMAS", "LACROIX", "OLIVIER", "PHILIPPE", "BOURGEOIS", "PIERRE",
    "BENOÎT", "REY", "LECLERC", "PAYET", "ROLLAND", "LE GALL", "LE GOFF", "N'DIAYE",
    "DIALLO", "NGUYEN", "DA SILVA", "DOS SANTOS", "DE LA FONTAINE", "SAINT-MARTIN",
    "D'ALMEIDA", "LE BRETON", "DE SOUSA", "BEN SAÏD", "EL AMRANI", "HAMON", "LE ROUX",
    "BÉGUIN", "HÉBERT", "LÉVÊQUE", "DESCHAMPS", "PRÉVOST", "MÉNARD", "COURTOIS",
    "LAFLEUR-DUBOIS", "DE GAULLE", "VAN DER BERG", "O'NEILL", "CŒURDEROY", "D'ARTAGNAN",
    "ÉTIENNE", "MAÎTRE", "LE BIHAN", "KERGUELEN", "TRAORÉ", "BOUCHARD", "CARPENTIER",
    "FERRAND", "POIRIER", "CHARPENTIER", "BESNARD", "HUET", "COUSIN", "BARON", "PERROT",
]
FEMALE_FORENAMES = [
    "Marie", "Jeanne", "Françoise", "Monique", "Catherine", "Nathalie", "Isabelle", "Sylvie",
    "Christine", "Hélène", "Élodie", "Chloé", "Léa", "Manon", "Camille", "Inès", "Zoé",
    "Maëlys", "Anaïs", "Céline", "Sophie", "Anne-Marie", "Marie-Claire", "Emma", "Louise",
    "Jade", "Lina", "Aïcha", "Fatou", "Ophélie", "Noémie", "Bénédicte", "Geneviève",
    "Thérèse", "Josiane", "Gaëlle", "Laëtitia", "Mélanie", "Valérie", "Agnès",
]
MALE_FORENAMES = [
    "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques", "Daniel",
    "Patrick", "Nicolas", "Christophe", "Stéphane", "Frédéric", "Laurent", "Sébastien",
    "Julien", "Thomas", "Lucas", "Hugo", "Louis", "Gabriel", "Raphaël", "Noé", "Jules",
    "Mathéo", "Jean-Pierre", "Jean-Luc", "Jean-François", "Loïc", "Gaël", "Yannick",
    "Mohamed", "Karim", "Mamadou", "Éric", "Hervé", "Gérard", "Rémi", "Benoît", "Jérôme",
]
COMPLAINTS = [
    "Douleur thoracique", "Dyspnée", "Traumatisme de la cheville", "Plaie de la main",
    "Malaise", "Douleur abdominale", "Céphalées", "Fièvre", "Chute de sa hauteur",
    "Accident de la voie publique", "Intoxication médicamenteuse", "Brûlure",
    "Lombalgie", "Vertiges", "Crise d'asthme", "Douleur lombaire fébrile",
    "Altération de l'état général", "Agitation", "Hématémèse", "Réaction allergique",
    "Convulsions", "Traumatisme crânien", "Rétention aiguë d'urine", "Épistaxis",
]
UNKNOWN_DESCRIPTIONS = [
    "Homme, la quarantaine, blouson noir, tatouage avant-bras droit",
    "Femme âgée, manteau beige, trouvée sur la voie publique, désorientée",
    "Homme jeune, survêtement bleu, inconscient à l'arrivée (VSAV)",
    "Femme, 30-40 ans, cheveux courts roux, sans papiers",
    "Homme, 60-70 ans, barbe grise, alliance, amené par la police",
]
BIRTHPLACES = ["75056", "69123", "13055", "33063", "40088", "69264", "31555", "59350",
               "99350", "99109", ""]
TRIAGE_MIX = [("1", 2), ("2", 12), ("3A", 15), ("3B", 25), ("4", 30), ("5", 16)]
ARRIVAL_MIX = [("personal", 60), ("fire_brigade", 15), ("ambulance", 15), ("smur", 5),
               ("police", 3), ("helicopter", 1), ("other", 1)]
STAFF = ["ioa.martin", "ide.nguyen", "cadre.durand", "admin"]

VARIANTS = ("nfd", "apostrophe", "hyphen_space", "swapped_names", "swapped_day_month",
            "used_name_as_birth_name", "typo", "case_and_spaces")


def _weighted(rng: random.Random, items: list[str]) -> str:
    # a long-tailed pick: index ~ exponential, so MARTIN is common and BESNARD rare
    index = min(int(rng.expovariate(1 / (len(items) / 5))), len(items) - 1)
    return items[index]


def _pick(rng: random.Random, mix: list[tuple[str, int]]) -> str:
    roll = rng.random() * sum(w for _v, w in mix)
    for value, weight in mix:
        roll -= weight
        if roll <= 0:
            return value
    return mix[-1][0]


def make_identity(rng: random.Random, today: date) -> dict[str, Any]:
    """Patient columns of a random, plausible identity (never an unknown patient)."""
    sex = "F" if rng.random() < 0.52 else "M"
    first = _weighted(rng, FEMALE_FORENAMES if sex == "F" else MALE_FORENAMES)
    pool = FEMALE_FORENAMES if sex == "F" else MALE_FORENAMES
    second = rng.choice(pool) if rng.random() < 0.6 else ""
    birth_name = _weighted(rng, BIRTH_NAMES)
    used_name = ""
    if sex == "F" and rng.random() < 0.35:
        used_name = _weighted(rng, BIRTH_NAMES)
        if used_name == birth_name:
            used_name = ""
    age_days = int(min(max(rng.gauss(52, 24), 0.1), 104) * 365.25)
    born = today - timedelta(days=age_days)
    precision = "day" if rng.random() < 0.97 else "year"
    return {
        "birth_name": birth_name, "used_name": used_name, "first_forename": first,
        "forenames": f"{first} {second}".strip() if second != first else first,
        "sex": sex,
        "birth_date": born.isoformat() if precision == "day" else f"{born.year:04d}",
        "birth_date_precision": precision, "estimated_age_min": None,
        "estimated_age_max": None, "birthplace_code": rng.choice(BIRTHPLACES),
        "birthplace": "", "identity_status": "VALI" if rng.random() < 0.25 else "PROV",
        "identity_document": "", "identity_attributes": "", "unknown": 0,
        "description": "", "sinus_number": "",
        "phone": f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                 f"{rng.randint(10, 99)}" if rng.random() < 0.6 else "",
    }


def make_unknown(rng: random.Random) -> dict[str, Any]:
    """Patient columns of an unknown patient: sex if known, an estimated age range, a
    description — no name, no birth date."""
    low = rng.randint(2, 8) * 10
    return {
        "birth_name": "", "used_name": "", "first_forename": "", "forenames": "",
        "sex": rng.choice(["F", "M", "U"]), "birth_date": None,
        "birth_date_precision": "unknown", "estimated_age_min": low,
        "estimated_age_max": low + 10, "birthplace_code": "", "birthplace": "",
        "identity_status": "PROV", "identity_document": "", "identity_attributes": "",
        "unknown": 1, "description": rng.choice(UNKNOWN_DESCRIPTIONS), "sinus_number": "",
        "phone": "",
    }


def make_variant(row: dict[str, Any], kind: str, rng: random.Random) -> dict[str, Any]:
    """The same person typed differently (`kind` in `VARIANTS`)."""
    out = dict(row)
    if kind == "nfd":
        for key in ("birth_name", "used_name", "first_forename", "forenames"):
            out[key] = unicodedata.normalize("NFD", out[key])
    elif kind == "apostrophe":
        if not any(q in row[k] for q in "'’" for k in ("birth_name", "used_name")):
            return make_variant(row, "typo", rng)  # nothing to change: a typo instead
        for key in ("birth_name", "used_name"):
            value = out[key]
            out[key] = value.replace("'", "’") if "'" in value else value.replace("’", "'")
    elif kind == "hyphen_space":
        for key in ("birth_name", "first_forename", "forenames"):
            value = out[key]
            out[key] = value.replace("-", " ") if "-" in value else value.replace(" ", "-")
        if out == row:
            out["birth_name"] = row["birth_name"][:3] + "-" + row["birth_name"][3:]
    elif kind == "swapped_names":
        out["birth_name"], out["first_forename"] = row["first_forename"], row["birth_name"]
        out["forenames"] = out["first_forename"]
    elif kind == "swapped_day_month":
        if row["birth_date_precision"] == "day":
            y, m, d = row["birth_date"].split("-")
            if int(d) <= 12:
                out["birth_date"] = f"{y}-{d}-{m}"
            else:  # no valid swap: a one-day typo instead
                out["birth_date"] = f"{y}-{m}-{int(d) - 1:02d}"
    elif kind == "used_name_as_birth_name":
        if row.get("used_name"):
            # the married (used) name typed as if it were the birth name
            out["birth_name"], out["used_name"] = row["used_name"], ""
        else:
            # the earlier record holds the used name as birth name; now the real birth name
            # is known and the earlier one is recorded as used name
            out["used_name"] = row["birth_name"]
            other = _weighted(rng, BIRTH_NAMES)
            out["birth_name"] = other if other != row["birth_name"] else other + "E"
    elif kind == "typo":
        name = row["birth_name"]
        position = rng.randrange(2, max(len(name), 3))
        letters = "AEIOURSTLN"
        out["birth_name"] = name[:position] + rng.choice(letters) + name[position + 1:]
    elif kind == "case_and_spaces":
        out["birth_name"] = "  " + row["birth_name"].lower().replace(" ", "  ") + " "
        out["first_forename"] = row["first_forename"].upper()
    else:
        raise ValueError(f"unknown variant {kind!r}")
    return out


def fill(session: Session, rng: random.Random, options: dict[str, Any]) -> dict[str, int]:
    """Write `options["admissions"]` admissions (default 120) with their patients, triage and
    movements, in one transaction (one audit entry `admissions.demo`). Returns counts."""
    wanted = options.get("admissions")
    count = DEFAULT_ADMISSIONS if wanted is None else int(wanted)
    if count <= 0:
        return {}
    block = provisional_ids.reserve(session, 20, _("Exercise downtime packets")) \
        if session.can(provisional_ids.Permission.IDS_RESERVE) else None
    generated = _generate(session, rng, count)
    with session.store.transaction(session.actor, "admissions.demo") as tx:
        first = store.take_numbers(tx, session.station, len(generated["patient"]))
        first_rowid = store.next_search_rowid(tx.store)
        search_rows = []
        block_rows: list[tuple[str, str]] = []
        for n, row in enumerate(generated["patient"]):
            row["provisional_id"] = provisional_ids.format_id(session.station, first + n)
            row["search_rowid"] = first_rowid + n
            doc = search_document(row)
            search_rows.append((first_rowid + n, row["id"], doc["names"], doc["ids"],
                                doc["other"]))
            block_rows.extend((k, row["id"]) for k in duplicates.keys_for_row(row))
        for table in ("patient", "admission", "movement", "triage"):
            _complete(generated[table], session.station, tx.now)
        store.insert_patients_bulk(tx, generated["patient"], search_rows, block_rows,
                                   complete=True)
        for table in ("admission", "movement", "triage"):
            store.insert_complete_rows(tx, table, generated[table])
    result = {"patients": len(generated["patient"]),
              "admissions": len(generated["admission"]),
              "movements": len(generated["movement"]),
              "triage entries": len(generated["triage"]),
              "planted near-duplicates": generated["planted"][0]["count"]}
    if block is not None:
        result["reserved IDs"] = block.count
    return result


def _generate(session: Session, rng: random.Random, count: int) -> dict[str, list[Any]]:
    now = clock.now().astimezone(UTC)
    today = clock.local(now).date()
    now_iso = _iso(now)
    unit_list = [u for u in units.list_units(session.store)
                 if u.beds and u.kind not in ("ed",)]
    free_beds = [(u.code, b) for u in unit_list for b in u.beds
                 if store.bed_occupant(session.store, u.code, b) is None]
    rng.shuffle(free_beds)
    scale = triage.station_scale(session)
    levels = {lv.code for lv in scale.levels}
    mix = [(lv, w) for lv, w in TRIAGE_MIX if lv in levels] or \
        [(lv.code, 1) for lv in scale.levels]
    # arrivals spread back from now: ~150 a day, at most 60 days
    span_minutes = min(max(count / 150 * 24 * 60, 12 * 60), 59 * 24 * 60)
    patients: list[dict[str, Any]] = []
    admissions: list[dict[str, Any]] = []
    movements: list[dict[str, Any]] = []
    triages: list[dict[str, Any]] = []
    planted = 0
    arrivals = sorted(rng.random() * span_minutes for _ in range(count))
    uuid7 = clock.uuid7
    minute = timedelta(minutes=1)
    for index in range(count):
        ago = span_minutes - arrivals[index]
        arrival = now - ago * minute
        arrival_iso = _iso(arrival)
        if rng.random() < 0.02:
            person = make_unknown(rng)
        elif planted < count // 100 and patients and rng.random() < 0.02:
            base = rng.choice(patients[-200:])
            if base["unknown"]:
                person = make_identity(rng, today)
            else:
                person = make_variant({k: v for k, v in base.items()
                                       if k not in ("id", "provisional_id", "search_rowid")},
                                      VARIANTS[planted % len(VARIANTS)], rng)
                person.pop("_original_used_name", None)
                planted += 1
        else:
            person = make_identity(rng, today)
        patient_id = uuid7()
        person.update(id=patient_id, origin="demo", created_at=arrival_iso,
                      created_by=rng.choice(STAFF))
        patients.append(person)
        admission_id = uuid7()
        author = person["created_by"]
        mode = _pick(rng, ARRIVAL_MIX)
        adm: dict[str, Any] = {
            "id": admission_id, "patient_id": patient_id, "arrival_at": arrival_iso,
            "entered_at": arrival_iso, "arrival_mode": mode,
            "complaint": rng.choice(COMPLAINTS), "area": "", "status": "arrived",
            "status_at": arrival_iso, "triage_scale": None, "triage_level": None,
            "triage_at": None, "mci_category": None, "seen_at": None, "unit_code": None,
            "bed": None, "bed_since": None, "closed_at": None, "destination": "",
            "origin": "demo", "created_at": arrival_iso, "created_by": author,
        }
        steps: list[tuple[str, float, dict[str, Any]]] = [("arrival", 0.0, {})]
        triaged = rng.random() < 0.95 or ago > 60
        if triaged:
            level = _pick(rng, mix)
            t_at = min(rng.uniform(2, 15), max(ago, 0.5))
            t_iso = _iso(arrival + t_at * minute)
            triages.append({"admission_id": admission_id, "scale": scale.code,
                            "level": level, "mci_category": None, "at": t_iso, "note": "",
                            "created_at": t_iso, "created_by": "ioa.martin"})
            adm.update(triage_scale=scale.code, triage_level=level, triage_at=t_iso,
                       area="waiting_room")
            steps.append(("triaged", t_at, {}))
            if rng.random() < 0.05 and ago > 30:  # re-triage
                level2 = _pick(rng, mix)
                r_at = t_at + rng.uniform(5, 25)
                if r_at < ago:
                    r_iso = _iso(arrival + r_at * minute)
                    triages.append({"admission_id": admission_id, "scale": scale.code,
                                    "level": level2, "mci_category": None, "at": r_iso,
                                    "note": "Réévaluation", "created_at": r_iso,
                                    "created_by": "ioa.martin"})
                    adm.update(triage_level=level2, triage_at=r_iso)
            seen_after = t_at + rng.expovariate(1 / 70)
            if seen_after < ago:
                steps.append(("seen", seen_after, {}))
                adm["area"] = "boxes"
                end_after = seen_after + rng.expovariate(1 / 180)
                if end_after < ago:
                    roll = rng.random()
                    if roll < 0.22 and free_beds:
                        unit, bed = free_beds.pop()
                        steps.append(("admitted", end_after, {"unit_code": unit, "bed": bed}))
                    elif roll < 0.22:
                        steps.append(("admitted", end_after, {"unit_code": "UHCD"
                                                              if _has(unit_list, "UHCD")
                                                              else None}))
                        if steps[-1][2]["unit_code"] is None:
                            steps[-1] = ("discharged", end_after, {})
                    elif roll < 0.25:
                        steps.append(("transferred_out", end_after,
                                      {"destination": "CHU de Bordeaux"}))
                    elif roll < 0.255:
                        steps.append(("deceased", end_after, {}))
                    else:
                        steps.append(("discharged", end_after, {}))
            elif ago > 240 and rng.random() < 0.3:
                steps.append(("left", min(seen_after, ago - 1), {}))
        for kind, after, extra in steps:
            at = _iso(arrival + after * minute)
            movements.append({"admission_id": admission_id, "patient_id": patient_id,
                              "kind": kind, "at": at, "unit_code": extra.get("unit_code"),
                              "bed": extra.get("bed"), "area": adm["area"],
                              "destination": extra.get("destination", ""), "cancels": None,
                              "note": "", "created_at": at,
                              "created_by": "ioa.martin" if kind == "triaged" else author})
            _advance(adm, kind, at, extra)
        adm["status_at"] = min(adm["status_at"], now_iso)
        admissions.append(adm)
    return {"patient": patients, "admission": admissions, "movement": movements,
            "triage": triages, "planted": [{"count": planted}]}


def _complete(rows: list[dict[str, Any]], station: str, now: str) -> None:
    """Fill the standard record columns in place (what `Transaction.stamp` does, without a
    copy per row: 100,000s of rows)."""
    uuid7 = clock.uuid7
    for row in rows:
        if "id" not in row:
            row["id"] = uuid7()
        row["station"] = station
        row.setdefault("created_at", now)
        row["updated_at"] = row["created_at"]
        row["version"] = 1
        row.setdefault("created_by", "admin")
        row["updated_by"] = row["created_by"]


def _iso(moment: datetime) -> str:
    """`clock.to_iso` for an aware UTC datetime, without strftime (100,000s of calls)."""
    return moment.isoformat(timespec="milliseconds")[:23] + "Z"


def _has(unit_list: list[units.Unit], code: str) -> bool:
    return any(u.code == code for u in unit_list)


def _advance(adm: dict[str, Any], kind: str, at: str, extra: dict[str, Any]) -> None:
    statuses = {"arrival": "arrived", "triaged": "triaged", "seen": "seen",
                "admitted": "admitted", "transferred_out": "transferred",
                "discharged": "discharged", "left": "left", "deceased": "deceased"}
    adm["status"] = statuses[kind]
    adm["status_at"] = at
    if kind == "seen":
        adm["seen_at"] = at
    elif kind == "admitted":
        adm["unit_code"] = extra.get("unit_code")
        adm["bed"] = extra.get("bed")
        adm["bed_since"] = at
    elif kind in ("transferred_out", "discharged", "left", "deceased"):
        adm["closed_at"] = at
        adm["destination"] = extra.get("destination", "")
