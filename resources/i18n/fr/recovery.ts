<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>hospcrisis</name>
        <message>
            <source>  {station}: bundle of {created}, imported {imported} by {user} — head {head}</source>
            <translation>  {station} : lot du {created}, importé le {imported} par {user} — tête {head}</translation>
        </message>
        <message>
            <source>--set takes COLUMN=VALUE (got “{item}”).</source>
            <translation>--set attend COLONNE=VALEUR (reçu « {item} »).</translation>
        </message>
        <message>
            <source>A FHIR bundle holds 1 to 100,000 patients.</source>
            <translation>Un Bundle FHIR contient de 1 à 100 000 patients.</translation>
        </message>
        <message>
            <source>Administrator password of the new recovery database: </source>
            <translation>Mot de passe administrateur de la nouvelle base de reprise : </translation>
        </message>
        <message>
            <source>Admissions</source>
            <translation>Admissions</translation>
        </message>
        <message>
            <source>Audit chain head</source>
            <translation>Tête de la chaîne d’audit</translation>
        </message>
        <message>
            <source>Bundle of</source>
            <translation>Lot du</translation>
        </message>
        <message>
            <source>Bundle of station {station} written and verified: {path} ({size} KiB).</source>
            <translation>Lot du poste {station} écrit et vérifié : {path} ({size} Kio).</translation>
        </message>
        <message>
            <source>Bundle passphrase: </source>
            <translation>Phrase secrète du lot : </translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>Lots</translation>
        </message>
        <message>
            <source>CSV separator (default ;)</source>
            <translation>séparateur CSV (par défaut ;)</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Impossible de lire {file} : {reason}</translation>
        </message>
        <message>
            <source>Captured</source>
            <translation>Saisis</translation>
        </message>
        <message>
            <source>Columns: provisional_id, ipp (required); visit_number, admission_id, identity_status, birth_name and birth_date (cross-checks). The file is refused whole, every bad line listed, for an unknown ID or two IPPs for one ID.</source>
            <translation>Colonnes : provisional_id, ipp (obligatoires) ; visit_number, admission_id, identity_status, birth_name et birth_date (contrôles croisés). Le fichier est refusé en entier, chaque ligne fautive listée, pour un identifiant inconnu ou deux IPP pour un même identifiant.</translation>
        </message>
        <message>
            <source>Conflict {id} settled ({choice}): version {version} of {table} {record} written.</source>
            <translation>Conflit {id} tranché ({choice}) : version {version} de {table} {record} enregistrée.</translation>
        </message>
        <message>
            <source>Conflicts between stations</source>
            <translation>Conflits entre postes</translation>
        </message>
        <message>
            <source>Conflicts: {open} open, {settled} settled. Merges: {merges}. Provisional IDs reconciled: {done} of {total}.</source>
            <translation>Conflits : {open} ouverts, {settled} tranchés. Fusions : {merges}. Identifiants provisoires rapprochés : {done} sur {total}.</translation>
        </message>
        <message>
            <source>Conflicts: {open} open, {settled} settled; records kept aside: {aside}</source>
            <translation>Conflits : {open} ouverts, {settled} tranchés ; enregistrements mis de côté : {aside}</translation>
        </message>
        <message>
            <source>Content hash of the merged data</source>
            <translation>Empreinte du contenu des données fusionnées</translation>
        </message>
        <message>
            <source>Content hash: {hash}</source>
            <translation>Empreinte du contenu : {hash}</translation>
        </message>
        <message>
            <source>Crisis log entries</source>
            <translation>Entrées de la main courante</translation>
        </message>
        <message>
            <source>Digest of the records</source>
            <translation>Empreinte des enregistrements</translation>
        </message>
        <message>
            <source>Digest of the records exported: {digest}</source>
            <translation>Empreinte des enregistrements exportés : {digest}</translation>
        </message>
        <message>
            <source>Director or crisis cell — name, date, signature</source>
            <translation>Direction ou cellule de crise — nom, date, signature</translation>
        </message>
        <message>
            <source>Downtime</source>
            <translation>Mode dégradé</translation>
        </message>
        <message>
            <source>Downtime records not yet re-entered, unit by unit, to tick and sign.</source>
            <translation>Enregistrements du mode dégradé pas encore ressaisis, service par service, à cocher et à signer.</translation>
        </message>
        <message>
            <source>Duplicates merged</source>
            <translation>Doublons fusionnés</translation>
        </message>
        <message>
            <source>End-of-downtime report</source>
            <translation>Bilan de fin de mode dégradé</translation>
        </message>
        <message>
            <source>End-of-downtime report — station {station}</source>
            <translation>Bilan de fin de mode dégradé — poste {station}</translation>
        </message>
        <message>
            <source>Export {number} ({format}) written in {folder}: {files} file(s).</source>
            <translation>Export {number} ({format}) écrit dans {folder} : {files} fichier(s).</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportés</translation>
        </message>
        <message>
            <source>Exports to the information system</source>
            <translation>Exports vers le système d’information</translation>
        </message>
        <message>
            <source>FHIR: patients per transaction bundle (default 1000)</source>
            <translation>FHIR : patients par Bundle de transaction (par défaut 1000)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Give at least one station bundle.</source>
            <translation>Donnez au moins un lot de poste.</translation>
        </message>
        <message>
            <source>Give the records (ids), a unit, or --all.</source>
            <translation>Donnez les enregistrements (identifiants), un service, ou --all.</translation>
        </message>
        <message>
            <source>HL7 MSH-5 (default SIH)</source>
            <translation>HL7 MSH-5 (par défaut SIH)</translation>
        </message>
        <message>
            <source>HL7 MSH-6</source>
            <translation>HL7 MSH-6</translation>
        </message>
        <message>
            <source>HL7: no A08 for triage and first medical contact</source>
            <translation>HL7 : pas d’A08 pour le tri et le premier contact médical</translation>
        </message>
        <message>
            <source>HL7: one batch file (FHS/BHS) instead of one file per message</source>
            <translation>HL7 : un fichier lot (FHS/BHS) au lieu d’un fichier par message</translation>
        </message>
        <message>
            <source>IT recovery lead — name, date, signature</source>
            <translation>Responsable informatique de la reprise — nom, date, signature</translation>
        </message>
        <message>
            <source>Identities and merge</source>
            <translation>Identités et fusion</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>Keeps the version of a station (--keep CODE) or of a content (--keep and the first characters of its SHA), optionally with columns changed (--set COLUMN=VALUE, a merged value). A voided record stays voided.</source>
            <translation>Garde la version d’un poste (--keep CODE) ou d’un contenu (--keep et les premiers caractères de son SHA), éventuellement avec des colonnes modifiées (--set COLONNE=VALEUR, une valeur fusionnée). Un enregistrement annulé le reste.</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>Type d’enregistrement</translation>
        </message>
        <message>
            <source>Line 1: required columns missing: {columns}.</source>
            <translation>Ligne 1 : colonnes obligatoires manquantes : {columns}.</translation>
        </message>
        <message>
            <source>MSH-10 from {first} to {last}</source>
            <translation>MSH-10 de {first} à {last}</translation>
        </message>
        <message>
            <source>Merged: {merged} is now the same patient as {kept} (merge {id}).</source>
            <translation>Fusion : {merged} est désormais le même patient que {kept} (fusion {id}).</translation>
        </message>
        <message>
            <source>Merges of duplicates</source>
            <translation>Fusions de doublons</translation>
        </message>
        <message>
            <source>Merges the bundles into the database given by --db, created when it does not exist (station RECOV unless --station; administrator password from HOSPCRISIS_ADMIN_PASSWORD or asked). Every bundle is checked first: one that is damaged, altered, from another program or a newer version refuses them all and nothing changes. Importing a bundle twice or in any order gives the same result; records edited on two stations become conflicts to settle.</source>
            <translation>Fusionne les lots dans la base donnée par --db, créée si elle n’existe pas (poste RECOV sauf --station ; mot de passe administrateur depuis HOSPCRISIS_ADMIN_PASSWORD ou demandé). Chaque lot est d’abord vérifié : un lot endommagé, modifié, issu d’un autre programme ou d’une version plus récente les fait tous refuser et rien ne change. Importer un lot deux fois ou dans n’importe quel ordre donne le même résultat ; les enregistrements modifiés sur deux postes deviennent des conflits à trancher.</translation>
        </message>
        <message>
            <source>Movements</source>
            <translation>Mouvements</translation>
        </message>
        <message>
            <source>No bundle was imported: {n} file(s) cannot be read, listed below. Nothing was changed.</source>
            <translation>Aucun lot n’a été importé : {n} fichier(s) illisible(s), listé(s) ci-dessous. Rien n’a été modifié.</translation>
        </message>
        <message>
            <source>No bundle was imported: {n} problem(s), listed below. Nothing was changed.</source>
            <translation>Aucun lot n’a été importé : {n} problème(s), listé(s) ci-dessous. Rien n’a été modifié.</translation>
        </message>
        <message>
            <source>No conflict.</source>
            <translation>Aucun conflit.</translation>
        </message>
        <message>
            <source>No patient has the ID {id}.</source>
            <translation>Aucun patient n’a l’identifiant {id}.</translation>
        </message>
        <message>
            <source>No such file: {files}. Nothing was imported.</source>
            <translation>Fichier introuvable : {files}. Rien n’a été importé.</translation>
        </message>
        <message>
            <source>No version of this record comes from “{keep}”. Choose one of the stations {stations}, or a version's SHA.</source>
            <translation>Aucune version de cet enregistrement ne vient de « {keep} ». Choisissez l’un des postes {stations}, ou le SHA d’une version.</translation>
        </message>
        <message>
            <source>Nothing remains to re-enter.</source>
            <translation>Plus rien à ressaisir.</translation>
        </message>
        <message>
            <source>Operating-theatre cases</source>
            <translation>Interventions au bloc opératoire</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <source>Patient / record</source>
            <translation>Patient / enregistrement</translation>
        </message>
        <message>
            <source>Patients registered</source>
            <translation>Patients enregistrés</translation>
        </message>
        <message>
            <source>Period covered</source>
            <translation>Période couverte</translation>
        </message>
        <message>
            <source>Period: {start} to {end}</source>
            <translation>Période : du {start} au {end}</translation>
        </message>
        <message>
            <source>Proof</source>
            <translation>Preuve</translation>
        </message>
        <message>
            <source>Provisional IDs</source>
            <translation>Identifiants provisoires</translation>
        </message>
        <message>
            <source>Re-entered</source>
            <translation>Ressaisis</translation>
        </message>
        <message>
            <source>Re-entered by</source>
            <translation>Ressaisi par</translation>
        </message>
        <message>
            <source>Re-entered by, on</source>
            <translation>Ressaisi par, le</translation>
        </message>
        <message>
            <source>Re-entered: {done} of {total}</source>
            <translation>Ressaisis : {done} sur {total}</translation>
        </message>
        <message>
            <source>Re-entry time</source>
            <translation>Heure de la ressaisie</translation>
        </message>
        <message>
            <source>Reconciled with an IPP</source>
            <translation>Rapprochés d’un IPP</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>Records captured, exported and re-entered</source>
            <translation>Enregistrements saisis, exportés et ressaisis</translation>
        </message>
        <message>
            <source>Records captured, exported and re-entered; conflicts, merges, reconciliations; every station's bundle and audit chain head.</source>
            <translation>Enregistrements saisis, exportés et ressaisis ; conflits, fusions, rapprochements ; le lot et la tête de chaîne d’audit de chaque poste.</translation>
        </message>
        <message>
            <source>Records kept aside</source>
            <translation>Enregistrements mis de côté</translation>
        </message>
        <message>
            <source>Records to re-enter</source>
            <translation>Enregistrements à ressaisir</translation>
        </message>
        <message>
            <source>Records to re-enter in the information system</source>
            <translation>Enregistrements à ressaisir dans le système d’information</translation>
        </message>
        <message>
            <source>Records: {n}; audit chain head: {head}</source>
            <translation>Enregistrements : {n} ; tête de la chaîne d’audit : {head}</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Reprise des données</translation>
        </message>
        <message>
            <source>Recovery database</source>
            <translation>Base de reprise</translation>
        </message>
        <message>
            <source>Recovery database of station {code}</source>
            <translation>Base de reprise du poste {code}</translation>
        </message>
        <message>
            <source>Recovery database {path} created (station {code}).</source>
            <translation>Base de reprise {path} créée (poste {code}).</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Restants</translation>
        </message>
        <message>
            <source>Replaced by the IPP {ipp}</source>
            <translation>Remplacé par l’IPP {ipp}</translation>
        </message>
        <message>
            <source>Replaced by the visit number {number}</source>
            <translation>Remplacé par le numéro de venue {number}</translation>
        </message>
        <message>
            <source>Report drawn up</source>
            <translation>Bilan établi</translation>
        </message>
        <message>
            <source>SHA-256 of the file: {sha}</source>
            <translation>SHA-256 du fichier : {sha}</translation>
        </message>
        <message>
            <source>Say which version to keep (a station or a version), or give the merged values.</source>
            <translation>Indiquez la version à garder (un poste ou une version), ou donnez les valeurs fusionnées.</translation>
        </message>
        <message>
            <source>Scores every provisional patient not yet reconciled against the list (columns ipp, birth_name, first_forename, used_name, sex, birth_date…) with the duplicates engine. Nothing is reconciled: confirm with reconcile set.</source>
            <translation>Compare chaque patient provisoire pas encore rapproché à la liste (colonnes ipp, birth_name, first_forename, used_name, sex, birth_date…) avec le moteur de détection des doublons. Rien n’est rapproché : confirmez avec reconcile set.</translation>
        </message>
        <message>
            <source>Station bundles merged</source>
            <translation>Lots de poste fusionnés</translation>
        </message>
        <message>
            <source>TYPE is patient, admission, movement, triage, patient_merge, surgery_case or crisis_log. Give ids, --unit, or --all.</source>
            <translation>TYPE vaut patient, admission, movement, triage, patient_merge, surgery_case ou crisis_log. Donnez des identifiants, --unit, ou --all.</translation>
        </message>
        <message>
            <source>The CSV separator is ; or , (not {value}).</source>
            <translation>Le séparateur CSV est ; ou , (pas {value}).</translation>
        </message>
        <message>
            <source>The bundle could not be written to {path}: {reason}. Any earlier bundle there is intact.</source>
            <translation>Le lot n’a pas pu être écrit dans {path} : {reason}. Le lot précédent à cet endroit est intact.</translation>
        </message>
        <message>
            <source>The bundles cannot be merged: a record of {table} points to a record of {parent} that no bundle holds ({n} such record(s)). Nothing was imported.</source>
            <translation>Les lots ne peuvent pas être fusionnés : un enregistrement de {table} désigne un enregistrement de {parent} qu’aucun lot ne contient ({n} enregistrement(s) concerné(s)). Rien n’a été importé.</translation>
        </message>
        <message>
            <source>The column {column} cannot be set by hand.</source>
            <translation>La colonne {column} ne peut pas être modifiée à la main.</translation>
        </message>
        <message>
            <source>The conflict {id} is already settled.</source>
            <translation>Le conflit {id} est déjà tranché.</translation>
        </message>
        <message>
            <source>The database failed its integrity check ({detail}): no bundle was written. Restore the latest verified backup.</source>
            <translation>La base a échoué au contrôle d’intégrité ({detail}) : aucun lot n’a été écrit. Restaurez la dernière sauvegarde vérifiée.</translation>
        </message>
        <message>
            <source>The export could not be written in {folder}: {reason}. Nothing was recorded.</source>
            <translation>L’export n’a pas pu être écrit dans {folder} : {reason}. Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The passphrase must have at least {n} characters: the bundle holds patient data and may be lost on the way.</source>
            <translation>La phrase secrète doit compter au moins {n} caractères : le lot contient des données de patients et peut être perdu en chemin.</translation>
        </message>
        <message>
            <source>There is no conflict {id}.</source>
            <translation>Il n’y a pas de conflit {id}.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Triage entries</source>
            <translation>Entrées de tri</translation>
        </message>
        <message>
            <source>Unit {unit}</source>
            <translation>Service {unit}</translation>
        </message>
        <message>
            <source>Unknown export format {fmt}: choose hl7, fhir or csv.</source>
            <translation>Format d’export inconnu {fmt} : choisissez hl7, fhir ou csv.</translation>
        </message>
        <message>
            <source>Unknown kind of record {kind}: choose one of {kinds}.</source>
            <translation>Type d’enregistrement inconnu {kind} : choisissez parmi {kinds}.</translation>
        </message>
        <message>
            <source>Warning: {n} conflict(s) were still open.</source>
            <translation>Attention : {n} conflit(s) restai(en)t ouvert(s).</translation>
        </message>
        <message>
            <source>What remains, per unit</source>
            <translation>Ce qui reste, par service</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Writes a new folder &lt;STATION&gt;-export-&lt;N&gt;-&lt;format&gt; in DIR with the files and a manifest.json (SHA-256 of every file, counts, digest of the records), and records the export in the audit chain. Refused while conflicts are open, unless --allow-conflicts.</source>
            <translation>Écrit un nouveau dossier &lt;POSTE&gt;-export-&lt;N&gt;-&lt;format&gt; dans DIR avec les fichiers et un manifest.json (SHA-256 de chaque fichier, comptes, empreinte des enregistrements), et consigne l’export dans la chaîne d’audit. Refusé tant que des conflits sont ouverts, sauf --allow-conflicts.</translation>
        </message>
        <message>
            <source>Writes everything this station holds (every record, the whole audit chain) into one file encrypted and authenticated with AES-256-GCM, key from a passphrase (HOSPCRISIS_PASSPHRASE, or asked twice). The file is written under a temporary name, checked, then renamed: a key pulled out mid-way leaves the previous file or a complete new one.</source>
            <translation>Écrit tout ce que contient ce poste (chaque enregistrement, toute la chaîne d’audit) dans un seul fichier chiffré et authentifié en AES-256-GCM, clé tirée d’une phrase secrète (HOSPCRISIS_PASSPHRASE, ou demandée deux fois). Le fichier est écrit sous un nom temporaire, vérifié, puis renommé : une clé USB retirée en cours de route laisse le fichier précédent ou un nouveau fichier complet.</translation>
        </message>
        <message>
            <source>Wrong passphrase for {file}: it does not open this bundle. Nothing was imported.</source>
            <translation>Phrase secrète incorrecte pour {file} : elle n’ouvre pas ce lot. Rien n’a été importé.</translation>
        </message>
        <message>
            <source>a column of the merged value (repeatable; JSON values allowed)</source>
            <translation>une colonne de la valeur fusionnée (répétable ; valeurs JSON acceptées)</translation>
        </message>
        <message>
            <source>aside</source>
            <translation>de côté</translation>
        </message>
        <message>
            <source>bundle file to write</source>
            <translation>fichier du lot à écrire</translation>
        </message>
        <message>
            <source>bundle files</source>
            <translation>fichiers de lots</translation>
        </message>
        <message>
            <source>bundles merged, records, conflicts, content hash</source>
            <translation>lots fusionnés, enregistrements, conflits, empreinte du contenu</translation>
        </message>
        <message>
            <source>captured {captured}, exported {exported}, re-entered {reentered}</source>
            <translation>saisis {captured}, exportés {exported}, ressaisis {reentered}</translation>
        </message>
        <message>
            <source>confirm two records are the same patient (audited merge)</source>
            <translation>confirmer que deux dossiers sont le même patient (fusion tracée)</translation>
        </message>
        <message>
            <source>conflicts</source>
            <translation>conflits</translation>
        </message>
        <message>
            <source>every record of this kind</source>
            <translation>tous les enregistrements de ce type</translation>
        </message>
        <message>
            <source>every record of this unit</source>
            <translation>tous les enregistrements de ce service</translation>
        </message>
        <message>
            <source>export even though conflicts are open</source>
            <translation>exporter même si des conflits sont ouverts</translation>
        </message>
        <message>
            <source>export for the information system: HL7 v2.5 (PAM FR), FHIR R4 or CSV</source>
            <translation>export pour le système d’information : HL7 v2.5 (PAM FR), FHIR R4 ou CSV</translation>
        </message>
        <message>
            <source>exported: {n}</source>
            <translation>exportés : {n}</translation>
        </message>
        <message>
            <source>from {start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <source>import the admissions office's CSV</source>
            <translation>importer le CSV du bureau des entrées</translation>
        </message>
        <message>
            <source>include the settled ones</source>
            <translation>inclure ceux qui sont tranchés</translation>
        </message>
        <message>
            <source>kept as received</source>
            <translation>conservés tels que reçus</translation>
        </message>
        <message>
            <source>list the conflicts</source>
            <translation>lister les conflits</translation>
        </message>
        <message>
            <source>live</source>
            <translation>en service</translation>
        </message>
        <message>
            <source>map one provisional ID to its IPP (and visit number)</source>
            <translation>rapprocher un identifiant provisoire de son IPP (et numéro de venue)</translation>
        </message>
        <message>
            <source>map provisional IDs to definitive IPPs and visit numbers</source>
            <translation>rapprochement d’identités : identifiants provisoires vers IPP et numéros de venue définitifs</translation>
        </message>
        <message>
            <source>mark records as re-entered (audited)</source>
            <translation>marquer des enregistrements comme ressaisis (tracé)</translation>
        </message>
        <message>
            <source>merge station bundles into the recovery database</source>
            <translation>fusionner des lots de poste dans la base de reprise</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>fusionné</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>aucune correspondance</translation>
        </message>
        <message>
            <source>one conflict, every version</source>
            <translation>un conflit, toutes ses versions</translation>
        </message>
        <message>
            <source>only those not reconciled</source>
            <translation>seulement ceux qui ne sont pas rapprochés</translation>
        </message>
        <message>
            <source>output folder</source>
            <translation>dossier de sortie</translation>
        </message>
        <message>
            <source>patient list exported from the information system</source>
            <translation>liste des patients exportée du système d’information</translation>
        </message>
        <message>
            <source>print the progress as JSON</source>
            <translation>afficher l’avancement en JSON</translation>
        </message>
        <message>
            <source>print the proposals as JSON</source>
            <translation>afficher les propositions en JSON</translation>
        </message>
        <message>
            <source>print the report as JSON</source>
            <translation>afficher le bilan en JSON</translation>
        </message>
        <message>
            <source>print the status as JSON</source>
            <translation>afficher l’état en JSON</translation>
        </message>
        <message>
            <source>print the summary as JSON</source>
            <translation>afficher le résumé en JSON</translation>
        </message>
        <message>
            <source>progress per kind of record and per unit</source>
            <translation>avancement par type d’enregistrement et par service</translation>
        </message>
        <message>
            <source>propose matches in the information system's patient list</source>
            <translation>proposer des correspondances dans la liste des patients du système d’information</translation>
        </message>
        <message>
            <source>provisional ID, IPP or id kept</source>
            <translation>identifiant provisoire, IPP ou identifiant du dossier gardé</translation>
        </message>
        <message>
            <source>provisional ID, IPP or id merged</source>
            <translation>identifiant provisoire, IPP ou identifiant du dossier fusionné</translation>
        </message>
        <message>
            <source>provisional patients and their IPP, if reconciled</source>
            <translation>patients provisoires et leur IPP, s’ils sont rapprochés</translation>
        </message>
        <message>
            <source>records edited on two stations, to settle</source>
            <translation>enregistrements modifiés sur deux postes, à trancher</translation>
        </message>
        <message>
            <source>replace an earlier, wrong reconciliation</source>
            <translation>remplacer un rapprochement antérieur erroné</translation>
        </message>
        <message>
            <source>settle a conflict (audited)</source>
            <translation>trancher un conflit (tracé)</translation>
        </message>
        <message>
            <source>station bundles: export this station, import into the recovery database</source>
            <translation>lots de poste : exporter ce poste, importer dans la base de reprise</translation>
        </message>
        <message>
            <source>station code of a new recovery database (default RECOV)</source>
            <translation>code de poste d’une nouvelle base de reprise (par défaut RECOV)</translation>
        </message>
        <message>
            <source>the IPP {ipp} already appears on line {line}.</source>
            <translation>l’IPP {ipp} figure déjà ligne {line}.</translation>
        </message>
        <message>
            <source>the IPP “{value}” is not valid (letters, digits, - _ . ; at most 30).</source>
            <translation>l’IPP « {value} » n’est pas valide (lettres, chiffres, - _ . ; 30 au plus).</translation>
        </message>
        <message>
            <source>the IPP “{value}” is not valid.</source>
            <translation>l’IPP « {value} » n’est pas valide.</translation>
        </message>
        <message>
            <source>the admission gets two visit numbers: {first} (line {line}) and {second}.</source>
            <translation>l’admission reçoit deux numéros de venue : {first} (ligne {line}) et {second}.</translation>
        </message>
        <message>
            <source>the admission {id} is not one of this patient's.</source>
            <translation>l’admission {id} n’est pas une admission de ce patient.</translation>
        </message>
        <message>
            <source>the bundle</source>
            <translation>le lot</translation>
        </message>
        <message>
            <source>the chain does not reach the head its manifest announces ({head})</source>
            <translation>la chaîne n’atteint pas la tête annoncée par son manifeste ({head})</translation>
        </message>
        <message>
            <source>the chain loops</source>
            <translation>la chaîne boucle sur elle-même</translation>
        </message>
        <message>
            <source>the date of birth {given} does not match the record of {id}: check the line.</source>
            <translation>la date de naissance {given} ne correspond pas au dossier de {id} : vérifiez la ligne.</translation>
        </message>
        <message>
            <source>the date of birth “{value}” is not a date.</source>
            <translation>la date de naissance « {value} » n’est pas une date.</translation>
        </message>
        <message>
            <source>the end-of-downtime report (counts, conflicts, merges)</source>
            <translation>le bilan de fin de mode dégradé (comptes, conflits, fusions)</translation>
        </message>
        <message>
            <source>the information system's identity status (PROV, RECUP, VALI, QUAL)</source>
            <translation>le statut d’identité du système d’information (PROV, RECUP, VALI, QUAL)</translation>
        </message>
        <message>
            <source>the name {given} does not match the record of {id} ({name}): check the line.</source>
            <translation>le nom {given} ne correspond pas au dossier de {id} ({name}) : vérifiez la ligne.</translation>
        </message>
        <message>
            <source>the records still to re-enter</source>
            <translation>les enregistrements restant à ressaisir</translation>
        </message>
        <message>
            <source>the version to keep</source>
            <translation>la version à garder</translation>
        </message>
        <message>
            <source>the visit number {number} already belongs to another admission.</source>
            <translation>le numéro de venue {number} appartient déjà à une autre admission.</translation>
        </message>
        <message>
            <source>the visit number {number} is already given on line {line}.</source>
            <translation>le numéro de venue {number} est déjà attribué ligne {line}.</translation>
        </message>
        <message>
            <source>the visit number “{value}” is not valid.</source>
            <translation>le numéro de venue « {value} » n’est pas valide.</translation>
        </message>
        <message>
            <source>this admission already has the visit number {number}.</source>
            <translation>cette admission a déjà le numéro de venue {number}.</translation>
        </message>
        <message>
            <source>to reconcile</source>
            <translation>à rapprocher</translation>
        </message>
        <message>
            <source>track what has been re-entered in the information system</source>
            <translation>suivre ce qui a été ressaisi dans le système d’information</translation>
        </message>
        <message>
            <source>unknown identity status {value}.</source>
            <translation>statut d’identité inconnu {value}.</translation>
        </message>
        <message>
            <source>unknown provisional ID {id}: no bundle merged here holds it.</source>
            <translation>identifiant provisoire inconnu {id} : aucun lot fusionné ici ne le contient.</translation>
        </message>
        <message>
            <source>visit number of the admission</source>
            <translation>numéro de venue de l’admission</translation>
        </message>
        <message>
            <source>voided</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>when (DD/MM/YYYY HH:MM; default now)</source>
            <translation>quand (JJ/MM/AAAA HH:MM ; par défaut maintenant)</translation>
        </message>
        <message>
            <source>which admission, when the patient had several</source>
            <translation>quelle admission, si le patient en a eu plusieurs</translation>
        </message>
        <message>
            <source>who re-entered them (default: you)</source>
            <translation>qui les a ressaisis (par défaut : vous)</translation>
        </message>
        <message>
            <source>why (audited)</source>
            <translation>pourquoi (tracé)</translation>
        </message>
        <message>
            <source>withdraw marks set by mistake</source>
            <translation>retirer des marques posées par erreur</translation>
        </message>
        <message>
            <source>write this station's encrypted bundle</source>
            <translation>écrire le lot chiffré de ce poste</translation>
        </message>
        <message>
            <source>{file} comes from this very station ({station}): there is nothing to merge.</source>
            <translation>{file} vient de ce poste même ({station}) : il n’y a rien à fusionner.</translation>
        </message>
        <message>
            <source>{file} holds a kind of record this version of hospcrisis does not know ({table}): import it with the version that wrote it.</source>
            <translation>{file} contient un type d’enregistrement que cette version de hospcrisis ne connaît pas ({table}) : importez-le avec la version qui l’a écrit.</translation>
        </message>
        <message>
            <source>{file} is a database, not a station bundle: on that station, write a bundle with “hospcrisis bundle export”.</source>
            <translation>{file} est une base de données, pas un lot de poste : sur ce poste, écrivez un lot avec « hospcrisis bundle export ».</translation>
        </message>
        <message>
            <source>{file} is a folder, not a station bundle.</source>
            <translation>{file} est un dossier, pas un lot de poste.</translation>
        </message>
        <message>
            <source>{file} is cut short: the copy did not finish. Copy the bundle again.</source>
            <translation>{file} est tronqué : la copie ne s’est pas terminée. Copiez le lot à nouveau.</translation>
        </message>
        <message>
            <source>{file} is damaged (its content cannot be read). Nothing was imported.</source>
            <translation>{file} est endommagé (son contenu est illisible). Rien n’a été importé.</translation>
        </message>
        <message>
            <source>{file} is damaged (its header cannot be read). Copy the bundle again from the station.</source>
            <translation>{file} est endommagé (son en-tête est illisible). Copiez à nouveau le lot depuis le poste.</translation>
        </message>
        <message>
            <source>{file} is damaged (its header does not make sense). Copy the bundle again from the station.</source>
            <translation>{file} est endommagé (son en-tête est incohérent). Copiez à nouveau le lot depuis le poste.</translation>
        </message>
        <message>
            <source>{file} is damaged or cut short (its header cannot be read). Copy the bundle again from the station.</source>
            <translation>{file} est endommagé ou tronqué (son en-tête est illisible). Copiez à nouveau le lot depuis le poste.</translation>
        </message>
        <message>
            <source>{file} is empty: the copy did not finish. Copy the bundle again.</source>
            <translation>{file} est vide : la copie ne s’est pas terminée. Copiez le lot à nouveau.</translation>
        </message>
        <message>
            <source>{file} is not a hospcrisis station bundle (it comes from another program, or is another kind of file). Nothing was imported.</source>
            <translation>{file} n’est pas un lot de poste hospcrisis (il vient d’un autre programme, ou c’est un autre type de fichier). Rien n’a été importé.</translation>
        </message>
        <message>
            <source>{file} is not a hospcrisis station bundle. Nothing was imported.</source>
            <translation>{file} n’est pas un lot de poste hospcrisis. Rien n’a été importé.</translation>
        </message>
        <message>
            <source>{file} was altered or is damaged or cut short: its authentication fails, so none of it can be trusted. Nothing was imported; copy the bundle again from the station.</source>
            <translation>{file} a été modifié, ou est endommagé ou tronqué : son authentification échoue, aucune partie n’est donc fiable. Rien n’a été importé ; copiez à nouveau le lot depuis le poste.</translation>
        </message>
        <message>
            <source>{file} was written by a newer version of hospcrisis (bundle format {found}; this program reads {known}). Import it with the newer version.</source>
            <translation>{file} a été écrit par une version plus récente de hospcrisis (format de lot {found} ; ce programme lit le {known}). Importez-le avec la version plus récente.</translation>
        </message>
        <message>
            <source>{file} was written by a newer version of hospcrisis (schema {found}, this program knows {known}): import it with the newer version.</source>
            <translation>{file} a été écrit par une version plus récente de hospcrisis (schéma {found}, ce programme connaît le {known}) : importez-le avec la version plus récente.</translation>
        </message>
        <message>
            <source>{file}: its content does not match its manifest (SHA-256). Nothing was imported.</source>
            <translation>{file} : son contenu ne correspond pas à son manifeste (SHA-256). Rien n’a été importé.</translation>
        </message>
        <message>
            <source>{file}: not a hospcrisis station bundle.</source>
            <translation>{file} : ce n’est pas un lot de poste hospcrisis.</translation>
        </message>
        <message>
            <source>{file}: the audit chain of station {station} does not hold together ({detail}); the bundle is refused.</source>
            <translation>{file} : la chaîne d’audit du poste {station} n’est pas cohérente ({detail}) ; le lot est refusé.</translation>
        </message>
        <message>
            <source>{file}: the audit chain of station {station} holds entries of another station; the bundle is refused.</source>
            <translation>{file} : la chaîne d’audit du poste {station} contient des entrées d’un autre poste ; le lot est refusé.</translation>
        </message>
        <message>
            <source>{file}: the audit chain of station {station} is missing.</source>
            <translation>{file} : la chaîne d’audit du poste {station} est absente.</translation>
        </message>
        <message>
            <source>{file}: the records of {table} have columns this version of hospcrisis does not know ({columns}).</source>
            <translation>{file} : les enregistrements de {table} ont des colonnes que cette version de hospcrisis ne connaît pas ({columns}).</translation>
        </message>
        <message>
            <source>{file}: {created} reconciled, {replaced} replaced, {unchanged} unchanged, {visits} visit number(s).</source>
            <translation>{file} : {created} rapproché(s), {replaced} remplacé(s), {unchanged} inchangé(s), {visits} numéro(s) de venue.</translation>
        </message>
        <message>
            <source>{folder} already exists: choose another output folder.</source>
            <translation>{folder} existe déjà : choisissez un autre dossier de sortie.</translation>
        </message>
        <message>
            <source>{id} gets two IPPs: {first} (line {line}) and {second}.</source>
            <translation>{id} reçoit deux IPP : {first} (ligne {line}) et {second}.</translation>
        </message>
        <message>
            <source>{id} has {n} admissions: say which one gets the visit number (column admission_id).</source>
            <translation>{id} a {n} admissions : indiquez celle qui reçoit le numéro de venue (colonne admission_id).</translation>
        </message>
        <message>
            <source>{id} reconciled with the IPP {ipp}.</source>
            <translation>{id} rapproché de l’IPP {ipp}.</translation>
        </message>
        <message>
            <source>{id} was already reconciled with the IPP {ipp} on {time} by {user}: two IPPs for one ID. Correct it by hand (reconcile set --replace) if the earlier one is wrong.</source>
            <translation>{id} a déjà été rapproché de l’IPP {ipp} le {time} par {user} : deux IPP pour un même identifiant. Corrigez à la main (reconcile set --replace) si le premier est faux.</translation>
        </message>
        <message>
            <source>{id} was already reconciled with {ipp}: nothing changed.</source>
            <translation>{id} était déjà rapproché de {ipp} : rien n’a changé.</translation>
        </message>
        <message>
            <source>{id} was merged into {other}: reconcile that record.</source>
            <translation>{id} a été fusionné dans {other} : rapprochez ce dossier-là.</translation>
        </message>
        <message>
            <source>{n} conflict(s) to settle: hospcrisis conflicts list</source>
            <translation>{n} conflit(s) à trancher : hospcrisis conflicts list</translation>
        </message>
        <message>
            <source>{n} id(s) are not records of this kind captured in downtime: nothing was marked.</source>
            <translation>{n} identifiant(s) ne sont pas des enregistrements de ce type saisis en mode dégradé : rien n’a été marqué.</translation>
        </message>
        <message>
            <source>{n} mark(s) withdrawn.</source>
            <translation>{n} marque(s) retirée(s).</translation>
        </message>
        <message>
            <source>{n} record(s) are in conflict between stations: settle them first (hospcrisis conflicts list), or export anyway with --allow-conflicts (the version shown is exported).</source>
            <translation>{n} enregistrement(s) en conflit entre postes : tranchez-les d’abord (hospcrisis conflicts list), ou exportez malgré tout avec --allow-conflicts (la version affichée est exportée).</translation>
        </message>
        <message>
            <source>{n} record(s) marked as re-entered.</source>
            <translation>{n} enregistrement(s) marqué(s) comme ressaisi(s).</translation>
        </message>
        <message>
            <source>{n} record(s) remain in this unit; {total} in all.</source>
            <translation>{n} enregistrement(s) restant(s) dans ce service ; {total} en tout.</translation>
        </message>
        <message>
            <source>{n} record(s) remain.</source>
            <translation>{n} enregistrement(s) restant(s).</translation>
        </message>
        <message>
            <source>{open} open, {settled} settled</source>
            <translation>{open} ouvert(s), {settled} tranché(s)</translation>
        </message>
        <message>
            <source>{path} does not read back as written: the medium is faulty. Write the bundle again on another key.</source>
            <translation>{path} ne se relit pas tel qu’écrit : le support est défectueux. Écrivez à nouveau le lot sur une autre clé.</translation>
        </message>
        <message>
            <source>{path} holds no line to reconcile.</source>
            <translation>{path} ne contient aucune ligne à rapprocher.</translation>
        </message>
        <message>
            <source>{path} is a folder: give a file name for the bundle.</source>
            <translation>{path} est un dossier : donnez un nom de fichier pour le lot.</translation>
        </message>
        <message>
            <source>{path} is too large ({n} MB).</source>
            <translation>{path} est trop volumineux ({n} Mo).</translation>
        </message>
        <message>
            <source>{path} was not read: {n} problem(s), listed below. Nothing was proposed.</source>
            <translation>{path} n’a pas été lu : {n} problème(s), listé(s) ci-dessous. Rien n’a été proposé.</translation>
        </message>
        <message>
            <source>{station} ({file}): already imported, nothing changed.</source>
            <translation>{station} ({file}) : déjà importé, rien n’a changé.</translation>
        </message>
        <message>
            <source>{station} ({file}): {records} records — {new} new, {updated} updated, {unchanged} unchanged, {older} older, {conflicts} conflict(s), {aside} kept aside; {entries} audit entries.</source>
            <translation>{station} ({file}) : {records} enregistrements — {new} nouveaux, {updated} mis à jour, {unchanged} inchangés, {older} plus anciens, {conflicts} conflit(s), {aside} mis de côté ; {entries} entrées d’audit.</translation>
        </message>
        <message>
            <source>{table} has no column {column}.</source>
            <translation>{table} n’a pas de colonne {column}.</translation>
        </message>
        <message>
            <source>{table} records are never changed once written: this conflict cannot be settled by an edit. Report it to IT.</source>
            <translation>Les enregistrements de {table} ne sont jamais modifiés une fois écrits : ce conflit ne peut pas être tranché par une modification. Signalez-le à l’informatique.</translation>
        </message>
        <message>
            <source>{when} by {who}</source>
            <translation>{when} par {who}</translation>
        </message>
    </context>
</TS>
