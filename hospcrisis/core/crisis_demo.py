"""Exercise data for the crisis cell: a ransomware night, hour by hour.

The story starts about nine hours before the exercise is created: screens freeze in the ED, IT
reports the systems down, the crisis cell opens its main courante, switches units to their
degraded-mode procedures, staff sign steps off, a situation report is issued, some systems come
back. Everything goes through the normal services, each user acting under their own account,
with the clock set to the moment of each event so times, sign-offs and the audit chain tell the
same story.
"""

from __future__ import annotations

import heapq
import itertools
import random
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from hospcrisis import clock
from hospcrisis.core import activations, crisis_log, sitrep, systems
from hospcrisis.core.activations import Activation
from hospcrisis.core.security import Role
from hospcrisis.core.session import Session
from hospcrisis.errors import NotFound
from hospcrisis.i18n import _
from hospcrisis.store import foundation

STORY_HOURS = 9

# Degraded-mode procedures switched on, minutes after the first alert: (minute, ids, units, why)
ACTIVATIONS: list[tuple[int, list[str], list[str], str]] = [
    (20, ["DM-ADMISSION", "DM-TRIAGE"], ["URG", "UHCD"],
     "DPI et ADT hors service depuis {first_alert} : admissions et tri sur papier."),
    (35, ["DM-MAR", "DM-PRESCRIPTION"], ["MED1", "MED2", "GER", "REA", "CHIR"],
     "Dossier de soins et logiciel de prescription inaccessibles."),
    (45, ["DM-LAB"], ["URG", "MED1", "REA", "LABO"],
     "Liaison SIL-unités coupée : demandes et résultats par coursier."),
    (50, ["DM-IMAGING"], ["URG", "RADIO"], "PACS hors service : images non consultables."),
    (60, ["DM-THEATRE"], ["BLOC", "CHIR"],
     "Planification du bloc hors service : urgences seules (décision de {theatre})."),
    (70, ["DM-BIRTHS"], ["MAT"], "Logiciel d’admission indisponible en maternité."),
    (80, ["DM-BEDS"], ["URG", "MED1", "MED2", "GER"], "Gestion des lits sur papier."),
    (85, ["DM-COMMUNICATION"], ["URG", "PUI"], "Messagerie coupée par la DSI."),
]

# (minute, author, kind, text, unit, patient, minutes late)
LOG: list[tuple[int, str, str, str, str | None, str | None, int]] = [
    (0, "cellule.bernard", "alert",
     "Écrans figés et message de rançon sur plusieurs postes des urgences. DSI prévenue par "
     "l’IOA.", "URG", None, 0),
    (12, "cellule.bernard", "decision",
     "Déclenchement de la cellule de crise (plan blanc numérique). Salle de crise au 2e étage "
     "de l’administration, poste isolé du réseau.", None, None, 0),
    (15, "cellule.bernard", "decision",
     "Points de situation toutes les 4 heures (prochain à {first_sitrep}) ; main courante "
     "tenue par le Dr Bernard.", None, None, 0),
    (25, "cadre.durand", "action",
     "Paquets d’admission pré-imprimés distribués : URG numéros 1 à 200, UHCD 201 à 300.",
     "URG", None, 0),
    (30, "cellule.bernard", "information",
     "ARS et CERT Santé prévenus par téléphone par l’administrateur de garde.", None, None, 0),
    (55, "cellule.bernard", "decision",
     "Déprogrammation de toute la chirurgie réglée de J0 à J2 ; seules les urgences P1a/P1b "
     "passent au bloc.", "BLOC", None, 0),
    (62, "cadre.durand", "information",
     "Appel du SAMU : trois victimes d’un accident de la route attendues, dont une UR.",
     "URG", None, 40),
    (95, "cellule.bernard", "action",
     "Deux coursiers désignés (brancardage) : tournées toutes les heures URG - LABO - PUI - "
     "cellule de crise.", None, None, 0),
    (110, "cadre.durand", "alert",
     "Stock de bracelets vierges bas aux urgences (environ 40). Commande au magasin.",
     "URG", None, 0),
    (130, "cellule.bernard", "information",
     "EFS prévenu : commandes de produits sanguins par fax, le fax du dépôt fonctionne.",
     "LABO", None, 25),
    (150, "cadre.durand", "information",
     "Patient inconnu admis en REA, identité provisoire créée, bracelet posé.", "REA",
     "DEMO-INCONNU-1", 0),
    (170, "cellule.bernard", "decision",
     "Réunion de crise avancée à 14 h 00 avec les chefs de pôle.", None, None, 0),
    (200, "cellule.bernard", "decision",
     "Ouverture de 6 lits supplémentaires en UHCD pour désengorger les urgences.", "UHCD",
     None, 0),
    (230, "cadre.durand", "action",
     "Recensement papier de MED1, MED2 et GER imprimé et affiché dans les offices.", "MED1",
     None, 0),
    (300, "cellule.bernard", "information",
     "La DSI confirme : pas de fuite de données identifiée à ce stade ; restauration du SIL "
     "en cours.", None, None, 0),
    (360, "cellule.bernard", "alert",
     "Standard téléphonique en panne ; talkies-walkies distribués aux urgences, au bloc et "
     "en réanimation.", None, None, 0),
    (420, "cellule.bernard", "decision",
     "Maintien du mode dégradé pour le DPI et l’ADT au moins jusqu’à demain 08 h 00.", None,
     None, 0),
]

