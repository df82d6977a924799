<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>hospcrisis</name>
        <message>
            <source>(or write the identity by hand)</source>
            <translation>(ou écrire l’identité à la main)</translation>
        </message>
        <message>
            <source>A4 sheet of self-adhesive patient labels (3 x 7 by default).</source>
            <translation>Planche A4 d’étiquettes patient autocollantes (3 x 7 par défaut).</translation>
        </message>
        <message>
            <source>ABO-RhD group, 1st sample</source>
            <translation>Groupe ABO-RhD, 1re détermination</translation>
        </message>
        <message>
            <source>ABO-RhD group, 2nd sample</source>
            <translation>Groupe ABO-RhD, 2e détermination</translation>
        </message>
        <message>
            <source>ALLERGIES</source>
            <translation>ALLERGIES</translation>
        </message>
        <message>
            <source>AS AT</source>
            <translation>État au</translation>
        </message>
        <message>
            <source>Accompanied by / transport</source>
            <translation>Accompagné par / transport</translation>
        </message>
        <message>
            <source>Admitted to unit:</source>
            <translation>Hospitalisation, service :</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adulte</translation>
        </message>
        <message>
            <source>Adult or child wristband: name, date of birth, sex, ID, barcodes.</source>
            <translation>Bracelet adulte ou enfant : nom, date de naissance, sexe, identifiant, codes-barres.</translation>
        </message>
        <message>
            <source>Age estimated {age} y</source>
            <translation>Âge estimé {age} ans</translation>
        </message>
        <message>
            <source>Albumin</source>
            <translation>Albumine</translation>
        </message>
        <message>
            <source>Allergy to contrast media</source>
            <translation>Allergie aux produits de contraste</translation>
        </message>
        <message>
            <source>Ambulance</source>
            <translation>Ambulance</translation>
        </message>
        <message>
            <source>Ammonia</source>
            <translation>Ammoniémie</translation>
        </message>
        <message>
            <source>Anti-Xa activity</source>
            <translation>Activité anti-Xa</translation>
        </message>
        <message>
            <source>Antibody screen</source>
            <translation>RAI</translation>
        </message>
        <message>
            <source>Anticoagulant:</source>
            <translation>Anticoagulant :</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Arrival date</source>
            <translation>Date d’arrivée</translation>
        </message>
        <message>
            <source>Arterial blood gas</source>
            <translation>Gaz du sang artériel</translation>
        </message>
        <message>
            <source>Attach a patient label; the ID on the images must match the ID on this request.</source>
            <translation>Coller une étiquette patient ; l’identifiant des images doit être celui de cette demande.</translation>
        </message>
        <message>
            <source>BP
(mmHg)</source>
            <translation>PA
