<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>hospcrisis</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;About hospcrisis</source>
            <translation>À &amp;propos de hospcrisis</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Aller à</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;Lock the workstation</source>
            <translation>&amp;Verrouiller le poste</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Précédent</translation>
        </message>
        <message>
            <source>About hospcrisis</source>
            <translation>À propos de hospcrisis</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>An unexpected error occurred; the action in progress was not saved. What was saved before is safe. Please tell IT (details below).</source>
            <translation>Une erreur inattendue s’est produite ; l’action en cours n’a pas été enregistrée. Ce qui avait été enregistré avant est intact. Prévenez l’informatique (détails ci-dessous).</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Entrées d’audit</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Journal d’audit</translation>
        </message>
        <message>
            <source>BACKUP FAILED: {error}</source>
            <translation>ÉCHEC DE LA SAUVEGARDE : {error}</translation>
        </message>
        <message>
            <source>Back up every</source>
            <translation>Sauvegarder toutes les</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sauvegarde</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Dossier de sauvegarde</translation>
        </message>
        <message>
            <source>Backup on exit failed</source>
            <translation>Échec de la sauvegarde à la fermeture</translation>
        </message>
        <message>
            <source>Backup written and verified at {time}.</source>
            <translation>Sauvegarde écrite et vérifiée à {time}.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Backups go to {folder} (12 generations kept, each verified). Change the folder in the station settings, for example to a USB key.</source>
            <translation>Les sauvegardes vont dans {folder} (12 générations conservées, chacune vérifiée). Changez de dossier dans les réglages du poste, par exemple pour une clé USB.</translation>
        </message>
        <message>
            <source>Beds</source>
            <translation>Lits</translation>
        </message>
        <message>
            <source>CHAIN BROKEN: {problems}</source>
            <translation>CHAÎNE ROMPUE : {problems}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Chain intact: {n} entries. Head to keep: {head}</source>
            <translation>Chaîne intacte : {n} entrées. Tête à conserver : {head}</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Changer de rôle</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>Changer de rôle…</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Choisir une sauvegarde</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Close / reopen</source>
            <translation>Fermer / rouvrir</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Create the station</source>
            <translation>Créer le poste</translation>
        </message>
        <message>
            <source>Ctrl+1 … Ctrl+9: go to a section</source>
            <translation>Ctrl+1 … Ctrl+9 : aller à une rubrique</translation>
        </message>
        <message>
            <source>Ctrl+B: back up now</source>
            <translation>Ctrl+B : sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Ctrl+L: lock the workstation</source>
            <translation>Ctrl+L : verrouiller le poste</translation>
        </message>
        <message>
            <source>Ctrl+Q: quit</source>
            <translation>Ctrl+Q : quitter</translation>
        </message>
        <message>
            <source>Ctrl+Shift+L: log out</source>
            <translation>Ctrl+Maj+L : se déconnecter</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Fichier de la base</translation>
        </message>
        <message>
            <source>Database file: {path}</source>
            <translation>Fichier de la base : {path}</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Disable / enable…</source>
            <translation>Désactiver / réactiver…</translation>
        </message>
        <message>
            <source>Disable an account</source>
            <translation>Désactiver un compte</translation>
        </message>
        <message>
            <source>EXERCICE — exercise database, not real patients</source>
            <translation>EXERCICE — base d’exercice, pas de vrais patients</translation>
        </message>
        <message>
            <source>EXERCICE — exercise database: these are not real patients</source>
            <translation>EXERCICE — base d’exercice : ce ne sont pas de vrais patients</translation>
        </message>
        <message>
            <source>Edit unit</source>
            <translation>Modifier l’unité</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Emergency department — reception</source>
            <translation>Urgences — accueil</translation>
        </message>
        <message>
            <source>Exercise database (training, not real patients)</source>
            <translation>Base d’exercice (formation, pas de vrais patients)</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>In-memory database: no backups.</source>
            <translation>Base en mémoire : pas de sauvegarde.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Language of forms</source>
            <translation>Langue des formulaires</translation>
        </message>
        <message>
            <source>Last login</source>
            <translation>Dernière connexion</translation>
        </message>
        <message>
            <source>Last verified backup: {time}</source>
            <translation>Dernière sauvegarde vérifiée : {time}</translation>
        </message>
        <message>
            <source>Lock after inactivity</source>
            <translation>Verrouiller après inactivité de</translation>
        </message>
        <message>
            <source>Locked after inactivity. {name} ({user}), enter your password to go on; anyone else: switch user.</source>
            <translation>Verrouillé après inactivité. {name} ({user}), saisissez votre mot de passe pour continuer ; toute autre personne : changez d’utilisateur.</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>New password for {name}:</source>
            <translation>Nouveau mot de passe pour {name} :</translation>
        </message>
        <message>
            <source>New unit</source>
            <translation>Nouvelle unité</translation>
        </message>
        <message>
            <source>New unit…</source>
            <translation>Nouvelle unité…</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>Nouvel utilisateur</translation>
        </message>
        <message>
            <source>New user…</source>
            <translation>Nouvel utilisateur…</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Suivant &gt;</translation>
        </message>
        <message>
            <source>No backup (in-memory database)</source>
            <translation>Pas de sauvegarde (base en mémoire)</translation>
        </message>
        <message>
            <source>No verified backup yet</source>
            <translation>Aucune sauvegarde vérifiée pour l’instant</translation>
        </message>
        <message>
            <source>One bed per line, or a range such as 1-24 or Box 1-12</source>
            <translation>Un lit par ligne, ou une plage comme 1-24 ou Box 1-12</translation>
        </message>
        <message>
            <source>Open a hospcrisis database</source>
            <translation>Ouvrir une base hospcrisis</translation>
        </message>
        <message>
            <source>Open another database…</source>
            <translation>Ouvrir une autre base…</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Mot de passe (confirmation)</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Restore a verified backup</source>
            <translation>Restaurer une sauvegarde vérifiée</translation>
        </message>
        <message>
            <source>Restore a verified backup…</source>
            <translation>Restaurer une sauvegarde vérifiée…</translation>
        </message>
        <message>
            <source>Restore the backup of {time}? Everything entered since then on this workstation will be replaced (the current database is kept aside first). The app will restart at the login.</source>
            <translation>Restaurer la sauvegarde de {time} ? Tout ce qui a été saisi depuis sur ce poste sera remplacé (la base actuelle est d’abord mise de côté). L’application reviendra à l’écran de connexion.</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>Restaurer la sauvegarde sélectionnée…</translation>
        </message>
        <message>
            <source>Restored {source}.</source>
            <translation>{source} restaurée.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Role of {name}:</source>
            <translation>Rôle de {name} :</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Scanning a patient's wristband anywhere opens that patient.</source>
            <translation>Scanner le bracelet d’un patient, n’importe où, ouvre son dossier.</translation>
        </message>
        <message>
            <source>Select a backup in the list first.</source>
            <translation>Sélectionnez d’abord une sauvegarde dans la liste.</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>Définir le mot de passe</translation>
        </message>
        <message>
            <source>Set password…</source>
            <translation>Définir le mot de passe…</translation>
        </message>
        <message>
            <source>Settings saved; the lock delay applies at the next login.</source>
            <translation>Réglages enregistrés ; le délai de verrouillage s’applique à la prochaine connexion.</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Station code</source>
            <translation>Code du poste</translation>
        </message>
        <message>
            <source>Station settings</source>
            <translation>Réglages du poste</translation>
        </message>
        <message>
            <source>Station {code}</source>
            <translation>Poste {code}</translation>
        </message>
        <message>
            <source>Station {code} — {name}</source>
            <translation>Poste {code} — {name}</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Changer d’utilisateur</translation>
        </message>
        <message>
            <source>The administrator</source>
            <translation>L’administrateur</translation>
        </message>
        <message>
            <source>The administrator creates the other accounts. At least 8 characters for the password; keep it somewhere safe on paper.</source>
            <translation>L’administrateur crée les autres comptes. Au moins 8 caractères pour le mot de passe ; conservez-le en lieu sûr, sur papier.</translation>
        </message>
        <message>
            <source>The backup on exit failed: {error}