# (minute, system, state, note, minutes back for "since")
STATUS: list[tuple[int, str, str, str, int]] = [
    (5, "dpi", "down", "Chiffrement constaté sur les serveurs du DPI.", 0),
    (5, "adt", "down", "", 0),
    (6, "pacs", "down", "Serveurs PACS isolés par précaution.", 0),
    (6, "lab", "partial", "Automates fonctionnels, liaison avec les unités coupée.", 0),
    (7, "pharmacy", "down", "", 0),
    (7, "or_planning", "down", "", 0),
    (8, "email", "down", "Coupée volontairement par la DSI.", 0),
    (8, "network", "partial", "Réseau segmenté, accès internet coupé.", 0),
    (9, "phones", "functional", "", 0),
    (9, "badges", "functional", "", 0),
    (9, "printers", "functional", "Impression locale uniquement (USB).", 0),
    (280, "lab", "functional", "SIL restauré et vérifié par la DSI.", 20),
    (355, "phones", "down", "Panne du standard (autocommutateur).", 10),
    (400, "phones", "functional", "Standard rétabli.", 0),
    (430, "network", "functional", "Réseau interne rétabli, internet toujours coupé.", 0),
]

SITREP_AT = 240  # the 08:00 situation report (four hours into the story)
CORRECTION_AT = 175  # the meeting time was wrong
CANCEL_AT = 90  # the pharmacy kept its phone line: communication procedure cancelled there
CLOSE_LAB_AT = 470  # the laboratory returns to normal and closes DM-LAB


def _signer_for(role: str, unit: str, people: dict[str, Session]) -> Session:
    if role == Role.NURSE.value:
        return people["ioa.martin" if unit in ("URG", "UHCD") else "ide.nguyen"]
    if role == Role.IT_RECOVERY.value:
        return people["dsi.petit"]
    if role == Role.CRISIS_CELL.value:
        return people["cellule.bernard"]
    if role == Role.ADMIN.value:
        return people["admin"]
    return people["cadre.durand"]


