<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>hospcrisis</name>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>&amp;Absence…</source>
            <translation>&amp;Absence…</translation>
        </message>
        <message>
            <source>&amp;Accept the plan…</source>
            <translation>&amp;Valider le plan…</translation>
        </message>
        <message>
            <source>&amp;Cancel this case…</source>
            <translation>&amp;Déprogrammer…</translation>
        </message>
        <message>
            <source>&amp;Close for some days…</source>
            <translation>&amp;Fermer quelques jours…</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>&amp;Day programme</source>
            <translation>Programme du &amp;jour</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Import the programme…</source>
            <translation>&amp;Importer le programme…</translation>
        </message>
        <message>
            <source>&amp;Message left</source>
            <translation>&amp;Message laissé</translation>
        </message>
        <message>
            <source>&amp;Move…</source>
            <translation>&amp;Déplacer…</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>&amp;Nouvelle intervention…</translation>
        </message>
        <message>
            <source>&amp;New room…</source>
            <translation>&amp;Nouvelle salle…</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nouveau…</translation>
        </message>
        <message>
            <source>&amp;Print the call list</source>
            <translation>&amp;Imprimer la liste d’appels</translation>
        </message>
        <message>
            <source>&amp;Print the day</source>
            <translation>&amp;Imprimer la journée</translation>
        </message>
        <message>
            <source>&amp;Propose a plan</source>
            <translation>&amp;Proposer un plan</translation>
        </message>
        <message>
            <source>&amp;Re-planning</source>
            <translation>&amp;Reprogrammation</translation>
        </message>
        <message>
            <source>&amp;Re-plan…</source>
            <translation>&amp;Reprogrammer…</translation>
        </message>
        <message>
            <source>&amp;Reached</source>
            <translation>&amp;Joint</translation>
        </message>
        <message>
            <source>&amp;Reopen…</source>
            <translation>&amp;Rouvrir…</translation>
        </message>
        <message>
            <source>&amp;Surgeons and anaesthetists…</source>
            <translation>&amp;Chirurgiens et anesthésistes…</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>Au&amp;jourd’hui</translation>
        </message>
        <message>
            <source>&amp;Unreachable</source>
            <translation>&amp;Injoignable</translation>
        </message>
        <message>
            <source>&amp;Waiting list</source>
            <translation>Liste d’&amp;attente</translation>
        </message>
        <message>
            <source>&amp;Waiting list ({n})</source>
            <translation>Liste d’&amp;attente ({n})</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>&amp;Retirer…</translation>
        </message>
        <message>
            <source>(no number)</source>
            <translation>(pas de numéro)</translation>
        </message>
        <message>
            <source>--{flag} does not apply to the form {name}.</source>
            <translation>--{flag} ne s’applique pas au formulaire {name}.</translation>
        </message>
        <message>
            <source>Absence</source>
            <translation>Absence</translation>
        </message>
        <message>
            <source>Absences to come:</source>
            <translation>Absences à venir :</translation>
        </message>
        <message>
            <source>Accept plan {n} ({count} cases from {first})?

Every case takes its slot in the programme and each patient with a new date goes on the call list. {late} cases will be late and {unplaced} have no slot. The previous plan is kept.</source>
            <translation>Valider le plan {n} ({count} interventions à partir du {first}) ?

