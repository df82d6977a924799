<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>hospcrisis</name>
        <message>
            <source> · {n} merged</source>
            <translation> · {n} fusionnés</translation>
        </message>
        <message>
            <source>&amp;Administrator</source>
            <translation>&amp;Administrateur</translation>
        </message>
        <message>
            <source>&amp;Admission</source>
            <translation>Venue &amp;concernée</translation>
        </message>
        <message>
            <source>&amp;CSV (spreadsheet)</source>
            <translation>CS&amp;V (tableur)</translation>
        </message>
        <message>
            <source>&amp;Confirm: same patient</source>
            <translation>&amp;Confirmer : même patient</translation>
        </message>
        <message>
            <source>&amp;Copy the summary</source>
            <translation>&amp;Copier le résumé</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>Exp&amp;orter</translation>
        </message>
        <message>
            <source>&amp;FHIR R4 (JSON)</source>
            <translation>FHI&amp;R R4 (JSON)</translation>
        </message>
        <message>
            <source>&amp;HL7 v2.5 (IHE PAM FR)</source>
            <translation>&amp;HL7 v2.5 (IHE PAM FR)</translation>
        </message>
        <message>
            <source>&amp;Hospital</source>
            <translation>É&amp;tablissement</translation>
        </message>
        <message>
            <source>&amp;IPP (information system)</source>
            <translation>&amp;IPP (système d’information)</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>Im&amp;porter des lots…</translation>
        </message>
        <message>
            <source>&amp;Import the admissions office's file…</source>
            <translation>Importer le fichier du &amp;bureau des entrées…</translation>
        </message>
        <message>
            <source>&amp;Mark as re-entered…</source>
            <translation>&amp;Marquer comme ressaisis…</translation>
        </message>
        <message>
            <source>&amp;Merge two records…</source>
            <translation>F&amp;usionner deux dossiers…</translation>
        </message>
        <message>
            <source>&amp;On</source>
            <translation>&amp;Le</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>Ouvrir le &amp;dossier</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <source>&amp;Propose matches…</source>
            <translation>&amp;Proposer des correspondances…</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the audit trail)</source>
            <translation>&amp;Motif (conservé dans la traçabilité)</translation>
        </message>
        <message>
            <source>&amp;Replace the earlier IPP {ipp} (it was wrong)</source>
            <translation>&amp;Remplacer l’IPP précédent {ipp} (il était erroné)</translation>
        </message>
        <message>
            <source>&amp;Set the IPP…</source>
            <translation>&amp;Renseigner l’IPP…</translation>
        </message>
        <message>
            <source>&amp;Show the passphrase</source>
            <translation>&amp;Afficher la phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Station code</source>
            <translation>Code du &amp;poste</translation>
        </message>
        <message>
            <source>&amp;Visit number</source>
            <translation>Numéro de &amp;venue</translation>
        </message>
        <message>
            <source>&amp;Withdraw the marks…</source>
            <translation>Re&amp;tirer les marques…</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(non renseigné)</translation>
        </message>
        <message>
            <source>, (comma)</source>
            <translation>, (virgule)</translation>
        </message>
        <message>
            <source>1. &amp;Bundles</source>
            <translation>1. &amp;Lots</translation>
        </message>
        <message>
            <source>2. &amp;Conflicts</source>
            <translation>2. &amp;Conflits</translation>
        </message>
        <message>
            <source>2. &amp;Conflicts ({n})</source>
            <translation>2. &amp;Conflits ({n})</translation>
        </message>
        <message>
            <source>3. &amp;Identities</source>
            <translation>3. &amp;Identités</translation>
        </message>
        <message>
            <source>4. &amp;Export</source>
            <translation>4. E&amp;xport</translation>
        </message>
        <message>
            <source>5. Back-&amp;loading</source>
            <translation>5. Re&amp;ssaisie</translation>
        </message>
        <message>
            <source>; (French spreadsheets)</source>
            <translation>; (tableurs français)</translation>
        </message>
        <message>
            <source>A conflict is a record edited on two stations without either seeing the other's change. Both versions are kept; the one shown now is exported until you settle it. Compare them, then keep the right one (check the paper file if needed).</source>
            <translation>Un conflit est un enregistrement modifié sur deux postes sans que l’un voie la modification de l’autre. Les deux versions sont conservées ; celle affichée est exportée tant que le conflit n’est pas tranché. Comparez-les, puis gardez la bonne (vérifiez le dossier papier au besoin).</translation>
        </message>
        <message>
            <source>A passphrase &amp;per bundle</source>
            <translation>Une phrase secrète &amp;par lot</translation>
        </message>
        <message>
            <source>A sentence of four or five words is easy to type and hard to guess, e.g. “le café de la garde est froid”. It is asked again when IT imports the bundle.</source>
            <translation>Une phrase de quatre ou cinq mots est facile à taper et difficile à deviner, par exemple « le café de la garde est froid ». Elle sera redemandée quand la DSI importera le lot.</translation>
        </message>
        <message>
            <source>A08 &amp;updates for triage and first medical contact</source>
            <translation>Mises à &amp;jour A08 pour le tri et le premier contact médical</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>An empty database to merge every station's bundle into</source>
            <translation>Une base vide où fusionner les lots de tous les postes</translation>
        </message>
        <message>
            <source>Aside</source>
            <translation>De côté</translation>
        </message>
        <message>
            <source>Audit chain head: {head}</source>
            <translation>Tête de la chaîne d’audit : {head}</translation>
        </message>
        <message>
            <source>Best score</source>
            <translation>Meilleur score</translation>
        </message>
        <message>
            <source>Birthplace code</source>
            <translation>Code du lieu de naissance</translation>
        </message>
        <message>
            <source>Blocks of IDs</source>
            <translation>Blocs d’identifiants</translation>
        </message>
        <message>
            <source>Bundle written and verified</source>
            <translation>Lot écrit et vérifié</translation>
        </message>
        <message>
            <source>Bundle written and verified: {path}.</source>
            <translation>Lot écrit et vérifié : {path}.</translation>
        </message>
        <message>
            <source>Bundles merged</source>
            <translation>Lots fusionnés</translation>
        </message>
        <message>
            <source>Bundles merged.</source>
            <translation>Lots fusionnés.</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Call attempts</source>
            <translation>Tentatives d’appel</translation>
        </message>
        <message>
            <source>Cancelled operations</source>
            <translation>Interventions déprogrammées</translation>
        </message>
        <message>
            <source>Census imports</source>
            <translation>Imports de recensement</translation>
        </message>
        <message>
            <source>Chain head</source>
            <translation>Tête de chaîne</translation>
        </message>
        <message>
            <source>Check the IPP against the information system's record (name, date of birth) before saving: exports will say that this provisional identity IS that patient.</source>
            <translation>Vérifiez l’IPP dans le dossier du système d’information (nom, date de naissance) avant d’enregistrer : les exports diront que cette identité provisoire EST ce patient.</translation>
        </message>
        <message>
            <source>Checklist sign-offs</source>
            <translation>Validations de check-lists</translation>
        </message>
        <message>
            <source>Choose a conflict in the list.</source>
            <translation>Choisissez un conflit dans la liste.</translation>
        </message>
        <message>
            <source>Choose every station's bundle at once (Ctrl+click). Importing a bundle twice, or in any order, gives the same result.</source>
            <translation>Choisissez les lots de tous les postes en une fois (Ctrl+clic). Importer un lot deux fois, ou dans n’importe quel ordre, donne le même résultat.</translation>
        </message>
        <message>
            <source>Choose the file of the recovery database.</source>
            <translation>Choisissez le fichier de la base de reprise.</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Choisissez le fichier à écrire.</translation>
        </message>
        <message>
            <source>Compare with a patient list exported from the information system</source>
            <translation>Comparer avec une liste de patients exportée du système d’information</translation>
        </message>
        <message>
            <source>Conflict {id} settled.</source>
            <translation>Conflit {id} tranché.</translation>
        </message>
        <message>
            <source>Conflict {id} settled: version {version} written ({choice}).</source>
            <translation>Conflit {id} tranché : version {version} écrite ({choice}).</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Conflicts are open</source>
            <translation>Des conflits sont ouverts</translation>
        </message>
        <message>
            <source>Content SHA-256: {sha}</source>
            <translation>SHA-256 du contenu : {sha}</translation>
        </message>
        <message>
            <source>Content fingerprint</source>
            <translation>Empreinte du contenu</translation>
        </message>
        <message>
            <source>Content fingerprint (SHA-256): {sha}</source>
            <translation>Empreinte du contenu (SHA-256) : {sha}</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Décompte</translation>
        </message>
        <message>
            <source>Create the database</source>
            <translation>Créer la base</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Créé par</translation>
        </message>
        <message>
            <source>Creates a NEW, empty database where IT merges the bundles of every station, settles conflicts, reconciles identities and exports to the information system. The current database is not touched; once created, the new one opens at its login.</source>
            <translation>Crée une NOUVELLE base, vide, où la DSI fusionne les lots de tous les postes, tranche les conflits, rapproche les identités et exporte vers le système d’information. La base actuelle n’est pas modifiée ; une fois créée, la nouvelle s’ouvre sur sa connexion.</translation>
        </message>
        <message>
            <source>Creating the recovery database…</source>
            <translation>Création de la base de reprise…</translation>
        </message>
        <message>
            <source>Data recovery</source>
            <translation>Reprise des données</translation>
        </message>
        <message>
            <source>Database of station {code}</source>
            <translation>Base du poste {code}</translation>
        </message>
        <message>
            <source>Digest of the records: {digest}</source>
            <translation>Condensat des enregistrements : {digest}</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Downtime record</source>
            <translation>Dossier du mode dégradé</translation>
        </message>
        <message>
            <source>Duplicate decisions</source>
            <translation>Décisions sur les doublons</translation>
        </message>
        <message>
            <source>E&amp;xercise (training data, marked EXERCICE)</source>
            <translation>E&amp;xercice (données d’entraînement, marquées EXERCICE)</translation>
        </message>
        <message>
            <source>Each export goes into a new folder &lt;station&gt;-export-&lt;number&gt;-&lt;format&gt; with a manifest.json (SHA-256 of every file).</source>
            <translation>Chaque export va dans un nouveau dossier &lt;poste&gt;-export-&lt;numéro&gt;-&lt;format&gt; avec un manifest.json (SHA-256 de chaque fichier).</translation>
        </message>
        <message>
            <source>Encounters (admissions)</source>
            <translation>Venues (Encounter)</translation>
        </message>
        <message>
            <source>Estimated age (max)</source>
            <translation>Âge estimé (max.)</translation>
        </message>
        <message>
            <source>Estimated age (min)</source>
            <translation>Âge estimé (min.)</translation>
        </message>
        <message>
            <source>Event {code}</source>
            <translation>Événement {code}</translation>
        </message>
        <message>
            <source>Export anyway</source>
            <translation>Exporter quand même</translation>
        </message>
        <message>
            <source>Export the station &amp;bundle…</source>
            <translation>Exporter le &amp;lot du poste…</translation>
        </message>
        <message>
            <source>Export the station bundle</source>
            <translation>Exporter le lot du poste</translation>
        </message>
        <message>
            <source>Export {n} ({format}) written: {files} file(s) in {folder}</source>
            <translation>Export n° {n} ({format}) écrit : {files} fichier(s) dans {folder}</translation>
        </message>
        <message>
            <source>Export {n} written.</source>
            <translation>Export n° {n} écrit.</translation>
        </message>
        <message>
            <source>Exporting ({format})…</source>
            <translation>Export en cours ({format})…</translation>
        </message>
        <message>
            <source>Exports made from this database</source>
            <translation>Exports réalisés depuis cette base</translation>
        </message>
        <message>
            <source>FHIR bundles</source>
            <translation>Bundles FHIR</translation>
        </message>
        <message>
            <source>Fair: a few more words make it much stronger.</source>
            <translation>Moyenne : quelques mots de plus la rendent bien plus solide.</translation>
        </message>
        <message>
            <source>File: {path} ({size} KiB)</source>
            <translation>Fichier : {path} ({size} Kio)</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Empreinte</translation>
        </message>
        <message>
            <source>First medical contact</source>
            <translation>Premier contact médical</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Give a reason: it is kept in the audit trail.</source>
            <translation>Donnez un motif : il est conservé dans la traçabilité.</translation>
        </message>
        <message>
            <source>Give each record's provisional ID or IPP. Both records are kept; the merged one points to the kept one. A merge can be undone from the patient's record.</source>
            <translation>Indiquez l’identifiant provisoire ou l’IPP de chaque dossier. Les deux dossiers sont conservés ; celui fusionné renvoie vers celui gardé. Une fusion peut être annulée depuis le dossier du patient.</translation>
        </message>
        <message>
            <source>Give the administrator's user name.</source>
            <translation>Indiquez le nom d’utilisateur de l’administrateur.</translation>
        </message>
        <message>
            <source>HC-REP-01: the records still to re-enter, unit by unit, to tick and sign (the unit chosen below, or every unit)</source>
            <translation>HC-REP-01 : les enregistrements restant à ressaisir, unité par unité, à cocher et signer (l’unité choisie ci-dessous, ou toutes)</translation>
        </message>
        <message>
            <source>HC-REP-02: counts captured, exported, re-entered; conflicts, merges, reconciliations; bundles and audit chain heads</source>
            <translation>HC-REP-02 : nombres saisis, exportés, ressaisis ; conflits, fusions, rapprochements ; lots et têtes de chaîne d’audit</translation>
        </message>
        <message>
            <source>HL7 messages</source>
            <translation>Messages HL7</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Détenue par</translation>
        </message>
        <message>
            <source>ID or name</source>
            <translation>Identifiant ou nom</translation>
        </message>
        <message>
            <source>ID sequences</source>
            <translation>Séquences d’identifiants</translation>
        </message>
        <message>
            <source>IPP</source>
            <translation>IPP</translation>
        </message>
        <message>
            <source>IPP confirmed</source>
            <translation>IPP confirmé</translation>
        </message>
        <message>
            <source>IPP reconciliations</source>
            <translation>Rapprochements d’IPP</translation>
        </message>
        <message>
            <source>IPP recorded</source>
            <translation>IPP renseigné</translation>
        </message>
        <message>
            <source>Identical in every version</source>
            <translation>Identique dans toutes les versions</translation>
        </message>
        <message>
            <source>Identity &amp;status in the information system</source>
            <translation>&amp;Statut de l’identité dans le système d’information</translation>
        </message>
        <message>
            <source>Identity attributes</source>
            <translation>Attributs de l’identité</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Pièce d’identité</translation>
        </message>
        <message>
            <source>Identity status (IS)</source>
            <translation>Statut d’identité (SI)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was changed.</source>
            <translation>Import annulé : rien n’a été modifié.</translation>
        </message>
        <message>
            <source>Import station bundles</source>
            <translation>Importer des lots de poste</translation>
        </message>
        <message>
            <source>Import the admissions office's file</source>
            <translation>Importer le fichier du bureau des entrées</translation>
        </message>
        <message>
            <source>Imported at {time}: {stations} — {records} records ({new} new, {updated} updated, {unchanged} unchanged), {conflicts} conflict(s), {aside} kept aside.</source>
            <translation>Importé à {time} : {stations} — {records} enregistrements ({new} nouveaux, {updated} mis à jour, {unchanged} inchangés), {conflicts} conflit(s), {aside} mis de côté.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Import de {file}…</translation>
        </message>
        <message>
            <source>Information system — score {n}</source>
            <translation>Système d’information — score {n}</translation>
        </message>
        <message>
            <source>Keep it on this computer's own disk (never a network share). Its code must differ from every station's code.</source>
            <translation>Gardez-la sur le disque de cet ordinateur (jamais sur un partage réseau). Son code doit différer de celui de chaque poste.</translation>
        </message>
        <message>
            <source>Kept as received</source>
            <translation>Conservés tels quels</translation>
        </message>
        <message>
            <source>Kept aside</source>
            <translation>Mis de côté</translation>
        </message>
        <message>
            <source>Kept aside ({n})</source>
            <translation>Mis de côté ({n})</translation>
        </message>
        <message>
            <source>Looking for matches…</source>
            <translation>Recherche des correspondances…</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Réalisé le</translation>
        </message>
        <message>
            <source>Main courante</source>
            <translation>Main courante</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Marquer</translation>
        </message>
        <message>
            <source>Mark as re-entered</source>
            <translation>Marquer comme ressaisis</translation>
        </message>
        <message>
            <source>Marking {n} record(s)…</source>
            <translation>Marquage de {n} enregistrement(s)…</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Fusionnés</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Fusionné dans</translation>
        </message>
        <message>
            <source>Merged into another record</source>
            <translation>Fusionné</translation>
        </message>
        <message>
            <source>Merged into the record {id}</source>
            <translation>Fusionné dans le dossier {id}</translation>
        </message>
        <message>
            <source>Merged: both records are now the same patient.</source>
            <translation>Fusion faite : les deux dossiers désignent désormais le même patient.</translation>
        </message>
        <message>
            <source>Merges</source>
            <translation>Fusions</translation>
        </message>
        <message>
            <source>Merging the bundles…</source>
            <translation>Fusion des lots…</translation>
        </message>
        <message>
            <source>Name, provisional ID or IPP</source>
            <translation>Nom, identifiant provisoire ou IPP</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveaux</translation>
        </message>
        <message>
            <source>New &amp;recovery database…</source>
            <translation>Nouvelle base de &amp;reprise…</translation>
        </message>
        <message>
            <source>New recovery database</source>
            <translation>Nouvelle base de reprise</translation>
        </message>
        <message>
            <source>No bundle merged in this database yet. On each station: File ▸ Export the station bundle…. Then, on IT's workstation: File ▸ New recovery database…, log in to it and import them all here.</source>
            <translation>Aucun lot fusionné dans cette base pour l’instant. Sur chaque poste : Fichier ▸ Exporter le lot du poste…. Puis, sur le poste de la DSI : Fichier ▸ Nouvelle base de reprise…, connectez-vous à celle-ci et importez-les tous ici.</translation>
        </message>
        <message>
            <source>No conflict to settle</source>
            <translation>Aucun conflit à trancher</translation>
        </message>
        <message>
            <source>No export yet in this session.</source>
            <translation>Aucun export pour l’instant dans cette session.</translation>
        </message>
        <message>
            <source>No likely match in the list: set the IPP by hand once the patient is found in the information system.</source>
            <translation>Aucune correspondance probable dans la liste : renseignez l’IPP à la main une fois le patient retrouvé dans le système d’information.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>Plus anciens</translation>
        </message>
        <message>
            <source>One &amp;batch file (FHS/BHS) instead of one file per message</source>
            <translation>Un seul fichier lot (FHS/&amp;BHS) au lieu d’un fichier par message</translation>
        </message>
        <message>
            <source>One file per kind of record, UTF-8 with BOM; a cell starting with = + - @ is neutralised so no formula runs.</source>
            <translation>Un fichier par type d’enregistrement, UTF-8 avec BOM ; une cellule commençant par = + - @ est neutralisée pour qu’aucune formule ne s’exécute.</translation>
        </message>
        <message>
            <source>One version was voided: the record stays voided whatever you keep (a voided record never comes back).</source>
            <translation>Une version a été annulée : l’enregistrement reste annulé quelle que soit la version gardée (un enregistrement annulé ne revient jamais).</translation>
        </message>
        <message>
            <source>Open it now? This database is closed first (it is backed up as usual); log in as {user}, then import the bundles in “Data recovery”.</source>
            <translation>L’ouvrir maintenant ? Cette base est d’abord fermée (sauvegardée comme d’habitude) ; connectez-vous en tant que {user}, puis importez les lots dans « Reprise des données ».</translation>
        </message>
        <message>
            <source>Open the recovery database</source>
            <translation>Ouvrir la base de reprise</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase &amp;again</source>
            <translation>Phrase secrète (&amp;confirmation)</translation>
        </message>
        <message>
            <source>Password a&amp;gain</source>
            <translation>Mot de passe (&amp;confirmation)</translation>
        </message>
        <message>
            <source>Patient (identity reliability, links for merges), Encounter (movements) and Procedure (theatre cases).</source>
            <translation>Patient (fiabilité de l’identité, liens pour les fusions), Encounter (mouvements) et Procedure (interventions).</translation>
        </message>
        <message>
            <source>Patient calls</source>
            <translation>Appels des patients</translation>
        </message>
        <message>
            <source>Patients per transaction Bundle</source>
            <translation>Patients par Bundle de transaction</translation>
        </message>
        <message>
            <source>Per kind of record</source>
            <translation>Par type d’enregistrement</translation>
        </message>
        <message>
            <source>Per unit</source>
            <translation>Par unité</translation>
        </message>
        <message>
            <source>Precision of the date of birth</source>
            <translation>Précision de la date de naissance</translation>
        </message>
        <message>
            <source>Print the end-of-downtime &amp;report</source>
            <translation>Imprimer le &amp;bilan de fin de mode dégradé</translation>
        </message>
        <message>
            <source>Print what &amp;remains…</source>
            <translation>Imprimer le &amp;reste à ressaisir…</translation>
        </message>
        <message>
            <source>Procedure activations</source>
            <translation>Activations de procédures</translation>
        </message>
        <message>
            <source>Procedures (theatre cases)</source>
            <translation>Interventions (Procedure)</translation>
        </message>
        <message>
            <source>Proof that nothing was lost</source>
            <translation>Preuve que rien n’a été perdu</translation>
        </message>
        <message>
            <source>Proposed matches — {file}</source>
            <translation>Correspondances proposées — {file}</translation>
        </message>
        <message>
            <source>Provisional ID</source>
            <translation>N° provisoire</translation>
        </message>
        <message>
            <source>Re-entered &amp;by</source>
            <translation>Ressaisi &amp;par</translation>
        </message>
        <message>
            <source>Re-entered (by, on)</source>
            <translation>Ressaisi (par, le)</translation>
        </message>
        <message>
            <source>Re-entry marks</source>
            <translation>Marques de ressaisie</translation>
        </message>
        <message>
            <source>Reason for coming</source>
            <translation>Motif de venue</translation>
        </message>
        <message>
            <source>Reason for voiding</source>
            <translation>Motif d’annulation</translation>
        </message>
        <message>
            <source>Receiving application (MSH-5)</source>
            <translation>Application destinataire (MSH-5)</translation>
        </message>
        <message>
            <source>Receiving facility (MSH-6)</source>
            <translation>Établissement destinataire (MSH-6)</translation>
        </message>
        <message>
            <source>Reconciled</source>
            <translation>Rapprochés</translation>
        </message>
        <message>
            <source>Record &amp;kept</source>
            <translation>Dossier &amp;gardé</translation>
        </message>
        <message>
            <source>Record &amp;merged into it</source>
            <translation>Dossier &amp;fusionné dans celui-ci</translation>
        </message>
        <message>
            <source>Record kept aside</source>
            <translation>Enregistrement mis de côté</translation>
        </message>
        <message>
            <source>Records captured during downtime</source>
            <translation>Enregistrements saisis pendant la crise</translation>
        </message>
        <message>
            <source>Records in this database</source>
            <translation>Enregistrements de cette base</translation>
        </message>
        <message>
            <source>Records: {n}</source>
            <translation>Enregistrements : {n}</translation>
        </message>
        <message>
            <source>Recovery database created</source>
            <translation>Base de reprise créée</translation>
        </message>
        <message>
            <source>Recovery database created: {path}.</source>
            <translation>Base de reprise créée : {path}.</translation>
        </message>
        <message>
            <source>Reserved IDs</source>
            <translation>Identifiants réservés</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Room closures</source>
            <translation>Fermetures de salles</translation>
        </message>
        <message>
            <source>SHA-256 of the file</source>
            <translation>SHA-256 du fichier</translation>
        </message>
        <message>
            <source>Same patient — merge two records</source>
            <translation>Même patient — fusionner deux dossiers</translation>
        </message>
        <message>
            <source>Say who re-entered them.</source>
            <translation>Indiquez qui les a ressaisis.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Se&amp;ttle…</source>
            <translation>Tra&amp;ncher…</translation>
        </message>
        <message>
            <source>Select the records re-entered (Shift or Ctrl+click for several).</source>
            <translation>Sélectionnez les enregistrements ressaisis (Maj ou Ctrl+clic pour plusieurs).</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Séparateur</translation>
        </message>
        <message>
            <source>Set the IPP of {id}</source>
            <translation>Renseigner l’IPP de {id}</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Settle</source>
            <translation>Trancher</translation>
        </message>
        <message>
            <source>Settle the conflict {id}</source>
            <translation>Trancher le conflit {id}</translation>
        </message>
        <message>
            <source>Settled conflicts</source>
            <translation>Conflits tranchés</translation>
        </message>
        <message>
            <source>Settled: the kept version is in use.</source>
            <translation>Tranché : la version gardée est en service.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Show the &amp;settled ones too</source>
            <translation>Afficher aussi les conflits &amp;tranchés</translation>
        </message>
        <message>
            <source>Shown again by the recovery database when the bundle is imported.</source>
            <translation>Réaffichée par la base de reprise à l’import du lot.</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Côte à côte</translation>
        </message>
        <message>
            <source>Situation reports</source>
            <translation>Points de situation</translation>
        </message>
        <message>
            <source>Staff absences</source>
            <translation>Absences du personnel</translation>
        </message>
        <message>
            <source>Station bundle (*.hcbundle)</source>
            <translation>Lot de poste (*.hcbundle)</translation>
        </message>
        <message>
            <source>Station bundle {station} — {time}</source>
            <translation>Lot du poste {station} — {time}</translation>
        </message>
        <message>
            <source>Station bundles (*.hcbundle);;All files (*)</source>
            <translation>Lots de poste (*.hcbundle);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Postes</translation>
        </message>
        <message>
            <source>Still to re-enter</source>
            <translation>Restant à ressaisir</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Solidité</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Solide.</translation>
        </message>
        <message>
            <source>Swap</source>
            <translation>Inverser</translation>
        </message>
        <message>
            <source>Take some values from another version (optional)</source>
            <translation>Reprendre des valeurs d’une autre version (facultatif)</translation>
        </message>
        <message>
            <source>Target folder</source>
            <translation>Dossier de destination</translation>
        </message>
        <message>
            <source>Target folder of the export</source>
            <translation>Dossier de destination de l’export</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>The &amp;same passphrase for every bundle</source>
            <translation>La &amp;même phrase secrète pour tous les lots</translation>
        </message>
        <message>
            <source>The admissions office's file: columns provisional_id and ipp (required), visit_number, admission_id, identity_status, birth_name and birth_date (cross-checks); ; or , as separator. It is refused whole if one line is wrong, with every bad line listed.</source>
            <translation>Fichier du bureau des entrées : colonnes provisional_id et ipp (obligatoires), visit_number, admission_id, identity_status, birth_name et birth_date (contrôles croisés) ; séparateur ; ou ,. Il est refusé en entier si une ligne est fausse, chaque ligne fautive étant listée.</translation>
        </message>
        <message>
            <source>The bundle cannot be written yet.</source>
            <translation>Le lot ne peut pas encore être écrit.</translation>
        </message>
        <message>
            <source>The bundle of station {station} was written, read back and verified. Write on the key's label: {station}, today's date and the fingerprint {short}.</source>
            <translation>Le lot du poste {station} a été écrit, relu et vérifié. Notez sur l’étiquette de la clé : {station}, la date du jour et l’empreinte {short}.</translation>
        </message>
        <message>
            <source>The information system's patient list</source>
            <translation>La liste des patients du système d’information</translation>
        </message>
        <message>
            <source>The recovery database cannot be created yet.</source>
            <translation>La base de reprise ne peut pas encore être créée.</translation>
        </message>
        <message>
            <source>The recovery database {path} is ready (station {code}).</source>
            <translation>La base de reprise {path} est prête (poste {code}).</translation>
        </message>
        <message>
            <source>The same bundles give the same hash, whatever the order and however many times they are imported.</source>
            <translation>Les mêmes lots donnent la même empreinte, quels que soient l’ordre et le nombre d’imports.</translation>
        </message>
        <message>
            <source>The two passphrases differ: type them again.</source>
            <translation>Les deux phrases secrètes diffèrent : tapez-les à nouveau.</translation>
        </message>
        <message>
            <source>Theatre imports</source>
            <translation>Imports du bloc</translation>
        </message>
        <message>
            <source>Theatre plan items</source>
            <translation>Lignes de programme opératoire</translation>
        </message>
        <message>
            <source>Theatre plans</source>
            <translation>Programmes opératoires</translation>
        </message>
        <message>
            <source>Theatre staff</source>
            <translation>Personnel du bloc</translation>
        </message>
        <message>
            <source>This station's data, encrypted, for the recovery team</source>
            <translation>Les données de ce poste, chiffrées, pour l’équipe de reprise</translation>
        </message>
        <message>
            <source>To reconcile</source>
            <translation>À rapprocher</translation>
        </message>
        <message>
            <source>Too short: at least {n} characters.</source>
            <translation>Trop courte : au moins {n} caractères.</translation>
        </message>
        <message>
            <source>Type the passphrase of every bundle.</source>
            <translation>Tapez la phrase secrète de chaque lot.</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangés</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>VOIDED</source>
            <translation>ANNULÉE</translation>
        </message>
        <message>
            <source>Value already held</source>
            <translation>Valeur déjà prise</translation>
        </message>
        <message>
            <source>Version to keep</source>
            <translation>Version à garder</translation>
        </message>
        <message>
            <source>Visit number(s)</source>
            <translation>N° de venue</translation>
        </message>
        <message>
            <source>Visit numbers</source>
            <translation>Numéros de venue</translation>
        </message>
        <message>
            <source>Voided by</source>
            <translation>Annulé par</translation>
        </message>
        <message>
            <source>Voided on</source>
            <translation>Annulé le</translation>
        </message>
        <message>
            <source>Weak: use a sentence of four or five words.</source>
            <translation>Faible : utilisez une phrase de quatre ou cinq mots.</translation>
        </message>
        <message>
            <source>What the bundle brought</source>
            <translation>Apport du lot</translation>
        </message>
        <message>
            <source>What to export</source>
            <translation>Que faut-il exporter ?</translation>
        </message>
        <message>
            <source>What {station} brought</source>
            <translation>Apport du lot {station}</translation>
        </message>
        <message>
            <source>Why this score: {reasons}.</source>
            <translation>Ce qui fonde le score : {reasons}.</translation>
        </message>
        <message>
            <source>Withdraw the marks</source>
            <translation>Retirer les marques</translation>
        </message>
        <message>
            <source>Write the bundle</source>
            <translation>Écrire le lot</translation>
        </message>
        <message>
            <source>Writes everything this station ({code}) holds — every record and the whole audit trail — into ONE encrypted file for the recovery team, for example on a USB key. Without the passphrase the file cannot be read: give the passphrase to IT apart from the key (by phone or on paper), never on the key itself.</source>
            <translation>Écrit tout ce que contient ce poste ({code}) — chaque enregistrement et toute la traçabilité — dans UN fichier chiffré pour l’équipe de reprise, par exemple sur une clé USB. Sans la phrase secrète, le fichier est illisible : transmettez-la à la DSI séparément de la clé (par téléphone ou sur papier), jamais sur la clé elle-même.</translation>
        </message>
        <message>
            <source>Writing the station bundle…</source>
            <translation>Écriture du lot du poste…</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Écrit le</translation>
        </message>
        <message>
            <source>e.g. checked with the patient's identity document</source>
            <translation>par ex. vérifié sur la pièce d’identité du patient</translation>
        </message>
        <message>
            <source>recovery-{time}.db</source>
            <translation>reprise-{time}.db</translation>
        </message>
        <message>
            <source>settled</source>
            <translation>tranché</translation>
        </message>
        <message>
            <source>shown now</source>
            <translation>affichée</translation>
        </message>
        <message>
            <source>to settle</source>
            <translation>à trancher</translation>
        </message>
        <message>
            <source>{bundles} bundle(s) from {stations} station(s). Conflicts: {open} open, {settled} settled. Records kept aside: {aside}.</source>
            <translation>{bundles} lot(s) de {stations} poste(s). Conflits : {open} ouvert(s), {settled} tranché(s). Enregistrements mis de côté : {aside}.</translation>
        </message>
        <message>
            <source>{by}, {time}</source>
            <translation>{by}, le {time}</translation>
        </message>
        <message>
            <source>{done} / {total} ({pct} %)</source>
            <translation>{done} / {total} ({pct} %)</translation>
        </message>
        <message>
            <source>{done} of {total} provisional IDs reconciled</source>
            <translation>{done} identifiants provisoires rapprochés sur {total}</translation>
        </message>
        <message>
            <source>{id} · {record} — differs in: {fields}</source>
            <translation>{id} · {record} — diffère par : {fields}</translation>
        </message>
        <message>
            <source>{kind} (kept as received)</source>
            <translation>{kind} (conservés tels quels)</translation>
        </message>
        <message>
            <source>{n} bundle(s) to merge into this database. Each is opened and checked before anything is written: if one cannot be read, none is imported.</source>
            <translation>{n} lot(s) à fusionner dans cette base. Chacun est ouvert et vérifié avant toute écriture : si l’un est illisible, aucun n’est importé.</translation>
        </message>
        <message>
            <source>{n} conflict(s) still open: settle them first, or you will be asked to export anyway.</source>
            <translation>{n} conflit(s) encore ouvert(s) : tranchez-les d’abord, sinon il vous sera demandé d’exporter quand même.</translation>
        </message>
        <message>
            <source>{n} conflict(s) to settle</source>
            <translation>{n} conflit(s) à trancher</translation>
        </message>
        <message>
            <source>{n} conflict(s) were still open: the versions shown were exported.</source>
            <translation>{n} conflit(s) étaient encore ouverts : les versions affichées ont été exportées.</translation>
        </message>
        <message>
            <source>{n} mark(s) set by mistake will be withdrawn. Why?</source>
            <translation>{n} marque(s) posée(s) par erreur vont être retirées. Pourquoi ?</translation>
        </message>
        <message>
            <source>{n} provisional ID(s) reconciled from the proposals.</source>
            <translation>{n} identifiant(s) provisoire(s) rapproché(s) à partir des propositions.</translation>
        </message>
        <message>
            <source>{n} provisional patient(s) not yet reconciled; {m} have at least one likely match in {file}. Compare each pair, then confirm the right one: its IPP is recorded for that provisional ID.</source>
            <translation>{n} patient(s) provisoire(s) pas encore rapproché(s) ; {m} ont au moins une correspondance probable dans {file}. Comparez chaque paire, puis confirmez la bonne : son IPP est enregistré pour cet identifiant provisoire.</translation>
        </message>
        <message>
            <source>{n} record(s)</source>
            <translation>{n} enregistrement(s)</translation>
        </message>
        <message>
            <source>{n} record(s) are still in conflict between stations. Settle them first (Conflicts tab), or export anyway: the version shown now is exported, and the export records that conflicts were open.</source>
            <translation>{n} enregistrement(s) sont encore en conflit entre postes. Tranchez-les d’abord (onglet Conflits), ou exportez quand même : la version affichée est exportée, et l’export garde trace des conflits ouverts.</translation>
        </message>
        <message>
            <source>{n} record(s) marked as re-entered by {by}.</source>
            <translation>{n} enregistrement(s) marqué(s) comme ressaisi(s) par {by}.</translation>
        </message>
        <message>
            <source>{n} record(s) re-entered in the information system.</source>
            <translation>{n} enregistrement(s) ressaisi(s) dans le système d’information.</translation>
        </message>
        <message>
            <source>{n} selected (Ctrl+A: every record shown)</source>
            <translation>{n} sélectionné(s) (Ctrl+A : tous ceux affichés)</translation>
        </message>
        <message>
            <source>{n} version(s); {d} field(s) differ.</source>
            <translation>{n} version(s) ; {d} champ(s) diffèrent.</translation>
        </message>
        <message>
            <source>{path} already exists: a recovery database is always a new file. Choose another name.</source>
            <translation>{path} existe déjà : une base de reprise est toujours un nouveau fichier. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>{path} is a folder: give a file name.</source>
            <translation>{path} est un dossier : indiquez un nom de fichier.</translation>
        </message>
        <message>
            <source>{stations} · version {n}</source>
            <translation>{stations} · version {n}</translation>
        </message>
        <message>
            <source>{station} ({file}) was already imported: nothing changed.</source>
            <translation>{station} ({file}) était déjà importé : rien n’a changé.</translation>
        </message>
        <message>
            <source>{table}: each station's own accounts and settings are kept as received, never written into this database.</source>
            <translation>{table} : les comptes et réglages propres à chaque poste sont conservés tels quels, jamais écrits dans cette base.</translation>
        </message>
        <message>
            <source>{time} — {complaint}</source>
            <translation>{time} — {complaint}</translation>
        </message>
    </context>
</TS>
