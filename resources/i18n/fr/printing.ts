<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>hospcrisis</name>
        <message>
            <source> copies</source>
            <translation> exemplaires</translation>
        </message>
        <message>
            <source>&amp;Print the log…</source>
            <translation>&amp;Imprimer la main courante…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Enregistrer sous…</translation>
        </message>
        <message>
            <source>(no bed)</source>
            <translation>(sans lit)</translation>
        </message>
        <message>
            <source>--count reserves new IDs for downtime packets only; use the form “packets”.</source>
            <translation>--count réserve de nouveaux identifiants pour les kits de mode dégradé seulement ; utilisez le formulaire « packets ».</translation>
        </message>
        <message>
            <source>--label-sheet applies to the forms labels and packets.</source>
            <translation>--label-sheet s’applique aux formulaires labels et packets.</translation>
        </message>
        <message>
            <source>A packet holds, for one reserved provisional ID, the admission sheet, a label sheet, wristbands, a paper MAR, a laboratory and an imaging request — every page with that ID and its barcode. Print them in advance; a reserved ID is used once only.</source>
            <translation>Un kit contient, pour un identifiant provisoire réservé, la feuille d’admission, une planche d’étiquettes, des bracelets, une feuille d’administration papier, une demande de biologie et une demande d’imagerie — chaque page porte cet identifiant et son code-barres. Imprimez-les à l’avance ; un identifiant réservé ne sert qu’une fois.</translation>
        </message>
        <message>
            <source>A print job is already running; wait for it to end.</source>
            <translation>Une impression est déjà en cours ; attendez qu’elle se termine.</translation>
        </message>
        <message>
            <source>At most {n} IDs in one print job.</source>
            <translation>Au plus {n} identifiants par impression.</translation>
        </message>
        <message>
            <source>Between 0 and {n} blank copies.</source>
            <translation>Entre 0 et {n} exemplaires vierges.</translation>
        </message>
        <message>
            <source>Between 1 and {n} new IDs.</source>
            <translation>Entre 1 et {n} nouveaux identifiants.</translation>
        </message>
        <message>
            <source>Blank forms (to fill by hand if this workstation fails)</source>
            <translation>Formulaires vierges (à remplir à la main si ce poste tombe en panne)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Corrected by {refs}</source>
            <translation>Corrigée par {refs}</translation>
        </message>
        <message>
            <source>Corrects entry {ref}</source>
            <translation>Corrige l’entrée {ref}</translation>
        </message>
        <message>
            <source>Downtime packets</source>
            <translation>Kits de mode dégradé</translation>
        </message>
        <message>
            <source>Downtime packets and blank forms</source>
            <translation>Kits pré-numérotés et formulaires vierges</translation>
        </message>
        <message>
            <source>Every ID of this block is already used.</source>
            <translation>Tous les identifiants de ce bloc sont déjà utilisés.</translation>
        </message>
        <message>
            <source>Every entry, in order of event time</source>
            <translation>Toutes les entrées, par heure des faits</translation>
        </message>
        <message>
            <source>Kept in {path}</source>
            <translation>Conservé dans {path}</translation>
        </message>
        <message>
            <source>Main courante (crisis log)</source>
            <translation>Main courante de la cellule de crise</translation>
        </message>
        <message>
            <source>N blank copies with no patient (default 1)</source>
            <translation>N exemplaires vierges sans patient (1 par défaut)</translation>
        </message>
        <message>
            <source>No PDF viewer is set up on this workstation. The file is {path}.</source>
            <translation>Aucune visionneuse PDF n’est configurée sur ce poste. Le fichier est {path}.</translation>
        </message>
        <message>
            <source>No patient and no reserved packet has the ID {id}.</source>
            <translation>Aucun patient ni aucun kit réservé ne porte l’identifiant {id}.</translation>
        </message>
        <message>
            <source>No printer is installed on this workstation. The PDF is kept in {path}: save it on a USB key and print it from another computer.</source>
            <translation>Aucune imprimante n’est installée sur ce poste. Le PDF est conservé dans {path} : copiez-le sur une clé USB et imprimez-le depuis un autre ordinateur.</translation>
        </message>
        <message>
            <source>Nothing to print: give patient IDs, a number of new packets, or blank copies.</source>
            <translation>Rien à imprimer : indiquez des identifiants de patients, un nombre de nouveaux kits ou des exemplaires vierges.</translation>
        </message>
        <message>
            <source>Nothing was printed: some IDs are wrong.</source>
            <translation>Rien n’a été imprimé : certains identifiants sont faux.</translation>
        </message>
        <message>
            <source>Number of packets</source>
            <translation>Nombre de kits</translation>
        </message>
        <message>
            <source>Open in the &amp;viewer</source>
            <translation>Ouvrir dans la &amp;visionneuse</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Packets and blank forms</source>
            <translation>Kits et formulaires</translation>
        </message>
        <message>
            <source>Patient: {patient}</source>
            <translation>Patient : {patient}</translation>
        </message>
        <message>
            <source>Preparing “{form}”…</source>
            <translation>Préparation de « {form} »…</translation>
        </message>
        <message>
            <source>Print blank</source>
            <translation>Imprimer vierge</translation>
        </message>
        <message>
            <source>Print the entries shown (with the current filters)</source>
            <translation>Imprimer les entrées affichées (avec les filtres en cours)</translation>
        </message>
        <message>
            <source>Printing failed ({error}). The PDF is kept in {path}.</source>
            <translation>L’impression a échoué ({error}). Le PDF est conservé dans {path}.</translation>
        </message>
        <message>
            <source>Reprint the unused packets of the block</source>
            <translation>Réimprimer les kits non utilisés du bloc</translation>
        </message>
        <message>
            <source>Reserve and print</source>
            <translation>Réserver et imprimer</translation>
        </message>
        <message>
            <source>Reserve new IDs and print their packets</source>
            <translation>Réserver de nouveaux identifiants et imprimer leurs kits</translation>
        </message>
        <message>
            <source>Reserved</source>
            <translation>Réservé le</translation>
        </message>
        <message>
            <source>Reserved IDs: {first} to {last}.</source>
            <translation>Identifiants réservés : de {first} à {last}.</translation>
        </message>
        <message>
            <source>Reserved blocks</source>
            <translation>Blocs réservés</translation>
        </message>
        <message>
            <source>Save the PDF</source>
            <translation>Enregistrer le PDF</translation>
        </message>
        <message>
            <source>Select a block in the list first.</source>
            <translation>Sélectionnez d’abord un bloc dans la liste.</translation>
        </message>
        <message>
            <source>The PDF could not be saved: {error}</source>
            <translation>Le PDF n’a pas pu être enregistré : {error}</translation>
        </message>
        <message>
            <source>The crisis cell's chronological log, entries with their corrections.</source>
            <translation>Le journal chronologique de la cellule de crise, entrées et corrections.</translation>
        </message>
        <message>
            <source>The form {name} cannot be printed from here.</source>
            <translation>Le formulaire {name} ne peut pas être imprimé d’ici.</translation>
        </message>
        <message>
            <source>The printer could not be opened.</source>
            <translation>L’imprimante n’a pas pu être ouverte.</translation>
        </message>
        <message>
            <source>Time · kind · author</source>
            <translation>Heure · type · auteur</translation>
        </message>
        <message>
            <source>Unit: {unit}</source>
            <translation>Unité : {unit}</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Utilisés</translation>
        </message>
        <message>
            <source>Writes a PDF ready to print. Patient forms take --id (provisional ID, IPP, or a reserved packet ID not yet used), --blank N for copies to fill by hand, and “packets” takes --count N to reserve N new IDs. Every print is audited (who, what, which patients).</source>
            <translation>Écrit un PDF prêt à imprimer. Les formulaires patient prennent --id (identifiant provisoire, IPP, ou identifiant d’un kit réservé pas encore utilisé), --blank N pour des exemplaires à remplir à la main, et « packets » prend --count N pour réserver N nouveaux identifiants. Chaque impression est tracée (qui, quoi, quels patients).</translation>
        </message>
        <message>
            <source>a patient's provisional ID or IPP (repeat for several)</source>
            <translation>identifiant provisoire ou IPP d’un patient (à répéter pour plusieurs)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>census: the unit(s) to print (default: every unit with beds)</source>
            <translation>effectif : l’unité ou les unités à imprimer (par défaut : toutes les unités avec des lits)</translation>
        </message>
        <message>
            <source>e.g. ED night shift, plan blanc</source>
            <translation>par ex. nuit aux urgences, plan blanc</translation>
        </message>
        <message>
            <source>forms:</source>
            <translation>formulaires :</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>labels and packets: the label stock, L7160 (3 x 7, default), L7159 (3 x 8), L7161 (3 x 6) or L7163 (2 x 7)</source>
            <translation>étiquettes et kits : le format de planche, L7160 (3 x 7, par défaut), L7159 (3 x 8), L7161 (3 x 6) ou L7163 (2 x 7)</translation>
        </message>
        <message>
            <source>one of: {names}</source>
            <translation>parmi : {names}</translation>
        </message>
        <message>
            <source>packets: reserve N new provisional IDs and print their packets</source>
            <translation>kits : réserver N nouveaux identifiants provisoires et imprimer leurs kits</translation>
        </message>
        <message>
            <source>packets: what the reserved IDs are for</source>
            <translation>kits : à quoi servent les identifiants réservés</translation>
        </message>
        <message>
            <source>print a form, a list or a report to a PDF file</source>
            <translation>imprimer un formulaire, une liste ou un rapport dans un fichier PDF</translation>
        </message>
        <message>
            <source>search</source>
            <translation>recherche</translation>
        </message>
        <message>
            <source>the PDF to write</source>
            <translation>le PDF à écrire</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unité</translation>
        </message>
        <message>
            <source>wristband size (default adult)</source>
            <translation>taille du bracelet (adulte par défaut)</translation>
        </message>
        <message>
            <source>written {time}</source>
            <translation>écrite le {time}</translation>
        </message>
        <message>
            <source>{name}: {value}</source>
            <translation>{name} : {value}</translation>
        </message>
        <message>
            <source>{pages} page(s) ready: {path}</source>
            <translation>{pages} page(s) prête(s) : {path}</translation>
        </message>
        <message>
            <source>{pages} page(s) written to {path}.</source>
            <translation>{pages} page(s) écrite(s) dans {path}.</translation>
        </message>
        <message>
            <source>{path} is a folder: give a file name ending in .pdf.</source>
            <translation>{path} est un dossier : indiquez un nom de fichier se terminant par .pdf.</translation>
        </message>
        <message>
            <source>{used} of {count}</source>
            <translation>{used} sur {count}</translation>
        </message>
    </context>
</TS>
