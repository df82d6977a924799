"""Exercise data for surgery: 8 rooms, French surgeons and anaesthetists, the OR programme of
the coming four weeks imported as the real one would be, then the downtime decision: every
P3/P4 of the next 14 days cancelled, and the first patients called.

Writes through the normal services (audited); the programme goes through the CSV import.
"""

from __future__ import annotations

import csv
import io
import random
from datetime import timedelta
from typing import Any

from hospcrisis import clock
from hospcrisis.core import surgery
from hospcrisis.core.session import Session

ROOMS = [  # code, name, specialties, equipment, weekday hours
    ("B1", "Bloc 1 — orthopédie", ["ortho"], ["c-arm"], "1-5 08:00-18:00"),
    ("B2", "Bloc 2 — orthopédie", ["ortho"], ["c-arm"], "1-5 08:00-18:00"),
    ("B3", "Bloc 3 — viscéral", ["visceral", "uro"], ["coelio"], "1-5 08:00-18:00"),
    ("B4", "Bloc 4 — viscéral", ["visceral", "gyneco"], ["coelio", "robot"],
     "1-5 08:00-18:00, 6 08:00-13:00"),
    ("B5", "Bloc 5 — urologie", ["uro"], ["laser", "coelio"], "1-5 08:00-17:00"),
    ("B6", "Bloc 6 — gynécologie", ["gyneco"], ["coelio"], "1-5 08:00-16:30"),
    ("B7", "Bloc 7 — ORL et ophtalmologie", ["orl", "ophtalmo"], ["microscope"],
     "1-5 08:00-16:00"),
    ("B8", "Bloc 8 — urgences", [], ["c-arm", "coelio"], "1-7 08:00-20:00"),
]
SURGEONS = [  # code, family name, given name, specialty, weekdays
    ("LEGRAND.P", "Legrand", "Pierre", "ortho", [1, 2, 4]),
    ("ROUSSEL.M", "Roussel", "Marion", "ortho", [2, 3, 5]),
    ("FAURE.A", "Faure", "Antoine", "ortho", [1, 3, 4, 5]),
    ("BLANC.C", "Blanc", "Camille", "visceral", [1, 2, 3]),
    ("GARNIER.T", "Garnier", "Thomas", "visceral", [3, 4, 5]),
    ("CHEVALIER.L", "Chevalier", "Léa", "visceral", [1, 2, 4, 5]),
    ("MOREL.J", "Morel", "Julien", "uro", [1, 2, 3, 4]),
    ("FOURNIER.S", "Fournier", "Sarah", "uro", [2, 4, 5]),
    ("GIRARD.E", "Girard", "Élise", "gyneco", [1, 3, 5]),
    ("BONNET.N", "Bonnet", "Nadia", "gyneco", [2, 4]),
    ("LAMBERT.H", "Lambert", "Hugo", "orl", [1, 2, 3, 4, 5]),
    ("MERCIER.C", "Mercier", "Chloé", "ophtalmo", [1, 3, 4]),
]
ANAESTHETISTS = [
    ("DUBOIS.F", "Dubois", "François"), ("LEFEBVRE.I", "Lefebvre", "Isabelle"),
    ("MICHEL.R", "Michel", "Romain"), ("GAUTHIER.S", "Gauthier", "Sophie"),
]
PROCEDURES = {
    "ortho": [("Prothèse totale de hanche", 120), ("Prothèse totale de genou", 120),
              ("Arthroscopie du genou", 45), ("Ostéosynthèse du poignet", 60),
              ("Cure de canal carpien", 20), ("Ligamentoplastie du LCA", 90)],
    "visceral": [("Cholécystectomie cœlioscopique", 75), ("Cure de hernie inguinale", 45),
                 ("Appendicectomie", 45), ("Colectomie segmentaire", 180),
                 ("Sleeve gastrectomie", 120)],
    "uro": [("Résection endoscopique de prostate", 75), ("Urétéroscopie laser", 60),
            ("Néphrectomie partielle", 180), ("Cystoscopie", 20)],
    "gyneco": [("Hystérectomie cœlioscopique", 120), ("Conisation", 30),
               ("Kystectomie ovarienne", 60)],
    "orl": [("Amygdalectomie", 40), ("Septoplastie", 60), ("Thyroïdectomie totale", 120)],
    "ophtalmo": [("Chirurgie de la cataracte", 25), ("Vitrectomie", 90)],
}
FAMILY = ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois",
          "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David",
          "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
          "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc",
          "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier",
          "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel",
          "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie",
          "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud",
          "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez",
          "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
          "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix",
          "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Lecomte", "Carpentier",
          "Lucas", "Hubert", "Lopez", "Etcheverry", "Lafitte", "Darrigrand", "Labat"]
GIVEN_F = ["Marie", "Jeanne", "Françoise", "Monique", "Catherine", "Nathalie", "Isabelle",
           "Sylvie", "Anne", "Christine", "Sandrine", "Céline", "Aurélie", "Julie", "Camille",
           "Léa", "Manon", "Chloé", "Emma", "Inès", "Hélène", "Élodie", "Maïté"]
GIVEN_M = ["Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques",
           "Daniel", "Patrick", "Nicolas", "Christophe", "Stéphane", "Julien", "Thomas",
           "Lucas", "Hugo", "Louis", "Gabriel", "Raphaël", "Éric", "François", "Iñaki"]