Chaque intervention prend son créneau dans le programme et chaque patient qui a une nouvelle date va sur la liste d’appels. {late} interventions dépasseront leur délai et {unplaced} n’ont pas de créneau. Le plan précédent est conservé.</translation>
        </message>
        <message>
            <source>Accept the plan</source>
            <translation>Valider le plan</translation>
        </message>
        <message>
            <source>Anaesthesia</source>
            <translation>Anesthésie</translation>
        </message>
        <message>
            <source>Anaesthetist: {code}</source>
            <translation>Anesthésiste : {code}</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <source>Attempts so far:</source>
            <translation>Tentatives d’appel :</translation>
        </message>
        <message>
            <source>C&amp;ases</source>
            <translation>I&amp;nterventions</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;Every file (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Ca&amp;ncellation</source>
            <translation>Dé&amp;programmation</translation>
        </message>
        <message>
            <source>Call &amp;list</source>
            <translation>&amp;Liste d’appels</translation>
        </message>
        <message>
            <source>Call &amp;list ({n})</source>
            <translation>&amp;Liste d’appels ({n})</translation>
        </message>
        <message>
            <source>Call outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Call to {patient}: {outcome}.</source>
            <translation>Appel à {patient} : {outcome}.</translation>
        </message>
        <message>
            <source>Calls still to make</source>
            <translation>Appels restant à passer</translation>
        </message>
        <message>
            <source>Cancel (déprogrammer) the selected case: the patient goes on the call list</source>
            <translation>Déprogrammer l’intervention choisie : le patient va sur la liste d’appels</translation>
        </message>
        <message>
            <source>Cancel a case</source>
            <translation>Déprogrammer une intervention</translation>
        </message>
        <message>
            <source>Cancel an absence</source>
            <translation>Annuler une absence</translation>
        </message>
        <message>
            <source>Cancel case {n} ({patient}, {when})? The patient goes on the call list. Reason given to the patient:</source>
            <translation>Déprogrammer l’intervention {n} ({patient}, {when}) ? Le patient va sur la liste d’appels. Motif donné au patient :</translation>
        </message>
        <message>
            <source>Cancel the &amp;absence…</source>
            <translation>Annuler l’&amp;absence…</translation>
        </message>
        <message>
            <source>Cancel the absence</source>
            <translation>Annuler l’absence</translation>
        </message>
        <message>
            <source>Cancel the case</source>
            <translation>Déprogrammer</translation>
        </message>
        <message>
            <source>Cancel the cases planned in it those days (patients go on the call list)</source>
            <translation>Déprogrammer les interventions prévues dans la salle ces jours-là (les patients vont sur la liste d’appels)</translation>
        </message>
        <message>
            <source>Cancel these {n} cases…</source>
            <translation>Déprogrammer ces {n} interventions…</translation>
        </message>
        <message>
            <source>Cancel {n} cases</source>
            <translation>Déprogrammer {n} interventions</translation>
        </message>
        <message>
            <source>Cancel {n} planned cases ({priorities}) from {first} to {last}?

Each patient goes on the call list with the reason: “{reason}”. The cases go back to the waiting list, to re-plan.</source>
            <translation>Déprogrammer {n} interventions ({priorities}) du {first} au {last} ?

Chaque patient va sur la liste d’appels avec le motif : « {reason} ». Les interventions retournent sur la liste d’attente, à reprogrammer.</translation>
        </message>
        <message>
            <source>Cancelled (déprogrammées)</source>
            <translation>Déprogrammées</translation>
        </message>
        <message>
            <source>Capacity returns on</source>
            <translation>Reprise de l’activité le</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Case {n}</source>
            <translation>Intervention {n}</translation>
        </message>
        <message>
            <source>Case {n} cancelled; {patient} is on the call list.</source>
            <translation>Intervention {n} déprogrammée ; {patient} est sur la liste d’appels.</translation>
        </message>
        <message>
            <source>Case {n} moved in the plan.</source>
            <translation>Intervention {n} déplacée dans le plan.</translation>
        </message>
        <message>
            <source>Case {n} · {status}</source>
            <translation>Intervention {n} · {status}</translation>
        </message>
        <message>
            <source>Cases that would be cancelled</source>
            <translation>Interventions qui seraient déprogrammées</translation>
        </message>
        <message>
            <source>Cases waiting for a slot, by priority</source>
            <translation>Interventions en attente d’un créneau, par priorité</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Changement</translation>
        </message>
        <message>
            <source>Choose the day capacity returns and how many days to plan, then propose a plan. Nothing changes until you accept it.</source>
            <translation>Choisissez le jour de reprise de l’activité et le nombre de jours à planifier, puis proposez un plan. Rien ne change tant que vous ne l’avez pas validé.</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <source>Class set on</source>
            <translation>Classe attribuée le</translation>
        </message>
        <message>
            <source>Click a case of the room to print first.</source>
            <translation>Cliquez d’abord sur une intervention de la salle à imprimer.</translation>
        </message>
        <message>
            <source>Click a case to see it; double-click to edit it.</source>
            <translation>Cliquez sur une intervention pour la voir ; double-cliquez pour la modifier.</translation>
        </message>
        <message>
            <source>Close an operating room</source>
            <translation>Fermer une salle d’opération</translation>
        </message>
        <message>
            <source>Close the room</source>
            <translation>Fermer la salle</translation>
        </message>
        <message>
            <source>Closures in force:</source>
            <translation>Fermetures en cours ou à venir :</translation>
        </message>
        <message>
            <source>Copy the phone number</source>
            <translation>Copier le numéro de téléphone</translation>
        </message>
        <message>
            <source>Correct these lines in the spreadsheet, save it as “CSV UTF-8”, and import it again. The README lists the columns.</source>
            <translation>Corrigez ces lignes dans le tableur, enregistrez-le au format « CSV UTF-8 » et importez-le de nouveau. Le README liste les colonnes.</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>DD/MM/YYYY or a year</source>
            <translation>JJ/MM/AAAA ou une année</translation>
        </message>
        <message>
            <source>DONE</source>
            <translation>FAITE</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Deadline missed — to escalate or transfer</source>
            <translation>Délai dépassé — à signaler ou à transférer</translation>
        </message>
        <message>
            <source>Deadline missed — to escalate or transfer: {n}</source>
            <translation>Délai dépassé — à signaler ou à transférer : {n}</translation>
        </message>
        <message>
            <source>Deadline: {when}</source>
            <translation>Date limite : {when}</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Earlier deadline than the class gives:</source>
            <translation>Date limite plus proche que celle de la classe :</translation>
        </message>
        <message>
            <source>Equipment: {items}</source>
            <translation>Matériel : {items}</translation>
        </message>
        <message>
            <source>Every case of the &amp;plan</source>
            <translation>Toutes les interventions du &amp;plan</translation>
        </message>
        <message>
            <source>Every case of the &amp;plan ({n})</source>
            <translation>Toutes les interventions du &amp;plan ({n})</translation>
        </message>
        <message>
            <source>Every deadline is met.</source>
            <translation>Tous les délais sont respectés.</translation>
        </message>
        <message>
            <source>Every priority</source>
            <translation>Toutes les priorités</translation>
        </message>
        <message>
            <source>Every room</source>
            <translation>Toutes les salles</translation>
        </message>
        <message>
            <source>Every room (one page per room)</source>
            <translation>Toutes les salles (une page par salle)</translation>
        </message>
        <message>
            <source>Every specialty</source>
            <translation>Toutes les spécialités</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Every surgeon</source>
            <translation>Tous les chirurgiens</translation>
        </message>
        <message>
            <source>Expected duration</source>
            <translation>Durée prévue</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Give a reason.</source>
            <translation>Indiquez un motif.</translation>
        </message>
        <message>
            <source>IPP / ID</source>
            <translation>IPP / ID</translation>
        </message>
        <message>
            <source>IPP/ID {id}</source>
            <translation>IPP/ID {id}</translation>
        </message>
        <message>
            <source>Import the OR programme</source>
            <translation>Importer le programme opératoire</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>En service</translation>
        </message>
        <message>
            <source>Lateness</source>
            <translation>Retard</translation>
        </message>
        <message>
            <source>Leave &amp;out</source>
            <translation>&amp;Sortir du plan</translation>
        </message>
        <message>
            <source>Leave case {n} ({patient}) out of this plan? It stays on the waiting list; if it was planned, accepting the plan cancels it and its patient goes on the call list.</source>
            <translation>Sortir l’intervention {n} ({patient}) de ce plan ? Elle reste sur la liste d’attente ; si elle était programmée, la validation du plan la déprogramme et son patient va sur la liste d’appels.</translation>
        </message>
        <message>
            <source>Leave it out</source>
            <translation>La sortir du plan</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marquer &amp;faite</translation>
        </message>
        <message>
            <source>Messages left</source>
            <translation>Messages laissés</translation>
        </message>
        <message>
            <source>Move case {n}</source>
            <translation>Déplacer l’intervention {n}</translation>
        </message>
        <message>
            <source>Move here</source>
            <translation>Déplacer ici</translation>
        </message>
        <message>
            <source>New operating room</source>
            <translation>Nouvelle salle d’opération</translation>
        </message>
        <message>
            <source>New surgeon or anaesthetist</source>
            <translation>Nouveau chirurgien ou anesthésiste</translation>
        </message>
        <message>
            <source>New surgical case</source>
            <translation>Nouvelle intervention</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Jour suivant</translation>
        </message>
        <message>
            <source>No case planned in this room that day.</source>
            <translation>Aucune intervention programmée dans cette salle ce jour-là.</translation>
        </message>
        <message>
            <source>No deadline.</source>
            <translation>Pas de date limite.</translation>
        </message>
        <message>
            <source>No operating room is open on {day} and no case is planned then: nothing to print.</source>
            <translation>Aucune salle d’opération n’est ouverte le {day} et aucune intervention n’est programmée ce jour-là : rien à imprimer.</translation>
        </message>
        <message>
            <source>No operating room to show.</source>
            <translation>Aucune salle d’opération à afficher.</translation>
        </message>
        <message>
            <source>No operating room: add the rooms first (Rooms…).</source>
            <translation>Aucune salle d’opération : ajoutez d’abord les salles (Salles…).</translation>
        </message>
        <message>
            <source>No plan could be proposed.</source>
            <translation>Aucun plan n’a pu être proposé.</translation>
        </message>
        <message>
            <source>No slot: {reason}</source>
            <translation>Sans créneau : {reason}</translation>
        </message>
        <message>
            <source>Not possible:</source>
            <translation>Impossible :</translation>
        </message>
        <message>
            <source>Note (optional): what was said, call back after…</source>
            <translation>Remarque (facultative) : ce qui a été dit, rappeler après…</translation>
        </message>
        <message>
            <source>Nothing to print: no room and no case that day.</source>
            <translation>Rien à imprimer : aucune salle ni aucune intervention ce jour-là.</translation>
        </message>
        <message>
            <source>Now: no slot in the plan.</source>
            <translation>Actuellement : sans créneau dans le plan.</translation>
        </message>
        <message>
            <source>Now: room {room}, {when}.</source>
            <translation>Actuellement : salle {room}, {when}.</translation>
        </message>
        <message>
            <source>Number copied: {phone}</source>
            <translation>Numéro copié : {phone}</translation>
        </message>
        <message>
            <source>OR programme</source>
            <translation>Programme opératoire</translation>
        </message>
        <message>
            <source>On time (deadline {when}).</source>
            <translation>Dans les délais (date limite {when}).</translation>
        </message>
        <message>
            <source>One page per operating room and day: time, patient, procedure, surgeon, anaesthetist, priority (--day DATE, --room CODE).</source>
            <translation>Une page par salle d’opération et par jour : heure, patient, intervention, chirurgien, anesthésiste, priorité (--day DATE, --room CODE).</translation>
        </message>
        <message>
            <source>Only patients still to call</source>
            <translation>Seulement les patients à appeler</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Horaires d’ouverture</translation>
        </message>
        <message>
            <source>Operating days</source>
            <translation>Jours de bloc</translation>
        </message>
        <message>
            <source>Operating room day schedule</source>
            <translation>Programme opératoire de la salle</translation>
        </message>
        <message>
            <source>Operating rooms</source>
            <translation>Salles d’opération</translation>
        </message>
        <message>
            <source>Operating theatres</source>
            <translation>Bloc opératoire</translation>
        </message>
        <message>
            <source>Operation details</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <source>Operation planned</source>
            <translation>Intervention prévue</translation>
        </message>
        <message>
            <source>Operations cancelled or re-planned: tell each patient</source>
            <translation>Interventions déprogrammées ou reprogrammées : prévenir chaque patient</translation>
        </message>
        <message>
            <source>Outcome of this call</source>
            <translation>Résultat de cet appel</translation>
        </message>
        <message>
            <source>Past their deadline</source>
            <translation>Délai dépassé</translation>
        </message>
        <message>
            <source>Patient call list</source>
            <translation>Liste d’appels des patients</translation>
        </message>
        <message>
            <source>Patients called: {called} — reached {reached}, message left {message}, unreachable {unreachable}; {pending} calls still to make.</source>
            <translation>Patients appelés : {called} — joints {reached}, message laissé {message}, injoignables {unreachable} ; {pending} appels restent à passer.</translation>
        </message>
        <message>
            <source>Patients reached</source>
            <translation>Patients joints</translation>
        </message>
        <message>
            <source>Patients whose operation was cancelled or re-planned: phone, reason, new date, boxes to tick for each call.</source>
            <translation>Patients dont l’intervention a été déprogrammée ou reprogrammée : téléphone, motif, nouvelle date, cases à cocher à chaque appel.</translation>
        </message>
        <message>
            <source>Phone: {phone}</source>
            <translation>Téléphone : {phone}</translation>
        </message>
        <message>
            <source>Plan by &amp;day and room</source>
            <translation>Plan par &amp;jour et par salle</translation>
        </message>
        <message>
            <source>Plan {n} accepted on {when}: the programme follows it. Patients with a new date are on the call list.</source>
            <translation>Plan {n} validé le {when} : le programme le suit. Les patients qui ont une nouvelle date sont sur la liste d’appels.</translation>
        </message>
        <message>
            <source>Plan {n} accepted: the programme and the call list are up to date.</source>
            <translation>Plan {n} validé : le programme et la liste d’appels sont à jour.</translation>
        </message>
        <message>
            <source>Plan {n} proposed.</source>
            <translation>Plan {n} proposé.</translation>
        </message>
        <message>
            <source>Plan {n} proposed: {count} cases, every deadline met; {moved} planned cases would move. Nothing changes until you accept it.</source>
            <translation>Plan {n} proposé pour {count} interventions, tous les délais respectés. Interventions déjà programmées qui changeraient de créneau : {moved}. Rien ne change tant que vous ne l’avez pas validé.</translation>
        </message>
        <message>
            <source>Plan {n} proposed: {count} cases. {late} will start after their deadline and {unplaced} have no slot in these {days} days: escalate or transfer them (listed first). {moved} planned cases would move. Nothing changes until you accept it.</source>
            <translation>Plan {n} proposé pour {count} interventions. Délai dépassé : {late} ; sans créneau sur ces {days} jours : {unplaced} — à signaler ou à transférer (en tête de liste). Interventions déjà programmées qui changeraient de créneau : {moved}. Rien ne change tant que vous ne l’avez pas validé.</translation>
        </message>
        <message>
            <source>Plan {n} was replaced by a newer one.</source>
            <translation>Le plan {n} a été remplacé par un plan plus récent.</translation>
        </message>
        <message>
            <source>Previous calls</source>
            <translation>Appels précédents</translation>
        </message>
        <message>
            <source>Previous day</source>
            <translation>Jour précédent</translation>
        </message>
        <message>
            <source>Prio.</source>
            <translation>Prio.</translation>
        </message>
        <message>
            <source>Prio.: priority class (P1a ≤ 24 h, P1b ≤ 72 h, P2 ≤ 4 weeks, P3 ≤ 3 months, P4 &gt; 3 months); shaded: urgent. Write added cases in the empty rows.</source>
            <translation>Prio. : classe de priorité (P1a ≤ 24 h, P1b ≤ 72 h, P2 ≤ 4 semaines, P3 ≤ 3 mois, P4 &gt; 3 mois) ; grisé : urgent. Écrire les interventions ajoutées dans les lignes vides.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Programme imported</source>
            <translation>Programme importé</translation>
        </message>
        <message>
            <source>Programme refused</source>
            <translation>Programme refusé</translation>
        </message>
        <message>
            <source>Proposal stopped: nothing was changed.</source>
            <translation>Proposition arrêtée : rien n’a été modifié.</translation>
        </message>
        <message>
            <source>Propose a plan to see it here, day by day.</source>
            <translation>Proposez un plan pour le voir ici, jour par jour.</translation>
        </message>
        <message>
            <source>Put it in the programme now:</source>
            <translation>La programmer tout de suite :</translation>
        </message>
        <message>
            <source>Put the selected case in another room or at another time (every rule checked as you choose)</source>
            <translation>Mettre l’intervention choisie dans une autre salle ou à une autre heure (chaque règle est vérifiée au fil du choix)</translation>
        </message>
        <message>
            <source>R&amp;ooms…</source>
            <translation>&amp;Salles…</translation>
        </message>
        <message>
            <source>REACHED</source>
            <translation>JOINT</translation>
        </message>
        <message>
            <source>ROOM</source>
            <translation>SALLE</translation>
        </message>
        <message>
            <source>ROOM CLOSED</source>
            <translation>SALLE FERMÉE</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Reopen a room</source>
            <translation>Rouvrir une salle</translation>
        </message>
        <message>
            <source>Rescheduled</source>
            <translation>Reprogrammées</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>Room closed</source>
            <translation>Salle fermée</translation>
        </message>
        <message>
            <source>Room closed that day</source>
            <translation>Salle fermée ce jour-là</translation>
        </message>
        <message>
            <source>Room closed: {reason}</source>
            <translation>Salle fermée : {reason}</translation>
        </message>
        <message>
            <source>Room closed; {n} cases cancelled, patients on the call list.</source>
            <translation>Salle fermée ; {n} interventions déprogrammées, patients sur la liste d’appels.</translation>
        </message>
        <message>
            <source>Room {code}</source>
            <translation>Salle {code}</translation>
        </message>
        <message>
            <source>Room {code} opens again from {first} to {last}. Why?</source>
            <translation>La salle {code} rouvre du {first} au {last}. Pourquoi ?</translation>
        </message>
        <message>
            <source>Room {code} — {name}</source>
            <translation>Salle {code} — {name}</translation>
        </message>
        <message>
            <source>Room {room}, {when}</source>
            <translation>Salle {room}, {when}</translation>
        </message>
        <message>
            <source>Room {room}, {when} (plans and cancellations change it).</source>
            <translation>Salle {room}, {when} (les plans et les déprogrammations le changent).</translation>
        </message>
        <message>
            <source>Rooms, their specialties, equipment and opening hours:</source>
            <translation>Les salles, leurs spécialités, leur matériel et leurs horaires :</translation>
        </message>
        <message>
            <source>Search a name, a phone number…</source>
            <translation>Chercher un nom, un numéro de téléphone…</translation>
        </message>
        <message>
            <source>Search a patient, a procedure, a case number…</source>
            <translation>Chercher un patient, une intervention, un numéro…</translation>
        </message>
        <message>
            <source>Searching for the best plan from {first} for {days} days… (a few seconds)</source>
            <translation>Recherche du meilleur plan à partir du {first} sur {days} jours… (quelques secondes)</translation>
        </message>
        <message>
            <source>Slot</source>
            <translation>Créneau</translation>
        </message>
        <message>
            <source>Still operating here</source>
            <translation>Opère toujours ici</translation>
        </message>
        <message>
            <source>Still to re-plan</source>
            <translation>Encore à reprogrammer</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Surgeon: {name}</source>
            <translation>Chirurgien : {name}</translation>
        </message>
        <message>
            <source>Surgeons and anaesthetists</source>
            <translation>Chirurgiens et anesthésistes</translation>
        </message>
        <message>
            <source>Surgeons or anaesthetists created (check their operating days): {codes}</source>
            <translation>Chirurgiens ou anesthésistes créés (vérifiez leurs jours de bloc) : {codes}</translation>
        </message>
        <message>
            <source>Take case {n} ({patient}) off the lists for good? Why?</source>
            <translation>Retirer définitivement l’intervention {n} ({patient}) des listes ? Pourquoi ?</translation>
        </message>
        <message>
            <source>Take the case off the lists for good (operated elsewhere, declined…)</source>
            <translation>Retirer définitivement l’intervention des listes (opéré ailleurs, refus…)</translation>
        </message>
        <message>
            <source>Take the selected case out of this plan</source>
            <translation>Sortir l’intervention choisie de ce plan</translation>
        </message>
        <message>
            <source>The class gives the deadline {when}.</source>
            <translation>La classe donne la date limite du {when}.</translation>
        </message>
        <message>
            <source>The last OR programme exported from the planning system (CSV, UTF-8)</source>
            <translation>Le dernier programme opératoire exporté du logiciel de planification (CSV, UTF-8)</translation>
        </message>
        <message>
            <source>The next 14 days</source>
            <translation>Les 14 prochains jours</translation>
        </message>
        <message>
            <source>The selected case's room</source>
            <translation>La salle de l’intervention choisie</translation>
        </message>
        <message>
            <source>This class has no deadline.</source>
            <translation>Cette classe n’a pas de date limite.</translation>
        </message>
        <message>
            <source>This slot is {span} after the deadline ({when}).</source>
            <translation>Ce créneau est {span} après la date limite ({when}).</translation>
        </message>
        <message>
            <source>Tick one box per call; write the time, your name and what was said. Then record it in hospcrisis (Operating theatres ▸ Call list).</source>
            <translation>Cocher une case par appel ; noter l’heure, votre nom et ce qui a été dit. Puis l’enregistrer dans hospcrisis (Bloc opératoire ▸ Liste d’appels).</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Délai restant</translation>
        </message>
        <message>
            <source>To (inclusive)</source>
            <translation>Au (inclus)</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Jusqu’au</translation>
        </message>
        <message>
            <source>Waiting list: {n} cases ({figures}); {overdue} past their deadline.</source>
            <translation>Liste d’attente : {n} interventions ({figures}) ; {overdue} hors délai.</translation>
        </message>
        <message>
            <source>Waiting {priority}</source>
            <translation>En attente {priority}</translation>
        </message>
        <message>
            <source>Was planned</source>
            <translation>Était prévue le</translation>
        </message>
        <message>
            <source>Which planned cases</source>
            <translation>Quelles interventions programmées</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Why (told to each patient)</source>
            <translation>Motif (donné à chaque patient)</translation>
        </message>
        <message>
            <source>Why we call</source>
            <translation>Motif de l’appel</translation>
        </message>
        <message>
            <source>Withdraw a case</source>
            <translation>Retirer une intervention</translation>
        </message>
        <message>
            <source>Write the reason first.</source>
            <translation>Écrivez d’abord le motif.</translation>
        </message>
        <message>
            <source>adjusted by hand</source>
            <translation>ajustée à la main</translation>
        </message>
        <message>
            <source>any</source>
            <translation>toutes</translation>
        </message>
        <message>
            <source>as at {date} {time}</source>
            <translation>état au {date} à {time}</translation>
        </message>
        <message>
            <source>at</source>
            <translation>à</translation>
        </message>
        <message>
            <source>before</source>
            <translation>avant le</translation>
        </message>
        <message>
            <source>by</source>
            <translation>par</translation>
        </message>
        <message>
            <source>calls made since are not on this sheet</source>
            <translation>les appels passés depuis ne figurent pas sur cette feuille</translation>
        </message>
        <message>
            <source>case no. {n}</source>
            <translation>interv. n° {n}</translation>
        </message>
        <message>
            <source>cases</source>
            <translation>interventions</translation>
        </message>
        <message>
            <source>cases waiting</source>
            <translation>interventions en attente</translation>
        </message>
        <message>
            <source>check for changes before using this sheet</source>
            <translation>vérifier les changements avant d’utiliser cette feuille</translation>
        </message>
        <message>
            <source>closed that day</source>
            <translation>fermée ce jour-là</translation>
        </message>
        <message>
            <source>e.g. Cyberattack: theatres limited to emergencies</source>
            <translation>ex. : Cyberattaque, bloc limité aux urgences vitales</translation>
        </message>
        <message>
            <source>empty: any specialty</source>
            <translation>vide : toutes les spécialités</translation>
        </message>
        <message>
            <source>equipment, separated by commas</source>
            <translation>matériel, séparé par des virgules</translation>
        </message>
        <message>
            <source>every priority</source>
            <translation>toutes priorités</translation>
        </message>
        <message>
            <source>for example DUPONT.J</source>
            <translation>par exemple DUPONT.J</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>déplacée</translation>
        </message>
        <message>
            <source>moved from its planned slot</source>
            <translation>déplacée de son créneau prévu</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>no deadline</source>
            <translation>sans date limite</translation>
        </message>
        <message>
            <source>no number</source>
            <translation>pas de numéro</translation>
        </message>
        <message>
            <source>no number: find it</source>
            <translation>pas de numéro : le chercher</translation>
        </message>
        <message>
            <source>no slot: {reason}</source>
            <translation>sans créneau : {reason}</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucun pour l’instant</translation>
        </message>
        <message>
            <source>not yet: to re-plan</source>
            <translation>pas encore : à reprogrammer</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>dans les délais</translation>
        </message>
        <message>
            <source>open {start}–{end}</source>
            <translation>ouverte {start}–{end}</translation>
        </message>
        <message>
            <source>or-day: only this operating room (default: every room open that day)</source>
            <translation>or-day : seulement cette salle d’opération (par défaut : toutes les salles ouvertes ce jour-là)</translation>
        </message>
        <message>
            <source>or-day: the day to print (2026-12-01 or 01/12/2026; default today)</source>
            <translation>or-day : le jour à imprimer (2026-12-01 ou 01/12/2026 ; par défaut aujourd’hui)</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>planifier</translation>
        </message>
        <message>
            <source>red frame: late</source>
            <translation>cadre rouge : en retard</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>{day}: {n} cases</source>
            <translation>{day} : {n} interventions</translation>
        </message>
        <message>
            <source>{day}: {n} cases in {rooms} open rooms</source>
            <translation>{day} : {n} interventions dans {rooms} salles ouvertes</translation>
        </message>
        <message>
            <source>{d} d</source>
            <translation>{d} j</translation>
        </message>
        <message>
            <source>{n} after their deadline</source>
            <translation>{n} après leur date limite</translation>
        </message>
        <message>
            <source>{n} attempt(s)</source>
            <translation>{n} tentative(s)</translation>
        </message>
        <message>
            <source>{n} cases are still planned here that day: re-plan them.</source>
            <translation>{n} interventions sont encore programmées ici ce jour-là : à reprogrammer.</translation>
        </message>
        <message>
            <source>{n} cases imported from “{file}”.</source>
            <translation>{n} interventions importées depuis « {file} ».</translation>
        </message>
        <message>
            <source>{n} cases waiting ({figures})</source>
            <translation>{n} interventions en attente ({figures})</translation>
        </message>
        <message>
            <source>{n} cases · {first}–{last} · {booked} min booked{share} · {opening}</source>
            <translation>{n} interventions · {first}–{last} · {booked} min programmées{share} · {opening}</translation>
        </message>
        <message>
            <source>{n} d left</source>
            <translation>reste {n} j</translation>
        </message>
        <message>
            <source>{n} d overdue</source>
            <translation>délai dépassé de {n} j</translation>
        </message>
        <message>
            <source>{n} h left</source>
            <translation>reste {n} h</translation>
        </message>
        <message>
            <source>{n} late</source>
            <translation>{n} en retard</translation>
        </message>
        <message>
            <source>{n} of {total} cases</source>
            <translation>{n} sur {total} interventions</translation>
        </message>
        <message>
            <source>{n} operations cancelled (déprogrammées); {replan} still to re-plan, {done} rescheduled.</source>
            <translation>{n} interventions déprogrammées ; {replan} encore à reprogrammer, {done} reprogrammées.</translation>
        </message>
        <message>
            <source>{n} past their deadline</source>
            <translation>{n} hors délai</translation>
        </message>
        <message>
            <source>{n} patients to call · {tried} already tried without reaching them · {dates} to tell a new date</source>
            <translation>{n} patients à appeler · {tried} déjà tentés sans succès · {dates} à informer d’une nouvelle date</translation>
        </message>
        <message>
            <source>{n} planned cases match from {first} to {last}: {patients} patients to call.</source>
            <translation>{n} interventions programmées correspondent du {first} au {last} : {patients} patients à appeler.</translation>
        </message>
        <message>
            <source>{n} still to call</source>
            <translation>{n} à appeler</translation>
        </message>
        <message>
            <source>{opening} · no case planned</source>
            <translation>{opening} · aucune intervention programmée</translation>
        </message>
        <message>
            <source>{patient} — {procedure} ({priority}, surgeon {surgeon})</source>
            <translation>{patient} — {procedure} ({priority}, chirurgien {surgeon})</translation>
        </message>
        <message>
            <source>{planned} cases planned, {done} done.</source>
            <translation>{planned} interventions programmées, {done} réalisées.</translation>
        </message>
        <message>
            <source>{procedure} — {surgeon} · {priority}</source>
            <translation>{procedure} — {surgeon} · {priority}</translation>
        </message>
        <message>
            <source>{span} late</source>
            <translation>{span} de retard</translation>
        </message>
        <message>
            <source>{start}–{end} · room {room}</source>
            <translation>{start}–{end} · salle {room}</translation>
        </message>
        <message>
            <source>{who} will be available again from {start} to {end}. Why?</source>
            <translation>{who} sera de nouveau disponible du {start} au {end}. Pourquoi ?</translation>
        </message>
        <message>
            <source>— not named —</source>
            <translation>— non désigné —</translation>
        </message>
        <message>
            <source>“{file}” was not imported.</source>
            <translation>« {file} » n’a pas été importé.</translation>
        </message>
    </context>
</TS>