(mmHg)</translation>
        </message>
        <message>
            <source>Bed / stretcher</source>
            <translation>Lit / brancard</translation>
        </message>
        <message>
            <source>Bicarbonate</source>
            <translation>Bicarbonates</translation>
        </message>
        <message>
            <source>Biochemistry</source>
            <translation>Biochimie</translation>
        </message>
        <message>
            <source>Birth name</source>
            <translation>Nom de naissance</translation>
        </message>
        <message>
            <source>Blood alcohol</source>
            <translation>Alcoolémie</translation>
        </message>
        <message>
            <source>Blood cultures (bottles: ___)</source>
            <translation>Hémocultures (flacons : ___)</translation>
        </message>
        <message>
            <source>Blood film</source>
            <translation>Frottis sanguin</translation>
        </message>
        <message>
            <source>Blood gases</source>
            <translation>Gaz du sang</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Né(e) le</translation>
        </message>
        <message>
            <source>Born in {year}</source>
            <translation>Né(e) en {year}</translation>
        </message>
        <message>
            <source>Born {date}</source>
            <translation>Né(e) le {date}</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Bilatéral</translation>
        </message>
        <message>
            <source>CK</source>
            <translation>CPK</translation>
        </message>
        <message>
            <source>CRP</source>
            <translation>CRP</translation>
        </message>
        <message>
            <source>CT scan</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>Calcium</source>
            <translation>Calcémie</translation>
        </message>
        <message>
            <source>Carboxyhaemoglobin</source>
            <translation>HbCO (carboxyhémoglobine)</translation>
        </message>
        <message>
            <source>Check the patient's identity before sticking a label on anything.</source>
            <translation>Vérifier l’identité du patient avant de coller une étiquette.</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Enfant</translation>
        </message>
        <message>
            <source>Claustrophobia, agitation</source>
            <translation>Claustrophobie, agitation</translation>
        </message>
        <message>
            <source>Clinical information (diagnosis, treatment, reason for the tests)</source>
            <translation>Renseignements cliniques (diagnostic, traitement, motif des examens)</translation>
        </message>
        <message>
            <source>Clinical information and question asked</source>
            <translation>Renseignements cliniques et question posée</translation>
        </message>
        <message>
            <source>Coagulation</source>
            <translation>Hémostase</translation>
        </message>
        <message>
            <source>Contrast injection</source>
            <translation>Injection de produit de contraste</translation>
        </message>
        <message>
            <source>Creatinine</source>
            <translation>Créatinine</translation>
        </message>
        <message>
            <source>Creatinine clearance</source>
            <translation>Clairance de la créatinine</translation>
        </message>
        <message>
            <source>Cut along the dotted lines and slip the band into a wristband sleeve; check the identity with the patient before putting it on.</source>
            <translation>Découper en suivant les pointillés et glisser la bande dans un bracelet à insert ; vérifier l’identité avec le patient avant de le poser.</translation>
        </message>
        <message>
            <source>D-dimer</source>
            <translation>D-dimères</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Date of birth unknown</source>
            <translation>Date de naissance inconnue</translation>
        </message>
        <message>
            <source>Date of birth unknown — estimated age {age} y</source>
            <translation>Date de naissance inconnue — âge estimé {age} ans</translation>
        </message>
        <message>
            <source>Date, time</source>
            <translation>Date, heure</translation>
        </message>
        <message>
            <source>Day {n}</source>
            <translation>J{n}</translation>
        </message>
        <message>
            <source>Departure time</source>
            <translation>Heure de sortie</translation>
        </message>
        <message>
            <source>Diabetes treated with metformin</source>
            <translation>Diabète traité par metformine</translation>
        </message>
        <message>
            <source>Died</source>
            <translation>Décès</translation>
        </message>
        <message>
            <source>Doctor (name, signature)</source>
            <translation>Médecin (nom, signature)</translation>
        </message>
        <message>
            <source>Don't know</source>
            <translation>Ne sait pas</translation>
        </message>
        <message>
            <source>Done
(time, initials)</source>
            <translation>Réalisé
(heure, initiales)</translation>
        </message>
        <message>
            <source>Downtime document: keep it in the patient's file. When the information system is back, re-enter it with its real date and time and the mention “entered during downtime”.</source>
            <translation>Document de mode dégradé : à conserver dans le dossier du patient. Au retour du système d’information, le ressaisir avec sa date et son heure réelles et la mention « saisi en mode dégradé ».</translation>
        </message>
        <message>
            <source>Downtime procedure — information system unavailable</source>
            <translation>Procédure dégradée — système d’information indisponible</translation>
        </message>
        <message>
            <source>Drug (generic name), form, dose</source>
            <translation>Médicament (DCI), forme, dose</translation>
        </message>
        <message>
            <source>Drug level: ______</source>
            <translation>Dosage de médicament : ______</translation>
        </message>
        <message>
            <source>ESR</source>
            <translation>VS</translation>
        </message>
        <message>
            <source>EXERCISE</source>
            <translation>EXERCICE</translation>
        </message>
        <message>
            <source>Each unit's patients and beds as printed at a given time.</source>
            <translation>Patients et lits de chaque service, à une heure donnée.</translation>
        </message>
        <message>
            <source>Emergency admission sheet</source>
            <translation>Feuille d’admission aux urgences</translation>
        </message>
        <message>
            <source>Emergency department patient list</source>
            <translation>Liste des patients aux urgences</translation>
        </message>
        <message>
            <source>Estimated age</source>
            <translation>Âge estimé</translation>
        </message>
        <message>
            <source>Examination requested</source>
            <translation>Examen demandé</translation>
        </message>
        <message>
            <source>Examination, clinical question, safety checks, transport.</source>
            <translation>Examen, question clinique, sécurité du patient, transport.</translation>
        </message>
        <message>
            <source>F</source>
            <translation>F</translation>
        </message>
        <message>
            <source>FRENCH scale: {targets}</source>
            <translation>Échelle FRENCH : {targets}</translation>
        </message>
        <message>
            <source>Fasting</source>
            <translation>À jeun</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Féminin</translation>
        </message>
        <message>
            <source>Fibrinogen</source>
            <translation>Fibrinogène</translation>
        </message>
        <message>
            <source>Fire brigade</source>
            <translation>Pompiers</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>First name(s) (as on the ID document)</source>
            <translation>Prénom(s) (selon la pièce d’identité)</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Fréquence</translation>
        </message>
        <message>
            <source>Full blood count + platelets</source>
            <translation>NFS + plaquettes</translation>
        </message>
        <message>
            <source>Glasgow