PRIORITY_MIX = (("P1b", 3), ("P2", 30), ("P3", 40), ("P4", 27))
REASON = "Cyberattaque : bloc limité aux urgences vitales (décision cellule de crise)"


def _programme(rng: random.Random, n_cases: int) -> bytes:
    """The coming four weeks as the OR planning system would have exported them (CSV)."""
    today = clock.local(clock.now()).date()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["reference", "date", "heure", "duree", "salle", "chirurgien",
                     "anesthesiste", "nom", "prenom", "date_naissance", "sexe", "telephone",
                     "ipp", "intervention", "specialite", "anesthesie", "priorite",
                     "date_priorite"])
    busy: dict[str, list[tuple[int, int]]] = {}
    written = 0
    for offset in range(1, 29):
        day = today + timedelta(days=offset)
        weekday = day.isoweekday()
        for code, _name, specialties, _equipment, _hours in ROOMS:
            if not specialties or weekday > 5 or written >= n_cases:
                continue
            close = {"B5": 17 * 60, "B6": 16 * 60 + 30, "B7": 16 * 60}.get(code, 18 * 60)
            surgeons = [s for s in SURGEONS if s[3] in specialties and weekday in s[4]]
            if not surgeons:
                continue
            minute = 8 * 60 + rng.choice((0, 0, 15, 30))
            while written < n_cases:
                surgeon = rng.choice(surgeons)
                procedure, duration = rng.choice(PROCEDURES[surgeon[3]])
                duration = max(15, duration + 15 * rng.randint(-1, 2))
                if minute + duration > close:
                    break
                key = f"{surgeon[0]}:{day}"
                if any(minute < e and s < minute + duration for s, e in busy.get(key, [])):
                    minute += 15
                    continue
                busy.setdefault(key, []).append((minute, minute + duration))
                anaesthetist = ""
                if rng.random() < 0.2:
                    pick = rng.choice(ANAESTHETISTS)[0]
                    other = f"{pick}:{day}"
                    if not any(minute < e and s < minute + duration
                               for s, e in busy.get(other, [])):
                        busy.setdefault(other, []).append((minute, minute + duration))
                        anaesthetist = pick
                priority = rng.choices([p for p, _w in PRIORITY_MIX],
                                       [w for _p, w in PRIORITY_MIX])[0]
                if priority == "P1b" and offset > 2:
                    priority = "P2"  # urgent cases are operated within three days
                delay = surgery.PRIORITIES[priority].max_delay or timedelta(days=200)
                set_at = clock.local(clock.now()) - delay * rng.uniform(0.1, 0.7)
                sex = rng.choice("FM")
                given = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
                birth = today - timedelta(days=rng.randint(18 * 365, 90 * 365))
                writer.writerow([
                    f"OR-{day:%Y%m%d}-{code}-{minute:04d}", day.isoformat(),
                    f"{minute // 60:02d}:{minute % 60:02d}", duration, code, surgeon[0],
                    anaesthetist,
                    rng.choice(FAMILY).upper(), given, birth.strftime("%d/%m/%Y"), sex,
                    f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                    f"{rng.randint(10, 99)}", f"{rng.randint(40_000_000, 49_999_999)}",
                    procedure, surgeon[3], rng.choice(("AG", "AG", "ALR", "AL")), priority,
                    set_at.strftime("%Y-%m-%dT%H:%M")])
                written += 1
                minute += duration + rng.choice((15, 15, 20, 30))
    return out.getvalue().encode("utf-8")


def fill(session: Session, rng: random.Random, options: dict[str, Any]) -> dict[str, int]:
    """Rooms, staff, the imported programme, the P3/P4 cancellation of the next 14 days and
    the first calls. Returns counts for the summary."""
    for code, name, specialties, equipment, hours in ROOMS:
        surgery.create_room(session, code=code, name=name, hours=surgery.parse_hours(hours),
                            specialties=specialties, equipment=equipment)
    for code, family, given, specialty, weekdays in SURGEONS:
        surgery.create_staff(session, code=code, family_name=family, given_name=given,
                             role="surgeon", specialty=specialty, weekdays=weekdays)
    for code, family, given in ANAESTHETISTS:
        surgery.create_staff(session, code=code, family_name=family, given_name=given,
                             role="anaesthetist", weekdays=[1, 2, 3, 4, 5])
    n_cases = int(options.get("surgery_cases") or 300)
    result = surgery.import_programme_bytes(session, _programme(rng, n_cases),
                                            "programme-bloc.csv")
    today = clock.local(clock.now()).date()
    surgery.add_absence(session, "GARNIER.T", clock.now() + timedelta(days=2),
                        clock.now() + timedelta(days=9), "Congés")
    cancelled = surgery.cancel_by_rule(
        session, surgery.CancelRule(today, today + timedelta(days=13), ("P3", "P4")), REASON)
    outcomes = ("reached", "reached", "message", "unreachable")
    calls = surgery.list_calls(session, pending_only=True)
    made = 0
    for entry in calls[: len(calls) // 2]:
        surgery.record_call(session, entry.id, rng.choice(outcomes),
                            "Patient informé du report" if rng.random() < 0.5 else "",
                            caller="Secrétariat du bloc")
        made += 1
    return {"surgery_rooms": len(ROOMS), "surgery_staff": len(SURGEONS) + len(ANAESTHETISTS),
            "surgery_cases": result.cases, "surgery_cancelled": cancelled.cancelled,
            "surgery_calls_made": made}
