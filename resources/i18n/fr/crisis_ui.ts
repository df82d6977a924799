<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>hospcrisis</name>
        <message>
            <source>&amp;Activate in units…</source>
            <translation>&amp;Activer dans des unités…</translation>
        </message>
        <message>
            <source>&amp;Activate procedures…</source>
            <translation>&amp;Activer des procédures…</translation>
        </message>
        <message>
            <source>&amp;Change the state…</source>
            <translation>&amp;Changer l’état…</translation>
        </message>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Check-list</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>&amp;Corriger…</translation>
        </message>
        <message>
            <source>&amp;Edit (new version)…</source>
            <translation>&amp;Modifier (nouvelle version)…</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Généralités</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Historique…</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importer un fichier…</translation>
        </message>
        <message>
            <source>&amp;Issue a situation report…</source>
            <translation>&amp;Émettre un point de situation…</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Bibliothèque</translation>
        </message>
        <message>
            <source>&amp;Main courante</source>
            <translation>&amp;Main courante</translation>
        </message>
        <message>
            <source>&amp;New procedure…</source>
            <translation>&amp;Nouvelle procédure…</translation>
        </message>
        <message>
            <source>&amp;Open the checklist</source>
            <translation>&amp;Ouvrir la check-list</translation>
        </message>
        <message>
            <source>&amp;Print again…</source>
            <translation>&amp;Réimprimer…</translation>
        </message>
        <message>
            <source>&amp;Print the unit's procedures…</source>
            <translation>&amp;Imprimer les procédures de l’unité…</translation>
        </message>
        <message>
            <source>&amp;Procedures board</source>
            <translation>&amp;Tableau des procédures</translation>
        </message>
        <message>
            <source>&amp;Return to normal</source>
            <translation>&amp;Retour à la normale</translation>
        </message>
        <message>
            <source>&amp;Sign off the step…</source>
            <translation>&amp;Valider l’étape…</translation>
        </message>
        <message>
            <source>&amp;Withdraw the sign-off…</source>
            <translation>&amp;Retirer la validation…</translation>
        </message>
        <message>
            <source>(no unit)</source>
            <translation>(aucune unité)</translation>
        </message>
        <message>
            <source>A report covers what happened since the previous one.</source>
            <translation>Un point couvre ce qui s’est passé depuis le précédent.</translation>
        </message>
        <message>
            <source>Accounts: admin, cadre.durand, ioa.martin, ide.nguyen, cellule.bernard, dsi.petit, direction.leroy — all with this password.</source>
            <translation>Comptes : admin, cadre.durand, ioa.martin, ide.nguyen, cellule.bernard, dsi.petit, direction.leroy — tous avec ce mot de passe.</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activer</translation>
        </message>
        <message>
            <source>Activate degraded-mode procedures</source>
            <translation>Activer des procédures de mode dégradé</translation>
        </message>
        <message>
            <source>Activated {time} by {name} ({elapsed} ago). Reason: {reason}</source>
            <translation>Activée le {time} par {name} (il y a {elapsed}). Motif : {reason}</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>All systems</source>
            <translation>Tous les systèmes</translation>
        </message>
        <message>
            <source>Already there, unchanged: {items}.</source>
            <translation>Déjà présentes, inchangées : {items}.</translation>
        </message>
        <message>
            <source>Alt+1…4: kind · Ctrl+E: write · Ctrl+F: search</source>
            <translation>Alt+1…4 : type · Ctrl+E : saisir · Ctrl+F : rechercher</translation>
        </message>
        <message>
            <source>Back to &amp;normal (close)…</source>
            <translation>&amp;Retour à la normale (clore)…</translation>
        </message>
        <message>
            <source>Back to normal</source>
            <translation>Retour à la normale</translation>
        </message>
        <message>
            <source>Back to normal: close {ref}</source>
            <translation>Retour à la normale : clore {ref}</translation>
        </message>
        <message>
            <source>Before {ref} can be closed, sign off its return-to-normal steps:
{steps}</source>
            <translation>Avant de clore {ref}, validez ses étapes de retour à la normale :
{steps}</translation>
        </message>
        <message>
            <source>By {name} ({user}).</source>
            <translation>Par {name} ({user}).</translation>
        </message>
        <message>
            <source>Cancel an activation made by mistake. It stays in the history with your reason, and the main courante records it.</source>
            <translation>Annuler une activation faite par erreur. Elle reste dans l’historique avec votre motif, et la main courante l’enregistre.</translation>
        </message>
        <message>
            <source>Cancel the activation</source>
            <translation>Annuler l’activation</translation>
        </message>
        <message>
            <source>Cancel the activation…</source>
            <translation>Annuler l’activation…</translation>
        </message>
        <message>
            <source>Cancel {ref}</source>
            <translation>Annuler {ref}</translation>
        </message>
        <message>
            <source>Cancelled: {reason}</source>
            <translation>Annulée : {reason}</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Impossible d’écrire {path} : {reason}</translation>
        </message>
        <message>
            <source>Change a system's state</source>
            <translation>Changer l’état d’un système</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Check-list</translation>
        </message>
        <message>
            <source>Checklist {ref}</source>
            <translation>Check-list {ref}</translation>
        </message>
        <message>
            <source>Choose the file of the exercise.</source>
            <translation>Choisissez le fichier de l’exercice.</translation>
        </message>
        <message>
            <source>Click to open the systems status.</source>
            <translation>Cliquer pour ouvrir l’état des systèmes.</translation>
        </message>
        <message>
            <source>Close the activation</source>
            <translation>Clore l’activation</translation>
        </message>
        <message>
            <source>Closed {time} by {name}.</source>
            <translation>Close le {time} par {name}.</translation>
        </message>
        <message>
            <source>Correct entry {ref}</source>
            <translation>Corriger l’entrée {ref}</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Correction</translation>
        </message>
        <message>
            <source>Correction of {ref}: </source>
            <translation>Correction de {ref} : </translation>
        </message>
        <message>
            <source>Correction {ref} saved (corrects {old}).</source>
            <translation>Correction {ref} enregistrée (corrige {old}).</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <source>Could not update: {error}</source>
            <translation>Mise à jour impossible : {error}</translation>
        </message>
        <message>
            <source>Create the exercise</source>
            <translation>Créer l’exercice</translation>
        </message>
        <message>
            <source>Creates a NEW database flagged as an exercise (red banner, EXERCICE on every printed page), filled with a realistic ransomware night: units, staff accounts, admissions, procedures, main courante and systems status. The current database is not touched.</source>
            <translation>Crée une NOUVELLE base marquée comme exercice (bandeau rouge, EXERCICE sur chaque page imprimée), remplie d’une nuit de rançongiciel réaliste : unités, comptes du personnel, admissions, procédures, main courante et état des systèmes. La base actuelle n’est pas modifiée.</translation>
        </message>
        <message>
            <source>Creating the exercise…</source>
            <translation>Création de l’exercice…</translation>
        </message>
        <message>
            <source>Crisis cell — {station}</source>
            <translation>Cellule de crise — {station}</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Maj+A</translation>
        </message>
        <message>
            <source>Ctrl+Shift+R</source>
            <translation>Ctrl+Maj+R</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S, or Enter on a system</source>
            <translation>Ctrl+Maj+S, ou Entrée sur un système</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Degraded-mode procedures of a unit</source>
            <translation>Procédures de mode dégradé d’une unité</translation>
        </message>
        <message>
            <source>Degraded-mode procedures — {unit}</source>
            <translation>Procédures de mode dégradé — {unit}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Down: {names}</source>
            <translation>Hors service : {names}</translation>
        </message>
        <message>
            <source>Draft — not issued</source>
            <translation>Projet — non émis</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Each active procedure's checklist with who signs each step, to follow and sign on paper.</source>
            <translation>La check-list de chaque procédure active, avec qui valide chaque étape, à suivre et signer sur papier.</translation>
        </message>
        <message>
            <source>Edit procedure {id}</source>
            <translation>Modifier la procédure {id}</translation>
        </message>
        <message>
            <source>English</source>
            <translation>anglais</translation>
        </message>
        <message>
            <source>Enter or double-click on a square</source>
            <translation>Entrée ou double-clic sur une case</translation>
        </message>
        <message>
            <source>Entry {ref} saved in the main courante at {time}.</source>
            <translation>Entrée {ref} enregistrée dans la main courante à {time}.</translation>
        </message>
        <message>
            <source>Entry {ref} — {kind}, {time}, {author}</source>
            <translation>Entrée {ref} — {kind}, {time}, {author}</translation>
        </message>
        <message>
            <source>Every return-to-normal step is signed off. Closing {ref} writes a decision in the main courante.</source>
            <translation>Toutes les étapes de retour à la normale sont validées. Clore {ref} inscrit une décision dans la main courante.</translation>
        </message>
        <message>
            <source>Every word must appear in the entry, its unit or patient; accents and case are ignored.</source>
            <translation>Chaque mot doit figurer dans l’entrée, son unité ou son patient ; accents et majuscules ne comptent pas.</translation>
        </message>
        <message>
            <source>Exercise created</source>
            <translation>Exercice créé</translation>
        </message>
        <message>
            <source>Exercise created: {path}.</source>
            <translation>Exercice créé : {path}.</translation>
        </message>
        <message>
            <source>Export the procedures</source>
            <translation>Exporter les procédures</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>File refused</source>
            <translation>Fichier refusé</translation>
        </message>
        <message>
            <source>For a late entry: when it happened (14:30, 11/02 14:30). Empty: now.</source>
            <translation>Pour une saisie tardive : quand cela s’est produit (14:30, 11/02 14:30). Vide : maintenant.</translation>
        </message>
        <message>
            <source>Forms to print</source>
            <translation>Formulaires à imprimer</translation>
        </message>
        <message>
            <source>Forms to print:</source>
            <translation>Formulaires à imprimer :</translation>
        </message>
        <message>
            <source>Forms: {forms}</source>
            <translation>Formulaires : {forms}</translation>
        </message>
        <message>
            <source>French</source>
            <translation>français</translation>
        </message>
        <message>
            <source>Hide the entries written by the program for an action (procedure activated, system status…)</source>
            <translation>Masquer les entrées écrites par le programme pour une action (procédure activée, état d’un système…)</translation>
        </message>
        <message>
            <source>IS: all systems functional</source>
            <translation>SI : tout fonctionne</translation>
        </message>
        <message>
            <source>IS: no system followed</source>
            <translation>SI : aucun système suivi</translation>
        </message>
        <message>
            <source>IS: {states}</source>
            <translation>SI : {states}</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Import procedures</source>
            <translation>Importer des procédures</translation>
        </message>
        <message>
            <source>Imported from {file}: {saved}.</source>
            <translation>Importé depuis {file} : {saved}.</translation>
        </message>
        <message>
            <source>Issue a situation report</source>
            <translation>Émettre un point de situation</translation>
        </message>
        <message>
            <source>Issue a situation report…</source>
            <translation>Émettre un point de situation…</translation>
        </message>
        <message>
            <source>Issue and print</source>
            <translation>Émettre et imprimer</translation>
        </message>
        <message>
            <source>Issue situation report no. {n}?</source>
            <translation>Émettre le point de situation n° {n} ?</translation>
        </message>
        <message>
            <source>Issued at</source>
            <translation>Émis le</translation>
        </message>
        <message>
            <source>Issued by {name}</source>
            <translation>Émis par {name}</translation>
        </message>
        <message>
            <source>It covers the period since the previous report ({time}).</source>
            <translation>Il couvre la période depuis le point précédent ({time}).</translation>
        </message>
        <message>
            <source>It is the first report: it covers the crisis since its beginning.</source>
            <translation>C’est le premier point : il couvre la crise depuis son début.</translation>
        </message>
        <message>
            <source>Kind of entry (Alt+1 to Alt+4)</source>
            <translation>Type d’entrée (Alt+1 à Alt+4)</translation>
        </message>
        <message>
            <source>Late entry: written after the event.</source>
            <translation>Saisie tardive : écrite après l’événement.</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Letters, digits, dots, hyphens; stored in capitals.</source>
            <translation>Lettres, chiffres, points, tirets ; enregistré en majuscules.</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>New &amp;exercise…</source>
            <translation>Nouvel &amp;exercice…</translation>
        </message>
        <message>
            <source>New entry (Enter to add)</source>
            <translation>Nouvelle entrée (Entrée pour ajouter)</translation>
        </message>
        <message>
            <source>New exercise</source>
            <translation>Nouvel exercice</translation>
        </message>
        <message>
            <source>New procedure</source>
            <translation>Nouvelle procédure</translation>
        </message>
        <message>
            <source>New state</source>
            <translation>Nouvel état</translation>
        </message>
        <message>
            <source>Next report: no. {n}, {since}</source>
            <translation>Prochain point : n° {n}, {since}</translation>
        </message>
        <message>
            <source>No data yet.</source>
            <translation>Pas encore de données.</translation>
        </message>
        <message>
            <source>No degraded-mode procedure is active in {units}: nothing to print.</source>
            <translation>Aucune procédure de mode dégradé n’est active dans {units} : rien à imprimer.</translation>
        </message>
        <message>
            <source>No degraded-mode procedure is active. Activate one with “Activate procedures…”.</source>
            <translation>Aucune procédure de mode dégradé n’est active. Activez-en une avec « Activer des procédures… ».</translation>
        </message>
        <message>
            <source>No entry selected</source>
            <translation>Aucune entrée sélectionnée</translation>
        </message>
        <message>
            <source>Not active in this unit</source>
            <translation>Non active dans cette unité</translation>
        </message>
        <message>
            <source>Not reported: {names}</source>
            <translation>Non renseignés : {names}</translation>
        </message>
        <message>
            <source>Not yet available on this station.</source>
            <translation>Pas encore disponible sur ce poste.</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Remarque (facultative)</translation>
        </message>
        <message>
            <source>Nothing to print: no degraded-mode procedure is active in these units.</source>
            <translation>Rien à imprimer : aucune procédure de mode dégradé n’est active dans ces unités.</translation>
        </message>
        <message>
            <source>Nothing to print: no situation report was given.</source>
            <translation>Rien à imprimer : aucun point de situation n’a été fourni.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Occupancy by unit</source>
            <translation>Occupation par unité</translation>
        </message>
        <message>
            <source>Open it now? This database is closed first (it is backed up as usual); log in to the exercise with one of its accounts.</source>
            <translation>L’ouvrir maintenant ? La base actuelle est d’abord fermée (et sauvegardée comme d’habitude) ; connectez-vous à l’exercice avec l’un de ses comptes.</translation>
        </message>
        <message>
            <source>Open the exercise</source>
            <translation>Ouvrir l’exercice</translation>
        </message>
        <message>
            <source>Open the patient</source>
            <translation>Ouvrir le patient</translation>
        </message>
        <message>
            <source>Orange: under way · green: every step signed off · blue: returning to normal</source>
            <translation>Orange : en cours · vert : toutes les étapes validées · bleu : retour à la normale</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Partially functional: {names}</source>
            <translation>Partiellement fonctionnels : {names}</translation>
        </message>
        <message>
            <source>Password of the exercise accounts</source>
            <translation>Mot de passe des comptes de l’exercice</translation>
        </message>
        <message>
            <source>Patient: {ref}.</source>
            <translation>Patient : {ref}.</translation>
        </message>
        <message>
            <source>Performed by, in the hospital's words ({language})</source>
            <translation>Réalisé par, dans les mots de l’hôpital ({language})</translation>
        </message>
        <message>
            <source>Period since</source>
            <translation>Période depuis</translation>
        </message>
        <message>
            <source>Period: since the beginning of the crisis</source>
            <translation>Période : depuis le début de la crise</translation>
        </message>
        <message>
            <source>Period: since the previous report, {time}</source>
            <translation>Période : depuis le point précédent, {time}</translation>
        </message>
        <message>
            <source>Procedure file (*.json)</source>
            <translation>Fichier de procédures (*.json)</translation>
        </message>
        <message>
            <source>Procedure file (*.json);;All files (*)</source>
            <translation>Fichier de procédures (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Procedure {id} saved as version {v}.</source>
            <translation>Procédure {id} enregistrée en version {v}.</translation>
        </message>
        <message>
            <source>Procedures</source>
            <translation>Procédures</translation>
        </message>
        <message>
            <source>Procedures exported to {path}.</source>
            <translation>Procédures exportées dans {path}.</translation>
        </message>
        <message>
            <source>Procedures: steps signed off by unit</source>
            <translation>Procédures : étapes validées par unité</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Report no. {n}</source>
            <translation>Point n° {n}</translation>
        </message>
        <message>
            <source>Reported at</source>
            <translation>Signalé le</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Signalé par</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Return to normal (when the systems are back)</source>
            <translation>Retour à la normale (quand les systèmes sont rétablis)</translation>
        </message>
        <message>
            <source>S&amp;ystems</source>
            <translation>S&amp;ystèmes</translation>
        </message>
        <message>
            <source>Save a new version</source>
            <translation>Enregistrer une nouvelle version</translation>
        </message>
        <message>
            <source>Save the state</source>
            <translation>Enregistrer l’état</translation>
        </message>
        <message>
            <source>Saving makes a new version; version {v} stays in the history.</source>
            <translation>Enregistrer crée une nouvelle version ; la version {v} reste dans l’historique.</translation>
        </message>
        <message>
            <source>Scope: {scope}</source>
            <translation>Unités concernées : {scope}</translation>
        </message>
        <message>
            <source>Search… (Ctrl+F)</source>
            <translation>Rechercher… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Select a unit on the board to see its procedures.</source>
            <translation>Sélectionnez une unité dans le tableau pour voir ses procédures.</translation>
        </message>
        <message>
            <source>Show closed and cancelled</source>
            <translation>Afficher les closes et les annulées</translation>
        </message>
        <message>
            <source>Show the corrected entry</source>
            <translation>Voir l’entrée corrigée</translation>
        </message>
        <message>
            <source>Sign each step on this sheet while the system is down; it is re-entered afterwards.</source>
            <translation>Signez chaque étape sur cette feuille tant que le système est arrêté ; elle sera ressaisie ensuite.</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Valider</translation>
        </message>
        <message>
            <source>Sign off step {step}</source>
            <translation>Valider l’étape {step}</translation>
        </message>
        <message>
            <source>Sign-off of step {step} withdrawn.</source>
            <translation>Validation de l’étape {step} retirée.</translation>
        </message>
        <message>
            <source>Signed off by</source>
            <translation>Validée par</translation>
        </message>
        <message>
            <source>Signed off by (role)</source>
            <translation>Validée par (rôle)</translation>
        </message>
        <message>
            <source>Signed off by the role</source>
            <translation>Validée par le rôle</translation>
        </message>
        <message>
            <source>Signed: name, time — or sign here</source>
            <translation>Validée : nom, heure — ou signer ici</translation>
        </message>
        <message>
            <source>Situation &amp;reports</source>
            <translation>&amp;Points de situation</translation>
        </message>
        <message>
            <source>Situation report</source>
            <translation>Point de situation</translation>
        </message>
        <message>
            <source>Situation report (draft)</source>
            <translation>Point de situation (projet)</translation>
        </message>
        <message>
            <source>Situation report no. {n}</source>
            <translation>Point de situation n° {n}</translation>
        </message>
        <message>
            <source>Situation report no. {n} issued.</source>
            <translation>Point de situation n° {n} émis.</translation>
        </message>
        <message>
            <source>Step {step} of {ref} signed off.</source>
            <translation>Étape {step} de {ref} validée.</translation>
        </message>
        <message>
            <source>Step {step} was signed off by {name} at {time}. The sign-off stays in the history with your reason.</source>
            <translation>L’étape {step} a été validée par {name} le {time}. La validation reste dans l’historique avec votre motif.</translation>
        </message>
        <message>
            <source>Summary ({language})</source>
            <translation>Résumé ({language})</translation>
        </message>
        <message>
            <source>Switched on {time} by {name}. Reason: {reason}</source>
            <translation>Activée le {time} par {name}. Motif : {reason}</translation>
        </message>
        <message>
            <source>Systems status history</source>
            <translation>Historique de l’état des systèmes</translation>
        </message>
        <message>
            <source>Text (English)</source>
            <translation>Texte (anglais)</translation>
        </message>
        <message>
            <source>Text (French)</source>
            <translation>Texte (français)</translation>
        </message>
        <message>
            <source>The change is also written in the main courante (an alert when a system goes down).</source>
            <translation>Le changement est aussi inscrit dans la main courante (une alerte quand un système tombe).</translation>
        </message>
        <message>
            <source>The crisis meeting's report: arrivals, census, surgery, procedures, systems, decisions since the previous report, with charts.</source>
            <translation>Le point de la réunion de crise : arrivées, patients présents, bloc, procédures, systèmes, décisions depuis le point précédent, avec graphiques.</translation>
        </message>
        <message>
            <source>The exercise cannot be created.</source>
            <translation>L’exercice ne peut pas être créé.</translation>
        </message>
        <message>
            <source>The exercise {path} is ready (station {code}).</source>
            <translation>L’exercice {path} est prêt (poste {code}).</translation>
        </message>
        <message>
            <source>The main courante is never changed: your correction is a new entry pointing to {ref}, which stays as it was written.</source>
            <translation>La main courante n’est jamais modifiée : votre correction est une nouvelle entrée qui renvoie à {ref}, laquelle reste telle qu’elle a été écrite.</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters.</source>
            <translation>Le mot de passe doit compter au moins {n} caractères.</translation>
        </message>
        <message>
            <source>The report is recorded with its content; the next one will start from now. The PDF for the meeting is written next.</source>
            <translation>Le point est enregistré avec son contenu ; le suivant partira de maintenant. Le PDF pour la réunion est ensuite produit.</translation>
        </message>
        <message>
            <source>The unit's procedures</source>
            <translation>Procédures de l’unité</translation>
        </message>
        <message>
            <source>There is no issued situation report {ref}.</source>
            <translation>Aucun point de situation émis ne porte le numéro {ref}.</translation>
        </message>
        <message>
            <source>This procedure has {n} problem(s); nothing was saved. Correct them, then save again.</source>
            <translation>Cette procédure comporte {n} problème(s) ; rien n’a été enregistré. Corrigez-les, puis enregistrez à nouveau.</translation>
        </message>
        <message>
            <source>Tick the procedures and the units that switch to them. Every ticked procedure is activated in every ticked unit.</source>
            <translation>Cochez les procédures et les unités qui passent en mode dégradé. Chaque procédure cochée est activée dans chaque unité cochée.</translation>
        </message>
        <message>
            <source>Time of the event: {time}</source>
            <translation>Heure de l’événement : {time}</translation>
        </message>
        <message>
            <source>Title ({language})</source>
            <translation>Titre ({language})</translation>
        </message>
        <message>
            <source>Trigger ({language})</source>
            <translation>Déclenchement ({language})</translation>
        </message>
        <message>
            <source>Trigger:</source>
            <translation>Déclenchement :</translation>
        </message>
        <message>
            <source>Trigger: {trigger}</source>
            <translation>Déclenchement : {trigger}</translation>
        </message>
        <message>
            <source>Typed entries only</source>
            <translation>Saisies uniquement</translation>
        </message>
        <message>
            <source>Unit {unit} — {name}: its procedures</source>
            <translation>Unité {unit} — {name} : ses procédures</translation>
        </message>
        <message>
            <source>Unit: {unit}.</source>
            <translation>Unité : {unit}.</translation>
        </message>
        <message>
            <source>Units it applies to</source>
            <translation>Unités concernées</translation>
        </message>
        <message>
            <source>Units:</source>
            <translation>Unités :</translation>
        </message>
        <message>
            <source>Updated at {time} · refreshed every 2 minutes and after each change</source>
            <translation>Mis à jour à {time} · actualisé toutes les 2 minutes et après chaque changement</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Mise à jour…</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Version {v} · {origin}</source>
            <translation>Version {v} · {origin}</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>What happened or was decided — Enter to add</source>
            <translation>Ce qui s’est passé ou a été décidé — Entrée pour ajouter</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>What to do ({language})</source>
            <translation>À faire ({language})</translation>
        </message>
        <message>
            <source>Why, e.g. “DPI and ADT down since 03:10: admissions on paper.”</source>
            <translation>Pourquoi, p. ex. « DPI et GAP hors service depuis 03:10 : admissions sur papier. »</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Withdraw the sign-off of step {step}</source>
            <translation>Retirer la validation de l’étape {step}</translation>
        </message>
        <message>
            <source>Write a correction: a new entry pointing to this one (the log is never changed)</source>
            <translation>Écrire une correction : une nouvelle entrée qui renvoie à celle-ci (la main courante n’est jamais modifiée)</translation>
        </message>
        <message>
            <source>Write the correction</source>
            <translation>Écrire la correction</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Écriture du PDF…</translation>
        </message>
        <message>
            <source>Written at</source>
            <translation>Saisie le</translation>
        </message>
        <message>
            <source>Written by the program for an action of the crisis cell.</source>
            <translation>Écrite par le programme pour une action de la cellule de crise.</translation>
        </message>
        <message>
            <source>Written {time}, {minutes} min after the event.</source>
            <translation>Saisie le {time}, {minutes} min après l’événement.</translation>
        </message>
        <message>
            <source>Written {time}.</source>
            <translation>Saisie le {time}.</translation>
        </message>
        <message>
            <source>alerts</source>
            <translation>alertes</translation>
        </message>
        <message>
            <source>any unit</source>
            <translation>aucune unité</translation>
        </message>
        <message>
            <source>arrivals</source>
            <translation>arrivées</translation>
        </message>
        <message>
            <source>author</source>
            <translation>auteur</translation>
        </message>
        <message>
            <source>beginning</source>
            <translation>début</translation>
        </message>
        <message>
            <source>corrected by {refs}</source>
            <translation>corrigée par {refs}</translation>
        </message>
        <message>
            <source>corrects {ref}</source>
            <translation>corrige {ref}</translation>
        </message>
        <message>
            <source>decisions</source>
            <translation>décisions</translation>
        </message>
        <message>
            <source>e.g. DM-STERILISATION</source>
            <translation>p. ex. DM-STERILISATION</translation>
        </message>
        <message>
            <source>each unit (grey)</source>
            <translation>chaque unité (gris)</translation>
        </message>
        <message>
            <source>empty: now — or 14:30, 11/02 14:30</source>
            <translation>vide : maintenant — ou 14:30, 11/02 14:30</translation>
        </message>
        <message>
            <source>exercise-{time}.db</source>
            <translation>exercice-{time}.db</translation>
        </message>
        <message>
            <source>from (14:00)</source>
            <translation>de (14:00)</translation>
        </message>
        <message>
            <source>hospcrisis database (*.db)</source>
            <translation>Base hospcrisis (*.db)</translation>
        </message>
        <message>
            <source>hospital (editor)</source>
            <translation>hôpital (éditeur)</translation>
        </message>
        <message>
            <source>hospital (imported)</source>
            <translation>hôpital (importée)</translation>
        </message>
        <message>
            <source>in {n} unit(s)</source>
            <translation>dans {n} unité(s)</translation>
        </message>
        <message>
            <source>now</source>
            <translation>maintenant</translation>
        </message>
        <message>
            <source>operations cancelled</source>
            <translation>interventions déprogrammées</translation>
        </message>
        <message>
            <source>over the period shown</source>
            <translation>sur la période affichée</translation>
        </message>
        <message>
            <source>procedures active</source>
            <translation>procédures actives</translation>
        </message>
        <message>
            <source>procedures-{unit}-{time}.pdf</source>
            <translation>procedures-{unit}-{time}.pdf</translation>
        </message>
        <message>
            <source>provisional ID, name</source>
            <translation>n° provisoire, nom</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>fournie</translation>
        </message>
        <message>
            <source>since the beginning</source>
            <translation>depuis le début</translation>
        </message>
        <message>
            <source>since the beginning of the crisis</source>
            <translation>depuis le début de la crise</translation>
        </message>
        <message>
            <source>since the previous report</source>
            <translation>depuis le point précédent</translation>
        </message>
        <message>
            <source>since the previous report ({time})</source>
            <translation>depuis le point précédent ({time})</translation>
        </message>
        <message>
            <source>situation-report-{n}.pdf</source>
            <translation>point-de-situation-{n}.pdf</translation>
        </message>
        <message>
            <source>steps signed off</source>
            <translation>étapes validées</translation>
        </message>
        <message>
            <source>systems down</source>
            <translation>systèmes hors service</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>version {v} — {origin}</source>
            <translation>version {v} — {origin}</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} sur {total}</translation>
        </message>
        <message>
            <source>{done} of {total} steps signed off · return to normal {rdone}/{rtotal}</source>
            <translation>{done} étapes validées sur {total} · retour à la normale {rdone}/{rtotal}</translation>
        </message>
        <message>
            <source>{d} d {h:02d} h</source>
            <translation>{d} j {h:02d} h</translation>
        </message>
        <message>
            <source>{h} h {m:02d}</source>
            <translation>{h} h {m:02d}</translation>
        </message>
        <message>
            <source>{id} — {title}</source>
            <translation>{id} — {title}</translation>
        </message>
        <message>
            <source>{name}, {time}</source>
            <translation>{name}, {time}</translation>
        </message>
        <message>
            <source>{n} activation(s) saved: {refs}.</source>
            <translation>{n} activation(s) enregistrée(s) : {refs}.</translation>
        </message>
        <message>
            <source>{n} degraded-mode procedure(s) in force in this unit.</source>
            <translation>{n} procédure(s) de mode dégradé en vigueur dans cette unité.</translation>
        </message>
        <message>
            <source>{n} down</source>
            <translation>{n} hors service</translation>
        </message>
        <message>
            <source>{n} entries</source>
            <translation>{n} entrées</translation>
        </message>
        <message>
            <source>{n} line(s) in the table</source>
            <translation>{n} ligne(s) dans le tableau</translation>
        </message>
        <message>
            <source>{n} never reported</source>
            <translation>{n} non renseignés</translation>
        </message>
        <message>
            <source>{n} not reported</source>
            <translation>{n} non renseigné</translation>
        </message>
        <message>
            <source>{n} partial</source>
            <translation>{n} partiel</translation>
        </message>
        <message>
            <source>{n} partially functional</source>
            <translation>{n} partiels</translation>
        </message>
        <message>
            <source>{n} procedure(s) active in {units} unit(s) · {done} of {total} steps signed off</source>
            <translation>{n} procédure(s) active(s) dans {units} unité(s) · {done} étapes validées sur {total}</translation>
        </message>
        <message>
            <source>{n} still to re-plan</source>
            <translation>{n} à reprogrammer</translation>
        </message>
        <message>
            <source>{partial} partial · {n} followed</source>
            <translation>{partial} partiel(s) · sur {n} suivis</translation>
        </message>
        <message>
            <source>{ref} closed: back to normal.</source>
            <translation>{ref} close : retour à la normale.</translation>
        </message>
        <message>
            <source>{ref} · unit {unit} ({name}) · version {version}</source>
            <translation>{ref} · unité {unit} ({name}) · version {version}</translation>
        </message>
        <message>
            <source>{ref} · {done}/{total} steps signed</source>
            <translation>{ref} · {done}/{total} étapes validées</translation>
        </message>
        <message>
            <source>{ref} — {kind}, {time}</source>
            <translation>{ref} — {kind}, {time}</translation>
        </message>
        <message>
            <source>{ref} — {title}
{state}: {done} of {total} steps signed off, return to normal {rdone}/{rtotal}
Activated {time} ({elapsed} ago)</source>
            <translation>{ref} — {title}
{state} : {done} étapes validées sur {total}, retour à la normale {rdone}/{rtotal}
Activée le {time} (il y a {elapsed})</translation>
        </message>
        <message>
            <source>{short} — {detail}</source>
            <translation>{short} — {detail}</translation>
        </message>
        <message>
            <source>{step}. {text}

Responsible: {role}. Signed by you, {name}, now ({time}).</source>
            <translation>{step}. {text}

Responsable : {role}. Validée par vous, {name}, maintenant ({time}).</translation>
        </message>
        <message>
            <source>{time} (late)</source>
            <translation>{time} (tardive)</translation>
        </message>
        <message>
            <source>{title} (continued)</source>
            <translation>{title} (suite)</translation>
        </message>
        <message>
            <source>→ {refs}</source>
            <translation>→ {refs}</translation>
        </message>
        <message>
            <source>↺ {done}/{total}</source>
            <translation>↺ {done}/{total}</translation>
        </message>
    </context>
</TS>