(3-15)</source>
            <translation>Glasgow
(3-15)</translation>
        </message>
        <message>
            <source>Glucose</source>
            <translation>Glycémie</translation>
        </message>
        <message>
            <source>Glucose
(g/L)</source>
            <translation>Glycémie
(g/L)</translation>
        </message>
        <message>
            <source>HR
(/min)</source>
            <translation>FC
(/min)</translation>
        </message>
        <message>
            <source>Haematology</source>
            <translation>Hématologie</translation>
        </message>
        <message>
            <source>Height (cm)</source>
            <translation>Taille (cm)</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Retour à domicile</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>N° provisoire</translation>
        </message>
        <message>
            <source>ID no.</source>
            <translation>N° patient</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>Identity status</source>
            <translation>Statut de l’identité</translation>
        </message>
        <message>
            <source>Identity, arrival, triage, observations, orders, outcome, signatures.</source>
            <translation>Identité, arrivée, tri, surveillance, prescriptions, devenir, signatures.</translation>
        </message>
        <message>
            <source>Imaging examination request</source>
            <translation>Demande d’examen d’imagerie</translation>
        </message>
        <message>
            <source>Imaging: performed on, at, by</source>
            <translation>Imagerie : réalisé le, à, par</translation>
        </message>
        <message>
            <source>Immediate (vital)</source>
            <translation>Immédiat (vital)</translation>
        </message>
        <message>
            <source>In the unit since</source>
            <translation>Dans le service depuis</translation>
        </message>
        <message>
            <source>Initial</source>
            <translation>Tri initial</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initiales</translation>
        </message>
        <message>
            <source>Initials · name · signature</source>
            <translation>Initiales · nom · signature</translation>
        </message>
        <message>
            <source>Label every tube at the bedside with a label of the same patient; the ID on the tubes and on this request must match.</source>
            <translation>Étiqueter chaque tube au lit du patient avec une étiquette de ce même patient ; l’identifiant des tubes et celui de ce bon doivent être identiques.</translation>
        </message>
        <message>
            <source>Laboratory test request</source>
            <translation>Bon de demande d’examens biologiques</translation>
        </message>
        <message>
            <source>Laboratory tests to tick, sampling time, clinical information.</source>
            <translation>Examens à cocher, heure de prélèvement, renseignements cliniques.</translation>
        </message>
        <message>
            <source>Laboratory: received on, at, by; provisional lab number</source>
            <translation>Laboratoire : reçu le, à, par ; n° de dossier provisoire</translation>
        </message>
        <message>
            <source>Lactate</source>
            <translation>Lactates</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Gauche</translation>
        </message>
        <message>
            <source>Left against advice</source>
            <translation>Sortie contre avis médical</translation>
        </message>
        <message>
            <source>Level (tick one)</source>
            <translation>Niveau (cocher une case)</translation>
        </message>
        <message>
            <source>Lipase</source>
            <translation>Lipase</translation>
        </message>
        <message>
            <source>Liver function tests</source>
            <translation>Bilan hépatique</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>MRI</source>
            <translation>IRM</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnésémie</translation>
        </message>
        <message>
            <source>Malaria test</source>
            <translation>Recherche de paludisme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Masculin</translation>
        </message>
        <message>
            <source>Medical notes and nursing handover</source>
            <translation>Observations médicales et transmissions</translation>
        </message>
        <message>
            <source>Medical orders</source>
            <translation>Prescriptions médicales</translation>
        </message>
        <message>
            <source>Medication administration record (MAR)</source>
            <translation>Feuille d’administration des médicaments</translation>
        </message>
        <message>
            <source>Microbiology</source>
            <translation>Microbiologie</translation>
        </message>
        <message>
            <source>Mobility</source>
            <translation>Mobilité</translation>
        </message>
        <message>
            <source>Mode of arrival</source>
            <translation>Mode d’arrivée</translation>
        </message>
        <message>
            <source>Monitored</source>
            <translation>Scopé</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>NT-proBNP</source>
            <translation>NT-proBNP</translation>
        </message>
        <message>
            <source>Never invent a date of birth: tick “year only” or “unknown”</source>
            <translation>Ne jamais inventer de date de naissance : cocher « année seule » ou « inconnue »</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>None known</source>
            <translation>Aucune connue</translation>
        </message>
        <message>
            <source>Not given: circle the box and write R refused · A absent · S suspended · V vomited · N nil by mouth; explain overleaf.</source>
            <translation>Non administré : entourer la case et noter R refus · A absent · S suspendu · V vomi · N à jeun ; expliquer au verso.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>Nothing to print: choose at least one patient, or a blank form.</source>
            <translation>Rien à imprimer : choisissez au moins un patient, ou un formulaire vierge.</translation>
        </message>
        <message>
            <source>Nurse escort</source>
            <translation>Accompagné IDE</translation>
        </message>
        <message>
            <source>Nurse initials</source>
            <translation>Initiales IOA</translation>
        </message>
        <message>
            <source>Order (drug, dose, route / test / care)</source>
            <translation>Prescription (médicament, dose, voie / examen / soin)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Other tests</source>
            <translation>Autres examens</translation>
        </message>
        <message>
            <source>Other:</source>
            <translation>Autre :</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Devenir</translation>
        </message>
        <message>
            <source>Own means</source>
            <translation>Moyens personnels</translation>
        </message>
        <message>
            <source>Oxygen</source>
            <translation>Oxygène</translation>
        </message>
        <message>
            <source>PROVISIONAL</source>
            <translation>PROVISOIRE</translation>
        </message>
        <message>
            <source>PT / INR</source>
            <translation>TP / INR</translation>
        </message>
        <message>
            <source>Pacemaker, implant or metal foreign body (MRI)</source>
            <translation>Pacemaker, implant ou corps étranger métallique (IRM)</translation>
        </message>
        <message>
            <source>Page {n}/{total}</source>
            <translation>Page {n}/{total}</translation>
        </message>
        <message>
            <source>Pain
