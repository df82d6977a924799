<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>hospcrisis</name>
        <message>
            <source>A SINUS victim number holds letters, digits and hyphens.</source>
            <translation>Un numéro de victime SINUS ne contient que des lettres, des chiffres et des tirets.</translation>
        </message>
        <message>
            <source>A birthplace code is the 5-character INSEE code (99xxx for a country abroad).</source>
            <translation>Le code du lieu de naissance est le code INSEE à 5 caractères (99xxx pour un pays étranger).</translation>
        </message>
        <message>
            <source>A cancellation cannot be cancelled: record the step again.</source>
            <translation>Une annulation ne peut pas être annulée : saisissez de nouveau l’étape.</translation>
        </message>
        <message>
            <source>A mass-casualty category is recorded only while a mass-casualty plan is active.</source>
            <translation>Une catégorie de victime ne se saisit que lorsqu’un plan afflux massif de victimes est déclenché.</translation>
        </message>
        <message>
            <source>A patient cannot be compared with itself.</source>
            <translation>Un patient ne peut pas être comparé à lui-même.</translation>
        </message>
        <message>
            <source>A patient cannot be merged with itself.</source>
            <translation>Un patient ne peut pas être fusionné avec lui-même.</translation>
        </message>
        <message>
            <source>A phone number holds digits, spaces, dots or hyphens, with an optional leading +.</source>
            <translation>Un numéro de téléphone contient des chiffres, espaces, points ou tirets, éventuellement précédés de +.</translation>
        </message>
        <message>
            <source>A validated identity needs the type of identity document that was checked.</source>
            <translation>Une identité validée exige le type de pièce d’identité contrôlée.</translation>
        </message>
        <message>
            <source>Absolute emergency (UA)</source>
            <translation>Urgence absolue (UA)</translation>
        </message>
        <message>
            <source>Admission time “{value}” is not a date and time (DD/MM/YYYY HH:MM).</source>
            <translation>La date d’entrée « {value} » n’est pas une date et une heure (JJ/MM/AAAA HH:MM).</translation>
        </message>
        <message>
            <source>Admitted</source>
            <translation>Admis</translation>
        </message>
        <message>
            <source>Admitted to a unit</source>
            <translation>Admis dans une unité</translation>
        </message>
        <message>
            <source>An estimated age is a number or a range such as 30-40.</source>
            <translation>Un âge estimé est un nombre ou une fourchette comme 30-40.</translation>
        </message>
        <message>
            <source>An estimated age is between 0 and {n} years.</source>
            <translation>Un âge estimé est compris entre 0 et {n} ans.</translation>
        </message>
        <message>
            <source>An unknown patient's identity cannot be validated.</source>
            <translation>L’identité d’un patient inconnu ne peut pas être validée.</translation>
        </message>
        <message>
            <source>Arrival mode</source>
            <translation>Mode d’arrivée</translation>
        </message>
        <message>
            <source>Arrival time</source>
            <translation>Heure d’arrivée</translation>
        </message>
        <message>
            <source>Arrivals</source>
            <translation>Arrivées</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivé</translation>
        </message>
        <message>
            <source>Bed {bed} of {code} already appears on line {line}.</source>
            <translation>Le lit {bed} de {code} figure déjà ligne {line}.</translation>
        </message>
        <message>
            <source>Bed {bed} of {code} is already taken by a patient in this database.</source>
            <translation>Le lit {bed} de {code} est déjà occupé par un patient de cette base.</translation>
        </message>
        <message>
            <source>Bed {bed} of {unit} is taken by another patient: free it first.</source>
            <translation>Le lit {bed} de {unit} est occupé par un autre patient : libérez-le d’abord.</translation>
        </message>
        <message>
            <source>Birthplace</source>
            <translation>Lieu de naissance</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Bleu</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Annulation</translation>
        </message>
        <message>
            <source>Choose a triage level.</source>
            <translation>Choisissez un niveau de tri.</translation>
        </message>
        <message>
            <source>Choose the unit.</source>
            <translation>Choisissez l’unité.</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Motif de recours</translation>
        </message>
        <message>
            <source>Confirmed collision</source>
            <translation>Collision avérée</translation>
        </message>
        <message>
            <source>Confirmed duplicate</source>
            <translation>Doublon avéré</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Téléphone à contacter</translation>
        </message>
        <message>
            <source>Corridor</source>
            <translation>Couloir</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>Décédé</translation>
        </message>
        <message>
            <source>Describe an unknown patient (clothes, build, distinctive signs, where they were found).</source>
            <translation>Décrivez le patient inconnu (vêtements, corpulence, signes particuliers, lieu de découverte).</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Discharged</source>
            <translation>Sorti</translation>
        </message>
        <message>
            <source>Doubtful identity</source>
            <translation>Identité douteuse</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Doublon</translation>
        </message>
        <message>
            <source>ED area</source>
            <translation>Secteur des urgences</translation>
        </message>
        <message>
            <source>ESI (Emergency Severity Index)</source>
            <translation>ESI (Emergency Severity Index)</translation>
        </message>
        <message>
            <source>ESI 1</source>
            <translation>ESI 1</translation>
        </message>
        <message>
            <source>ESI 2</source>
            <translation>ESI 2</translation>
        </message>
        <message>
            <source>ESI 3</source>
            <translation>ESI 3</translation>
        </message>
        <message>
            <source>ESI 4</source>
            <translation>ESI 4</translation>
        </message>
        <message>
            <source>ESI 5</source>
            <translation>ESI 5</translation>
        </message>
        <message>
            <source>End the plan blanc</source>
            <translation>Lever le plan blanc</translation>
        </message>
        <message>
            <source>End the plan blanc…</source>
            <translation>Lever le plan blanc…</translation>
        </message>
        <message>
            <source>Exact date</source>
            <translation>Date exacte</translation>
        </message>
        <message>
            <source>Examination boxes</source>
            <translation>Box d’examen</translation>
        </message>
        <message>
            <source>Exercise downtime packets</source>
            <translation>Kits mode dégradé de l’exercice</translation>
        </message>
        <message>
            <source>FRENCH (SFMU 2018)</source>
            <translation>FRENCH (SFMU 2018)</translation>
        </message>
        <message>
            <source>FRENCH (default), ESI or MTS (Manchester)</source>
            <translation>FRENCH (par défaut), ESI ou MTS (Manchester)</translation>
        </message>
        <message>
            <source>Family record book or birth certificate (minor)</source>
            <translation>Livret de famille ou acte de naissance (mineur)</translation>
        </message>
        <message>
            <source>Fast track</source>
            <translation>Circuit court</translation>
        </message>
        <message>
            <source>Fictitious identity</source>
            <translation>Identité fictive</translation>
        </message>
        <message>
            <source>Finds patients whose birth or used name, or any forename, starts with the words typed (accents and case ignored), or whose ID (provisional, IPP, SINUS) matches. Newest first, at most 50.</source>
            <translation>Trouve les patients dont le nom de naissance ou d’usage, ou l’un des prénoms, commence par les mots saisis (sans tenir compte des accents ni de la casse), ou dont l’identifiant (provisoire, IPP, SINUS) correspond. Les plus récents d’abord, 50 au plus.</translation>
        </message>
        <message>
            <source>Fire brigade (VSAV)</source>
            <translation>Sapeurs-pompiers (VSAV)</translation>
        </message>
        <message>
            <source>First forename</source>
            <translation>Premier prénom</translation>
        </message>
        <message>
            <source>Forenames</source>
            <translation>Prénoms</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Libres</translation>
        </message>
        <message>
            <source>Give an estimated age (or an age range) for an unknown patient.</source>
            <translation>Indiquez un âge estimé (ou une fourchette d’âge) pour un patient inconnu.</translation>
        </message>
        <message>
            <source>Give at least one ED area.</source>
            <translation>Indiquez au moins un secteur des urgences.</translation>
        </message>
        <message>
            <source>Give the date of birth, the year of birth, or an estimated age.</source>
            <translation>Indiquez la date de naissance, l’année de naissance ou un âge estimé.</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Vert</translation>
        </message>
        <message>
            <source>Helicopter</source>
            <translation>Hélicoptère</translation>
        </message>
        <message>
            <source>High risk, within 10 minutes</source>
            <translation>Risque élevé, sous 10 minutes</translation>
        </message>
        <message>
            <source>INSEE birthplace code</source>
            <translation>code INSEE du lieu de naissance</translation>
        </message>
        <message>
            <source>IPP is required.</source>
            <translation>L’IPP est obligatoire.</translation>
        </message>
        <message>
            <source>Immediate</source>
            <translation>Immédiat</translation>
        </message>
        <message>
            <source>Immediate life-saving intervention</source>
            <translation>Geste vital immédiat</translation>
        </message>
        <message>
            <source>In the ED now</source>
            <translation>Présents aux urgences</translation>
        </message>
        <message>
            <source>In the ED now: {present} patients, {waiting} not yet seen by a doctor, {overdue} past their triage target.</source>
            <translation>Aux urgences maintenant : {present} patients, {waiting} pas encore vus par un médecin, {overdue} au-delà du délai de leur niveau de tri.</translation>
        </message>
        <message>
            <source>Involved (impliqué)</source>
            <translation>Impliqué</translation>
        </message>
        <message>
            <source>Last census before the downtime</source>
            <translation>Dernier recensement avant la panne</translation>
        </message>
        <message>
            <source>Left without being seen</source>
            <translation>Parti sans attendre (PSA)</translation>
        </message>
        <message>
            <source>Line 1: required columns missing: {columns}. See the documented columns (`hospcrisis import census --help`).</source>
            <translation>Ligne 1 : colonnes obligatoires absentes : {columns}. Voir les colonnes documentées (`hospcrisis import census --help`).</translation>
        </message>
        <message>
            <source>Line 1: the column {name} appears twice.</source>
            <translation>Ligne 1 : la colonne {name} figure deux fois.</translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation>Ligne {line} : {message}</translation>
        </message>
        <message>
            <source>Loads the in-house list of hospitalised patients (CSV, UTF-8 or Latin-1, ; or , separated). Required columns: ipp, birth_name, first_forename, sex, birth_date, unit, admitted_at; optional: used_name, forenames, birthplace_code, bed, identity_status, identity_document, phone (French names accepted: nom_naissance, prenom, sexe, date_naissance, unite, lit, date_entree…). A file with any bad line is refused whole, every bad line listed.</source>
            <translation>Charge la liste interne des patients hospitalisés (CSV, UTF-8 ou Latin-1, séparateur ; ou ,). Colonnes obligatoires : ipp, birth_name, first_forename, sex, birth_date, unit, admitted_at ; facultatives : used_name, forenames, birthplace_code, bed, identity_status, identity_document, phone (noms français acceptés : nom_naissance, prenom, sexe, date_naissance, unite, lit, date_entree…). Un fichier comportant une seule ligne erronée est refusé en entier, chaque ligne erronée étant listée.</translation>
        </message>
        <message>
            <source>MASS-CASUALTY PLAN (PLAN BLANC) ACTIVE — record each victim's category (UA, UR, involved, deceased) and SINUS number</source>
            <translation>PLAN BLANC DÉCLENCHÉ (AFFLUX MASSIF) — notez pour chaque victime sa catégorie (UA, UR, impliqué, décédé) et son numéro SINUS</translation>
        </message>
        <message>
            <source>Manchester Triage System</source>
            <translation>Échelle de Manchester (MTS)</translation>
        </message>
        <message>
            <source>Mass-casualty category “{value}” is not one of {options}.</source>
            <translation>La catégorie de victime « {value} » ne fait pas partie de : {options}.</translation>
        </message>
        <message>
            <source>Mass-casualty plan: {state}</source>
            <translation>Plan blanc : {state}</translation>
        </message>
        <message>
            <source>Mobile emergency unit (SMUR)</source>
            <translation>SMUR</translation>
        </message>
        <message>
            <source>More than {n} lines: split the file.</source>
            <translation>Plus de {n} lignes : découpez le fichier.</translation>
        </message>
        <message>
            <source>Moved to another unit or bed</source>
            <translation>Mutation (autre unité ou autre lit)</translation>
        </message>
        <message>
            <source>National identity card</source>
            <translation>Carte nationale d’identité</translation>
        </message>
        <message>
            <source>No patient found.</source>
            <translation>Aucun patient trouvé.</translation>
        </message>
        <message>
            <source>No patient has the ID {id} on this station.</source>
            <translation>Aucun patient ne porte l’identifiant {id} sur ce poste.</translation>
        </message>
        <message>
            <source>No possible duplicate found.</source>
            <translation>Aucun doublon potentiel trouvé.</translation>
        </message>
        <message>
            <source>No resource</source>
            <translation>Aucune ressource</translation>
        </message>
        <message>
            <source>Non-urgent, 240 minutes</source>
            <translation>Non urgent, 240 minutes</translation>
        </message>
        <message>
            <source>Not yet triaged</source>
            <translation>Pas encore triés</translation>
        </message>
        <message>
            <source>Occupancy</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>Occupied and free beds by unit</source>
            <translation>Lits occupés et libres par unité</translation>
        </message>
        <message>
            <source>One resource</source>
            <translation>Une ressource</translation>
        </message>
        <message>
            <source>Only the latest step can be cancelled: cancel the later steps first.</source>
            <translation>Seule la dernière étape peut être annulée : annulez d’abord les étapes suivantes.</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passeport</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Patients</translation>
        </message>
        <message>
            <source>Plan blanc ended.</source>
            <translation>Plan blanc levé.</translation>
        </message>
        <message>
            <source>Plan blanc started.</source>
            <translation>Plan blanc déclenché.</translation>
        </message>
        <message>
            <source>Plan blanc…</source>
            <translation>Plan blanc…</translation>
        </message>
        <message>
            <source>Possible duplicate (score {score}): {patient}</source>
            <translation>Doublon potentiel (score {score}) : {patient}</translation>
        </message>
        <message>
            <source>Potential collision</source>
            <translation>Collision potentielle</translation>
        </message>
        <message>
            <source>Potential duplicate</source>
            <translation>Doublon potentiel</translation>
        </message>
        <message>
            <source>Private ambulance</source>
            <translation>Ambulance privée</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>Qualifiée</translation>
        </message>
        <message>
            <source>Reason (kept in the audit trail):</source>
            <translation>Motif (conservé dans le journal d’audit) :</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rouge</translation>
        </message>
        <message>
            <source>Registers a new patient's arrival as the registration dialog does, then prints the provisional ID (and possible duplicates on the error stream).</source>
            <translation>Enregistre l’arrivée d’un nouveau patient comme la fenêtre d’enregistrement, puis affiche l’identifiant provisoire (et les doublons potentiels sur la sortie d’erreur).</translation>
        </message>
        <message>
            <source>Registration cancelled</source>
            <translation>Enregistrement annulé</translation>
        </message>
        <message>
            <source>Relative emergency (UR)</source>
            <translation>Urgence relative (UR)</translation>
        </message>
        <message>
            <source>Reserve between 1 and {max} IDs at a time.</source>
            <translation>Réservez entre 1 et {max} identifiants à la fois.</translation>
        </message>
        <message>
            <source>Reserves N consecutive provisional IDs of this station for pre-printed downtime packets; each can be used for one patient only.</source>
            <translation>Réserve N identifiants provisoires consécutifs de ce poste pour les kits mode dégradé pré-imprimés ; chacun ne sert qu’à un seul patient.</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>Titre de séjour</translation>
        </message>
        <message>
            <source>Resuscitation room</source>
            <translation>Salle de déchocage</translation>
        </message>
        <message>
            <source>Retrieved</source>
            <translation>Récupérée</translation>
        </message>
        <message>
            <source>Scans every patient for possible duplicates (same person registered twice) and lists candidate pairs with a score out of 100. Nothing is merged: a user confirms each merge in the app.</source>
            <translation>Recherche les doublons potentiels parmi tous les patients (même personne enregistrée deux fois) et liste les paires candidates avec un score sur 100. Rien n’est fusionné : chaque fusion est confirmée par un utilisateur dans l’application.</translation>
        </message>
        <message>
            <source>Score {score}: {reasons}</source>
            <translation>Score {score} : {reasons}</translation>
        </message>
        <message>
            <source>Seen by a doctor</source>
            <translation>Vu par un médecin</translation>
        </message>
        <message>
            <source>Sex is required for a patient whose identity is known (use O for other or undetermined).</source>
            <translation>Le sexe est obligatoire pour un patient dont l’identité est connue (O pour autre ou indéterminé).</translation>
        </message>
        <message>
            <source>Sex: “{value}” is not one of F, M, O, U.</source>
            <translation>Sexe : « {value} » ne fait pas partie de F, M, O, U.</translation>
        </message>
        <message>
            <source>Short-stay unit (UHCD)</source>
            <translation>UHCD</translation>
        </message>
        <message>
            <source>Standard, 120 minutes</source>
            <translation>Standard, 120 minutes</translation>
        </message>
        <message>
            <source>Start or end a mass-casualty plan on this station</source>
            <translation>Déclencher ou lever un plan blanc (afflux massif) sur ce poste</translation>
        </message>
        <message>
            <source>Start the plan blanc</source>
            <translation>Déclencher le plan blanc</translation>
        </message>
        <message>
            <source>The ID {id} was already used for another patient (registered on {time}); take the next ID of the packet.</source>
            <translation>L’identifiant {id} a déjà été utilisé pour un autre patient (enregistré le {time}) ; prenez l’identifiant suivant du kit.</translation>
        </message>
        <message>
            <source>The ID {id} was already used for another patient; take the next ID of the packet.</source>
            <translation>L’identifiant {id} a déjà été utilisé pour un autre patient ; prenez l’identifiant suivant du kit.</translation>
        </message>
        <message>
            <source>The ID {id} was never reserved on this station: leave the field empty to get a new ID.</source>
            <translation>L’identifiant {id} n’a jamais été réservé sur ce poste : laissez le champ vide pour obtenir un nouvel identifiant.</translation>
        </message>
        <message>
            <source>The IPP {ipp} already appears on line {line}.</source>
            <translation>L’IPP {ipp} figure déjà ligne {line}.</translation>
        </message>
        <message>
            <source>The IPP {ipp} already belongs to a patient in this database.</source>
            <translation>L’IPP {ipp} appartient déjà à un patient de cette base.</translation>
        </message>
        <message>
            <source>The IPP “{value}” holds characters other than letters and digits.</source>
            <translation>L’IPP « {value} » contient d’autres caractères que des lettres et des chiffres.</translation>
        </message>
        <message>
            <source>The admission time is in the future.</source>
            <translation>La date d’entrée est dans le futur.</translation>
        </message>
        <message>
            <source>The check character of {value} is wrong: the ID was mistyped or misread. Type or scan it again.</source>
            <translation>Le caractère de contrôle de {value} est faux : l’identifiant a été mal saisi ou mal lu. Saisissez-le ou scannez-le de nouveau.</translation>
        </message>
        <message>
            <source>The date of birth gives an age over {n} years: check the year.</source>
            <translation>La date de naissance donne un âge de plus de {n} ans : vérifiez l’année.</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <translation>La date de naissance est dans le futur.</translation>
        </message>
        <message>
            <source>The date of birth typed does not match the precision chosen ({precision}).</source>
            <translation>La date de naissance saisie ne correspond pas à la précision choisie ({precision}).</translation>
        </message>
        <message>
            <source>The date of birth {value} does not exist (check the day and the month).</source>
            <translation>La date de naissance {value} n’existe pas (vérifiez le jour et le mois).</translation>
        </message>
        <message>
            <source>The estimated age range is reversed (from {low} to {high}).</source>
            <translation>La fourchette d’âge estimé est inversée (de {low} à {high}).</translation>
        </message>
        <message>
            <source>The identity status {status} needs the national INS teleservice, which is not available in downtime.</source>
            <translation>Le statut d’identité « {status} » exige le téléservice INSi, indisponible en mode dégradé.</translation>
        </message>
        <message>
            <source>The packet holding {id} was cancelled ({reason}).</source>
            <translation>Le kit contenant {id} a été annulé ({reason}).</translation>
        </message>
        <message>
            <source>The patient is already in this unit and bed.</source>
            <translation>Le patient est déjà dans cette unité et ce lit.</translation>
        </message>
        <message>
            <source>The patient kept ({id}) was itself merged into another record: merge into that record instead.</source>
            <translation>Le patient conservé ({id}) a lui-même été fusionné dans un autre dossier : fusionnez plutôt dans ce dossier.</translation>
        </message>
        <message>
            <source>The patient no longer points to the record it was merged into; nothing was changed.</source>
            <translation>Le patient ne pointe plus vers le dossier dans lequel il avait été fusionné ; rien n’a été modifié.</translation>
        </message>
        <message>
            <source>The patient {id} is already merged into another record.</source>
            <translation>Le patient {id} est déjà fusionné dans un autre dossier.</translation>
        </message>
        <message>
            <source>The provisional ID sequence of station {station} is exhausted.</source>
            <translation>La série d’identifiants provisoires du poste {station} est épuisée.</translation>
        </message>
        <message>
            <source>There is no admission {id}.</source>
            <translation>Il n’existe pas de venue {id}.</translation>
        </message>
        <message>
            <source>There is no merge {id}.</source>
            <translation>Il n’existe pas de fusion {id}.</translation>
        </message>
        <message>
            <source>There is no movement {id}.</source>
            <translation>Il n’existe pas de mouvement {id}.</translation>
        </message>
        <message>
            <source>There is no patient {id}.</source>
            <translation>Il n’existe pas de patient {id}.</translation>
        </message>
        <message>
            <source>There is no reserved block {id}.</source>
            <translation>Il n’existe pas de bloc réservé {id}.</translation>
        </message>
        <message>
            <source>This admission is closed ({status}): it cannot be triaged.</source>
            <translation>Cette venue est clôturée ({status}) : elle ne peut pas être triée.</translation>
        </message>
        <message>
            <source>This census file was already imported on {time} by {user}.</source>
            <translation>Ce fichier de recensement a déjà été importé le {time} par {user}.</translation>
        </message>
        <message>
            <source>This merge was already undone on {time}.</source>
            <translation>Cette fusion a déjà été annulée le {time}.</translation>
        </message>
        <message>
            <source>This patient already has an ID; leave the packet ID empty.</source>
            <translation>Ce patient a déjà un identifiant ; laissez vide l’identifiant du kit.</translation>
        </message>
        <message>
            <source>This patient is still in the hospital (admission of {time}): close that admission first.</source>
            <translation>Ce patient est encore hospitalisé (venue du {time}) : clôturez d’abord cette venue.</translation>
        </message>
        <message>
            <source>This record was merged into another one: correct the surviving record.</source>
            <translation>Ce dossier a été fusionné dans un autre : corrigez le dossier conservé.</translation>
        </message>
        <message>
            <source>This record was merged into another one: register the visit on the surviving record.</source>
            <translation>Ce dossier a été fusionné dans un autre : enregistrez la venue sur le dossier conservé.</translation>
        </message>
        <message>
            <source>This step was already cancelled.</source>
            <translation>Cette étape a déjà été annulée.</translation>
        </message>
        <message>
            <source>Transferred out</source>
            <translation>Transféré</translation>
        </message>
        <message>
            <source>Transferred to another hospital</source>
            <translation>Transféré dans un autre établissement</translation>
        </message>
        <message>
            <source>Tri 1</source>
            <translation>Tri 1</translation>
        </message>
        <message>
            <source>Tri 2</source>
            <translation>Tri 2</translation>
        </message>
        <message>
            <source>Tri 3A</source>
            <translation>Tri 3A</translation>
        </message>
        <message>
            <source>Tri 3B</source>
            <translation>Tri 3B</translation>
        </message>
        <message>
            <source>Tri 4</source>
            <translation>Tri 4</translation>
        </message>
        <message>
            <source>Tri 5</source>
            <translation>Tri 5</translation>
        </message>
        <message>
            <source>Triage level “{value}” is not one of {options} ({scale}).</source>
            <translation>Le niveau de tri « {value} » ne fait pas partie de : {options} ({scale}).</translation>
        </message>
        <message>
            <source>Triage scale</source>
            <translation>Échelle de tri</translation>
        </message>
        <message>
            <source>Triage scale: {scale}</source>
            <translation>Échelle de tri : {scale}</translation>
        </message>
        <message>
            <source>Triage time</source>
            <translation>Heure du tri</translation>
        </message>
        <message>
            <source>Triaged</source>
            <translation>Trié</translation>
        </message>
        <message>
            <source>Two or more resources</source>
            <translation>Deux ressources ou plus</translation>
        </message>
        <message>
            <source>Unknown ED area {area}.</source>
            <translation>Secteur des urgences inconnu : {area}.</translation>
        </message>
        <message>
            <source>Unknown date-of-birth precision {value}.</source>
            <translation>Précision de date de naissance inconnue : {value}.</translation>
        </message>
        <message>
            <source>Unknown identity attribute {value}.</source>
            <translation>Attribut d’identité inconnu : {value}.</translation>
        </message>
        <message>
            <source>Unknown identity document {value}.</source>
            <translation>Pièce d’identité inconnue : {value}.</translation>
        </message>
        <message>
            <source>Unknown identity status {value}.</source>
            <translation>Statut d’identité inconnu : {value}.</translation>
        </message>
        <message>
            <source>Unknown movement {kind}.</source>
            <translation>Mouvement inconnu : {kind}.</translation>
        </message>
        <message>
            <source>Unknown patient</source>
            <translation>Patient inconnu</translation>
        </message>
        <message>
            <source>Unknown patient — {details}</source>
            <translation>Patient inconnu — {details}</translation>
        </message>
        <message>
            <source>Unknown sort order {sort}.</source>
            <translation>Ordre de tri inconnu : {sort}.</translation>
        </message>
        <message>
            <source>Unknown unit {code}.</source>
            <translation>Unité inconnue : {code}.</translation>
        </message>
        <message>
            <source>Urgent, 60 minutes</source>
            <translation>Urgent, 60 minutes</translation>
        </message>
        <message>
            <source>Used name</source>
            <translation>Nom d’usage</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>Validée</translation>
        </message>
        <message>
            <source>Very urgent, 10 minutes</source>
            <translation>Très urgent, 10 minutes</translation>
        </message>
        <message>
            <source>Waiting room</source>
            <translation>Salle d’attente</translation>
        </message>
        <message>
            <source>Within 120 minutes</source>
            <translation>Sous 120 minutes</translation>
        </message>
        <message>
            <source>Within 20 minutes</source>
            <translation>Sous 20 minutes</translation>
        </message>
        <message>
            <source>Within 240 minutes</source>
            <translation>Sous 240 minutes</translation>
        </message>
        <message>
            <source>Within 60 minutes</source>
            <translation>Sous 60 minutes</translation>
        </message>
        <message>
            <source>Year only</source>
            <translation>Année seule</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Jaune</translation>
        </message>
        <message>
            <source>a pre-printed ID from a downtime packet</source>
            <translation>un identifiant pré-imprimé d’un kit mode dégradé</translation>
        </message>
        <message>
            <source>all forenames, space-separated</source>
            <translation>tous les prénoms, séparés par des espaces</translation>
        </message>
        <message>
            <source>arrival mode (personal, ambulance, fire_brigade, smur, police, helicopter, other)</source>
            <translation>mode d’arrivée (personal, ambulance, fire_brigade, smur, police, helicopter, other)</translation>
        </message>
        <message>
            <source>arrival time for a late entry (DD/MM/YYYY HH:MM; default now)</source>
            <translation>heure d’arrivée pour une saisie différée (JJ/MM/AAAA HH:MM ; par défaut maintenant)</translation>
        </message>
        <message>
            <source>at most N patients (default 50)</source>
            <translation>au plus N patients (50 par défaut)</translation>
        </message>
        <message>
            <source>beds</source>
            <translation>lits</translation>
        </message>
        <message>
            <source>birth name</source>
            <translation>nom de naissance</translation>
        </message>
        <message>
            <source>birth name of one is the used name of the other</source>
            <translation>le nom de naissance de l’un est le nom d’usage de l’autre</translation>
        </message>
        <message>
            <source>census file</source>
            <translation>fichier de recensement</translation>
        </message>
        <message>
            <source>change the station's triage scale (admin)</source>
            <translation>changer l’échelle de tri du poste (administrateur)</translation>
        </message>
        <message>
            <source>close date of birth</source>
            <translation>date de naissance proche</translation>
        </message>
        <message>
            <source>complaint</source>
            <translation>motif de recours</translation>
        </message>
        <message>
            <source>contact phone</source>
            <translation>téléphone à contacter</translation>
        </message>
        <message>
            <source>date of birth unknown on one side</source>
            <translation>date de naissance inconnue pour l’un des deux</translation>
        </message>
        <message>
            <source>date of birth: DD/MM/YYYY, or YYYY when only the year is known</source>
            <translation>date de naissance : JJ/MM/AAAA, ou AAAA si seule l’année est connue</translation>
        </message>
        <message>
            <source>day and month of birth swapped</source>
            <translation>jour et mois de naissance inversés</translation>
        </message>
        <message>
            <source>description of an unknown patient</source>
            <translation>description d’un patient inconnu</translation>
        </message>
        <message>
            <source>estimated age or range when the date of birth is unknown</source>
            <translation>âge estimé ou fourchette si la date de naissance est inconnue</translation>
        </message>
        <message>
            <source>find patients by name, forename or ID (top 50)</source>
            <translation>rechercher des patients par nom, prénom ou identifiant (50 premiers)</translation>
        </message>
        <message>
            <source>first and last names swapped</source>
            <translation>nom et prénom inversés</translation>
        </message>
        <message>
            <source>first forename</source>
            <translation>premier prénom</translation>
        </message>
        <message>
            <source>free</source>
            <translation>libre</translation>
        </message>
        <message>
            <source>free beds</source>
            <translation>lits libres</translation>
        </message>
        <message>
            <source>how many IDs (1 to 5000)</source>
            <translation>nombre d’identifiants (1 à 5000)</translation>
        </message>
        <message>
            <source>identity document checked (id_card, passport, residence_permit, family_record_book): makes the identity validated</source>
            <translation>pièce d’identité contrôlée (id_card, passport, residence_permit, family_record_book) : l’identité devient validée</translation>
        </message>
        <message>
            <source>import data into this station (see the kinds below)</source>
            <translation>importer des données dans ce poste (voir les types ci-dessous)</translation>
        </message>
        <message>
            <source>list possible duplicate patients over the whole database</source>
            <translation>lister les doublons potentiels sur toute la base</translation>
        </message>
        <message>
            <source>load the last census exported before the downtime</source>
            <translation>charger le dernier recensement exporté avant la panne</translation>
        </message>
        <message>
            <source>lowest score shown (default 75)</source>
            <translation>score minimal affiché (75 par défaut)</translation>
        </message>
        <message>
            <source>mass-casualty category (UA, UR, IMP, DCD) during a plan</source>
            <translation>catégorie de victime (UA, UR, IMP, DCD) pendant un plan afflux massif</translation>
        </message>
        <message>
            <source>name prefix, forename or ID</source>
            <translation>début du nom, prénom ou identifiant</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>pas de délai cible</translation>
        </message>
        <message>
            <source>number of emergency admissions to create (default 120)</source>
            <translation>nombre de venues aux urgences à créer (120 par défaut)</translation>
        </message>
        <message>
            <source>occupied</source>
            <translation>occupés</translation>
        </message>
        <message>
            <source>occupied beds</source>
            <translation>lits occupés</translation>
        </message>
        <message>
            <source>off</source>
            <translation>inactif</translation>
        </message>
        <message>
            <source>only patients past their target</source>
            <translation>seulement les patients ayant dépassé le délai cible</translation>
        </message>
        <message>
            <source>provisional patient IDs</source>
            <translation>identifiants provisoires des patients</translation>
        </message>
        <message>
            <source>register an arrival and print its provisional ID</source>
            <translation>enregistrer une arrivée et afficher son identifiant provisoire</translation>
        </message>
        <message>
            <source>reserve a block of IDs for pre-printed packets</source>
            <translation>réserver un bloc d’identifiants pour des kits pré-imprimés</translation>
        </message>
        <message>
            <source>same SINUS victim number</source>
            <translation>même numéro de victime SINUS</translation>
        </message>
        <message>
            <source>same date of birth</source>
            <translation>même date de naissance</translation>
        </message>
        <message>
            <source>same names</source>
            <translation>mêmes nom et prénom</translation>
        </message>
        <message>
            <source>same year of birth</source>
            <translation>même année de naissance</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>sexe</translation>
        </message>
        <message>
            <source>sex differs</source>
            <translation>sexe différent</translation>
        </message>
        <message>
            <source>similar names</source>
            <translation>nom et prénom proches</translation>
        </message>
        <message>
            <source>since {time}</source>
            <translation>depuis le {time}</translation>
        </message>
        <message>
            <source>sort order</source>
            <translation>ordre de tri</translation>
        </message>
        <message>
            <source>start or end a mass-casualty plan (plan blanc) on this station</source>
            <translation>déclencher ou lever un plan blanc (afflux massif) sur ce poste</translation>
        </message>
        <message>
            <source>the ED board (patients in the ED)</source>
            <translation>le tableau des urgences (patients présents aux urgences)</translation>
        </message>
        <message>
            <source>the scale in use, its levels and target delays</source>
            <translation>l’échelle en vigueur, ses niveaux et ses délais cibles</translation>
        </message>
        <message>
            <source>the station's triage scale and mass-casualty plan</source>
            <translation>l’échelle de tri du poste et le plan blanc</translation>
        </message>
        <message>
            <source>triage level</source>
            <translation>niveau de tri</translation>
        </message>
        <message>
            <source>unit code</source>
            <translation>code de l’unité</translation>
        </message>
        <message>
            <source>unknown patient (no identity): give --estimated-age and --description</source>
            <translation>patient inconnu (sans identité) : indiquez --estimated-age et --description</translation>
        </message>
        <message>
            <source>used name</source>
            <translation>nom d’usage</translation>
        </message>
        <message>
            <source>what the packets are for</source>
            <translation>destination des kits</translation>
        </message>
        <message>
            <source>who is in which bed of a unit, since when</source>
            <translation>qui occupe quel lit d’une unité, et depuis quand</translation>
        </message>
        <message>
            <source>why (kept in the audit)</source>
            <translation>pourquoi (conservé dans l’audit)</translation>
        </message>
        <message>
            <source>within {n} min</source>
            <translation>sous {n} min</translation>
        </message>
        <message>
            <source>{field} cannot be earlier than the previous step ({time}).</source>
            <translation>{field} ne peut pas précéder l’étape précédente ({time}).</translation>
        </message>
        <message>
            <source>{field} is in the future.</source>
            <translation>{field} est dans le futur.</translation>
        </message>
        <message>
            <source>{field} is more than {days} days ago: check the date.</source>
            <translation>{field} remonte à plus de {days} jours : vérifiez la date.</translation>
        </message>
        <message>
            <source>{field}: type the year with four digits.</source>
            <translation>{field} : saisissez l’année sur quatre chiffres.</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not a date and time; type it as DD/MM/YYYY HH:MM.</source>
            <translation>{field} : « {value} » n’est pas une date et une heure ; saisissez-la sous la forme JJ/MM/AAAA HH:MM.</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not a date; type it as DD/MM/YYYY, or the year alone.</source>
            <translation>{field} : « {value} » n’est pas une date ; saisissez-la sous la forme JJ/MM/AAAA, ou l’année seule.</translation>
        </message>
        <message>
            <source>{low}–{high} y</source>
            <translation>{low}–{high} ans</translation>
        </message>
        <message>
            <source>{name} (unknown identity)</source>
            <translation>{name} (identité inconnue)</translation>
        </message>
        <message>
            <source>{n} arrivals since {since}.</source>
            <translation>{n} arrivées depuis le {since}.</translation>
        </message>
        <message>
            <source>{n} patients imported from {file} ({encoding}, separator “{sep}”).</source>
            <translation>{n} patients importés depuis {file} ({encoding}, séparateur « {sep} »).</translation>
        </message>
        <message>
            <source>{n} patients in the ED.</source>
            <translation>{n} patients aux urgences.</translation>
        </message>
        <message>
            <source>{n} patients in {units} units; {free} beds free out of {beds}.</source>
            <translation>{n} patients dans {units} unités ; {free} lits libres sur {beds}.</translation>
        </message>
        <message>
            <source>{path} holds no patient.</source>
            <translation>{path} ne contient aucun patient.</translation>
        </message>
        <message>
            <source>{path} is empty.</source>
            <translation>{path} est vide.</translation>
        </message>
        <message>
            <source>{path} is too large for a census ({n} MB).</source>
            <translation>{path} est trop volumineux pour un recensement ({n} Mo).</translation>
        </message>
        <message>
            <source>{path} was not imported: its header is wrong.</source>
            <translation>{path} n’a pas été importé : sa ligne d’en-tête est incorrecte.</translation>
        </message>
        <message>
            <source>{path} was not imported: {n} problem(s), listed below. Correct the file and import it again; nothing was saved.</source>
            <translation>{path} n’a pas été importé : {n} problème(s), listés ci-dessous. Corrigez le fichier et importez-le de nouveau ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>“{movement}” is not possible for an admission that is {status}.</source>
            <translation>« {movement} » est impossible pour une venue au statut « {status} ».</translation>
        </message>
        <message>
            <source>“{value}” is not a provisional ID (expected STATION-NNNNNN-C, for example URG1-000042-K).</source>
            <translation>« {value} » n’est pas un identifiant provisoire (forme attendue POSTE-NNNNNN-C, par exemple URG1-000042-K).</translation>
        </message>
        <message>
            <source>≈ {low}–{high} y</source>
            <translation>≈ {low}–{high} ans</translation>
        </message>
        <message>
            <source>≈ {n} y</source>
            <translation>≈ {n} ans</translation>
        </message>
    </context>
</TS>
