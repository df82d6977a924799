<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>hospcrisis</name>
        <message>
            <source>% of steps signed off</source>
            <translation>% d’étapes validées</translation>
        </message>
        <message>
            <source>(corrects {ref})</source>
            <translation>(corrige {ref})</translation>
        </message>
        <message>
            <source>(written {time})</source>
            <translation>(saisie le {time})</translation>
        </message>
        <message>
            <source>A procedure {id} already exists: open it to make a new version.</source>
            <translation>Une procédure {id} existe déjà : ouvrez-la pour en faire une nouvelle version.</translation>
        </message>
        <message>
            <source>A system code is 1 to 24 lower-case letters, digits, hyphens or underscores (for example pneumatic_tube).</source>
            <translation>Un code de système compte 1 à 24 minuscules, chiffres, tirets ou soulignés (par exemple pneumatique).</translation>
        </message>
        <message>
            <source>Activates every procedure given in every unit given; also logs the decision in the main courante.</source>
            <translation>Active chaque procédure indiquée dans chaque unité indiquée, et consigne la décision dans la main courante.</translation>
        </message>
        <message>
            <source>Activation {ref} cannot be closed yet: sign off the return-to-normal steps first.</source>
            <translation>L’activation {ref} ne peut pas encore être clôturée : validez d’abord les étapes de retour à la normale.</translation>
        </message>
        <message>
            <source>Activation {ref} is already cancelled.</source>
            <translation>L’activation {ref} est déjà annulée.</translation>
        </message>
        <message>
            <source>Activation {ref} is {state}: nothing more can be signed or changed.</source>
            <translation>L’activation {ref} est à l’état « {state} » : plus rien ne peut y être validé ni modifié.</translation>
        </message>
        <message>
            <source>Activation {ref} of procedure {id} in {unit} cancelled. Reason: {reason}</source>
            <translation>Activation {ref} de la procédure {id} en {unit} annulée. Motif : {reason}</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Add a system to follow (code of lower-case letters, digits, - or _), or rename, reorder or retire one.</source>
            <translation>Ajoute un système à suivre (code en minuscules, chiffres, - ou _), ou renomme, déplace ou retire un système.</translation>
        </message>
        <message>
            <source>Admission sheet</source>
            <translation>Fiche d’admission</translation>
        </message>
        <message>
            <source>Admissions and movements (ADT)</source>
            <translation>Admissions et mouvements (GAP / ADT)</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alerte</translation>
        </message>
        <message>
            <source>Alerts since the previous report</source>
            <translation>Alertes depuis le point précédent</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Toutes les unités</translation>
        </message>
        <message>
            <source>Applies to: {scope}</source>
            <translation>S’applique à : {scope}</translation>
        </message>
        <message>
            <source>Arrivals per hour by triage level</source>
            <translation>Arrivées par heure et par niveau de tri</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Badges and access control</source>
            <translation>Badges et contrôle d’accès</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Recensement des patients</translation>
        </message>
        <message>
            <source>Census by unit</source>
            <translation>Patients présents par unité</translation>
        </message>
        <message>
            <source>Checklist:</source>
            <translation>Liste de contrôle :</translation>
        </message>
        <message>
            <source>Choose at least one procedure.</source>
            <translation>Choisissez au moins une procédure.</translation>
        </message>
        <message>
            <source>Choose at least one unit.</source>
            <translation>Choisissez au moins une unité.</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <source>Crisis log entry {station}-{number}</source>
            <translation>Entrée {station}-{number} de la main courante</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Decisions since the previous report</source>
            <translation>Décisions depuis le point précédent</translation>
        </message>
        <message>
            <source>Degraded-mode procedures by unit</source>
            <translation>Procédures de mode dégradé par unité</translation>
        </message>
        <message>
            <source>Each procedure of the file becomes a new version (its version must be above the newest known). A file with any problem is refused whole, every problem listed. Format: resources/procedures/README.md.</source>
            <translation>Chaque procédure du fichier devient une nouvelle version (son numéro doit dépasser la dernière version connue). Un fichier qui comporte le moindre problème est refusé en entier, avec la liste de tous les problèmes. Format : resources/procedures/README.md.</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Messagerie</translation>
        </message>
        <message>
            <source>Entries in order of event time. Filters combine; --search ignores accents and case.</source>
            <translation>Entrées dans l’ordre chronologique des événements. Les filtres se combinent ; --search ignore les accents et les majuscules.</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Entry text</source>
            <translation>Texte de l’entrée</translation>
        </message>
        <message>
            <source>Entry {ref} saved in the main courante.</source>
            <translation>Entrée {ref} enregistrée dans la main courante.</translation>
        </message>
        <message>
            <source>Event time</source>
            <translation>Heure de l’événement</translation>
        </message>
        <message>
            <source>Forms to print: {forms}</source>
            <translation>Formulaires à imprimer : {forms}</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Fully functional</source>
            <translation>Fonctionnel</translation>
        </message>
        <message>
            <source>Identification wristband</source>
            <translation>Bracelet d’identification</translation>
        </message>
        <message>
            <source>Imaging (RIS / PACS)</source>
            <translation>Imagerie (RIS / PACS)</translation>
        </message>
        <message>
            <source>Imaging request</source>
            <translation>Bon de demande d’imagerie</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Laboratory request</source>
            <translation>Bon de demande de biologie</translation>
        </message>
        <message>
            <source>Laboratory system (LIS)</source>
            <translation>Laboratoire (SIL)</translation>
        </message>
        <message>
            <source>Medication administration record</source>
            <translation>Plan d’administration des médicaments</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>No alert logged.</source>
            <translation>Aucune alerte consignée.</translation>
        </message>
        <message>
            <source>No decision logged.</source>
            <translation>Aucune décision consignée.</translation>
        </message>
        <message>
            <source>No degraded-mode procedure is active in {unit}.</source>
            <translation>Aucune procédure de mode dégradé n’est active en {unit}.</translation>
        </message>
        <message>
            <source>No degraded-mode procedure is active.</source>
            <translation>Aucune procédure de mode dégradé n’est active.</translation>
        </message>
        <message>
            <source>No entry.</source>
            <translation>Aucune entrée.</translation>
        </message>
        <message>
            <source>No status reported yet.</source>
            <translation>Aucun état signalé pour l’instant.</translation>
        </message>
        <message>
            <source>No system followed</source>
            <translation>Aucun système suivi</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Non-functional</source>
            <translation>Hors service</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Non applicable</translation>
        </message>
        <message>
            <source>Not available on this station yet.</source>
            <translation>Pas encore disponible sur ce poste.</translation>
        </message>
        <message>
            <source>Not reported</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Only {name}, who signed step {step} off, or a manager may withdraw the sign-off.</source>
            <translation>Seul {name}, qui a validé l’étape {step}, ou un encadrant peut retirer la validation.</translation>
        </message>
        <message>
            <source>Operating theatre planning</source>
            <translation>Planification du bloc opératoire</translation>
        </message>
        <message>
            <source>Partially functional</source>
            <translation>Partiellement fonctionnel</translation>
        </message>
        <message>
            <source>Patient labels</source>
            <translation>Étiquettes patient</translation>
        </message>
        <message>
            <source>Patient record (DPI)</source>
            <translation>Dossier patient informatisé (DPI)</translation>
        </message>
        <message>
            <source>Patient reference</source>
            <translation>Référence du patient</translation>
        </message>
        <message>
            <source>Performed by</source>
            <translation>Réalisé par</translation>
        </message>
        <message>
            <source>Pharmacy and prescribing</source>
            <translation>Pharmacie et prescription</translation>
        </message>
        <message>
            <source>Pre-printed downtime packets</source>
            <translation>Paquets pré-imprimés de mode dégradé</translation>
        </message>
        <message>
            <source>Printers</source>
            <translation>Imprimantes</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>Procédure</translation>
        </message>
        <message>
            <source>Procedure {id} does not apply to unit {code} ({kind}); it covers: {scope}.</source>
            <translation>La procédure {id} ne s’applique pas à l’unité {code} ({kind}) ; elle couvre : {scope}.</translation>
        </message>
        <message>
            <source>Procedure {id} has no step {step}.</source>
            <translation>La procédure {id} n’a pas d’étape {step}.</translation>
        </message>
        <message>
            <source>Procedure {id} has no version {version}.</source>
            <translation>La procédure {id} n’a pas de version {version}.</translation>
        </message>
        <message>
            <source>Procedure {id} is already active in unit {code} ({ref}, since {time}).</source>
            <translation>La procédure {id} est déjà active dans l’unité {code} ({ref}, depuis le {time}).</translation>
        </message>
        <message>
            <source>Procedure {id} version {version} already there: unchanged.</source>
            <translation>Procédure {id} version {version} déjà présente : inchangée.</translation>
        </message>
        <message>
            <source>Procedure {id} version {version} saved.</source>
            <translation>Procédure {id} version {version} enregistrée.</translation>
        </message>
        <message>
            <source>Procedure {id} was saved as version {newest} since you opened version {base}. Reopen it, then make your changes again.</source>
            <translation>La procédure {id} a été enregistrée en version {newest} depuis que vous avez ouvert la version {base}. Rouvrez-la, puis refaites vos modifications.</translation>
        </message>
        <message>
            <source>Procedure {id} “{title}” (version {version}) activated in {units}. Reason: {reason}</source>
            <translation>Procédure {id} « {title} » (version {version}) activée en {units}. Motif : {reason}</translation>
        </message>
        <message>
            <source>Procedure {id} “{title}” closed in {unit}: back to normal ({ref}).</source>
            <translation>Procédure {id} « {title} » clôturée en {unit} : retour à la normale ({ref}).</translation>
        </message>
        <message>
            <source>Procedures progress over time</source>
            <translation>Avancement des procédures dans le temps</translation>
        </message>
        <message>
            <source>Procedures written to {path}.</source>
            <translation>Procédures écrites dans {path}.</translation>
        </message>
        <message>
            <source>Read-only preview; nothing is recorded as issued.</source>
            <translation>Aperçu en lecture seule : rien n’est enregistré comme diffusé.</translation>
        </message>
        <message>
            <source>Refused until every return-to-normal step is signed off.</source>
            <translation>Refusé tant que toutes les étapes de retour à la normale ne sont pas validées.</translation>
        </message>
        <message>
            <source>Responsible role</source>
            <translation>Rôle responsable</translation>
        </message>
        <message>
            <source>Return to normal</source>
            <translation>Retour à la normale</translation>
        </message>
        <message>
            <source>Return to normal:</source>
            <translation>Retour à la normale :</translation>
        </message>
        <message>
            <source>Return-to-normal step {step} is not signed off ({role}): {text}</source>
            <translation>L’étape de retour à la normale {step} n’est pas validée ({role}) : {text}</translation>
        </message>
        <message>
            <source>Returning to normal</source>
            <translation>Retour à la normale en cours</translation>
        </message>
        <message>
            <source>STATE: functional, partial, down or na (fonctionnel, partiel, hors service, non applicable). Also writes the change in the main courante.</source>
            <translation>STATE : functional, partial, down ou na (fonctionnel, partiel, hors service, non applicable). Consigne aussi le changement dans la main courante.</translation>
        </message>
        <message>
            <source>STEP is a checklist step number (3) or a return-to-normal step (R1). Only the step's role or a manager may sign it.</source>
            <translation>STEP est le numéro d’une étape de la liste de contrôle (3) ou d’une étape de retour à la normale (R1). Seul le rôle responsable de l’étape ou un encadrant peut la valider.</translation>
        </message>
        <message>
            <source>Sign-off of step {step} of {ref} withdrawn.</source>
            <translation>Validation de l’étape {step} de {ref} retirée.</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Since the beginning of the crisis (first report).</source>
            <translation>Depuis le début de la crise (premier point de situation).</translation>
        </message>
        <message>
            <source>Since the previous report ({time}).</source>
            <translation>Depuis le point précédent ({time}).</translation>
        </message>
        <message>
            <source>Situation report no. {number} issued.</source>
            <translation>Point de situation n° {number} diffusé.</translation>
        </message>
        <message>
            <source>Situation report no. {number} — {time}</source>
            <translation>Point de situation n° {number} — {time}</translation>
        </message>
        <message>
            <source>Status of the information system's parts (DPI, ADT, lab, PACS, pharmacy, phones…).</source>
            <translation>État des composants du système d’information (DPI, GAP, laboratoire, PACS, pharmacie, téléphonie…).</translation>
        </message>
        <message>
            <source>Step text</source>
            <translation>Texte de l’étape</translation>
        </message>
        <message>
            <source>Step {step} is for the role “{role}”: your role ({yours}) may not sign it off. Ask a user with that role, or a manager (administrator, crisis cell, nurse manager).</source>
            <translation>L’étape {step} relève du rôle « {role} » : votre rôle ({yours}) ne peut pas la valider. Demandez à un utilisateur de ce rôle, ou à un encadrant (administrateur, cellule de crise, cadre de santé).</translation>
        </message>
        <message>
            <source>Step {step} is not signed off.</source>
            <translation>L’étape {step} n’est pas validée.</translation>
        </message>
        <message>
            <source>Step {step} of {ref} signed off ({done}/{total}).</source>
            <translation>Étape {step} de {ref} validée ({done}/{total}).</translation>
        </message>
        <message>
            <source>Step {step} was already signed off by {name} at {time}.</source>
            <translation>L’étape {step} a déjà été validée par {name} le {time}.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Steps signed off by unit</source>
            <translation>Étapes validées par unité</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Surgery cancelled and rescheduled</source>
            <translation>Interventions déprogrammées et reprogrammées</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>System name</source>
            <translation>Nom du système</translation>
        </message>
        <message>
            <source>System {code} ({name}) is followed.</source>
            <translation>Le système {code} ({name}) est suivi.</translation>
        </message>
        <message>
            <source>System {code} ({name}) is no longer followed.</source>
            <translation>Le système {code} ({name}) n’est plus suivi.</translation>
        </message>
        <message>
            <source>System {name}: {state} (was: {previous}).</source>
            <translation>Système {name} : {state} (auparavant : {previous}).</translation>
        </message>
        <message>
            <source>Systems</source>
            <translation>Systèmes</translation>
        </message>
        <message>
            <source>Systems status</source>
            <translation>État des systèmes</translation>
        </message>
        <message>
            <source>Systems status over time</source>
            <translation>État des systèmes dans le temps</translation>
        </message>
        <message>
            <source>Telephones</source>
            <translation>Téléphonie</translation>
        </message>
        <message>
            <source>The crisis cell's chronological log. Entries are never changed: a correction is a new entry (--corrects).</source>
            <translation>Le journal chronologique de la cellule de crise. Une entrée n’est jamais modifiée : une correction est une nouvelle entrée (--corrects).</translation>
        </message>
        <message>
            <source>The degraded-mode procedure library, its activation in units, the sign-off of each step and the board.</source>
            <translation>La bibliothèque des procédures de mode dégradé, leur activation dans les unités, la validation de chaque étape et le tableau de suivi.</translation>
        </message>
        <message>
            <source>The file</source>
            <translation>Le fichier</translation>
        </message>
        <message>
            <source>The number of entries to show starts at 1.</source>
            <translation>Le nombre d’entrées à afficher commence à 1.</translation>
        </message>
        <message>
            <source>The position is a number from 0 to 10000.</source>
            <translation>La position est un nombre de 0 à 10000.</translation>
        </message>
        <message>
            <source>The procedure</source>
            <translation>La procédure</translation>
        </message>
        <message>
            <source>The procedure file has {n} problem(s): nothing was saved.</source>
            <translation>Le fichier de procédures comporte {n} problème(s) : rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The system {name} is no longer followed.</source>
            <translation>Le système {name} n’est plus suivi.</translation>
        </message>
        <message>
            <source>There is no crisis log entry {ref} to correct.</source>
            <translation>Il n’y a pas d’entrée {ref} à corriger dans la main courante.</translation>
        </message>
        <message>
            <source>There is no crisis log entry {ref}.</source>
            <translation>Il n’y a pas d’entrée {ref} dans la main courante.</translation>
        </message>
        <message>
            <source>There is no procedure activation {ref}.</source>
            <translation>Il n’y a pas d’activation de procédure {ref}.</translation>
        </message>
        <message>
            <source>There is no procedure {id}.</source>
            <translation>Il n’y a pas de procédure {id}.</translation>
        </message>
        <message>
            <source>There is no system “{code}”. Systems: {codes}.</source>
            <translation>Il n’y a pas de système « {code} ». Systèmes : {codes}.</translation>
        </message>
        <message>
            <source>This section could not be built ({error}).</source>
            <translation>Cette rubrique n’a pas pu être établie ({error}).</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Déclenchement</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Unit board</source>
            <translation>Tableau de l’unité</translation>
        </message>
        <message>
            <source>Unknown kind of entry “{kind}”: decision, action, information or alert (décision, action, information, alerte).</source>
            <translation>Type d’entrée inconnu « {kind} » : décision, action, information ou alerte (decision, action, information, alert).</translation>
        </message>
        <message>
            <source>Unknown state “{state}”: functional, partial, down or na (fonctionnel, partiel, hors service, non applicable).</source>
            <translation>État inconnu « {state} » : fonctionnel, partiel, hors service ou non applicable (functional, partial, down, na).</translation>
        </message>
        <message>
            <source>When: {trigger}</source>
            <translation>Quand : {trigger}</translation>
        </message>
        <message>
            <source>Write an entry in the main courante. KIND: decision, action, information or alert (décision, action, information, alerte). For a late entry give the time of the event with --at (14:30, 11/02/2026 14:30): it is kept beside the time of writing.</source>
            <translation>Écrit une entrée dans la main courante. KIND : décision, action, information ou alerte (decision, action, information, alert). Pour une saisie tardive, donnez l’heure de l’événement avec --at (14:30, 11/02/2026 14:30) : elle est conservée à côté de l’heure de saisie.</translation>
        </message>
        <message>
            <source>[corrected by {refs}]</source>
            <translation>[corrigée par {refs}]</translation>
        </message>
        <message>
            <source>[patient {ref}]</source>
            <translation>[patient {ref}]</translation>
        </message>
        <message>
            <source>a procedure is a JSON object.</source>
            <translation>une procédure est un objet JSON.</translation>
        </message>
        <message>
            <source>a step is an object with "role" and "text".</source>
            <translation>une étape est un objet avec « role » et « text ».</translation>
        </message>
        <message>
            <source>a unit's active procedures with their steps</source>
            <translation>les procédures actives d’une unité, avec leurs étapes</translation>
        </message>
        <message>
            <source>add, rename, reorder or retire a system</source>
            <translation>ajouter, renommer, déplacer ou retirer un système</translation>
        </message>
        <message>
            <source>an older version</source>
            <translation>une version antérieure</translation>
        </message>
        <message>
            <source>cancel an activation made by mistake</source>
            <translation>annuler une activation faite par erreur</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>liste de contrôle</translation>
        </message>
        <message>
            <source>close an activation: back to normal</source>
            <translation>clôturer une activation : retour à la normale</translation>
        </message>
        <message>
            <source>decision, action, information or alert</source>
            <translation>décision, action, information ou alerte</translation>
        </message>
        <message>
            <source>default: all</source>
            <translation>par défaut : toutes</translation>
        </message>
        <message>
            <source>degraded-mode procedures: library, activations, sign-off</source>
            <translation>procédures de mode dégradé : bibliothèque, activations, validations</translation>
        </message>
        <message>
            <source>e.g. TEST-A3, or A3</source>
            <translation>par exemple TEST-A3, ou A3</translation>
        </message>
        <message>
            <source>events from this time</source>
            <translation>événements à partir de cette heure</translation>
        </message>
        <message>
            <source>events up to this time</source>
            <translation>événements jusqu’à cette heure</translation>
        </message>
        <message>
            <source>every status report, oldest first</source>
            <translation>tous les signalements d’état, du plus ancien au plus récent</translation>
        </message>
        <message>
            <source>every system with its current state</source>
            <translation>chaque système avec son état actuel</translation>
        </message>
        <message>
            <source>file to write</source>
            <translation>fichier à écrire</translation>
        </message>
        <message>
            <source>format version {found} is not supported (this program reads version {expected}).</source>
            <translation>la version de format {found} n’est pas prise en charge (ce programme lit la version {expected}).</translation>
        </message>
        <message>
            <source>functional, partial, down or na</source>
            <translation>fonctionnel, partiel, hors service ou non applicable</translation>
        </message>
        <message>
            <source>import procedures from a JSON file</source>
            <translation>importer des procédures depuis un fichier JSON</translation>
        </message>
        <message>
            <source>include closed activations</source>
            <translation>inclure les activations clôturées</translation>
        </message>
        <message>
            <source>list and search the entries</source>
            <translation>lister et rechercher les entrées</translation>
        </message>
        <message>
            <source>name shown</source>
            <translation>nom affiché</translation>
        </message>
        <message>
            <source>one activation's checklist and sign-offs</source>
            <translation>la liste de contrôle d’une activation et ses validations</translation>
        </message>
        <message>
            <source>one procedure in full</source>
            <translation>une procédure en entier</translation>
        </message>
        <message>
            <source>only the newest N entries</source>
            <translation>seulement les N entrées les plus récentes</translation>
        </message>
        <message>
            <source>only this author (user or full name)</source>
            <translation>seulement cet auteur (utilisateur ou nom complet)</translation>
        </message>
        <message>
            <source>only this kind (repeatable)</source>
            <translation>seulement ce type (répétable)</translation>
        </message>
        <message>
            <source>only this patient reference</source>
            <translation>seulement cette référence patient</translation>
        </message>
        <message>
            <source>only this system</source>
            <translation>seulement ce système</translation>
        </message>
        <message>
            <source>only this unit</source>
            <translation>seulement cette unité</translation>
        </message>
        <message>
            <source>only those for this kind of unit (ed, medicine…)</source>
            <translation>seulement celles de ce type d’unité (ed, medicine…)</translation>
        </message>
        <message>
            <source>order in the list</source>
            <translation>rang dans la liste</translation>
        </message>
        <message>
            <source>patient concerned (provisional ID, IPP or name)</source>
            <translation>patient concerné (numéro provisoire, IPP ou nom)</translation>
        </message>
        <message>
            <source>print it as JSON</source>
            <translation>l’afficher en JSON</translation>
        </message>
        <message>
            <source>print the board as JSON</source>
            <translation>afficher le tableau en JSON</translation>
        </message>
        <message>
            <source>print them as JSON</source>
            <translation>les afficher en JSON</translation>
        </message>
        <message>
            <source>procedure</source>
            <translation>procédure</translation>
        </message>
        <message>
            <source>procedure {id}</source>
            <translation>procédure {id}</translation>
        </message>
        <message>
            <source>procedure {id}: version {version} is not newer than version {newest} already known; give it version {next}.</source>
            <translation>procédure {id} : la version {version} n’est pas plus récente que la version {newest} déjà connue ; numérotez-la {next}.</translation>
        </message>
        <message>
            <source>procedure {n}</source>
            <translation>procédure {n}</translation>
        </message>
        <message>
            <source>procedure {n} ({id})</source>
            <translation>procédure {n} ({id})</translation>
        </message>
        <message>
            <source>report a system's state</source>
            <translation>signaler l’état d’un système</translation>
        </message>
        <message>
            <source>return to normal</source>
            <translation>retour à la normale</translation>
        </message>
        <message>
            <source>sign a step off</source>
            <translation>valider une étape</translation>
        </message>
        <message>
            <source>signed by {name} at {time}</source>
            <translation>validée par {name} le {time}</translation>
        </message>
        <message>
            <source>situation report (point de situation) data</source>
            <translation>données du point de situation</translation>
        </message>
        <message>
            <source>stop following this system</source>
            <translation>ne plus suivre ce système</translation>
        </message>
        <message>
            <source>switch units to procedures</source>
            <translation>faire passer des unités en procédure de mode dégradé</translation>
        </message>
        <message>
            <source>system code, e.g. dpi, lab, phones</source>
            <translation>code du système, par exemple dpi, lab, phones</translation>
        </message>
        <message>
            <source>system code, e.g. pneumatic_tube</source>
            <translation>code du système, par exemple pneumatique</translation>
        </message>
        <message>
            <source>systems status: what works, since when</source>
            <translation>état des systèmes : ce qui fonctionne, depuis quand</translation>
        </message>
        <message>
            <source>the entry this one corrects (number, e.g. 12, or TEST-12)</source>
            <translation>l’entrée que celle-ci corrige (numéro, par exemple 12, ou TEST-12)</translation>
        </message>
        <message>
            <source>the field “{name}” is missing.</source>
            <translation>le champ « {name} » est absent.</translation>
        </message>
        <message>
            <source>the file holds neither a procedure nor a list of procedures.</source>
            <translation>le fichier ne contient ni une procédure ni une liste de procédures.</translation>
        </message>
        <message>
            <source>the file holds no procedure.</source>
            <translation>le fichier ne contient aucune procédure.</translation>
        </message>
        <message>
            <source>the forms are a list of form names (may be empty).</source>
            <translation>les formulaires sont une liste de noms de formulaires (éventuellement vide).</translation>
        </message>
        <message>
            <source>the id is 2 to 40 letters, digits, dots, hyphens or underscores, starting with a letter or digit (for example DM-ADMISSION).</source>
            <translation>l’identifiant compte 2 à 40 lettres, chiffres, points, tirets ou soulignés, et commence par une lettre ou un chiffre (par exemple DM-ADMISSION).</translation>
        </message>
        <message>
            <source>the id {id} is already used by procedure {first} of this file.</source>
            <translation>l’identifiant {id} est déjà utilisé par la procédure {first} de ce fichier.</translation>
        </message>
        <message>
            <source>the main courante: the crisis cell's append-only log</source>
            <translation>la main courante : le journal de la cellule de crise, sans modification possible</translation>
        </message>
        <message>
            <source>the procedures in force</source>
            <translation>les procédures en vigueur</translation>
        </message>
        <message>
            <source>the scope is a non-empty list of unit kinds, or ["all"].</source>
            <translation>le périmètre est une liste non vide de types d’unité, ou ["all"].</translation>
        </message>
        <message>
            <source>the version is a whole number from 1 (1, 2, 3…).</source>
            <translation>la version est un nombre entier à partir de 1 (1, 2, 3…).</translation>
        </message>
        <message>
            <source>this is not a hospcrisis procedure file (format “{found}”, expected “{expected}”).</source>
            <translation>ce n’est pas un fichier de procédures hospcrisis (format « {found} », attendu « {expected} »).</translation>
        </message>
        <message>
            <source>time of the event, if earlier than now</source>
            <translation>heure de l’événement, s’il est antérieur à maintenant</translation>
        </message>
        <message>
            <source>unit codes</source>
            <translation>codes des unités</translation>
        </message>
        <message>
            <source>unit concerned</source>
            <translation>unité concernée</translation>
        </message>
        <message>
            <source>units × procedures: state, progress, time since</source>
            <translation>unités × procédures : état, avancement, temps écoulé</translation>
        </message>
        <message>
            <source>unknown field “{name}” in the file.</source>
            <translation>champ inconnu « {name} » dans le fichier.</translation>
        </message>
        <message>
            <source>unknown field “{name}”.</source>
            <translation>champ inconnu « {name} ».</translation>
        </message>
        <message>
            <source>unknown form “{form}” (forms: {forms}).</source>
            <translation>formulaire inconnu « {form} » (formulaires : {forms}).</translation>
        </message>
        <message>
            <source>unknown role “{role}” (roles: {roles}).</source>
            <translation>rôle inconnu « {role} » (rôles : {roles}).</translation>
        </message>
        <message>
            <source>unknown unit kind “{kind}” (kinds: {kinds}).</source>
            <translation>type d’unité inconnu « {kind} » (types : {kinds}).</translation>
        </message>
        <message>
            <source>version {n}</source>
            <translation>version {n}</translation>
        </message>
        <message>
            <source>what happened or was decided</source>
            <translation>ce qui s’est passé ou a été décidé</translation>
        </message>
        <message>
            <source>what the next situation report would say</source>
            <translation>ce que dirait le prochain point de situation</translation>
        </message>
        <message>
            <source>what works, what does not</source>
            <translation>ce qui fonctionne, ce qui ne fonctionne pas</translation>
        </message>
        <message>
            <source>when the state began (default: now)</source>
            <translation>début de cet état (par défaut : maintenant)</translation>
        </message>
        <message>
            <source>why</source>
            <translation>motif</translation>
        </message>
        <message>
            <source>withdraw a sign-off made by mistake</source>
            <translation>retirer une validation faite par erreur</translation>
        </message>
        <message>
            <source>words that must all appear</source>
            <translation>mots qui doivent tous figurer</translation>
        </message>
        <message>
            <source>write an entry</source>
            <translation>écrire une entrée</translation>
        </message>
        <message>
            <source>write procedures to a JSON file (to edit and re-import)</source>
            <translation>écrire des procédures dans un fichier JSON (pour les modifier et les réimporter)</translation>
        </message>
        <message>
            <source>{field} ({lang}) must be a text.</source>
            <translation>{field} ({lang}) doit être un texte.</translation>
        </message>
        <message>
            <source>{field} ({time}) is in the future: it is now {now}.</source>
            <translation>{field} ({time}) est dans le futur : il est {now}.</translation>
        </message>
        <message>
            <source>{field} ({time}) is more than {days} days ago: check the date (year, month).</source>
            <translation>{field} ({time}) remonte à plus de {days} jours : vérifiez la date (année, mois).</translation>
        </message>
        <message>
            <source>{field} must be a list.</source>
            <translation>{field} doit être une liste.</translation>
        </message>
        <message>
            <source>{field} must be a text, or an object with "fr" and "en" texts.</source>
            <translation>{field} doit être un texte, ou un objet avec des textes « fr » et « en ».</translation>
        </message>
        <message>
            <source>{field} needs at least one step.</source>
            <translation>{field} : il faut au moins une étape.</translation>
        </message>
        <message>
            <source>{field}: unknown language “{lang}” (use fr or en).</source>
            <translation>{field} : langue inconnue « {lang} » (utilisez fr ou en).</translation>
        </message>
        <message>
            <source>{field}: {n} steps; at most {max}.</source>
            <translation>{field} : {n} étapes ; {max} au plus.</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not a time. Write 14:30, 11/02/2026 14:30 or 2026-02-11T14:30.</source>
            <translation>{field} : « {value} » n’est pas une heure. Écrivez 14:30, 11/02/2026 14:30 ou 2026-02-11T14:30.</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 text: save it as UTF-8 and import it again.</source>
            <translation>{name} n’est pas un texte UTF-8 : enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>{name} is not valid JSON (line {line}, column {column}: {reason}).</source>
            <translation>{name} n’est pas du JSON valide (ligne {line}, colonne {column} : {reason}).</translation>
        </message>
        <message>
            <source>{name} is too large ({size} KB; at most {max} KB): nothing was saved.</source>
            <translation>{name} est trop volumineux ({size} Ko ; {max} Ko au plus) : rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>{name}: {state} since {time}.</source>
            <translation>{name} : {state} depuis le {time}.</translation>
        </message>
        <message>
            <source>{n} procedure(s) active in {units} unit(s); {done} of {total} steps signed off.</source>
            <translation>{n} procédure(s) active(s) dans {units} unité(s) ; {done} étapes validées sur {total}.</translation>
        </message>
        <message>
            <source>{n} procedures in one file; at most {max}.</source>
            <translation>{n} procédures dans un seul fichier ; {max} au plus.</translation>
        </message>
        <message>
            <source>{record}: differs from the copy kept in the audit chain (edited outside hospcrisis).</source>
            <translation>{record} : diffère de la copie conservée dans la chaîne d’audit (modifiée en dehors de hospcrisis).</translation>
        </message>
        <message>
            <source>{record}: not written by hospcrisis (no audit entry records it).</source>
            <translation>{record} : n’a pas été écrite par hospcrisis (aucune entrée d’audit ne l’enregistre).</translation>
        </message>
        <message>
            <source>{record}: recorded in the audit chain but missing from the database (deleted outside hospcrisis).</source>
            <translation>{record} : enregistrée dans la chaîne d’audit mais absente de la base (supprimée en dehors de hospcrisis).</translation>
        </message>
        <message>
            <source>{ref} cancelled.</source>
            <translation>{ref} annulée.</translation>
        </message>
        <message>
            <source>{ref} closed: {unit} is back to normal for {id}.</source>
            <translation>{ref} clôturée : {unit} est revenue à la normale pour {id}.</translation>
        </message>
        <message>
            <source>{ref}: procedure {id} active in {unit} ({total} steps).</source>
            <translation>{ref} : procédure {id} active en {unit} ({total} étapes).</translation>
        </message>
        <message>
            <source>{state}: {n}</source>
            <translation>{state} : {n}</translation>
        </message>
        <message>
            <source>{where}, {list} step {n}</source>
            <translation>{where}, étape {n} ({list})</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where} : {problem}</translation>
        </message>
        <message>
            <source>“procedures” must be a list.</source>
            <translation>« procedures » doit être une liste.</translation>
        </message>
    </context>
</TS>