(0-10)</source>
            <translation>EVA
(0-10)</translation>
        </message>
        <message>
            <source>Paper MAR: drugs, doses, routes, 7 days of administration slots.</source>
            <translation>Feuille papier : médicaments, doses, voies, 7 jours d’horaires d’administration.</translation>
        </message>
        <message>
            <source>Paracetamol level</source>
            <translation>Paracétamolémie</translation>
        </message>
        <message>
            <source>Patient identification wristband</source>
            <translation>Bracelet d’identification patient</translation>
        </message>
        <message>
            <source>Patient label sheet</source>
            <translation>Planche d’étiquettes patient</translation>
        </message>
        <message>
            <source>Patient safety</source>
            <translation>Sécurité du patient</translation>
        </message>
        <message>
            <source>Per ID: admission sheet, labels, wristbands, MAR, lab and imaging requests.</source>
            <translation>Par identifiant : feuille d’admission, étiquettes, bracelets, feuille d’administration, bons de biologie et d’imagerie.</translation>
        </message>
        <message>
            <source>Person to contact</source>
            <translation>Personne à prévenir</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Phosphate</source>
            <translation>Phosphorémie</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Forces de l’ordre</translation>
        </message>
        <message>
            <source>Pre-numbered downtime packet</source>
            <translation>Dossier pré-numéroté de mode dégradé</translation>
        </message>
        <message>
            <source>Pregnancy possible</source>
            <translation>Grossesse possible</translation>
        </message>
        <message>
            <source>Prescriber
(name, signature)</source>
            <translation>Prescripteur
(nom, signature)</translation>
        </message>
        <message>
            <source>Prescriber (name)</source>
            <translation>Prescripteur (nom)</translation>
        </message>
        <message>
            <source>Prescriber's signature</source>
            <translation>Signature du prescripteur</translation>
        </message>
        <message>
            <source>Printed {when} by {who} — station {station}</source>
            <translation>Imprimé le {when} par {who} — poste {station}</translation>
        </message>
        <message>
            <source>Printing cancelled: no file was written.</source>
            <translation>Impression annulée : aucun fichier n’a été écrit.</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Procalcitonin</source>
            <translation>Procalcitonine</translation>
        </message>
        <message>
            <source>Provisional</source>
            <translation>Provisoire</translation>
        </message>
        <message>
            <source>QUALIFIED</source>
            <translation>QUALIFIÉE</translation>
        </message>
        <message>
            <source>RECOVERED</source>
            <translation>RÉCUPÉRÉE</translation>
        </message>
        <message>
            <source>RR
