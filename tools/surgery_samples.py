"""Sample data of the operating-theatre prints for `tools/forms_docs.py` (docs/forms/).

`variants(info)` returns (form, file stem, items, info, options) like `forms_docs.variants`:
a room's day (``or-day``) and the call list (``calls``), sample and blank.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from hospcrisis.core.surgery import CallAttempt, CallEntry
from hospcrisis.core.surgery_print import RoomDaySheet, ScheduleLine
from hospcrisis.forms.data import PrintInfo

DAY = date(2026, 12, 1)  # a Tuesday


def _at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def room_day() -> RoomDaySheet:
    cases = [  # start, minutes, patient, born, sex, id, procedure, anaesthesia, extras, class
        ((8, 0), 120, "LEFÈVRE Hélène", "1954-03-12", "F", "40021547",
         "Prothèse totale de hanche droite", "Anesthésie générale", ("c-arm",), "P2"),
        ((10, 20), 45, "NÚÑEZ-O’BRIEN José", "1987-07-01", "M", "URG1-000042-K",
         "Ostéosynthèse du poignet gauche (fracture du radius)", "Anesthésie locorégionale",
         (), "P1b"),
        ((11, 20), 90, "de LA TOUR D’AUVERGNE Henri", "1941", "M", "40019873",
         "Reprise de prothèse de genou", "Anesthésie générale", ("c-arm",), "P2"),
        ((13, 30), 60, "ÇELIK Ayşe", "1990-05-04", "F", "40031122",
         "Ligamentoplastie du LCA", "Anesthésie générale", (), "P3"),
        ((14, 45), 30, "MARTIN Paul", "1972-09-30", "M", "40008761",
         "Cure de canal carpien", "Anesthésie locale", (), "P3"),
        ((15, 30), 75, "GARÇON Zoé", "2009-02-11", "F", "40040001",
         "Arthroscopie du genou", "Anesthésie générale", (), "P2"),
    ]
    lines = []
    for number, ((hour, minute), duration, name, born, sex, ident, procedure, anaesthesia,
                 extras, priority) in enumerate(cases, start=41):
        start = _at(hour, minute)
        deadline = start + timedelta(days={"P1b": 1, "P2": 12, "P3": 60}[priority])
        lines.append(ScheduleLine(
            start, start + timedelta(minutes=duration), number, f"OR-20261201-B1-{number}",
            name, born, sex, ident, procedure, "ortho", anaesthesia, extras,
            "Legrand Pierre", "Dubois François" if number % 2 else "Lefebvre Isabelle",
            priority, deadline, duration,
            "Allergie au latex" if number == 43 else ""))
    return RoomDaySheet(DAY, "B1", "Bloc 1 — orthopédie", ("08:00", "18:00"), "",
                        tuple(lines))


def calls() -> list[CallEntry]:
    reason = "Cyberattaque : bloc limité aux urgences vitales (décision cellule de crise)"
    people = [
        ("DURAND Marie", "1950-03-12", "06 11 22 33 44", "Prothèse totale de hanche", "P3",
         _at(8), None, ()),
        ("PETIT Jean", "1961", "06 22 33 44 55", "Arthroscopie du genou", "P4", _at(10, 30),
         None, (("unreachable", _at(9, 5, date(2026, 11, 30)), "Secrétariat du bloc", ""),)),
        ("N’GUYEN Anh", "1975-05-05", "", "Cystoscopie", "P3", _at(8, 0, date(2026, 12, 2)),
         None, ()),
        ("LEROY Anne", "1962-02-02", "05 58 74 12 30", "Colectomie segmentaire", "P3",
         _at(14, 0, date(2026, 12, 4)), None,
         (("message", _at(9, 40, date(2026, 11, 30)), "Secrétariat du bloc",
           "Rappeler après 18 h"),)),
        ("BERNARD Lucie", "1967-07-14", "06 70 80 90 10", "Cure de hernie inguinale", "P2",
         _at(9, 15, date(2026, 12, 3)), _at(13, 45, date(2026, 12, 9)), ()),
        ("GARNIER Luc", "1948", "06 66 77 88 99", "Canal carpien", "P3",
         _at(8, 0, date(2026, 12, 7)), _at(10, 0, date(2026, 12, 14)),
         (("unreachable", _at(11, 0, date(2026, 11, 30)), "Dr Anne Bernard", ""),
          ("unreachable", _at(16, 20, date(2026, 11, 30)), "Dr Anne Bernard", ""))),
    ]
    out = []
    for number, (name, born, phone, procedure, priority, original, new, tries) in enumerate(
            people, start=12):
        attempts = tuple(CallAttempt(o, when, who, note) for o, when, who, note in tries)
        out.append(CallEntry(
            f"call-{number}", f"case-{number}", number, "new_date" if new else "cancellation",
            name, born, "", phone, procedure, priority, "Legrand", original, new,
            "Plan 3 validé" if new else reason, attempts[-1].outcome if attempts else "to_call",
            attempts))
    return out


def variants(info: Callable[..., PrintInfo]) -> list[tuple[str, str, list[Any], PrintInfo,
                                                           dict[str, Any]]]:
    return [("or-day", "or-day-fr", [room_day()], info(), {}),
            ("calls", "calls-fr", calls(), info(), {}),
            ("calls", "calls-blank-fr", [], info(), {})]
