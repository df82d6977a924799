<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>hospcrisis</name>
        <message>
            <source>1 case cancelled; the patient is on the call list.</source>
            <translation>1 intervention déprogrammée ; le patient est sur la liste d’appels.</translation>
        </message>
        <message>
            <source>A call cannot be recorded in the future.</source>
            <translation>Un appel ne peut pas être enregistré dans le futur.</translation>
        </message>
        <message>
            <source>A room code is 1 to 20 letters, digits, dots, hyphens or underscores (for example B2).</source>
            <translation>Le code d’une salle compte 1 à 20 lettres, chiffres, points, tirets ou soulignés (par exemple B2).</translation>
        </message>
        <message>
            <source>A room needs opening hours on at least one day of the week.</source>
            <translation>Une salle doit avoir des horaires d’ouverture au moins un jour de la semaine.</translation>
        </message>
        <message>
            <source>A staff code is 1 to 20 letters, digits, dots, hyphens or underscores (for example DUPONT.J).</source>
            <translation>Le code d’un praticien compte 1 à 20 lettres, chiffres, points, tirets ou soulignés (par exemple DUPONT.J).</translation>
        </message>
        <message>
            <source>Accept it with: hospcrisis surgery accept</source>
            <translation>Pour le valider : hospcrisis surgery accept</translation>
        </message>
        <message>
            <source>Anaesthesia: “{value}” is not one of {options}.</source>
            <translation>Anesthésie : « {value} » n’est pas l’une des valeurs {options}.</translation>
        </message>
        <message>
            <source>Anaesthetist</source>
            <translation>Anesthésiste</translation>
        </message>
        <message>
            <source>Applies the latest proposed plan: new slots, call list entries for new dates. The previous accepted plan is kept.</source>
            <translation>Applique le dernier plan proposé : nouveaux créneaux, patients à appeler pour leur nouvelle date. Le plan validé précédent est conservé.</translation>
        </message>
        <message>
            <source>Call recorded for case {n}: {status} ({attempts} attempts).</source>
            <translation>Appel enregistré pour l’intervention {n} : {status} ({attempts} tentatives).</translation>
        </message>
        <message>
            <source>Called by</source>
            <translation>Appelé par</translation>
        </message>
        <message>
            <source>Calls still to make: {n}.</source>
            <translation>Appels restant à passer : {n}.</translation>
        </message>
        <message>
            <source>Cancelled, to re-plan</source>
            <translation>Déprogrammée, à reprogrammer</translation>
        </message>
        <message>
            <source>Cancelled: {n}; to re-plan: {replan}; rescheduled: {done}; overdue: {late}.</source>
            <translation>Déprogrammées : {n} ; à reprogrammer : {replan} ; reprogrammées : {done} ; hors délai : {late}.</translation>
        </message>
        <message>
            <source>Cancels (déprogramme) every planned case matching the rule between two dates (inclusive), or one case with --case. Each patient goes on the call list.</source>
            <translation>Déprogramme toutes les interventions prévues qui répondent à la règle entre deux dates (incluses), ou une seule avec --case. Chaque patient est ajouté à la liste d’appels.</translation>
        </message>
        <message>
            <source>Case {case} is done or under way: it cannot move.</source>
            <translation>L’intervention {case} est faite ou en cours : elle ne peut pas être déplacée.</translation>
        </message>
        <message>
            <source>Case {case}: anaesthetist {person} is not available then.</source>
            <translation>Intervention {case} : l’anesthésiste {person} n’est pas disponible à ce moment.</translation>
        </message>
        <message>
            <source>Case {case}: anaesthetist {person} is with case {other} at that time.</source>
            <translation>Intervention {case} : l’anesthésiste {person} est sur l’intervention {other} à ce moment.</translation>
        </message>
        <message>
            <source>Case {case}: room {room} is closed at that time.</source>
            <translation>Intervention {case} : la salle {room} est fermée à ce moment.</translation>
        </message>
        <message>
            <source>Case {case}: room {room} is not open in this plan.</source>
            <translation>Intervention {case} : la salle {room} n’est pas ouverte dans ce plan.</translation>
        </message>
        <message>
            <source>Case {case}: room {room} is taken by case {other}.</source>
            <translation>Intervention {case} : la salle {room} est occupée par l’intervention {other}.</translation>
        </message>
        <message>
            <source>Case {case}: room {room} lacks the specialty or equipment needed.</source>
            <translation>Intervention {case} : la salle {room} n’a pas la spécialité ou le matériel nécessaire.</translation>
        </message>
        <message>
            <source>Case {case}: the slot is outside the planning window or in the past.</source>
            <translation>Intervention {case} : le créneau est hors de la période planifiée ou dans le passé.</translation>
        </message>
        <message>
            <source>Case {case}: {person} is not available then.</source>
            <translation>Intervention {case} : {person} n’est pas disponible à ce moment.</translation>
        </message>
        <message>
            <source>Case {case}: {person} is operating on case {other} at that time.</source>
            <translation>Intervention {case} : {person} opère l’intervention {other} à ce moment.</translation>
        </message>
        <message>
            <source>Case {n} has no call waiting.</source>
            <translation>L’intervention {n} n’a aucun appel en attente.</translation>
        </message>
        <message>
            <source>Case {n} is already {status}.</source>
            <translation>L’intervention {n} est déjà au statut : {status}.</translation>
        </message>
        <message>
            <source>Cases changed since this plan was proposed ({numbers}): propose a new plan.</source>
            <translation>Des interventions ont changé depuis la proposition de ce plan ({numbers}) : proposez un nouveau plan.</translation>
        </message>
        <message>
            <source>Choose the weekdays this person operates (1 = Monday … 7 = Sunday).</source>
            <translation>Choisissez les jours où cette personne opère (1 = lundi … 7 = dimanche).</translation>
        </message>
        <message>
            <source>Columns ignored: {names}.</source>
            <translation>Colonnes ignorées : {names}.</translation>
        </message>
        <message>
            <source>Date the priority was set</source>
            <translation>Date d’attribution de la priorité</translation>
        </message>
        <message>
            <source>Date: “{value}” is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
            <translation>Date : « {value} » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).</translation>
        </message>
        <message>
            <source>Dates are written 2026-12-01 or 01/12/2026.</source>
            <translation>Les dates s’écrivent 2026-12-01 ou 01/12/2026.</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Date limite</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Matériel</translation>
        </message>
        <message>
            <source>Equipment needed</source>
            <translation>Matériel nécessaire</translation>
        </message>
        <message>
            <source>Expected duration: {n} minutes is not plausible (between {min} minutes and {max} hours).</source>
            <translation>Durée prévue : {n} minutes n’est pas plausible (entre {min} minutes et {max} heures).</translation>
        </message>
        <message>
            <source>Expected duration: “{value}” is not a number of minutes.</source>
            <translation>Durée prévue : « {value} » n’est pas un nombre de minutes.</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Vendredi</translation>
        </message>
        <message>
            <source>General anaesthesia</source>
            <translation>Anesthésie générale</translation>
        </message>
        <message>
            <source>Give --from and --to (or --case).</source>
            <translation>Indiquez --from et --to (ou --case).</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>IPP or provisional ID</source>
            <translation>IPP ou identifiant provisoire</translation>
        </message>
        <message>
            <source>Import the last OR programme, cancel cases (déprogrammation) with a patient call list, and re-plan the waiting cases by clinical priority.</source>
            <translation>Importer le dernier programme opératoire, déprogrammer des interventions avec une liste d’appels des patients, et reprogrammer les interventions en attente par priorité clinique.</translation>
        </message>
        <message>
            <source>Imports a CSV file exported from the OR planning system. Columns: date, start, duration_min, room, surgeon, family_name, procedure, priority (required) and optional ones listed in the README. A file with any bad line is refused whole, every bad line listed.</source>
            <translation>Importe un fichier CSV exporté du logiciel de planification du bloc. Colonnes : date, start, duration_min, room, surgeon, family_name, procedure, priority (obligatoires) et les colonnes facultatives décrites dans le README. Un fichier dont une ligne est erronée est refusé en entier, chaque ligne erronée étant listée.</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>Line {line}: case outside the opening hours of room {room}.</source>
            <translation>Ligne {line} : intervention hors des horaires d’ouverture de la salle {room}.</translation>
        </message>
        <message>
            <source>Line {line}: the OR reference {ref} is also on line {other}.</source>
            <translation>Ligne {line} : la référence bloc {ref} figure aussi ligne {other}.</translation>
        </message>
        <message>
            <source>Line {line}: the OR reference {ref} was already imported.</source>
            <translation>Ligne {line} : la référence bloc {ref} a déjà été importée.</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Ligne {line} : {problem}</translation>
        </message>
        <message>
            <source>Line {line}: {what} is in two cases at once (also {other}, {time}).</source>
            <translation>Ligne {line} : {what} est sur deux interventions à la fois (aussi {other}, {time}).</translation>
        </message>
        <message>
            <source>Local anaesthesia</source>
            <translation>Anesthésie locale</translation>
        </message>
        <message>
            <source>Message left</source>
            <translation>Message laissé</translation>
        </message>
        <message>
            <source>Missing column {name}.</source>
            <translation>Colonne {name} manquante.</translation>
        </message>
        <message>
            <source>Missing columns: {missing}. The header must name at least: {required}. Nothing was imported.</source>
            <translation>Colonnes manquantes : {missing}. L’en-tête doit nommer au moins : {required}. Rien n’a été importé.</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Lundi</translation>
        </message>
        <message>
            <source>New date</source>
            <translation>Nouvelle date</translation>
        </message>
        <message>
            <source>No slot in plan {n}</source>
            <translation>Pas de créneau dans le plan {n}</translation>
        </message>
        <message>
            <source>Nobody left to call.</source>
            <translation>Plus personne à appeler.</translation>
        </message>
        <message>
            <source>OR reference</source>
            <translation>Référence bloc</translation>
        </message>
        <message>
            <source>Only a planned case can be cancelled (case {n} is {status}).</source>
            <translation>Seule une intervention programmée peut être déprogrammée (l’intervention {n} est : {status}).</translation>
        </message>
        <message>
            <source>Only a planned case can be marked done (case {n} is {status}).</source>
            <translation>Seule une intervention programmée peut être marquée réalisée (l’intervention {n} est : {status}).</translation>
        </message>
        <message>
            <source>Only a proposed plan can be adjusted.</source>
            <translation>Seul un plan proposé peut être ajusté.</translation>
        </message>
        <message>
            <source>Opening hours of {day}: the room must close after it opens.</source>
            <translation>Horaires du {day} : la salle doit fermer après son ouverture.</translation>
        </message>
        <message>
            <source>Opening hours of {day}: write times as HH:MM.</source>
            <translation>Horaires du {day} : écrivez les heures sous la forme HH:MM.</translation>
        </message>
        <message>
            <source>Opening hours: “{day}” is not a weekday (1 = Monday … 7 = Sunday).</source>
            <translation>Horaires d’ouverture : « {day} » n’est pas un jour de la semaine (1 = lundi … 7 = dimanche).</translation>
        </message>
        <message>
            <source>Opening hours: “{part}” should look like “1-5 08:00-18:00”.</source>
            <translation>Horaires d’ouverture : « {part} » doit ressembler à « 1-5 08:00-18:00 ».</translation>
        </message>
        <message>
            <source>Operation cancelled</source>
            <translation>Intervention déprogrammée</translation>
        </message>
        <message>
            <source>P1a — emergency, within 24 hours</source>
            <translation>P1a — urgence, sous 24 heures</translation>
        </message>
        <message>
            <source>P1b — urgent, within 72 hours</source>
            <translation>P1b — urgent, sous 72 heures</translation>
        </message>
        <message>
            <source>P2 — within 4 weeks</source>
            <translation>P2 — sous 4 semaines</translation>
        </message>
        <message>
            <source>P3 — within 3 months</source>
            <translation>P3 — sous 3 mois</translation>
        </message>
        <message>
            <source>P4 — can wait more than 3 months</source>
            <translation>P4 — peut attendre plus de 3 mois</translation>
        </message>
        <message>
            <source>Patient record</source>
            <translation>Dossier patient</translation>
        </message>
        <message>
            <source>Patient's family name</source>
            <translation>Nom du patient</translation>
        </message>
        <message>
            <source>Patient's given name</source>
            <translation>Prénom du patient</translation>
        </message>
        <message>
            <source>Patient's phone</source>
            <translation>Téléphone du patient</translation>
        </message>
        <message>
            <source>Plan {n} accepted</source>
            <translation>Plan {n} validé</translation>
        </message>
        <message>
            <source>Plan {n} accepted. Patients with a new date are on the call list.</source>
            <translation>Plan {n} validé. Les patients ayant une nouvelle date sont sur la liste d’appels.</translation>
        </message>
        <message>
            <source>Plan {n} is {status}: only a proposed plan can be accepted.</source>
            <translation>Le plan {n} est au statut {status} : seul un plan proposé peut être validé.</translation>
        </message>
        <message>
            <source>Plan {n} proposed ({first}, {days} days): {late} late, {unplaced} without a slot, {moved} planned cases moved.</source>
            <translation>Plan {n} proposé ({first}, {days} jours) : {late} hors délai, {unplaced} sans créneau, {moved} interventions programmées déplacées.</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Programmée</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>Début prévu</translation>
        </message>
        <message>
            <source>Priority: “{value}” is not one of {options}.</source>
            <translation>Priorité : « {value} » n’est pas l’une des classes {options}.</translation>
        </message>
        <message>
            <source>Proposes (and keeps) a plan from DATE for N days: never breaks a room, staff or hours constraint; meets every deadline it can, then minimises lateness weighted by priority, then moves few planned cases. Late cases are listed first.</source>
            <translation>Propose (et conserve) un plan à partir de DATE sur N jours : ne viole jamais une contrainte de salle, de praticien ou d’horaires ; tient tous les délais possibles, puis minimise le retard pondéré par la priorité, puis déplace le moins possible d’interventions programmées. Les interventions hors délai sont listées en premier.</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Joint</translation>
        </message>
        <message>
            <source>Records one attempt on the oldest call not yet reached for the case.</source>
            <translation>Enregistre une tentative sur l’appel non abouti le plus ancien de l’intervention.</translation>
        </message>
        <message>
            <source>Regional anaesthesia</source>
            <translation>Anesthésie locorégionale</translation>
        </message>
        <message>
            <source>Room name</source>
            <translation>Nom de la salle</translation>
        </message>
        <message>
            <source>Room {code} created.</source>
            <translation>Salle {code} créée.</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samedi</translation>
        </message>
        <message>
            <source>Sedation</source>
            <translation>Sédation</translation>
        </message>
        <message>
            <source>Sex: “{value}” is not F, M or U.</source>
            <translation>Sexe : « {value} » n’est pas F, M ou U.</translation>
        </message>
        <message>
            <source>Specialties</source>
            <translation>Spécialités</translation>
        </message>
        <message>
            <source>Specialty</source>
            <translation>Spécialité</translation>
        </message>
        <message>
            <source>Staff created (check their weekdays): {codes}</source>
            <translation>Praticiens créés (vérifiez leurs jours de bloc) : {codes}</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Start time: “{value}” is not HH:MM.</source>
            <translation>Heure de début : « {value} » n’est pas au format HH:MM.</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Dimanche</translation>
        </message>
        <message>
            <source>Surgeon</source>
            <translation>Chirurgien</translation>
        </message>
        <message>
            <source>The OR reference {ref} is already used.</source>
            <translation>La référence bloc {ref} est déjà utilisée.</translation>
        </message>
        <message>
            <source>The absence must end after it starts.</source>
            <translation>L’absence doit se terminer après son début.</translation>
        </message>
        <message>
            <source>The code {code} is already used.</source>
            <translation>Le code {code} est déjà utilisé.</translation>
        </message>
        <message>
            <source>The deadline {when} is already past: enter a deadline to come.</source>
            <translation>La date limite {when} est déjà passée : saisissez une date limite à venir.</translation>
        </message>
        <message>
            <source>The file has no case: nothing was imported.</source>
            <translation>Le fichier ne contient aucune intervention : rien n’a été importé.</translation>
        </message>
        <message>
            <source>The file is empty or has no header line: nothing was imported.</source>
            <translation>Le fichier est vide ou n’a pas de ligne d’en-tête : rien n’a été importé.</translation>
        </message>
        <message>
            <source>The file is larger than {n} MB: nothing was imported.</source>
            <translation>Le fichier dépasse {n} Mo : rien n’a été importé.</translation>
        </message>
        <message>
            <source>The file is not in UTF-8 (unreadable byte 0x{byte:02X} on line {line}): in the spreadsheet, save it as “CSV UTF-8”. Nothing was imported.</source>
            <translation>Le fichier n’est pas en UTF-8 (octet illisible 0x{byte:02X} ligne {line}) : dans le tableur, enregistrez-le au format « CSV UTF-8 ». Rien n’a été importé.</translation>
        </message>
        <message>
            <source>The file was refused: {n} problems on its lines. Correct them and import it again; nothing was imported.</source>
            <translation>Le fichier a été refusé : {n} problèmes sur ses lignes. Corrigez-les puis importez-le à nouveau ; rien n’a été importé.</translation>
        </message>
        <message>
            <source>The last day comes before the first day.</source>
            <translation>Le dernier jour précède le premier jour.</translation>
        </message>
        <message>
            <source>The plan covers 1 to {max} days.</source>
            <translation>Le plan couvre de 1 à {max} jours.</translation>
        </message>
        <message>
            <source>The plan no longer fits the rooms and people available (something changed since it was proposed): propose a new plan. Nothing was changed.</source>
            <translation>Le plan ne correspond plus aux salles et aux praticiens disponibles (quelque chose a changé depuis sa proposition) : proposez un nouveau plan. Rien n’a été modifié.</translation>
        </message>
        <message>
            <source>The priority cannot have been set in the future.</source>
            <translation>La priorité ne peut pas avoir été attribuée dans le futur.</translation>
        </message>
        <message>
            <source>The room {code} already exists.</source>
            <translation>La salle {code} existe déjà.</translation>
        </message>
        <message>
            <source>There is no operating room {code}.</source>
            <translation>Il n’y a pas de salle d’opération {code}.</translation>
        </message>
        <message>
            <source>There is no operating room {code}: create it first (with its opening hours).</source>
            <translation>Il n’y a pas de salle d’opération {code} : créez-la d’abord (avec ses horaires d’ouverture).</translation>
        </message>
        <message>
            <source>There is no plan to show: propose one first (surgery plan).</source>
            <translation>Aucun plan à afficher : proposez-en un d’abord (surgery plan).</translation>
        </message>
        <message>
            <source>There is no surgeon or anaesthetist with the code {code}.</source>
            <translation>Aucun chirurgien ni anesthésiste n’a le code {code}.</translation>
        </message>
        <message>
            <source>There is no surgical case {key}.</source>
            <translation>Il n’y a pas d’intervention {key}.</translation>
        </message>
        <message>
            <source>This case is not in the plan.</source>
            <translation>Cette intervention n’est pas dans le plan.</translation>
        </message>
        <message>
            <source>This change breaks the rules of the plan; nothing was changed.</source>
            <translation>Ce changement enfreint les règles du plan ; rien n’a été modifié.</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Jeudi</translation>
        </message>
        <message>
            <source>To call</source>
            <translation>À appeler</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Mardi</translation>
        </message>
        <message>
            <source>Unreachable</source>
            <translation>Injoignable</translation>
        </message>
        <message>
            <source>Waiting by priority: {figures}</source>
            <translation>En attente par priorité : {figures}</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mercredi</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Annulée définitivement</translation>
        </message>
        <message>
            <source>Wrong encoding.</source>
            <translation>Mauvais encodage.</translation>
        </message>
        <message>
            <source>accept the latest proposed plan</source>
            <translation>valider le dernier plan proposé</translation>
        </message>
        <message>
            <source>add an operating room</source>
            <translation>ajouter une salle d’opération</translation>
        </message>
        <message>
            <source>anaesthetist {code}</source>
            <translation>l’anesthésiste {code}</translation>
        </message>
        <message>
            <source>cancel planned cases by rule or one by one, with a reason</source>
            <translation>déprogrammer des interventions par règle ou une à une, avec un motif</translation>
        </message>
        <message>
            <source>case number, reference or id</source>
            <translation>numéro, référence ou identifiant de l’intervention</translation>
        </message>
        <message>
            <source>case {n} already planned</source>
            <translation>intervention {n} déjà programmée</translation>
        </message>
        <message>
            <source>counts for the situation report</source>
            <translation>chiffres pour le point de situation</translation>
        </message>
        <message>
            <source>equipment tags</source>
            <translation>matériel (étiquettes)</translation>
        </message>
        <message>
            <source>first day (2026-12-01)</source>
            <translation>premier jour (2026-12-01)</translation>
        </message>
        <message>
            <source>first day of the plan (2026-12-01)</source>
            <translation>premier jour du plan (2026-12-01)</translation>
        </message>
        <message>
            <source>import the last OR programme (CSV, UTF-8)</source>
            <translation>importer le dernier programme opératoire (CSV, UTF-8)</translation>
        </message>
        <message>
            <source>include patients already reached</source>
            <translation>inclure les patients déjà joints</translation>
        </message>
        <message>
            <source>last day, inclusive</source>
            <translation>dernier jour, inclus</translation>
        </message>
        <message>
            <source>late {n} min</source>
            <translation>retard {n} min</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>ligne {line}</translation>
        </message>
        <message>
            <source>list the cases that would be cancelled, change nothing</source>
            <translation>lister les interventions qui seraient déprogrammées, sans rien changer</translation>
        </message>
        <message>
            <source>list the operating rooms</source>
            <translation>lister les salles d’opération</translation>
        </message>
        <message>
            <source>no free slot in the window</source>
            <translation>aucun créneau libre sur la période</translation>
        </message>
        <message>
            <source>no room has what this case needs</source>
            <translation>aucune salle n’a ce qu’il faut pour cette intervention</translation>
        </message>
        <message>
            <source>no slot</source>
            <translation>sans créneau</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>number of days</source>
            <translation>nombre de jours</translation>
        </message>
        <message>
            <source>one JSON object per case: case_id, priority, deadline, room, start, end, lateness_min</source>
            <translation>un objet JSON par intervention : case_id, priority, deadline, room, start, end, lateness_min</translation>
        </message>
        <message>
            <source>one case: number, reference or id</source>
            <translation>une intervention : numéro, référence ou identifiant</translation>
        </message>
        <message>
            <source>only this room (repeatable)</source>
            <translation>seulement cette salle (répétable)</translation>
        </message>
        <message>
            <source>opening hours, e.g. "1-5 08:00-18:00, 6 08:00-12:30" (1 = Monday)</source>
            <translation>horaires d’ouverture, par exemple "1-5 08:00-18:00, 6 08:00-12:30" (1 = lundi)</translation>
        </message>
        <message>
            <source>operating theatres: programme, cancellations, calls, re-planning</source>
            <translation>bloc opératoire : programme, déprogrammations, appels, reprogrammation</translation>
        </message>
        <message>
            <source>print the counts as JSON</source>
            <translation>afficher les chiffres en JSON</translation>
        </message>
        <message>
            <source>priority classes, comma-separated</source>
            <translation>classes de priorité, séparées par des virgules</translation>
        </message>
        <message>
            <source>propose a plan for the waiting cases</source>
            <translation>proposer un plan pour les interventions en attente</translation>
        </message>
        <message>
            <source>reached, message (left) or unreachable</source>
            <translation>reached (joint), message (message laissé) ou unreachable (injoignable)</translation>
        </message>
        <message>
            <source>reason given to patients</source>
            <translation>motif donné aux patients</translation>
        </message>
        <message>
            <source>record a call to a patient</source>
            <translation>enregistrer un appel à un patient</translation>
        </message>
        <message>
            <source>room name</source>
            <translation>nom de la salle</translation>
        </message>
        <message>
            <source>room {code}</source>
            <translation>la salle {code}</translation>
        </message>
        <message>
            <source>search time (default 1.5 s)</source>
            <translation>temps de recherche (1,5 s par défaut)</translation>
        </message>
        <message>
            <source>specialty tags</source>
            <translation>spécialités (étiquettes)</translation>
        </message>
        <message>
            <source>surgeon {code}</source>
            <translation>le chirurgien {code}</translation>
        </message>
        <message>
            <source>surgical cases in the OR programme (default 300)</source>
            <translation>interventions dans le programme opératoire (300 par défaut)</translation>
        </message>
        <message>
            <source>the patient call list</source>
            <translation>la liste d’appels des patients</translation>
        </message>
        <message>
            <source>the programme (CSV, UTF-8)</source>
            <translation>le programme (CSV, UTF-8)</translation>
        </message>
        <message>
            <source>the surgeon is not available in the window</source>
            <translation>le chirurgien n’est pas disponible sur la période</translation>
        </message>
        <message>
            <source>the waiting list by priority and days to deadline</source>
            <translation>la liste d’attente par priorité et jours avant la date limite</translation>
        </message>
        <message>
            <source>who called (default: the logged-in user)</source>
            <translation>qui a appelé (par défaut : l’utilisateur connecté)</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
            <translation>{field} : « {value} » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not a date and time (YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM).</source>
            <translation>{field} : « {value} » n’est pas une date et une heure (AAAA-MM-JJ HH:MM ou JJ/MM/AAAA HH:MM).</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not a date of birth (YYYY-MM-DD, DD/MM/YYYY or a year).</source>
            <translation>{field} : « {value} » n’est pas une date de naissance (AAAA-MM-JJ, JJ/MM/AAAA ou une année).</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not a valid tag (letters, digits, hyphens; at most 40).</source>
            <translation>{field} : « {value} » n’est pas une étiquette valable (lettres, chiffres, tirets ; 40 au plus).</translation>
        </message>
        <message>
            <source>{n} cases cancelled; {calls} patients to call.</source>
            <translation>{n} interventions déprogrammées ; {calls} patients à appeler.</translation>
        </message>
        <message>
            <source>{n} cases imported.</source>
            <translation>{n} interventions importées.</translation>
        </message>
        <message>
            <source>“{code}” is not a valid staff code.</source>
            <translation>« {code} » n’est pas un code de praticien valable.</translation>
        </message>
    </context>
</TS>