(/min)</source>
            <translation>FR
(/min)</translation>
        </message>
        <message>
            <source>Re-entered in the patient record on / by</source>
            <translation>Ressaisi dans le DPI le / par</translation>
        </message>
        <message>
            <source>Re-triage {n}</source>
            <translation>Re-tri {n}</translation>
        </message>
        <message>
            <source>Reason / findings</source>
            <translation>Motif / éléments</translation>
        </message>
        <message>
            <source>Reason for attending</source>
            <translation>Motif de recours</translation>
        </message>
        <message>
            <source>Region / examination</source>
            <translation>Région / examen</translation>
        </message>
        <message>
            <source>Renal failure (creatinine ____ µmol/L)</source>
            <translation>Insuffisance rénale (créatinine ____ µmol/L)</translation>
        </message>
        <message>
            <source>Report: given to / phoned to, at</source>
            <translation>Compte rendu : remis à / téléphoné à, à</translation>
        </message>
        <message>
            <source>Requested on (date, time)</source>
            <translation>Demandé le (date, heure)</translation>
        </message>
        <message>
            <source>Reticulocytes</source>
            <translation>Réticulocytes</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Droit</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Voie</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Non urgent</translation>
        </message>
        <message>
            <source>SARS-CoV-2 / influenza PCR</source>
            <translation>PCR SARS-CoV-2 / grippe</translation>
        </message>
        <message>
            <source>SINUS no.</source>
            <translation>N° SINUS</translation>
        </message>
        <message>
            <source>SINUS victim number</source>
            <translation>N° SINUS (victime)</translation>
        </message>
        <message>
            <source>SMUR</source>
            <translation>SMUR</translation>
        </message>
        <message>
            <source>Salicylate level</source>
            <translation>Salicylémie</translation>
        </message>
        <message>
            <source>Sampled by (initials)</source>
            <translation>Préleveur (initiales)</translation>
        </message>
        <message>
            <source>Sampled on (date, time)</source>
            <translation>Prélevé le (date, heure)</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programmé</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Sex unknown</source>
            <translation>Sexe inconnu</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Côté</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Sodium, potassium, chloride</source>
            <translation>Ionogramme (Na, K, Cl)</translation>
        </message>
        <message>
            <source>SpO₂
(%)</source>
            <translation>SpO₂
(%)</translation>
        </message>
        <message>
            <source>Start date
prescriber</source>
            <translation>Début
prescripteur</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Stick the patient label here</source>
            <translation>Coller ici l’étiquette du patient</translation>
        </message>
        <message>
            <source>Stopping a drug: draw a line through the remaining boxes, date and sign.</source>
            <translation>Arrêt d’un médicament : barrer les cases restantes, dater et signer.</translation>
        </message>
        <message>
            <source>Swab (site: ______)</source>
            <translation>Prélèvement (site : ______)</translation>
        </message>
        <message>
            <source>Temp.
(°C)</source>
            <translation>T°
