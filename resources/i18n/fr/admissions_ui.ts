<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>hospcrisis</name>
        <message>
            <source>&amp;Admit to a unit…</source>
            <translation>&amp;Hospitaliser dans une unité…</translation>
        </message>
        <message>
            <source>&amp;Area</source>
            <translation>&amp;Zone</translation>
        </message>
        <message>
            <source>&amp;Back to the form</source>
            <translation>Revenir à la &amp;saisie</translation>
        </message>
        <message>
            <source>&amp;Bed</source>
            <translation>&amp;Lit</translation>
        </message>
        <message>
            <source>&amp;Birth name</source>
            <translation>&amp;Nom de naissance</translation>
        </message>
        <message>
            <source>&amp;Cancel the latest step…</source>
            <translation>&amp;Annuler la dernière étape…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>&amp;Complaint</source>
            <translation>Moti&amp;f</translation>
        </message>
        <message>
            <source>&amp;Copy the list</source>
            <translation>&amp;Copier la liste</translation>
        </message>
        <message>
            <source>&amp;Date of birth</source>
            <translation>&amp;Date de naissance</translation>
        </message>
        <message>
            <source>&amp;Destination</source>
            <translation>&amp;Destination</translation>
        </message>
        <message>
            <source>&amp;Different patient: save anyway</source>
            <translation>Patient &amp;différent : enregistrer quand même</translation>
        </message>
        <message>
            <source>&amp;Different patients…</source>
            <translation>Patients &amp;différents…</translation>
        </message>
        <message>
            <source>&amp;Discharge…</source>
            <translation>&amp;Sortie…</translation>
        </message>
        <message>
            <source>&amp;ED area</source>
            <translation>&amp;Zone</translation>
        </message>
        <message>
            <source>&amp;Find a patient (Ctrl+Shift+F)</source>
            <translation>&amp;Rechercher un patient (Ctrl+Maj+F)</translation>
        </message>
        <message>
            <source>&amp;Find a patient…</source>
            <translation>&amp;Rechercher un patient…</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;First forename</source>
            <translation>&amp;Premier prénom</translation>
        </message>
        <message>
            <source>&amp;Import the last census…</source>
            <translation>&amp;Importer le dernier recensement…</translation>
        </message>
        <message>
            <source>&amp;Left without being seen…</source>
            <translation>&amp;Parti sans attendre (PSA)…</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>&amp;Niveau</translation>
        </message>
        <message>
            <source>&amp;Move (unit, bed)…</source>
            <translation>&amp;Muter (unité, lit)…</translation>
        </message>
        <message>
            <source>&amp;Move to another unit or bed…</source>
            <translation>&amp;Muter (autre unité ou autre lit)…</translation>
        </message>
        <message>
            <source>&amp;New arrival</source>
            <translation>&amp;Nouvelle arrivée</translation>
        </message>
        <message>
            <source>&amp;New arrival (Ctrl+N)</source>
            <translation>&amp;Nouvelle arrivée (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Remarque</translation>
        </message>
        <message>
            <source>&amp;Open the record</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
        <message>
            <source>&amp;Open the record (Enter)</source>
            <translation>&amp;Ouvrir le dossier (Entrée)</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>En &amp;dépassement</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Imprimer</translation>
        </message>
        <message>
            <source>&amp;Print the board</source>
            <translation>&amp;Imprimer le tableau</translation>
        </message>
        <message>
            <source>&amp;Print the census</source>
            <translation>Im&amp;primer l’effectif</translation>
        </message>
        <message>
            <source>&amp;Print wristband and labels</source>
            <translation>&amp;Imprimer bracelet et étiquettes</translation>
        </message>
        <message>
            <source>&amp;Reason (required)</source>
            <translation>&amp;Motif (obligatoire)</translation>
        </message>
        <message>
            <source>&amp;Search again (F5)</source>
            <translation>&amp;Rechercher à nouveau (F5)</translation>
        </message>
        <message>
            <source>&amp;Seen by a doctor…</source>
            <translation>&amp;Vu par le médecin…</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Sexe</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Statut</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Heure</translation>
        </message>
        <message>
            <source>&amp;Triage</source>
            <translation>&amp;Tri</translation>
        </message>
        <message>
            <source>&amp;Triage…</source>
            <translation>&amp;Trier…</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unité</translation>
        </message>
        <message>
            <source>&amp;Unknown patient (identity not known)</source>
            <translation>Patient in&amp;connu (identité non connue)</translation>
        </message>
        <message>
            <source>A barcode scanner works anywhere in the app: scanning a patient's wristband or label opens their record.</source>
            <translation>Le lecteur de codes-barres fonctionne partout dans l’application : scanner le bracelet ou une étiquette d’un patient ouvre son dossier.</translation>
        </message>
        <message>
            <source>A record holding two people (collision) is more dangerous than two records of one person (duplicate): when in doubt, save a new patient; identitovigilance will merge later.</source>
            <translation>Un dossier qui mélange deux personnes (collision) est plus dangereux que deux dossiers pour une même personne (doublon) : dans le doute, enregistrez un nouveau patient ; l’identitovigilance fusionnera ensuite.</translation>
        </message>
        <message>
            <source>Age · sex</source>
            <translation>Âge · sexe</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>Toutes les zones</translation>
        </message>
        <message>
            <source>All fore&amp;names</source>
            <translation>Tous les p&amp;rénoms</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>Tous les niveaux</translation>
        </message>
        <message>
            <source>Area not specified</source>
            <translation>Zone non précisée</translation>
        </message>
        <message>
            <source>Arr&amp;ival time</source>
            <translation>&amp;Heure d’arrivée</translation>
        </message>
        <message>
            <source>Arrival m&amp;ode</source>
            <translation>&amp;Mode d’arrivée</translation>
        </message>
        <message>
            <source>Arrival saved: {id} {name}.</source>
            <translation>Arrivée enregistrée : {id} {name}.</translation>
        </message>
        <message>
            <source>Arrived {arrival}, waiting {waited}.</source>
            <translation>Arrivé(e) le {arrival}, attend depuis {waited}.</translation>
        </message>
        <message>
            <source>Bi&amp;rthplace</source>
            <translation>&amp;Lieu de naissance</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Cancel a step</source>
            <translation>Annuler une étape</translation>
        </message>
        <message>
            <source>Cancel this step</source>
            <translation>Annuler cette étape</translation>
        </message>
        <message>
            <source>Cancel “{step}” of {time}? It stays in the history, struck through, with your reason.</source>
            <translation>Annuler l’étape « {step} » du {time} ? Elle reste dans l’historique, barrée, avec votre motif.</translation>
        </message>
        <message>
            <source>Cancellation of “{step}”</source>
            <translation>Annulation de « {step} »</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Census file refused</source>
            <translation>Fichier de recensement refusé</translation>
        </message>
        <message>
            <source>Census files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers de recensement (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Census {file} imported: {n} patients.</source>
            <translation>Recensement {file} importé : {n} patients.</translation>
        </message>
        <message>
            <source>Changed meanwhile</source>
            <translation>Modifié entre-temps</translation>
        </message>
        <message>
            <source>Click to sort by this column</source>
            <translation>Cliquez pour trier selon cette colonne</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <source>Correct the &amp;identity…</source>
            <translation>Corriger l’&amp;identité…</translation>
        </message>
        <message>
            <source>Correct the fields in red: nothing was saved.</source>
            <translation>Corrigez les champs en rouge : rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>Correct the identity</source>
            <translation>Corriger l’identité</translation>
        </message>
        <message>
            <source>Ctrl+N: register an arrival (ED board) · F5: refresh · Ctrl+P: print</source>
            <translation>Ctrl+N : enregistrer une arrivée (tableau des urgences) · F5 : actualiser · Ctrl+P : imprimer</translation>
        </message>
        <message>
            <source>Ctrl+Shift+F: find a patient (name, forename or ID)</source>
            <translation>Ctrl+Maj+F : rechercher un patient (nom, prénom ou identifiant)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+R: issue a situation report (crisis cell)</source>
            <translation>Ctrl+Maj+R : émettre un point de situation (cellule de crise)</translation>
        </message>
        <message>
            <source>D&amp;eceased…</source>
            <translation>&amp;Décès…</translation>
        </message>
        <message>
            <source>DD/MM/YYYY, or the year alone</source>
            <translation>JJ/MM/AAAA, ou l’année seule</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>Si&amp;gnalement</translation>
        </message>
        <message>
            <source>Description: {text}</source>
            <translation>Signalement : {text}</translation>
        </message>
        <message>
            <source>Different patients</source>
            <translation>Patients différents</translation>
        </message>
        <message>
            <source>Do&amp;wntime packet ID</source>
            <translation>ID du &amp;kit pré-imprimé</translation>
        </message>
        <message>
            <source>Enter: save · Esc: cancel · Alt+letter: go to a field</source>
            <translation>Entrée : enregistrer · Échap : annuler · Alt+lettre soulignée : aller au champ</translation>
        </message>
        <message>
            <source>Estimated a&amp;ge</source>
            <translation>Âge &amp;estimé</translation>
        </message>
        <message>
            <source>Every visit, closed ones too</source>
            <translation>Toutes les venues, closes comprises</translation>
        </message>
        <message>
            <source>F, M, O (other) or U (unknown)</source>
            <translation>F, M, O (autre) ou U (inconnu)</translation>
        </message>
        <message>
            <source>Find a patient</source>
            <translation>Rechercher un patient</translation>
        </message>
        <message>
            <source>Find a patient by name or ID (Ctrl+Shift+F)</source>
            <translation>Rechercher un patient par nom ou identifiant (Ctrl+Maj+F)</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Free beds in green; patients of the unit without a bed in orange. Enter opens the record.</source>
            <translation>Lits libres en vert ; patients de l’unité sans lit en orange. Entrée ouvre le dossier.</translation>
        </message>
        <message>
            <source>Give a reason: it is kept in the record and the audit trail.</source>
            <translation>Indiquez un motif : il est conservé dans le dossier et dans la traçabilité.</translation>
        </message>
        <message>
            <source>INSEE code, 99xxx abroad</source>
            <translation>code INSEE, 99xxx à l’étranger</translation>
        </message>
        <message>
            <source>IPP {ipp}</source>
            <translation>IPP {ipp}</translation>
        </message>
        <message>
            <source>Identitovigilance decision saved.</source>
            <translation>Décision d’identitovigilance enregistrée.</translation>
        </message>
        <message>
            <source>Identity attributes (PID-32)</source>
            <translation>Attributs de l’identité (PID-32)</translation>
        </message>
        <message>
            <source>Identity document chec&amp;ked</source>
            <translation>Pièce d’identité &amp;vérifiée</translation>
        </message>
        <message>
            <source>Identity of {id} saved.</source>
            <translation>Identité de {id} enregistrée.</translation>
        </message>
        <message>
            <source>Identity s&amp;tatus</source>
            <translation>St&amp;atut de l’identité</translation>
        </message>
        <message>
            <source>Identity stays provisional unless an identity document was checked. For an unknown patient, tick “Unknown patient”: never invent a date of birth.</source>
            <translation>L’identité reste provisoire sauf si une pièce d’identité a été vérifiée. Pour un patient inconnu, cochez « Patient inconnu » : n’inventez jamais de date de naissance.</translation>
        </message>
        <message>
            <source>Identity vigilance</source>
            <translation>Identitovigilance</translation>
        </message>
        <message>
            <source>Identity: {status}</source>
            <translation>Identité : {status}</translation>
        </message>
        <message>
            <source>Import the last census</source>
            <translation>Importer le dernier recensement</translation>
        </message>
        <message>
            <source>Importing the census…</source>
            <translation>Import du recensement…</translation>
        </message>
        <message>
            <source>In the ED</source>
            <translation>Aux urgences</translation>
        </message>
        <message>
            <source>In the ED: {n}</source>
            <translation>Aux urgences : {n}</translation>
        </message>
        <message>
            <source>In this bed since</source>
            <translation>Dans ce lit depuis</translation>
        </message>
        <message>
            <source>Keep record &amp;A ({id})</source>
            <translation>Conserver le dossier &amp;A ({id})</translation>
        </message>
        <message>
            <source>Keep record &amp;B ({id})</source>
            <translation>Conserver le dossier &amp;B ({id})</translation>
        </message>
        <message>
            <source>Latest arrivals</source>
            <translation>Arrivées les plus récentes</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <translation>Attente la plus longue</translation>
        </message>
        <message>
            <source>Mass-casualt&amp;y category</source>
            <translation>Catégorie (plan &amp;blanc)</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <source>Merge undone.</source>
            <translation>Fusion annulée.</translation>
        </message>
        <message>
            <source>Merged into {id} {name} (same patient): record new steps there.</source>
            <translation>Fusionné dans {id} {name} (même patient) : saisissez les nouvelles étapes dans ce dossier.</translation>
        </message>
        <message>
            <source>Merged on {time} by {user}: {reason}</source>
            <translation>Fusion du {time} par {user} : {reason}</translation>
        </message>
        <message>
            <source>Minimum &amp;similarity</source>
            <translation>Similarité &amp;minimale</translation>
        </message>
        <message>
            <source>Name, forename, provisional ID, IPP or SINUS number</source>
            <translation>Nom, prénom, identifiant provisoire, IPP ou n° SINUS</translation>
        </message>
        <message>
            <source>New &amp;visit…</source>
            <translation>&amp;Nouvelle venue…</translation>
        </message>
        <message>
            <source>New arrival</source>
            <translation>Nouvelle arrivée</translation>
        </message>
        <message>
            <source>New visit of {name}</source>
            <translation>Nouvelle venue de {name}</translation>
        </message>
        <message>
            <source>New visit saved for {id}.</source>
            <translation>Nouvelle venue enregistrée pour {id}.</translation>
        </message>
        <message>
            <source>No name known: sex if known, an estimated age and a description. Never an invented birth date.</source>
            <translation>Aucun nom connu : le sexe s’il est connu, un âge estimé et un signalement. Jamais de date de naissance inventée.</translation>
        </message>
        <message>
            <source>No patient with this ID</source>
            <translation>Aucun patient avec cet ID</translation>
        </message>
        <message>
            <source>No possible duplicate of this patient was found.</source>
            <translation>Aucun doublon possible de ce patient n’a été trouvé.</translation>
        </message>
        <message>
            <source>No possible duplicate.</source>
            <translation>Aucun doublon possible.</translation>
        </message>
        <message>
            <source>No unit with beds yet: add them in Administration.</source>
            <translation>Aucune unité avec des lits pour l’instant : ajoutez-les dans Administration.</translation>
        </message>
        <message>
            <source>No visit.</source>
            <translation>Aucune venue.</translation>
        </message>
        <message>
            <source>Nobody matches these filters.</source>
            <translation>Personne ne correspond à ces filtres.</translation>
        </message>
        <message>
            <source>Not yet seen by a doctor and waiting longer than their triage target. Click to show only them.</source>
            <translation>Pas encore vus par un médecin et attendant plus longtemps que le délai de leur niveau de tri. Cliquez pour n’afficher qu’eux.</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these lines in the file (or remove them) and import it again.</source>
            <translation>Rien n’a été importé. Corrigez ces lignes dans le fichier (ou retirez-les) puis importez-le de nouveau.</translation>
        </message>
        <message>
            <source>Now by default. For a late entry type the real arrival time (DD/MM/YYYY HH:MM, or HH:MM for today); the time it was typed is kept too.</source>
            <translation>Maintenant par défaut. Pour une saisie différée, tapez l’heure réelle d’arrivée (JJ/MM/AAAA HH:MM, ou HH:MM pour aujourd’hui) ; l’heure de saisie est aussi conservée.</translation>
        </message>
        <message>
            <source>Now by default; type the real time for a late entry (DD/MM/YYYY HH:MM or HH:MM).</source>
            <translation>Maintenant par défaut ; tapez l’heure réelle pour une saisie différée (JJ/MM/AAAA HH:MM ou HH:MM).</translation>
        </message>
        <message>
            <source>Open record &amp;A</source>
            <translation>Ouvrir le dossier &amp;A</translation>
        </message>
        <message>
            <source>Open record &amp;B</source>
            <translation>Ouvrir le dossier &amp;B</translation>
        </message>
        <message>
            <source>Open the record &amp;kept</source>
            <translation>Ouvrir le dossier &amp;conservé</translation>
        </message>
        <message>
            <source>Overdue by {over}.</source>
            <translation>Délai dépassé de {over}.</translation>
        </message>
        <message>
            <source>Overdue first</source>
            <translation>Dépassements d’abord</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>Téléph&amp;one</translation>
        </message>
        <message>
            <source>PID-32: {codes}</source>
            <translation>PID-32 : {codes}</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Possible d&amp;uplicates…</source>
            <translation>Dou&amp;blons possibles…</translation>
        </message>
        <message>
            <source>Possible duplicate — check before saving</source>
            <translation>Doublon possible — vérifiez avant d’enregistrer</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <source>Possible duplicates of {name}</source>
            <translation>Doublons possibles de {name}</translation>
        </message>
        <message>
            <source>Possible duplicates over the whole database, most similar first. Check the strict traits with the patient or their documents, then decide: nothing is merged automatically.</source>
            <translation>Doublons possibles sur toute la base, les plus semblables d’abord. Vérifiez les traits stricts avec le patient ou ses documents, puis décidez : rien n’est fusionné automatiquement.</translation>
        </message>
        <message>
            <source>Print for this patient</source>
            <translation>Imprimer pour ce patient</translation>
        </message>
        <message>
            <source>Print the board as shown (Ctrl+P)</source>
            <translation>Imprimer le tableau tel qu’affiché (Ctrl+P)</translation>
        </message>
        <message>
            <source>Re-&amp;triage…</source>
            <translation>Re-&amp;trier…</translation>
        </message>
        <message>
            <source>Re-triage</source>
            <translation>Nouveau tri</translation>
        </message>
        <message>
            <source>Record A</source>
            <translation>Dossier A</translation>
        </message>
        <message>
            <source>Record B</source>
            <translation>Dossier B</translation>
        </message>
        <message>
            <source>Record — {name} ({id})</source>
            <translation>Dossier — {name} ({id})</translation>
        </message>
        <message>
            <source>Recorded as different patients.</source>
            <translation>Enregistrés comme patients différents.</translation>
        </message>
        <message>
            <source>Records merged (can be undone from the record).</source>
            <translation>Dossiers fusionnés (annulable depuis le dossier).</translation>
        </message>
        <message>
            <source>Records merged into this one: {list}</source>
            <translation>Dossiers fusionnés dans celui-ci : {list}</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>Actualiser (F5)</translation>
        </message>
        <message>
            <source>Refresh now (F5); the board also refreshes every minute</source>
            <translation>Actualiser maintenant (F5) ; le tableau s’actualise aussi chaque minute</translation>
        </message>
        <message>
            <source>Register an arrival with this ID</source>
            <translation>Enregistrer une arrivée avec cet ID</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>SINUS &amp;victim number</source>
            <translation>N° victime S&amp;INUS</translation>
        </message>
        <message>
            <source>SINUS {number}</source>
            <translation>SINUS {number}</translation>
        </message>
        <message>
            <source>Same patient — merge the two records</source>
            <translation>Même patient — fusionner les deux dossiers</translation>
        </message>
        <message>
            <source>Same patient: &amp;merge…</source>
            <translation>Même patient : &amp;fusionner…</translation>
        </message>
        <message>
            <source>Same patient: &amp;open that record</source>
            <translation>Même patient : &amp;ouvrir son dossier</translation>
        </message>
        <message>
            <source>Same patient: register a &amp;return visit</source>
            <translation>Même patient : enregistrer un &amp;retour</translation>
        </message>
        <message>
            <source>Save the identity</source>
            <translation>Enregistrer l’identité</translation>
        </message>
        <message>
            <source>Save the triage</source>
            <translation>Enregistrer le tri</translation>
        </message>
        <message>
            <source>Save the visit</source>
            <translation>Enregistrer la venue</translation>
        </message>
        <message>
            <source>Saved at {time}. Write this ID on any paper used.</source>
            <translation>Enregistré à {time}. Reportez cet ID sur tout document papier utilisé.</translation>
        </message>
        <message>
            <source>Saved: {step} at {time}.</source>
            <translation>Enregistré : {step} à {time}.</translation>
        </message>
        <message>
            <source>Scanner ready</source>
            <translation>Lecteur de bracelets prêt</translation>
        </message>
        <message>
            <source>Searching for duplicates…</source>
            <translation>Recherche des doublons…</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>Show only the patients waiting longer than their triage target</source>
            <translation>N’afficher que les patients qui attendent plus longtemps que le délai de leur niveau de tri</translation>
        </message>
        <message>
            <source>Show only this level (click again for all)</source>
            <translation>N’afficher que ce niveau (cliquez de nouveau pour tout afficher)</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Similarité</translation>
        </message>
        <message>
            <source>Sort b&amp;y</source>
            <translation>T&amp;rier par</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Step “{step}” cancelled.</source>
            <translation>Étape « {step} » annulée.</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Délai cible</translation>
        </message>
        <message>
            <source>Target: {target} ({level}).</source>
            <translation>Délai cible : {target} ({level}).</translation>
        </message>
        <message>
            <source>The other record is not deleted: it keeps its identity, points to the record kept, and the exports send the merge to the information system. The merge can be undone from the patient's record.</source>
            <translation>L’autre dossier n’est pas supprimé : il garde son identité, renvoie vers le dossier conservé, et les exports transmettent la fusion au système d’information. La fusion peut être annulée depuis le dossier du patient.</translation>
        </message>
        <message>
            <source>This closes the visit. A mistake can be cancelled afterwards with a reason.</source>
            <translation>Cela clôt la venue. Une erreur peut être annulée ensuite, avec un motif.</translation>
        </message>
        <message>
            <source>This identity now resembles {n} other record(s): see “Possible duplicates”.</source>
            <translation>Cette identité ressemble maintenant à {n} autre(s) dossier(s) : voir « Doublons possibles ».</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>To triage</source>
            <translation>À trier</translation>
        </message>
        <message>
            <source>Trans&amp;fer out…</source>
            <translation>Trans&amp;férer (autre établissement)…</translation>
        </message>
        <message>
            <source>Tri&amp;age</source>
            <translation>&amp;Tri</translation>
        </message>
        <message>
            <source>Triage history</source>
            <translation>Historique du tri</translation>
        </message>
        <message>
            <source>Triage level</source>
            <translation>Niveau de tri</translation>
        </message>
        <message>
            <source>Triage saved: {level}.</source>
            <translation>Tri enregistré : {level}.</translation>
        </message>
        <message>
            <source>Type an age (35) or an age range (30-40).</source>
            <translation>Tapez un âge (35) ou une tranche d’âge (30-40).</translation>
        </message>
        <message>
            <source>Typed at</source>
            <translation>Saisi le</translation>
        </message>
        <message>
            <source>Undo a merge</source>
            <translation>Annuler une fusion</translation>
        </message>
        <message>
            <source>Undo the mer&amp;ge…</source>
            <translation>Défaire la fusi&amp;on…</translation>
        </message>
        <message>
            <source>Undo the merge</source>
            <translation>Défaire la fusion</translation>
        </message>
        <message>
            <source>Undo the merge of {time}? Both records stand alone again, exactly as before.</source>
            <translation>Défaire la fusion du {time} ? Les deux dossiers redeviennent indépendants, exactement comme avant.</translation>
        </message>
        <message>
            <source>Unit / bed</source>
            <translation>Unité / lit</translation>
        </message>
        <message>
            <source>Unit · bed / area</source>
            <translation>Unité · lit / zone</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Updated at {time} — every minute</source>
            <translation>Mis à jour à {time} — chaque minute</translation>
        </message>
        <message>
            <source>Used na&amp;me</source>
            <translation>Nom d’&amp;usage</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Venue</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Venues</translation>
        </message>
        <message>
            <source>Visits: {n}</source>
            <translation>Venues : {n}</translation>
        </message>
        <message>
            <source>Which document?</source>
            <translation>Quel document ?</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motifs</translation>
        </message>
        <message>
            <source>Wristband or ID not recognised</source>
            <translation>Bracelet ou ID non reconnu</translation>
        </message>
        <message>
            <source>all forenames, in civil-status order</source>
            <translation>tous les prénoms, dans l’ordre de l’état civil</translation>
        </message>
        <message>
            <source>arrived {time}</source>
            <translation>arrivée {time}</translation>
        </message>
        <message>
            <source>birthplace {place}</source>
            <translation>lieu de naissance {place}</translation>
        </message>
        <message>
            <source>born {date}</source>
            <translation>né(e) le {date}</translation>
        </message>
        <message>
            <source>choose a level</source>
            <translation>choisir un niveau</translation>
        </message>
        <message>
            <source>choose the unit</source>
            <translation>choisir l’unité</translation>
        </message>
        <message>
            <source>clothes, build, distinctive signs, where found</source>
            <translation>vêtements, corpulence, signes particuliers, lieu de découverte</translation>
        </message>
        <message>
            <source>date of birth unknown</source>
            <translation>date de naissance inconnue</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>diffère</translation>
        </message>
        <message>
            <source>e.g. 35 or 30-40</source>
            <translation>ex. 35 ou 30-40</translation>
        </message>
        <message>
            <source>e.g. identity document checked, same person confirmed by the patient</source>
            <translation>ex. pièce d’identité vérifiée, même personne confirmée par le patient</translation>
        </message>
        <message>
            <source>empty: a new ID is given (or scan the packet)</source>
            <translation>vide : un nouvel ID est attribué (ou scannez le kit)</translation>
        </message>
        <message>
            <source>forenames: {names}</source>
            <translation>prénoms : {names}</translation>
        </message>
        <message>
            <source>home, nursing home…</source>
            <translation>domicile, EHPAD…</translation>
        </message>
        <message>
            <source>hospital and unit</source>
            <translation>établissement et service</translation>
        </message>
        <message>
            <source>if different (e.g. married name)</source>
            <translation>si différent (ex. nom d’épouse)</translation>
        </message>
        <message>
            <source>in {time}</source>
            <translation>dans {time}</translation>
        </message>
        <message>
            <source>mass-casualty wristband number</source>
            <translation>numéro du bracelet SINUS</translation>
        </message>
        <message>
            <source>no bed</source>
            <translation>sans lit</translation>
        </message>
        <message>
            <source>no bed yet</source>
            <translation>pas encore de lit</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>none checked</source>
            <translation>aucune vérifiée</translation>
        </message>
        <message>
            <source>not specified</source>
            <translation>non précisée</translation>
        </message>
        <message>
            <source>not triaged yet</source>
            <translation>pas encore trié</translation>
        </message>
        <message>
            <source>phone {phone}</source>
            <translation>tél. {phone}</translation>
        </message>
        <message>
            <source>reason for coming, in a few words</source>
            <translation>motif de venue, en quelques mots</translation>
        </message>
        <message>
            <source>registered {time} by {user}</source>
            <translation>enregistré le {time} par {user}</translation>
        </message>
        <message>
            <source>relative or patient</source>
            <translation>proche ou patient</translation>
        </message>
        <message>
            <source>to {destination}</source>
            <translation>vers {destination}</translation>
        </message>
        <message>
            <source>town or country (optional)</source>
            <translation>commune ou pays (facultatif)</translation>
        </message>
        <message>
            <source>typed late, on {time}</source>
            <translation>saisie différée, le {time}</translation>
        </message>
        <message>
            <source>{a} and {b} are two different people (homonyms, twins…)? This pair will no longer be proposed.</source>
            <translation>{a} et {b} sont deux personnes différentes (homonymes, jumeaux…) ? Cette paire ne sera plus proposée.</translation>
        </message>
        <message>
            <source>{bed} (current)</source>
            <translation>{bed} (actuel)</translation>
        </message>
        <message>
            <source>{code} — {name} ({taken}/{beds})</source>
            <translation>{code} — {name} ({taken}/{beds})</translation>
        </message>
        <message>
            <source>{document} checked</source>
            <translation>{document} vérifiée</translation>
        </message>
        <message>
            <source>{d} d {h} h</source>
            <translation>{d} j {h} h</translation>
        </message>
        <message>
            <source>{h} h {m}</source>
            <translation>{h} h {m}</translation>
        </message>
        <message>
            <source>{mark} +{over}</source>
            <translation>{mark} +{over}</translation>
        </message>
        <message>
            <source>{mark} Overdue: {n}</source>
            <translation>{mark} En dépassement : {n}</translation>
        </message>
        <message>
            <source>{name} moved to {unit} {bed}.</source>
            <translation>{name} muté(e) vers {unit} {bed}.</translation>
        </message>
        <message>
            <source>{name}, born {date}</source>
            <translation>{name}, né(e) le {date}</translation>
        </message>
        <message>
            <source>{n} free</source>
            <translation>{n} libres</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{n} occupied</source>
            <translation>{n} occupés</translation>
        </message>
        <message>
            <source>{n} pair(s) to check</source>
            <translation>{n} paire(s) à vérifier</translation>
        </message>
        <message>
            <source>{n} patient(s) found.</source>
            <translation>{n} patient(s) trouvé(s).</translation>
        </message>
        <message>
            <source>{n} without a bed</source>
            <translation>{n} sans lit</translation>
        </message>
        <message>
            <source>{time} by {user}</source>
            <translation>{time} par {user}</translation>
        </message>
        <message>
            <source>“In the ED”: arrived, triaged or seen, not yet gone. Choose a status to see only it.</source>
            <translation>« Aux urgences » : arrivés, triés ou vus, pas encore partis. Choisissez un statut pour n’afficher que lui.</translation>
        </message>
        <message>
            <source>“{typed}” may already be registered. Check the strict traits (names, date of birth, sex, birthplace) with the patient. Nothing is merged automatically.</source>
            <translation>« {typed} » est peut-être déjà enregistré. Vérifiez les traits stricts (noms, date de naissance, sexe, lieu de naissance) avec le patient. Rien n’est fusionné automatiquement.</translation>
        </message>
    </context>
</TS>