def fill(session: Session, rng: random.Random, options: dict[str, Any]) -> dict[str, int]:
    """Crisis log, systems status, activations with signed steps, one situation report."""
    people: dict[str, Session] = {"admin": session}
    for username in ("cadre.durand", "ioa.martin", "ide.nguyen", "cellule.bernard",
                     "dsi.petit"):
        # the exercise's own accounts, acting as themselves; a real login would cost a
        # password hash each (about a second) for nothing an exercise needs
        user = foundation.find_user(session.store, username)
        if user is None:
            raise NotFound(_("There is no user {name}.", name=username))
        people[username] = Session(session.store, user["id"], user["username"],
                                   user["display_name"], user["role"], session.station,
                                   dict(session.settings))
    hours = int(options.get("crisis_hours") or STORY_HOURS)
    start = (clock.now() - timedelta(hours=hours)).replace(second=0, microsecond=0)
    # minutes spread over the story's length (the lists above are written for nine hours)
    scale = hours / STORY_HOURS
    # clock times the texts mention, as a crisis cell would write them (local time)
    times = {name: clock.local_text(start + timedelta(minutes=minute * scale), "%H h %M")
             for name, minute in (("first_alert", 0), ("theatre", 55),
                                  ("first_sitrep", SITREP_AT))}
    counts = {"crisis_log_entries": 0, "procedure_activations": 0, "step_signoffs": 0,
              "systems_status_reports": 0, "situation_reports": 0}
    plan: list[tuple[float, int, Callable[[], None]]] = []  # a heap: (minute, order, action)
    order = itertools.count()

    def at(minute: float, action: Callable[[], None]) -> None:
        heapq.heappush(plan, (minute * scale, next(order), action))

    for minute, system, state, note, back in STATUS:
        def report(system: str = system, state: str = state, note: str = note,
                   back: int = back) -> None:
            since = clock.now() - timedelta(minutes=back * scale) if back else None
            systems.set_status(people["dsi.petit"], system, state, note=note, since=since)
            counts["systems_status_reports"] += 1
        at(minute, report)

    for minute, author, kind, body, unit, patient, late in LOG:
        def write(author: str = author, kind: str = kind, body: str = body,
                  unit: str | None = unit, patient: str | None = patient,
                  late: int = late) -> None:
            when = clock.now() - timedelta(minutes=late * scale) if late else None
            crisis_log.add_entry(people[author], kind=kind, text_value=body.format(**times),
                                 event_at=when, unit=unit, patient=patient)
            counts["crisis_log_entries"] += 1
        at(minute, write)

    def correct() -> None:
        wrong = crisis_log.list_entries(session, search="réunion avancée")
        if wrong:
            crisis_log.add_entry(people["cellule.bernard"], kind="decision",
                                 text_value="Correction : la réunion de crise est avancée à "
                                            "13 h 00 (et non 14 h 00).",
                                 corrects=wrong[0].id)
            counts["crisis_log_entries"] += 1
    at(CORRECTION_AT, correct)

    opened: dict[tuple[str, str], Activation] = {}
    for minute, procedure_ids, units, reason in ACTIVATIONS:
        def switch(procedure_ids: list[str] = procedure_ids, units: list[str] = units,
                   reason: str = reason, minute: int = minute) -> None:
            made = activations.activate(people["cellule.bernard"], procedure_ids, units,
                                        reason.format(**times))
            counts["procedure_activations"] += len(made)
            for item in made:
                opened[(item.procedure.id, item.unit_code)] = item
                _plan_signoffs(item, minute)
        at(minute, switch)

    def _plan_signoffs(item: Activation, minute: int) -> None:
        # most steps get signed within a few hours; the newest activations lag behind
        share = rng.uniform(0.45, 1.0) if minute < 60 else rng.uniform(0.2, 0.7)
        keys = [s.key for s in item.checklist][:max(1, round(share * item.total))]
        moment = float(minute)
        for key in keys:
            moment += rng.uniform(5, 45)
            if moment > STORY_HOURS * 60 - 10:
                break
            def sign(item: Activation = item, key: str = key) -> None:
                if not activations.get_activation(session, item.id).is_open:
                    return  # cancelled meanwhile
                step = item.step_status(key).step
                signer = _signer_for(step.role, item.unit_code, people)
                note = rng.choice(["", "", "", "Fait avec l’équipe de nuit.",
                                   "Classeur en place au poste de soins."])
                activations.sign_step(signer, item.id, key, note)
                counts["step_signoffs"] += 1
            at(moment, sign)

    def cancel() -> None:
        item = opened.get(("DM-COMMUNICATION", "PUI"))
        if item is not None:
            activations.cancel_activation(people["cellule.bernard"], item.id,
                                          "Activée par erreur : la PUI a gardé sa ligne "
                                          "directe et sa messagerie locale.")
    at(CANCEL_AT, cancel)

    def issue() -> None:
        sitrep.issue_sitrep(people["cellule.bernard"])
        counts["situation_reports"] += 1
    at(SITREP_AT, issue)

    def close_lab() -> None:
        item = opened.get(("DM-LAB", "LABO"))
        if item is None:
            return
        current = activations.get_activation(session, item.id)
        for status in current.returns:
            if not status.signed:
                signer = _signer_for(status.step.role, item.unit_code, people)
                activations.sign_step(signer, item.id, status.key, "SIL rétabli.")
                counts["step_signoffs"] += 1
        activations.deactivate(people["cellule.bernard"], item.id,
                               "Laboratoire revenu au fonctionnement normal.")
    at(CLOSE_LAB_AT, close_lab)

    previous = clock.frozen_at()  # an exercise made inside a test keeps its clock
    try:
        # actions may plan more (an activation plans its sign-offs), always later in time
        while plan:
            when, _order, action = heapq.heappop(plan)
            clock.freeze(start + timedelta(minutes=when))
            action()
    finally:
        clock.freeze(previous)
    return counts