(°C)</translation>
        </message>
        <message>
            <source>The ED board as printed at a given time.</source>
            <translation>Le tableau des urgences à une heure donnée.</translation>
        </message>
        <message>
            <source>To be decided by the radiologist</source>
            <translation>Selon l’avis du radiologue</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Dans la journée</translation>
        </message>
        <message>
            <source>Toxicology and other</source>
            <translation>Toxicologie et divers</translation>
        </message>
        <message>
            <source>Transfer to:</source>
            <translation>Transfert vers :</translation>
        </message>
        <message>
            <source>Transfusion</source>
            <translation>Immuno-hématologie</translation>
        </message>
        <message>
            <source>Transport and priority</source>
            <translation>Transport et priorité</translation>
        </message>
        <message>
            <source>Triage</source>
            <translation>Tri</translation>
        </message>
        <message>
            <source>Triage (triage nurse)</source>
            <translation>Tri (IOA)</translation>
        </message>
        <message>
            <source>Triage nurse (name, signature)</source>
            <translation>IOA (nom, signature)</translation>
        </message>
        <message>
            <source>Troponin</source>
            <translation>Troponine</translation>
        </message>
        <message>
            <source>Ultrasound</source>
            <translation>Échographie</translation>
        </message>
        <message>
            <source>Unit census</source>
            <translation>Effectif du service</translation>
        </message>
        <message>
            <source>Unit, phone</source>
            <translation>Service, téléphone</translation>
        </message>
        <message>
            <source>Unit, room, bed</source>
            <translation>Service, chambre, lit</translation>
        </message>
        <message>
            <source>Unit: ____________________</source>
            <translation>Service : ____________________</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Unknown form “{name}”; choose one of: {names}.</source>
            <translation>Formulaire « {name} » inconnu ; choisissez parmi : {names}.</translation>
        </message>
        <message>
            <source>Unknown patient: description, clothing, belongings, distinguishing features</source>
            <translation>Patient inconnu : description, vêtements, effets personnels, signes distinctifs</translation>
        </message>
        <message>
            <source>Urea</source>
            <translation>Urée</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Urinary antigens (pneumo, legionella)</source>
            <translation>Antigénuries (pneumocoque, légionelle)</translation>
        </message>
        <message>
            <source>Urine culture</source>
            <translation>ECBU</translation>
        </message>
        <message>
            <source>Urine drug screen</source>
            <translation>Dépistage de toxiques urinaires</translation>
        </message>
        <message>
            <source>Used name (if different)</source>
            <translation>Nom d’usage (si différent)</translation>
        </message>
        <message>
            <source>VALIDATED</source>
            <translation>VALIDÉE</translation>
        </message>
        <message>
            <source>VITAL EMERGENCY</source>
            <translation>URGENCE VITALE</translation>
        </message>
        <message>
            <source>Validated (ID seen)</source>
            <translation>Validée (pièce d’identité)</translation>
        </message>
        <message>
            <source>Venous blood gas</source>
            <translation>Gaz du sang veineux</translation>
        </message>
        <message>
            <source>Vital signs and monitoring</source>
            <translation>Constantes et surveillance</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Attente</translation>
        </message>
        <message>
            <source>Walking</source>
            <translation>Valide</translation>
        </message>
        <message>
            <source>Weight (kg)</source>
            <translation>Poids (kg)</translation>
        </message>
        <message>
            <source>Wheelchair</source>
            <translation>Fauteuil</translation>
        </message>
        <message>
            <source>Within 1 h</source>
            <translation>Dans l’heure</translation>
        </message>
        <message>
            <source>Write the identity by hand:</source>
            <translation>Identité à écrire à la main :</translation>
        </message>
        <message>
            <source>Write your initials in the box when the dose is given.</source>
            <translation>Inscrire ses initiales dans la case lors de l’administration.</translation>
        </message>
        <message>
            <source>X-ray</source>
            <translation>Radiographie</translation>
        </message>
        <message>
            <source>aPTT</source>
            <translation>TCA</translation>
        </message>
        <message>
            <source>do not use after this time without checking</source>
            <translation>à revérifier au-delà de cette heure</translation>
        </message>
        <message>
            <source>dose</source>
            <translation>dose</translation>
        </message>
        <message>
            <source>immediate</source>
            <translation>immédiat</translation>
        </message>
        <message>
            <source>level {level}: {n}</source>
            <translation>tri {level} : {n}</translation>
        </message>
        <message>
            <source>local time</source>
            <translation>heure locale</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <source>used name: {name}</source>
            <translation>nom d’usage : {name}</translation>
        </message>
        <message>
            <source>write the time</source>
            <translation>noter l’heure</translation>
        </message>
        <message>
            <source>year only</source>
            <translation>année seule</translation>
        </message>
        <message>
            <source>{n} d</source>
            <translation>{n} j</translation>
        </message>
        <message>
            <source>{n} mo</source>
            <translation>{n} mois</translation>
        </message>
        <message>
            <source>{n} patients · {free} free beds</source>
            <translation>{n} patients · {free} lits libres</translation>
        </message>
        <message>
            <source>{n} patients · {mix} · {overdue} overdue</source>
            <translation>{n} patients · {mix} · {overdue} en dépassement</translation>
        </message>
        <message>
            <source>{n} y</source>
            <translation>{n} ans</translation>
        </message>
        <message>
            <source>β-hCG (blood)</source>
            <translation>β-hCG plasmatiques</translation>
        </message>
        <message>
            <source>— free —</source>
            <translation>— libre —</translation>
        </message>
        <message>
            <source>▲ shaded: waiting longer than the triage level allows.</source>
            <translation>▲ grisé : attente supérieure au délai du niveau de tri.</translation>
        </message>
    </context>
</TS>