The data itself is saved in the database.</source>
            <translation>La sauvegarde à la fermeture a échoué : {error}
Les données elles-mêmes sont enregistrées dans la base.</translation>
        </message>
        <message>
            <source>The current database is kept (backed up, or renamed aside if it is damaged) before the backup replaces it. Give the user name and password of an administrator or IT account of that backup.</source>
            <translation>La base actuelle est conservée (sauvegardée, ou renommée à part si elle est endommagée) avant que la sauvegarde ne la remplace. Indiquez le nom d’utilisateur et le mot de passe d’un compte administrateur ou informatique de cette sauvegarde.</translation>
        </message>
        <message>
            <source>The station</source>
            <translation>Le poste</translation>
        </message>
        <message>
            <source>The station code is unique in the hospital: it starts every provisional patient ID made here (for example URG1-000042-K).</source>
            <translation>Le code du poste est unique dans l’hôpital : il commence chaque identifiant provisoire créé ici (par exemple URG1-000042-K).</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe diffèrent.</translation>
        </message>
        <message>
            <source>This workstation has no hospcrisis database yet. In two short steps you will name the station and create its administrator.

hospcrisis works entirely offline: every record stays on this computer, in
{path}
and is backed up every 5 minutes while there are changes.</source>
            <translation>Ce poste n’a pas encore de base hospcrisis. En deux étapes, vous allez nommer le poste et créer son administrateur.

