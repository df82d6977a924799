<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>hospcrisis</name>
        <message>
            <source>A chain head looks like 1234:&lt;64 hex digits&gt;.</source>
            <translation>Une tête de chaîne s’écrit 1234:&lt;64 chiffres hexadécimaux&gt;.</translation>
        </message>
        <message>
            <source>A unit code is 1 to 12 letters, digits, hyphens or underscores (for example MED2).</source>
            <translation>Un code d’unité compte 1 à 12 lettres, chiffres, tirets ou soulignés (par exemple MED2).</translation>
        </message>
        <message>
            <source>A unit has at most {n} beds.</source>
            <translation>Une unité compte au plus {n} lits.</translation>
        </message>
        <message>
            <source>A user name is 2 to 40 letters, digits, dots, hyphens or underscores.</source>
            <translation>Un nom d’utilisateur compte de 2 à 40 lettres, chiffres, points, tirets ou soulignés.</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <source>Administrator password: </source>
            <translation>Mot de passe de l’administrateur : </translation>
        </message>
        <message>
            <source>Administrator: admin — password: {password} (shown only once; every exercise account uses it).</source>
            <translation>Administrateur : admin — mot de passe : {password} (affiché une seule fois ; tous les comptes de l’exercice l’utilisent).</translation>
        </message>
        <message>
            <source>Again: </source>
            <translation>Encore une fois : </translation>
        </message>
        <message>
            <source>An in-memory database cannot be shared between threads.</source>
            <translation>Une base en mémoire ne peut pas être partagée entre plusieurs fils d’exécution.</translation>
        </message>
        <message>
            <source>An in-memory database has no backup folder.</source>
            <translation>Une base en mémoire n’a pas de dossier de sauvegarde.</translation>
        </message>
        <message>
            <source>At least {n} characters.</source>
            <translation>Au moins {n} caractères.</translation>
        </message>
        <message>
            <source>At most {n} characters.</source>
            <translation>Au plus {n} caractères.</translation>
        </message>
        <message>
            <source>Audit chain: {n} entries, {state}</source>
            <translation>Chaîne d’audit : {n} entrées, {state}</translation>
        </message>
        <message>
            <source>BROKEN</source>
            <translation>ROMPUE</translation>
        </message>
        <message>
            <source>Backup written and verified: {file} (audit entry {seq}).</source>
            <translation>Sauvegarde écrite et vérifiée : {file} (entrée d’audit {seq}).</translation>
        </message>
        <message>
            <source>Bed</source>
            <translation>Lit</translation>
        </message>
        <message>
            <source>Bed {bed} does not exist in unit {code}.</source>
            <translation>Le lit {bed} n’existe pas dans l’unité {code}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>Impossible de lire {path} : {reason}</translation>
        </message>
        <message>
            <source>Cannot write in the folder {folder}: {reason}</source>
            <translation>Impossible d’écrire dans le dossier {folder} : {reason}</translation>
        </message>
        <message>
            <source>Cannot write in the folder {folder}: {reason}. Choose another location (option --db or HOSPCRISIS_DB).</source>
            <translation>Impossible d’écrire dans le dossier {folder} : {reason}. Choisissez un autre emplacement (option --db ou HOSPCRISIS_DB).</translation>
        </message>
        <message>
            <source>Chain head (keep it to detect later truncation): {head}</source>
            <translation>Tête de chaîne (à conserver pour détecter une troncature ultérieure) : {head}</translation>
        </message>
        <message>
            <source>Checks the backup, keeps the current database (backed up, or renamed aside if damaged), then restores. Needs an administrator or IT recovery account of the backup.</source>
            <translation>Vérifie la sauvegarde, conserve la base actuelle (sauvegardée, ou renommée à part si elle est endommagée), puis restaure. Nécessite un compte administrateur ou reprise informatique présent dans la sauvegarde.</translation>
        </message>
        <message>
            <source>Create the database of this workstation. The station code (2 to 8 letters or digits) must be unique in the hospital: it starts every provisional patient ID. The administrator's password comes from HOSPCRISIS_ADMIN_PASSWORD or is asked twice.</source>
            <translation>Crée la base de ce poste. Le code du poste (2 à 8 lettres ou chiffres) doit être unique dans l’hôpital : il commence chaque identifiant provisoire de patient. Le mot de passe de l’administrateur vient de HOSPCRISIS_ADMIN_PASSWORD ou est demandé deux fois.</translation>
        </message>
        <message>
            <source>Creates a NEW database (at --db, or HOSPCRISIS_DB) flagged as an exercise: a red EXERCICE banner on screen and a watermark on paper. The administrator is 'admin' with the password from HOSPCRISIS_ADMIN_PASSWORD, or a generated one printed once. The same --seed gives the same data.</source>
            <translation>Crée une NOUVELLE base (à --db, ou HOSPCRISIS_DB) marquée comme exercice : bandeau rouge EXERCICE à l’écran et filigrane sur papier. L’administrateur est « admin » avec le mot de passe de HOSPCRISIS_ADMIN_PASSWORD, ou un mot de passe généré affiché une fois. La même --seed donne les mêmes données.</translation>
        </message>
        <message>
            <source>Crisis cell</source>
            <translation>Cellule de crise</translation>
        </message>
        <message>
            <source>Database integrity: {state}</source>
            <translation>Intégrité de la base : {state}</translation>
        </message>
        <message>
            <source>Emergency department</source>
            <translation>Urgences</translation>
        </message>
        <message>
            <source>Entry {seq} differs from the head printed earlier: the chain was rewritten.</source>
            <translation>L’entrée {seq} diffère de la tête relevée auparavant : la chaîne a été réécrite.</translation>
        </message>
        <message>
            <source>Entry {seq}: does not follow the previous entry (the chain was cut, reordered or an entry removed).</source>
            <translation>Entrée {seq} : ne suit pas l’entrée précédente (chaîne coupée, réordonnée ou entrée supprimée).</translation>
        </message>
        <message>
            <source>Entry {seq}: expected sequence number {expected} (an entry was deleted, inserted or moved).</source>
            <translation>Entrée {seq} : numéro d’ordre {expected} attendu (une entrée a été supprimée, insérée ou déplacée).</translation>
        </message>
        <message>
            <source>Entry {seq}: its content does not match its hash (the entry was edited).</source>
            <translation>Entrée {seq} : son contenu ne correspond pas à son empreinte (l’entrée a été modifiée).</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>Erreur : {message}</translation>
        </message>
        <message>
            <source>Exercise administrator</source>
            <translation>Administrateur de l’exercice</translation>
        </message>
        <message>
            <source>Exercise database created: {path} (station {code}).</source>
            <translation>Base d’exercice créée : {path} (poste {code}).</translation>
        </message>
        <message>
            <source>Exercise hospital</source>
            <translation>Hôpital d’exercice</translation>
        </message>
        <message>
            <source>Exercise {code}</source>
            <translation>Exercice {code}</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Geriatrics</source>
            <translation>Gériatrie</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Établissement</translation>
        </message>
        <message>
            <source>IT recovery</source>
            <translation>Reprise informatique</translation>
        </message>
        <message>
            <source>Imaging</source>
            <translation>Imagerie</translation>
        </message>
        <message>
            <source>Intensive care</source>
            <translation>Réanimation / soins intensifs</translation>
        </message>
        <message>
            <source>Interrupted: nothing more was done.</source>
            <translation>Interrompu : rien de plus n’a été fait.</translation>
        </message>
        <message>
            <source>Keeps a hospital running while its information system is down. Without a command, opens the desktop app.</source>
            <translation>Fait tourner l’hôpital pendant la panne de son système d’information. Sans commande, ouvre l’application.</translation>
        </message>
        <message>
            <source>Kind of unit</source>
            <translation>Type d’unité</translation>
        </message>
        <message>
            <source>Laboratory</source>
            <translation>Laboratoire</translation>
        </message>
        <message>
            <source>Maternity</source>
            <translation>Maternité</translation>
        </message>
        <message>
            <source>Medicine ward</source>
            <translation>Médecine</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>Nouveau mot de passe : </translation>
        </message>
        <message>
            <source>No password given: set the environment variable or run the command in a terminal.</source>
            <translation>Aucun mot de passe fourni : définissez la variable d’environnement ou lancez la commande dans un terminal.</translation>
        </message>
        <message>
            <source>No verified backup in {folder}.</source>
            <translation>Aucune sauvegarde vérifiée dans {folder}.</translation>
        </message>
        <message>
            <source>Nurse</source>
            <translation>Infirmier(ère)</translation>
        </message>
        <message>
            <source>Nurse manager</source>
            <translation>Cadre de santé</translation>
        </message>
        <message>
            <source>Only an administrator or the IT recovery team may restore a backup.</source>
            <translation>Seuls un administrateur ou l’équipe de reprise informatique peuvent restaurer une sauvegarde.</translation>
        </message>
        <message>
            <source>Operating theatre</source>
            <translation>Bloc opératoire</translation>
        </message>
        <message>
            <source>Outpatient clinic</source>
            <translation>Consultations externes</translation>
        </message>
        <message>
            <source>Paediatrics</source>
            <translation>Pédiatrie</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>Mot de passe de {user} : </translation>
        </message>
        <message>
            <source>Password of {name} changed.</source>
            <translation>Mot de passe de {name} modifié.</translation>
        </message>
        <message>
            <source>Passwords come from HOSPCRISIS_PASSWORD (HOSPCRISIS_ADMIN_PASSWORD for init and demo) or are asked at the prompt.</source>
            <translation>Les mots de passe viennent de HOSPCRISIS_PASSWORD (HOSPCRISIS_ADMIN_PASSWORD pour init et demo) ou sont demandés à l’invite.</translation>
        </message>
        <message>
            <source>Pharmacy</source>
            <translation>Pharmacie</translation>
        </message>
        <message>
            <source>Please correct the highlighted fields: nothing was saved.</source>
            <translation>Corrigez les champs signalés : rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>Psychiatry</source>
            <translation>Psychiatrie</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Record {id} not found.</source>
            <translation>Enregistrement {id} introuvable.</translation>
        </message>
        <message>
            <source>Restored {source} into {path}.</source>
            <translation>{source} restaurée dans {path}.</translation>
        </message>
        <message>
            <source>Runs SQLite's integrity check and verifies every audit entry. Exit status 0 only when both are sound. Give --head with a head printed earlier to detect removed entries at the end of the chain.</source>
            <translation>Lance le contrôle d’intégrité de SQLite et vérifie chaque entrée d’audit. Code de sortie 0 seulement si les deux sont sains. Donnez --head avec une tête relevée auparavant pour détecter des entrées supprimées en fin de chaîne.</translation>
        </message>
        <message>
            <source>Station name</source>
            <translation>Nom du poste</translation>
        </message>
        <message>
            <source>Station {code} created in {path}; administrator: {user}.</source>
            <translation>Poste {code} créé dans {path} ; administrateur : {user}.</translation>
        </message>
        <message>
            <source>Surgery ward</source>
            <translation>Chirurgie</translation>
        </message>
        <message>
            <source>The backup could not be written in {folder}: {detail}</source>
            <translation>La sauvegarde n’a pas pu être écrite dans {folder} : {detail}</translation>
        </message>
        <message>
            <source>The backup failed its integrity check ({detail}); the previous backups are kept.</source>
            <translation>La sauvegarde a échoué au contrôle d’intégrité ({detail}) ; les sauvegardes précédentes sont conservées.</translation>
        </message>
        <message>
            <source>The backup interval is 1 to 120 minutes.</source>
            <translation>L’intervalle de sauvegarde est de 1 à 120 minutes.</translation>
        </message>
        <message>
            <source>The chain ends at entry {last} but a head printed earlier reached entry {seq}: the newest entries were removed.</source>
            <translation>La chaîne s’arrête à l’entrée {last} alors qu’une tête relevée auparavant atteignait l’entrée {seq} : les entrées les plus récentes ont été supprimées.</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>Le mot de passe actuel est incorrect.</translation>
        </message>
        <message>
            <source>The database cannot be opened ({detail}).</source>
            <translation>La base ne peut pas être ouverte ({detail}).</translation>
        </message>
        <message>
            <source>The database cannot be read ({detail}).</source>
            <translation>La base ne peut pas être lue ({detail}).</translation>
        </message>
        <message>
            <source>The database cannot be written (read-only file or folder): nothing was saved.</source>
            <translation>La base ne peut pas être écrite (fichier ou dossier en lecture seule) : rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The database failed its integrity check ({detail}). Restore the latest verified backup (Administration &gt; Backups, or `hospcrisis restore`).</source>
            <translation>La base a échoué au contrôle d’intégrité ({detail}). Restaurez la dernière sauvegarde vérifiée (Administration &gt; Sauvegardes, ou `hospcrisis restore`).</translation>
        </message>
        <message>
            <source>The database is damaged ({detail}). Restore the latest verified backup.</source>
            <translation>La base est endommagée ({detail}). Restaurez la dernière sauvegarde vérifiée.</translation>
        </message>
        <message>
            <source>The database stayed busy for more than 10 seconds: nothing was saved. Try again.</source>
            <translation>La base est restée occupée plus de 10 secondes : rien n’a été enregistré. Réessayez.</translation>
        </message>
        <message>
            <source>The disk could not be written ({detail}): nothing was saved.</source>
            <translation>Le disque n’a pas pu être écrit ({detail}) : rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space (or move the database), then try again.</source>
            <translation>Le disque est plein : rien n’a été enregistré. Libérez de la place (ou déplacez la base), puis réessayez.</translation>
        </message>
        <message>
            <source>The idle lock delay is 1 to 240 minutes.</source>
            <translation>Le délai de verrouillage en inactivité est de 1 à 240 minutes.</translation>
        </message>
        <message>
            <source>The password must have at least {n} characters.</source>
            <translation>Le mot de passe doit comporter au moins {n} caractères.</translation>
        </message>
        <message>
            <source>The password must have at most {n} characters.</source>
            <translation>Le mot de passe doit comporter au plus {n} caractères.</translation>
        </message>
        <message>
            <source>The previous database was kept as {kept}.</source>
            <translation>La base précédente a été conservée sous {kept}.</translation>
        </message>
        <message>
            <source>The station code and the exercise flag are set when the database is created and cannot be changed.</source>
            <translation>Le code du poste et la mention exercice sont fixés à la création de la base et ne peuvent pas être modifiés.</translation>
        </message>
        <message>
            <source>The station code must be 2 to 8 letters or digits, starting with a letter (for example URG1): it appears in every provisional patient ID.</source>
            <translation>Le code du poste compte 2 à 8 lettres ou chiffres et commence par une lettre (par exemple URG1) : il figure dans chaque identifiant provisoire de patient.</translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>Les deux mots de passe diffèrent ; rien n’a été modifié.</translation>
        </message>
        <message>
            <source>The unit {code} already exists.</source>
            <translation>L’unité {code} existe déjà.</translation>
        </message>
        <message>
            <source>The unit {code} is closed.</source>
            <translation>L’unité {code} est fermée.</translation>
        </message>
        <message>
            <source>The user name {name} is already taken.</source>
            <translation>Le nom d’utilisateur {name} est déjà pris.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Le fichier {path} n’existe pas.</translation>
        </message>
        <message>
            <source>There is no hospcrisis database at {path}. Create one with `hospcrisis init --station CODE` or the first-run wizard.</source>
            <translation>Aucune base hospcrisis à l’emplacement {path}. Créez-en une avec `hospcrisis init --station CODE` ou l’assistant de premier lancement.</translation>
        </message>
        <message>
            <source>There is no unit {code}.</source>
            <translation>Il n’existe pas d’unité {code}.</translation>
        </message>
        <message>
            <source>There is no user {name}.</source>
            <translation>Il n’existe pas d’utilisateur {name}.</translation>
        </message>
        <message>
            <source>This backup cannot be restored: {detail}</source>
            <translation>Cette sauvegarde ne peut pas être restaurée : {detail}</translation>
        </message>
        <message>
            <source>This database already has a station and an administrator.</source>
            <translation>Cette base a déjà un poste et un administrateur.</translation>
        </message>
        <message>
            <source>This database has no station yet: run `hospcrisis init --station CODE` first.</source>
            <translation>Cette base n’a pas encore de poste : lancez d’abord `hospcrisis init --station CODE`.</translation>
        </message>
        <message>
            <source>This database is already open in another hospcrisis window or command ({holder}). Close it first, or open another database.</source>
            <translation>Cette base est déjà ouverte dans une autre fenêtre ou commande hospcrisis ({holder}). Fermez-la d’abord, ou ouvrez une autre base.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of hospcrisis (schema {found}, this program knows {known}). Use the newer version.</source>
            <translation>Cette base a été écrite par une version plus récente de hospcrisis (schéma {found}, ce programme connaît {known}). Utilisez la version plus récente.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of hospcrisis.</source>
            <translation>Cette base a été écrite par une version plus récente de hospcrisis.</translation>
        </message>
        <message>
            <source>This record was changed by {user} at {time} since you opened it. Reopen it to see the change, then try again.</source>
            <translation>Cet enregistrement a été modifié par {user} à {time} depuis que vous l’avez ouvert. Rouvrez-le pour voir la modification, puis réessayez.</translation>
        </message>
        <message>
            <source>This user does not exist.</source>
            <translation>Cet utilisateur n’existe pas.</translation>
        </message>
        <message>
            <source>Too many problems: verification stopped.</source>
            <translation>Trop de problèmes : vérification interrompue.</translation>
        </message>
        <message>
            <source>Unit name</source>
            <translation>Nom de l’unité</translation>
        </message>
        <message>
            <source>Unknown language {lang}.</source>
            <translation>Langue inconnue : {lang}.</translation>
        </message>
        <message>
            <source>Unknown role {role}.</source>
            <translation>Rôle inconnu : {role}.</translation>
        </message>
        <message>
            <source>Unknown role {role}. Roles: {roles}.</source>
            <translation>Rôle inconnu : {role}. Rôles : {roles}.</translation>
        </message>
        <message>
            <source>User {name} created.</source>
            <translation>Utilisateur {name} créé.</translation>
        </message>
        <message>
            <source>User {name} disabled.</source>
            <translation>Utilisateur {name} désactivé.</translation>
        </message>
        <message>
            <source>User {name} enabled.</source>
            <translation>Utilisateur {name} réactivé.</translation>
        </message>
        <message>
            <source>Verification FAILED: restore the latest verified backup and report it to IT.</source>
            <translation>Vérification ÉCHOUÉE : restaurez la dernière sauvegarde vérifiée et signalez-le à l’informatique.</translation>
        </message>
        <message>
            <source>Viewer (read-only)</source>
            <translation>Consultation (lecture seule)</translation>
        </message>
        <message>
            <source>Writes a backup through SQLite's backup API, checks it, and keeps the 12 newest.</source>
            <translation>Écrit une sauvegarde par l’API de sauvegarde de SQLite, la vérifie et garde les 12 plus récentes.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Nom d’utilisateur ou mot de passe incorrect.</translation>
        </message>
        <message>
            <source>You cannot change your own role; ask another administrator.</source>
            <translation>Vous ne pouvez pas changer votre propre rôle ; demandez à un autre administrateur.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
        </message>
        <message>
            <source>Your role ({role}) may not do this ({permission}). Ask a colleague with the right role, or an administrator.</source>
            <translation>Votre rôle ({role}) ne permet pas cette action ({permission}). Demandez à un collègue ayant le bon rôle, ou à un administrateur.</translation>
        </message>
        <message>
            <source>a chain head printed earlier</source>
            <translation>une tête de chaîne relevée auparavant</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>admin, crisis_cell, nurse_manager, nurse, it_recovery or viewer</source>
            <translation>admin, crisis_cell, nurse_manager, nurse, it_recovery ou viewer</translation>
        </message>
        <message>
            <source>administrator user name (default: admin)</source>
            <translation>nom d’utilisateur de l’administrateur (par défaut : admin)</translation>
        </message>
        <message>
            <source>administrator's full name</source>
            <translation>nom complet de l’administrateur</translation>
        </message>
        <message>
            <source>backup file (.db)</source>
            <translation>fichier de sauvegarde (.db)</translation>
        </message>
        <message>
            <source>backup folder (default: the station setting, else beside the database)</source>
            <translation>dossier de sauvegarde (par défaut : le réglage du poste, sinon à côté de la base)</translation>
        </message>
        <message>
            <source>backup folder to list</source>
            <translation>dossier de sauvegarde à lister</translation>
        </message>
        <message>
            <source>check the database integrity and the audit chain</source>
            <translation>vérifier l’intégrité de la base et la chaîne d’audit</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>commandes</translation>
        </message>
        <message>
            <source>create a new exercise database filled with realistic data</source>
            <translation>créer une nouvelle base d’exercice remplie de données réalistes</translation>
        </message>
        <message>
            <source>create an account (password from HOSPCRISIS_NEW_PASSWORD or asked)</source>
            <translation>créer un compte (mot de passe depuis HOSPCRISIS_NEW_PASSWORD ou demandé)</translation>
        </message>
        <message>
            <source>create the station database: station code and administrator</source>
            <translation>créer la base du poste : code du poste et administrateur</translation>
        </message>
        <message>
            <source>database file (default: HOSPCRISIS_DB, else the user's data folder)</source>
            <translation>fichier de base (par défaut : HOSPCRISIS_DB, sinon le dossier de données de l’utilisateur)</translation>
        </message>
        <message>
            <source>disable an account</source>
            <translation>désactiver un compte</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>flag the database as an exercise (banner and watermark)</source>
            <translation>marquer la base comme exercice (bandeau et filigrane)</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>nom complet</translation>
        </message>
        <message>
            <source>hospital name</source>
            <translation>nom de l’établissement</translation>
        </message>
        <message>
            <source>intact</source>
            <translation>intacte</translation>
        </message>
        <message>
            <source>language of messages and forms (default: fr)</source>
            <translation>langue des messages et des formulaires (par défaut : fr)</translation>
        </message>
        <message>
            <source>list the accounts</source>
            <translation>lister les comptes</translation>
        </message>
        <message>
            <source>list the verified backups</source>
            <translation>lister les sauvegardes vérifiées</translation>
        </message>
        <message>
            <source>manage user accounts (admin)</source>
            <translation>gérer les comptes utilisateurs (admin)</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>print the list as JSON</source>
            <translation>afficher la liste en JSON</translation>
        </message>
        <message>
            <source>print the result as JSON</source>
            <translation>afficher le résultat en JSON</translation>
        </message>
        <message>
            <source>random seed (default 1)</source>
            <translation>graine aléatoire (par défaut 1)</translation>
        </message>
        <message>
            <source>re-enable an account</source>
            <translation>réactiver un compte</translation>
        </message>
        <message>
            <source>replace the database with a verified backup</source>
            <translation>remplacer la base par une sauvegarde vérifiée</translation>
        </message>
        <message>
            <source>set an account's password (HOSPCRISIS_NEW_PASSWORD or asked)</source>
            <translation>définir le mot de passe d’un compte (HOSPCRISIS_NEW_PASSWORD ou demandé)</translation>
        </message>
        <message>
            <source>station code of the exercise (default DEMO)</source>
            <translation>code du poste de l’exercice (par défaut DEMO)</translation>
        </message>
        <message>
            <source>station code, e.g. URG1</source>
            <translation>code du poste, par ex. URG1</translation>
        </message>
        <message>
            <source>station name shown on screens and paper</source>
            <translation>nom du poste affiché à l’écran et sur papier</translation>
        </message>
        <message>
            <source>unknown process</source>
            <translation>processus inconnu</translation>
        </message>
        <message>
            <source>user to log in as (default: HOSPCRISIS_USER, else admin)</source>
            <translation>utilisateur de connexion (par défaut : HOSPCRISIS_USER, sinon admin)</translation>
        </message>
        <message>
            <source>write a verified backup now</source>
            <translation>écrire maintenant une sauvegarde vérifiée</translation>
        </message>
        <message>
            <source>{field} contains invisible control characters; retype it.</source>
            <translation>{field} contient des caractères de contrôle invisibles ; ressaisissez-le.</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>{field} est obligatoire.</translation>
        </message>
        <message>
            <source>{field} is too long ({n} characters; at most {max}).</source>
            <translation>{field} est trop long ({n} caractères ; {max} au plus).</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not one of {options}.</source>
            <translation>{field} : « {value} » ne fait pas partie de : {options}.</translation>
        </message>
        <message>
            <source>{path} already exists: an exercise is always a new database. Choose another file.</source>
            <translation>{path} existe déjà : un exercice est toujours une nouvelle base. Choisissez un autre fichier.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a hospcrisis database.</source>
            <translation>{path} est un dossier, pas une base hospcrisis.</translation>
        </message>
        <message>
            <source>{path} is an SQLite database from another program, not a hospcrisis database. It was left untouched.</source>
            <translation>{path} est une base SQLite d’un autre programme, pas une base hospcrisis. Elle n’a pas été modifiée.</translation>
        </message>
        <message>
            <source>{path} is not a hospcrisis database (it is not even an SQLite file). It was left untouched.</source>
            <translation>{path} n’est pas une base hospcrisis (ce n’est même pas un fichier SQLite). Il n’a pas été modifié.</translation>
        </message>
    </context>
</TS>