hospcrisis fonctionne entièrement hors ligne : chaque enregistrement reste sur cet ordinateur, dans
{path}
et il est sauvegardé toutes les 5 minutes tant qu’il y a des modifications.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>Units and beds</source>
            <translation>Unités et lits</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>Verify the chain</source>
            <translation>Vérifier la chaîne</translation>
        </message>
        <message>
            <source>Welcome to hospcrisis</source>
            <translation>Bienvenue dans hospcrisis</translation>
        </message>
        <message>
            <source>Why disable {name}?</source>
            <translation>Pourquoi désactiver {name} ?</translation>
        </message>
        <message>
            <source>Workstation locked</source>
            <translation>Poste verrouillé</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>beside the database</source>
            <translation>à côté de la base</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>fermée</translation>
        </message>
        <message>
            <source>hospcrisis</source>
            <translation>hospcrisis</translation>
        </message>
        <message>
            <source>hospcrisis database (*.db);;All files (*)</source>
            <translation>Base hospcrisis (*.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>hospcrisis {version}
Keeps the hospital running while its information system is down. Works offline; every change is audited and backed up.</source>
            <translation>hospcrisis {version}
Fait tourner l’hôpital pendant la panne de son système d’information. Fonctionne hors ligne ; chaque modification est tracée et sauvegardée.</translation>
        </message>
        <message>
            <source>hospcrisis — first start</source>
            <translation>hospcrisis — premier lancement</translation>
        </message>
        <message>
            <source>hospcrisis — locked</source>
            <translation>hospcrisis — verrouillé</translation>
        </message>
        <message>
            <source>hospcrisis — log in</source>
            <translation>hospcrisis — connexion</translation>
        </message>
        <message>
            <source>hospcrisis — {name} ({code})</source>
            <translation>hospcrisis — {name} ({code})</translation>
        </message>
        <message>
            <source>in memory</source>
            <translation>en mémoire</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouverte</translation>
        </message>
        <message>
            <source>{name} — {role}</source>
            <translation>{name} — {role}</translation>
        </message>
        <message>
            <source>{n} KiB</source>
            <translation>{n} Kio</translation>
        </message>
    </context>
</TS>
