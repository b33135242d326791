<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>VOPI Desktop – About</source>
            <translation>VOPI Desktop – Über</translation>
        </message>
        <message>
            <source>The offline workbench for opening civic engagement to people with a migration background. It works without internet; your data stays in the database named below.</source>
            <translation>Die Offline-Werkbank für die Öffnung des Engagements für Menschen mit Migrationsgeschichte. Sie arbeitet ohne Internet; Ihre Daten bleiben in der unten genannten Datenbank.</translation>
        </message>
        <message>
            <source>&amp;Copy for a support e-mail</source>
            <translation>Für eine Support-E-Mail &amp;kopieren</translation>
        </message>
        <message>
            <source>Copied. Paste it into your e-mail to the support.</source>
            <translation>Kopiert. Fügen Sie es in Ihre E-Mail an den Support ein.</translation>
        </message>
    </context>
    <context>
        <name>Accessible</name>
        <message>
            <source>More tools</source>
            <translation>Weitere Werkzeuge</translation>
        </message>
        <message>
            <source>Clear text</source>
            <translation>Text löschen</translation>
        </message>
    </context>
    <context>
        <name>ActorChanges</name>
        <message>
            <source>new actor “%1”</source>
            <translation>neuer Akteur „%1“</translation>
        </message>
        <message>
            <source>changes to “%1”</source>
            <translation>Änderungen an „%1“</translation>
        </message>
        <message>
            <source>“%1” moved to the trash</source>
            <translation>„%1“ in den Papierkorb verschoben</translation>
        </message>
        <message>
            <source>“%1” restored</source>
            <translation>„%1“ wiederhergestellt</translation>
        </message>
    </context>
    <context>
        <name>ActorChoices</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>in the trash</source>
            <translation>im Papierkorb</translation>
        </message>
    </context>
    <context>
        <name>ActorDetail</name>
        <message>
            <source>Details of the selected actor</source>
            <translation>Angaben zum ausgewählten Akteur</translation>
        </message>
        <message>
            <source>No actors yet. Add the first one with “New actor” (Insert).</source>
            <translation>Noch keine Akteure. Legen Sie den ersten mit „Neuer Akteur“ (Einfg) an.</translation>
        </message>
        <message>
            <source>Select an actor to see its details here.</source>
            <translation>Wählen Sie einen Akteur aus, um hier seine Angaben zu sehen.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Engagementfelder</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>No contact person recorded.</source>
            <translation>Keine Kontaktperson erfasst.</translation>
        </message>
        <message>
            <source>overdue: review or delete the contact details</source>
            <translation>überfällig: Kontaktdaten prüfen oder löschen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Rechtsgrundlage</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Einwilligung erteilt am</translation>
        </message>
        <message>
            <source>Review or delete by</source>
            <translation>Prüfen oder löschen bis</translation>
        </message>
    </context>
    <context>
        <name>ActorDialog</name>
        <message>
            <source>Edit actor</source>
            <translation>Akteur bearbeiten</translation>
        </message>
        <message>
            <source>New actor</source>
            <translation>Neuer Akteur</translation>
        </message>
        <message>
            <source>members or active people</source>
            <translation>Mitglieder oder aktiv Engagierte</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>Si&amp;ze:</source>
            <translation>&amp;Größe:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>Ad&amp;resse:</translation>
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <source>&amp;E-mail (organisation):</source>
            <translation>&amp;E-Mail (Organisation):</translation>
        </message>
        <message>
            <source>&amp;Telephone (organisation):</source>
            <translation>&amp;Telefon (Organisation):</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>Noti&amp;zen:</translation>
        </message>
        <message>
            <source>Fields of engagement</source>
            <translation>Engagementfelder</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>&amp;Fields of engagement:</source>
            <translation>Engagement&amp;felder:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>Sprac&amp;hen:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Contact person (personal data)</source>
            <translation>Kontaktperson (personenbezogene Daten)</translation>
        </message>
        <message>
            <source>– please choose –</source>
            <translation>– bitte wählen –</translation>
        </message>
        <message>
            <source>given on</source>
            <translation>erteilt am</translation>
        </message>
        <message>
            <source>on</source>
            <translation>am</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>E-ma&amp;il:</source>
            <translation>E-Mai&amp;l:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Telef&amp;on:</translation>
        </message>
        <message>
            <source>Legal &amp;basis:</source>
            <translation>Rechtsgr&amp;undlage:</translation>
        </message>
        <message>
            <source>&amp;Consent:</source>
            <translation>E&amp;inwilligung:</translation>
        </message>
        <message>
            <source>&amp;Review or delete:</source>
            <translation>&amp;Prüfen/Löschen:</translation>
        </message>
        <message>
            <source>Data protection guidance</source>
            <translation>Hinweise zum Datenschutz</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
    </context>
    <context>
        <name>ActorTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Felder</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Review by</source>
            <translation>Prüfen bis</translation>
        </message>
        <message>
            <source>⚠ %1</source>
            <translation>⚠ %1</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>Review date passed: review or delete the contact details.</source>
            <translation>Prüfdatum überschritten: Kontaktdaten prüfen oder löschen.</translation>
        </message>
    </context>
    <context>
        <name>ActorsPage</name>
        <message>
            <source>Name, type, field, language or contact person</source>
            <translation>Name, Art, Engagementfeld, Sprache oder Kontaktperson</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Alle Sprachen</translation>
        </message>
        <message>
            <source>Se&amp;arch:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Spra&amp;che:</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>&amp;New actor</source>
            <translation>&amp;Neuer Akteur</translation>
        </message>
        <message>
            <source>Add an actor (Insert)</source>
            <translation>Akteur anlegen (Einfg)</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Bea&amp;rbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected actor (Enter or double-click)</source>
            <translation>Ausgewählten Akteur bearbeiten (Eingabetaste oder Doppelklick)</translation>
        </message>
        <message>
            <source>Move to t&amp;rash</source>
            <translation>&amp;In den Papierkorb verschieben</translation>
        </message>
        <message>
            <source>Move the selected actor to the trash (Del)</source>
            <translation>Ausgewählten Akteur in den Papierkorb verschieben (Entf)</translation>
        </message>
        <message>
            <source>&amp;Trash…</source>
            <translation>&amp;Papierkorb…</translation>
        </message>
        <message>
            <source>Show the trash: restore or delete for good</source>
            <translation>Papierkorb zeigen: wiederherstellen oder endgültig löschen</translation>
        </message>
        <message>
            <source>&amp;Opening checklist</source>
            <translation>&amp;Öffnungs-Checkliste</translation>
        </message>
        <message>
            <source>Show the selected club's opening checklist, or begin it</source>
            <translation>Die Öffnungs-Checkliste des gewählten Vereins zeigen oder beginnen</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Dr&amp;ucken…</translation>
        </message>
        <message>
            <source>Print the list of actors</source>
            <translation>Akteursliste drucken</translation>
        </message>
        <message>
            <source>Print the list of all actors (Ctrl+P)</source>
            <translation>Die Liste aller Akteure drucken (Strg+P)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>No actors recorded yet</source>
            <translation>Noch keine Akteure erfasst</translation>
        </message>
        <message>
            <source>Record the organisations of your municipality: clubs, migrant organisations, religious communities, schools, the administration. Contact persons are optional.</source>
            <translation>Erfassen Sie die Organisationen Ihrer Kommune: Vereine, Migrantenorganisationen, Religionsgemeinschaften, Schulen, die Verwaltung. Kontaktpersonen sind freiwillig.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln actor(s)</source>
            <translation>
                <numerusform>%1 von %Ln Akteur</numerusform>
                <numerusform>%1 von %Ln Akteuren</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1. Ctrl+Z undoes it.</source>
            <translation>Gespeichert: %1. Strg+Z macht es rückgängig.</translation>
        </message>
        <message>
            <source>The actor directory lists the organisations of your municipality. Type in the search field (Ctrl+F) or choose a type or language to narrow the list; click a column header to sort. Insert adds an actor, Enter edits the selected one, Del moves it to the trash (Ctrl+Z or Trash… brings it back); Ctrl+Z undoes every change, Ctrl+Y redoes it. Contact persons are personal data: record the legal basis and a date by which the details are reviewed or deleted. “Print…” or Ctrl+P prints the directory with every actor; contact persons only when the Reports page's “With contact persons” is ticked.</source>
            <translation>Das Akteursverzeichnis listet die Organisationen Ihrer Kommune. Tippen Sie ins Suchfeld (Strg+F) oder wählen Sie Art oder Sprache, um die Liste einzugrenzen; ein Klick auf eine Spaltenüberschrift sortiert. Einfg legt einen Akteur an, Eingabe bearbeitet den gewählten, Entf legt ihn in den Papierkorb (Strg+Z oder Papierkorb… holt ihn zurück); Strg+Z macht jede Änderung rückgängig, Strg+Y wiederholt sie. Kontaktpersonen sind personenbezogene Daten: Halten Sie die Rechtsgrundlage fest und ein Datum, bis zu dem die Angaben geprüft oder gelöscht werden. „Drucken…“ oder Strg+P druckt das Akteursverzeichnis mit allen Akteuren; Ansprechpersonen nur, wenn auf der Seite Berichte „Mit Ansprechpersonen“ angehakt ist.</translation>
        </message>
        <message>
            <source>Moved to the trash: %1. Ctrl+Z brings it back, as does Trash…</source>
            <translation>In den Papierkorb verschoben: %1. Strg+Z holt ihn zurück, ebenso „Papierkorb…“.</translation>
        </message>
    </context>
    <context>
        <name>AnchoringPage</name>
        <message>
            <source>Anchoring</source>
            <translation>Verankerung</translation>
        </message>
        <message>
            <source>&amp;Where the topic lives</source>
            <translation>&amp;Zuständigkeit in der Verwaltung</translation>
        </message>
        <message>
            <source>anchoring checklist</source>
            <translation>Verankerungs-Checkliste</translation>
        </message>
        <message>
            <source>The anchoring checklist helps to make the topic permanent in the administration: a council decision, a post with time for it, a budget, a network round, monitoring. Begin it to record what is in place and what is still to do.</source>
            <translation>Die Verankerungs-Checkliste hilft, das Thema dauerhaft in der Verwaltung zu verankern: ein Ratsbeschluss, eine Stelle mit Zeit dafür, ein Budget, eine Netzwerkrunde, ein Monitoring. Beginnen Sie sie, um festzuhalten, was schon da ist und was noch zu tun bleibt.</translation>
        </message>
        <message>
            <source>&amp;Begin the anchoring checklist</source>
            <translation>Verankerungs-Checkliste &amp;beginnen</translation>
        </message>
        <message>
            <source>Anchoring &amp;checklist</source>
            <translation>Verankerungs-&amp;Checkliste</translation>
        </message>
        <message>
            <source>Placement decided: %1</source>
            <translation>Zuständigkeit entschieden: %1</translation>
        </message>
        <message>
            <source>Placement decided against the recommendation: %1</source>
            <translation>Zuständigkeit abweichend von der Empfehlung entschieden: %1</translation>
        </message>
        <message>
            <source>Replace the decision and its reasons with the recommendation?</source>
            <translation>Die Entscheidung mit ihrer Begründung durch die Empfehlung ersetzen?</translation>
        </message>
        <message>
            <source>Replace the decision with the recommendation?</source>
            <translation>Die Entscheidung durch die Empfehlung ersetzen?</translation>
        </message>
        <message>
            <source>Replace the decision of %1 and its reasons with the recommendation?</source>
            <translation>Die Entscheidung vom %1 mit ihrer Begründung durch die Empfehlung ersetzen?</translation>
        </message>
        <message>
            <source>Replace the decision of %1 with the recommendation?</source>
            <translation>Die Entscheidung vom %1 durch die Empfehlung ersetzen?</translation>
        </message>
        <message>
            <source>Decided: %1
Recommended: %2</source>
            <translation>Entschieden: %1
Empfohlen: %2</translation>
        </message>
        <message>
            <source>The new decision is dated today.</source>
            <translation>Die neue Entscheidung trägt das heutige Datum.</translation>
        </message>
        <message>
            <source>Follow the recommendation</source>
            <translation>Empfehlung übernehmen</translation>
        </message>
        <message>
            <source>&amp;Replace decision</source>
            <translation>Entscheidung &amp;ersetzen</translation>
        </message>
        <message>
            <source>&amp;Keep decision</source>
            <translation>Entscheidung &amp;behalten</translation>
        </message>
        <message>
            <source>Anchoring checklist begun</source>
            <translation>Verankerungs-Checkliste begonnen</translation>
        </message>
        <message>
            <source>Anchoring: the first tab recommends where the topic should live in your administration, from the kind and population of the municipality, and shows the six options with where each fits, what speaks for and against it. Follow the recommendation with one button, or choose another option and give your reasons; the decision, its date and reasons appear on the Start page. The second tab holds the anchoring checklist: tick what is in place, record who is responsible and by when. Ctrl+Z undoes. “Print…” or Ctrl+P prints it, blank for a workshop or filled in.</source>
            <translation>Verankerung: Der erste Reiter empfiehlt aus Art und Einwohnerzahl der Kommune, wo das Thema in Ihrer Verwaltung angesiedelt werden sollte, und zeigt die sechs Möglichkeiten mit dem, wofür sie passen, was dafür und was dagegen spricht. Übernehmen Sie die Empfehlung mit einem Klick oder wählen Sie eine andere Möglichkeit und begründen Sie sie; Entscheidung, Datum und Begründung erscheinen auf der Startseite. Der zweite Reiter enthält die Verankerungs-Checkliste: Haken Sie ab, was schon da ist, und halten Sie fest, wer bis wann zuständig ist. Strg+Z macht rückgängig. „Drucken…“ oder Strg+P druckt die Checkliste, leer für einen Workshop oder ausgefüllt.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>VOPI Desktop – Restore a backup</source>
            <translation>VOPI Desktop – Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Choose the state to go back to. The current data is backed up first, so a restore can itself be undone by restoring that backup.</source>
            <translation>Wählen Sie den Stand, zu dem Sie zurückkehren möchten. Der aktuelle Stand wird vorher gesichert; so lässt sich auch eine Wiederherstellung wieder rückgängig machen.</translation>
        </message>
        <message>
            <source>&amp;Backups in the data folder:</source>
            <translation>&amp;Sicherungen im Datenordner:</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Erstellt am</translation>
        </message>
        <message>
            <source>Occasion</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>There are no backups in the data folder yet.</source>
            <translation>Im Datenordner gibt es noch keine Sicherungen.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>&amp;Other file…</source>
            <translation>&amp;Andere Datei…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Made on request</source>
            <translation>Auf Wunsch erstellt</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Vor einer Wiederherstellung</translation>
        </message>
        <message>
            <source>Before an update of the app</source>
            <translation>Vor einem Update der App</translation>
        </message>
        <message>
            <source>Before a municipality was deleted</source>
            <translation>Vor dem Löschen einer Kommune</translation>
        </message>
        <message>
            <source>Before the import of %1</source>
            <translation>Vor dem Import von %1</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Vor einem Import</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>VOPI Desktop – Choose a backup file</source>
            <translation>VOPI Desktop – Sicherungsdatei wählen</translation>
        </message>
        <message>
            <source>VOPI databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>VOPI-Datenbanken (*.sqlite3 *.db);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>BarrierForm</name>
        <message>
            <source>What helps: outreach approaches from the catalogue</source>
            <translation>Was hilft: Ansätze der Ansprache aus dem Katalog</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(nicht angegeben)</translation>
        </message>
        <message>
            <source>What you observed, who said it, where the figures come from …</source>
            <translation>Was Sie beobachtet haben, wer es gesagt hat, woher die Zahlen stammen …</translation>
        </message>
        <message>
            <source>No target groups yet. Add them with “Manage target groups…” above the list.</source>
            <translation>Noch keine Zielgruppen. Legen Sie sie über „Zielgruppen verwalten…“ oberhalb der Liste an.</translation>
        </message>
        <message>
            <source>Your assessment</source>
            <translation>Ihre Einschätzung</translation>
        </message>
        <message>
            <source>Re&amp;levance:</source>
            <translation>&amp;Relevanz:</translation>
        </message>
        <message>
            <source>Ev&amp;idence:</source>
            <translation>Gr&amp;undlage:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>Target gro&amp;ups:</source>
            <translation>Zie&amp;lgruppen:</translation>
        </message>
        <message>
            <source>Reload the stored st&amp;ate</source>
            <translation>Gespeicherten Stand &amp;wieder laden</translation>
        </message>
        <message>
            <source>Save the assessment (Ctrl+S)</source>
            <translation>Einschätzung speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Bearbei&amp;ten…</translation>
        </message>
        <message>
            <source>Edit own barrier</source>
            <translation>Eigenes Hemmnis bearbeiten</translation>
        </message>
        <message>
            <source>Change title, group and description of this own barrier</source>
            <translation>Titel, Gruppe und Beschreibung dieses eigenen Hemmnisses ändern</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete own barrier</source>
            <translation>Eigenes Hemmnis löschen</translation>
        </message>
        <message>
            <source>Delete this own barrier and its assessment</source>
            <translation>Dieses eigene Hemmnis mit seiner Einschätzung löschen</translation>
        </message>
        <message>
            <source>Barriers</source>
            <translation>Hemmnisse</translation>
        </message>
        <message>
            <source>Choose a barrier in the list to read what it means and to rate it.</source>
            <translation>Wählen Sie ein Hemmnis in der Liste, um seine Erläuterung zu lesen und es zu bewerten.</translation>
        </message>
        <message>
            <source>Own barrier</source>
            <translation>Eigenes Hemmnis</translation>
        </message>
        <message>
            <source>Catalogue barrier</source>
            <translation>Hemmnis aus dem Katalog</translation>
        </message>
        <message>
            <source>No description.</source>
            <translation>Keine Beschreibung.</translation>
        </message>
        <message>
            <source>Practice example: %1</source>
            <translation>Praxisbeispiel: %1</translation>
        </message>
        <message>
            <source>Last saved: %1</source>
            <translation>Zuletzt gespeichert: %1</translation>
        </message>
        <message>
            <source>Not rated yet.</source>
            <translation>Noch nicht bewertet.</translation>
        </message>
        <message>
            <source>%1 (unsaved changes)</source>
            <translation>%1 (ungespeicherte Änderungen)</translation>
        </message>
    </context>
    <context>
        <name>BarrierTreeModel</name>
        <message>
            <source>Own barriers without a group</source>
            <translation>Eigene Hemmnisse ohne Gruppe</translation>
        </message>
        <message>
            <source>Barriers you added yourself.</source>
            <translation>Hemmnisse, die Sie selbst ergänzt haben.</translation>
        </message>
        <message>
            <source>Barrier</source>
            <translation>Hemmnis</translation>
        </message>
        <message>
            <source>Relevance</source>
            <translation>Relevanz</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Zielgruppen</translation>
        </message>
        <message>
            <source>%1 of %2 rated</source>
            <translation>%1 von %2 bewertet</translation>
        </message>
        <message>
            <source>%1, evidence: %2</source>
            <translation>%1, Grundlage: %2</translation>
        </message>
        <message>
            <source>(own)</source>
            <translation>(eigenes)</translation>
        </message>
    </context>
    <context>
        <name>BarriersPage</name>
        <message>
            <source>Barriers</source>
            <translation>Hemmnisse</translation>
        </message>
        <message>
            <source>What keeps people with a migration background from engaging in your municipality? Rate each barrier from the catalogue, say what the rating rests on and whom it affects.</source>
            <translation>Was hält Menschen mit Migrationsgeschichte in Ihrer Kommune davon ab, sich zu engagieren? Bewerten Sie jedes Hemmnis aus dem Katalog, halten Sie fest, worauf die Bewertung beruht, und wen es betrifft.</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>&amp;Anzeigen:</translation>
        </message>
        <message>
            <source>All barriers</source>
            <translation>Alle Hemmnisse</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>Noch nicht bewertet</translation>
        </message>
        <message>
            <source>Rated high</source>
            <translation>Hoch bewertet</translation>
        </message>
        <message>
            <source>Add own &amp;barrier…</source>
            <translation>E&amp;igenes Hemmnis ergänzen…</translation>
        </message>
        <message>
            <source>Manage &amp;target groups…</source>
            <translation>&amp;Zielgruppen verwalten…</translation>
        </message>
        <message>
            <source>Measure from an a&amp;pproach…</source>
            <translation>&amp;Maßnahme aus einem Ansatz …</translation>
        </message>
        <message>
            <source>For a barrier rated 2 or 3: a linked measure from the catalogue</source>
            <translation>Für ein mit 2 oder 3 bewertetes Hemmnis: eine verknüpfte Maßnahme aus dem Katalog</translation>
        </message>
        <message>
            <source>Barriers by group</source>
            <translation>Hemmnisse nach Gruppen</translation>
        </message>
        <message>
            <source>%1 of %2 rated</source>
            <translation>%1 von %2 bewertet</translation>
        </message>
        <message>
            <source>Unsaved assessment</source>
            <translation>Nicht gespeicherte Einschätzung</translation>
        </message>
        <message>
            <source>The assessment you are editing is not saved yet. Save it now?</source>
            <translation>Die Einschätzung, die Sie gerade bearbeiten, ist noch nicht gespeichert. Jetzt speichern?</translation>
        </message>
        <message>
            <source>Rating of %1</source>
            <translation>Bewertung von %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>The stored state is shown again. Please enter your change once more.</source>
            <translation>Der gespeicherte Stand wird wieder angezeigt. Bitte tragen Sie Ihre Änderung noch einmal ein.</translation>
        </message>
        <message>
            <source>Own barrier added. Rate it on the right.</source>
            <translation>Eigenes Hemmnis angelegt. Bewerten Sie es rechts.</translation>
        </message>
        <message>
            <source>Delete the own barrier “%1” and its assessment?</source>
            <translation>Das eigene Hemmnis „%1“ mit seiner Einschätzung löschen?</translation>
        </message>
        <message>
            <source>Your unsaved changes to it are discarded as well.</source>
            <translation>Ihre noch nicht gespeicherten Änderungen daran gehen dabei ebenfalls verloren.</translation>
        </message>
        <message>
            <source>Own barrier “%1” deleted</source>
            <translation>Eigenes Hemmnis „%1“ gelöscht</translation>
        </message>
        <message>
            <source>Own barrier deleted.</source>
            <translation>Eigenes Hemmnis gelöscht.</translation>
        </message>
        <message>
            <source>Choose a barrier in the list (arrow keys), rate its relevance from 0 (none) to 3 (high), say what the rating rests on, and tick the target groups it affects. Save with Ctrl+S. The top barriers below the list are the highest-rated ones that touch the most target groups; they are the first candidates for measures. Ctrl+P prints the analysis.</source>
            <translation>Wählen Sie ein Hemmnis in der Liste (Pfeiltasten), bewerten Sie seine Relevanz von 0 (keine) bis 3 (hoch), halten Sie fest, worauf die Bewertung beruht, und kreuzen Sie die betroffenen Zielgruppen an. Speichern mit Strg+S. Die wichtigsten Hemmnisse unter der Liste sind die am höchsten bewerteten, die die meisten Zielgruppen betreffen – sie sind die ersten Kandidaten für Maßnahmen. Strg+P druckt die Analyse.</translation>
        </message>
    </context>
    <context>
        <name>CheckList</name>
        <message>
            <source>Search…</source>
            <translation>Suchen…</translation>
        </message>
        <message>
            <source>Search in: %1</source>
            <translation>Suchen in: %1</translation>
        </message>
        <message>
            <source>only ticked</source>
            <translation>nur gewählte</translation>
        </message>
        <message>
            <source>Show only the ticked ones: %1</source>
            <translation>Nur die gewählten zeigen: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n ticked</source>
            <translation>
                <numerusform>%n gewählt</numerusform>
                <numerusform>%n gewählt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistPane</name>
        <message>
            <source>Add an item of your own to the chosen section</source>
            <translation>Einen eigenen Punkt im gewählten Abschnitt hinzufügen</translation>
        </message>
        <message>
            <source>Remove the chosen own item (catalogue items are marked not relevant)</source>
            <translation>Den gewählten eigenen Punkt entfernen (Punkte aus dem Katalog werden als „nicht relevant“ markiert)</translation>
        </message>
        <message>
            <source>Add own &amp;item…</source>
            <translation>Eigenen Punkt hinzuf&amp;ügen…</translation>
        </message>
        <message>
            <source>Remo&amp;ve own item</source>
            <translation>Eigenen Punk&amp;t entfernen</translation>
        </message>
        <message>
            <source>Prin&amp;t…</source>
            <translation>Dr&amp;ucken…</translation>
        </message>
        <message>
            <source>Print the %1</source>
            <translation>Die %1 drucken</translation>
        </message>
        <message>
            <source>Print the %1, blank for a workshop or filled in (Ctrl+P)</source>
            <translation>Die %1 drucken, leer für einen Workshop oder ausgefüllt (Strg+P)</translation>
        </message>
        <message>
            <source>Item “%1”</source>
            <translation>Punkt „%1“</translation>
        </message>
        <message>
            <source>Ticked “%1”</source>
            <translation>Abgehakt: „%1“</translation>
        </message>
        <message>
            <source>Unticked “%1”</source>
            <translation>Haken entfernt: „%1“</translation>
        </message>
        <message>
            <source>Own item “%1”</source>
            <translation>Eigener Punkt „%1“</translation>
        </message>
        <message>
            <source>Removed own item “%1”</source>
            <translation>Eigener Punkt „%1“ entfernt</translation>
        </message>
        <message>
            <source>Practice example “%1”</source>
            <translation>Praxisbeispiel „%1“</translation>
        </message>
        <message>
            <source>Delete the practice example “%1”? Ctrl+Z brings it back.</source>
            <translation>Das Praxisbeispiel „%1“ löschen? Strg+Z holt es zurück.</translation>
        </message>
        <message>
            <source>Delete practice example</source>
            <translation>Praxisbeispiel löschen</translation>
        </message>
        <message>
            <source>Deleted practice example “%1”</source>
            <translation>Praxisbeispiel „%1“ gelöscht</translation>
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <source>Overall progress</source>
            <translation>Fortschritt insgesamt</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>Punkte der Checkliste</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Own item of this checklist.</source>
            <translation>Eigener Punkt dieser Checkliste.</translation>
        </message>
        <message numerus="yes">
            <source>%n not relevant</source>
            <translation>
                <numerusform>%n nicht relevant</numerusform>
                <numerusform>%n nicht relevant</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n überfällig</numerusform>
                <numerusform>%n überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Progress of %1</source>
            <translation>Fortschritt von %1</translation>
        </message>
        <message>
            <source>%1 (own item)</source>
            <translation>%1 (eigener Punkt)</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, überfällig</translation>
        </message>
    </context>
    <context>
        <name>Checklists</name>
        <message>
            <source>No decision recorded yet.</source>
            <translation>Noch keine Entscheidung festgehalten.</translation>
        </message>
        <message>
            <source>Decided on %1: %2 (the recommendation was followed).</source>
            <translation>Entschieden am %1: %2 (der Empfehlung gefolgt).</translation>
        </message>
        <message>
            <source>Decided on %1: %2, departing from the recommendation (%3).</source>
            <translation>Entschieden am %1: %2, abweichend von der Empfehlung (%3).</translation>
        </message>
        <message>
            <source>Reasons: %1</source>
            <translation>Begründung: %1</translation>
        </message>
        <message>
            <source>&amp;Blank, for a workshop</source>
            <translation>&amp;Leer, für einen Workshop</translation>
        </message>
        <message>
            <source>&amp;Filled in, for the council</source>
            <translation>&amp;Ausgefüllt, für den Gemeinderat</translation>
        </message>
        <message>
            <source>nothing to count</source>
            <translation>nichts zu zählen</translation>
        </message>
        <message>
            <source>%1 of %2 done</source>
            <translation>%1 von %2 erledigt</translation>
        </message>
        <message>
            <source>Opening checklist for “%1” begun</source>
            <translation>Öffnungs-Checkliste für „%1“ begonnen</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Ear&amp;lier round:</source>
            <translation>&amp;Frühere Runde:</translation>
        </message>
        <message>
            <source>La&amp;ter round:</source>
            <translation>&amp;Spätere Runde:</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Pillar (average)</source>
            <translation>Säule (Durchschnitt)</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Säule</translation>
        </message>
        <message>
            <source>Pillar averages compared</source>
            <translation>Durchschnitt je Säule im Vergleich</translation>
        </message>
        <message>
            <source>Indicators that improved</source>
            <translation>Indikatoren, die sich verbessert haben</translation>
        </message>
        <message>
            <source>Indicators that fell back</source>
            <translation>Indikatoren, die sich verschlechtert haben</translation>
        </message>
        <message>
            <source>No indicator improved.</source>
            <translation>Kein Indikator hat sich verbessert.</translation>
        </message>
        <message>
            <source>No indicator fell back.</source>
            <translation>Kein Indikator hat sich verschlechtert.</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>Verbessert</translation>
        </message>
        <message>
            <source>Fell back</source>
            <translation>Verschlechtert</translation>
        </message>
        <message>
            <source>Create a second round to compare.</source>
            <translation>Für einen Vergleich braucht es eine zweite Runde.</translation>
        </message>
        <message>
            <source>Choose two different rounds.</source>
            <translation>Bitte zwei verschiedene Runden wählen.</translation>
        </message>
        <message>
            <source>Improved (%1)</source>
            <translation>Verbessert (%1)</translation>
        </message>
        <message>
            <source>Fell back (%1)</source>
            <translation>Verschlechtert (%1)</translation>
        </message>
        <message>
            <source>%1 improved, %2 fell back, %3 unchanged.</source>
            <translation>%1 verbessert, %2 verschlechtert, %3 unverändert.</translation>
        </message>
        <message>
            <source>%1 scored in only one of the two rounds.</source>
            <translation>%1 nur in einer der beiden Runden bewertet.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>Barriers rated</source>
            <translation>Hemmnisse bewertet</translation>
        </message>
        <message>
            <source>Top barriers</source>
            <translation>Wichtigste Hemmnisse</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>Measures: %1</source>
            <translation>Maßnahmen: %1</translation>
        </message>
        <message>
            <source>Checklists done</source>
            <translation>Checklisten erledigt</translation>
        </message>
        <message>
            <source>Last file received</source>
            <translation>Letzte Datei erhalten</translation>
        </message>
        <message>
            <source>Occasion</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Beteiligung</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Umsetzung</translation>
        </message>
        <message>
            <source>Intercultural opening</source>
            <translation>Interkulturelle Öffnung</translation>
        </message>
        <message>
            <source>Anchoring</source>
            <translation>Verankerung</translation>
        </message>
        <message>
            <source>%1
Sorted by their sum; ideas and cancelled measures in each cell's tooltip.</source>
            <translation>%1
Sortiert nach ihrer Summe; Ideen und abgebrochene Maßnahmen im Tooltip jeder Zelle.</translation>
        </message>
        <message>
            <source>Nothing recorded yet</source>
            <translation>Noch nichts erfasst</translation>
        </message>
        <message>
            <source>%1 (relevance %2)</source>
            <translation>%1 (Relevanz %2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>ConcernEditor</name>
        <message>
            <source>&amp;Your own concern:</source>
            <translation>E&amp;igenes Anliegen:</translation>
        </message>
        <message>
            <source>S&amp;ave concern</source>
            <translation>&amp;Anliegen speichern</translation>
        </message>
    </context>
    <context>
        <name>ConsultantPage</name>
        <message>
            <source>Comparison of the municipalities</source>
            <translation>Vergleich der Kommunen</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Dr&amp;ucken…</translation>
        </message>
        <message>
            <source>Print the comparison of all municipalities</source>
            <translation>Vergleich aller Kommunen drucken</translation>
        </message>
        <message>
            <source>Print the comparison of all municipalities (Ctrl+P)</source>
            <translation>Den Vergleich aller Kommunen drucken (Strg+P)</translation>
        </message>
        <message>
            <source>One row per municipality of this workspace, e.g. from the files they sent. Click a column header to sort by it; the chart below shows that column for all municipalities. Enter or a double-click on a row opens that municipality. “Print…” or Ctrl+P prints the comparison (from two municipalities on).</source>
            <translation>Eine Zeile je Kommune dieses Arbeitsbereichs, etwa aus den Dateien, die sie geschickt haben. Ein Klick auf eine Spaltenüberschrift sortiert danach; das Diagramm darunter zeigt diese Spalte für alle Kommunen. Eingabetaste oder Doppelklick auf eine Zeile öffnet diese Kommune. „Drucken…“ oder Strg+P druckt den Vergleich (ab zwei Kommunen).</translation>
        </message>
        <message>
            <source>No municipalities yet</source>
            <translation>Noch keine Kommunen</translation>
        </message>
        <message>
            <source>Take in the .vopi files the municipalities send (area Exchange); each one then appears here.</source>
            <translation>Die .vopi-Dateien der Kommunen übernehmen (Bereich Austausch); jede erscheint dann hier.</translation>
        </message>
        <message>
            <source>Go to &amp;Exchange</source>
            <translation>Zum &amp;Austausch</translation>
        </message>
        <message>
            <source>Municipalities: %1, a file received from %2 of them</source>
            <translation>Kommunen: %1, davon %2 mit erhaltener Datei</translation>
        </message>
        <message>
            <source>%1 (their sum)</source>
            <translation>%1 (Summe)</translation>
        </message>
    </context>
    <context>
        <name>CoveragePage</name>
        <message>
            <source>Coverage matrix: important barriers against measures</source>
            <translation>Abdeckungsmatrix: wichtige Hemmnisse und Maßnahmen</translation>
        </message>
        <message>
            <source>Select the whole matrix</source>
            <translation>Die ganze Matrix auswählen</translation>
        </message>
        <message>
            <source>The catalogue's approaches against the selected barrier; one click creates a linked measure</source>
            <translation>Die Ansätze des Katalogs gegen das gewählte Hemmnis; ein Klick legt eine verknüpfte Maßnahme an</translation>
        </message>
        <message>
            <source>&amp;Open measure</source>
            <translation>Maßnahme ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Open the measure of the selected cell on the Measures page</source>
            <translation>Die Maßnahme der gewählten Zelle auf der Seite Maßnahmen öffnen</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message>
            <source>%1: no planned or running measure</source>
            <translation>%1: keine geplante oder laufende Maßnahme</translation>
        </message>
        <message>
            <source>%1 (%2) addresses %3</source>
            <translation>%1 (%2) bearbeitet %3</translation>
        </message>
        <message>
            <source>%1 does not address %2</source>
            <translation>%1 bearbeitet %2 nicht</translation>
        </message>
        <message>
            <source>%1: no planned or running measure of the pillar “%2”</source>
            <translation>%1: keine geplante oder laufende Maßnahme der Säule „%2“</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n planned or running measure(s) of the pillar “%2”</source>
            <translation>
                <numerusform>%1: %n geplante oder laufende Maßnahme der Säule „%2“</numerusform>
                <numerusform>%1: %n geplante oder laufende Maßnahmen der Säule „%2“</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n important barrier(s) without a planned or running measure</source>
            <translation>
                <numerusform>%n wichtiges Hemmnis ohne geplante oder laufende Maßnahme</numerusform>
                <numerusform>%n wichtige Hemmnisse ohne geplante oder laufende Maßnahme</numerusform>
            </translation>
        </message>
        <message>
            <source>red row: no planned or running measure</source>
            <translation>rote Zeile: keine geplante oder laufende Maßnahme</translation>
        </message>
        <message>
            <source>A mark: the measure addresses the barrier; its shape and colour give the status:</source>
            <translation>Ein Zeichen: die Maßnahme bearbeitet das Hemmnis; Form und Farbe zeigen ihren Stand:</translation>
        </message>
        <message>
            <source>Number: how many planned or running measures of the pillar address the barrier</source>
            <translation>Zahl: wie viele geplante oder laufende Maßnahmen der Säule das Hemmnis bearbeiten</translation>
        </message>
        <message>
            <source>No important barriers rated yet</source>
            <translation>Noch keine wichtigen Hemmnisse bewertet</translation>
        </message>
        <message>
            <source>Measure from &amp;an approach…</source>
            <translation>&amp;Maßnahme aus einem Ansatz …</translation>
        </message>
        <message>
            <source>Coverage compares the barriers rated 2 (medium) or 3 (high) with the measures. Rate the barriers first; then this page shows which of them no measure addresses yet.</source>
            <translation>Die Abdeckung vergleicht die mit 2 (mittel) oder 3 (hoch) bewerteten Hemmnisse mit den Maßnahmen. Bewerten Sie zuerst die Hemmnisse; dann zeigt diese Seite, welche davon noch keine Maßnahme bearbeitet.</translation>
        </message>
        <message>
            <source>Go to &amp;Barriers</source>
            <translation>Zu den &amp;Hemmnissen</translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s) address no barrier</source>
            <translation>
                <numerusform>%n Maßnahme bearbeitet kein Hemmnis</numerusform>
                <numerusform>%n Maßnahmen bearbeiten kein Hemmnis</numerusform>
            </translation>
        </message>
        <message>
            <source>Pillars without a measure: %1</source>
            <translation>Säulen ohne Maßnahme: %1</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>VOPI Desktop – Unexpected error</source>
            <translation>VOPI Desktop – Unerwarteter Fehler</translation>
        </message>
        <message>
            <source>Something went wrong: %1

Your saved data is safe: every change is written completely or not at all. Details are in %2.</source>
            <translation>Etwas ist schiefgegangen: %1

Ihre gespeicherten Daten sind sicher: Jede Änderung wird ganz oder gar nicht geschrieben. Einzelheiten stehen in %2.</translation>
        </message>
    </context>
    <context>
        <name>DataMenu</name>
        <message numerus="yes">
            <source>%n municipality(ies)</source>
            <translation>
                <numerusform>%n Kommune</numerusform>
                <numerusform>%n Kommunen</numerusform>
            </translation>
        </message>
        <message>
            <source>Local database</source>
            <translation>Lokale Datenbank</translation>
        </message>
        <message>
            <source>Server %1</source>
            <translation>Server %1</translation>
        </message>
        <message>
            <source>Make a &amp;backup</source>
            <translation>Sicherung &amp;erstellen</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Open the &amp;data folder</source>
            <translation>Daten&amp;ordner öffnen</translation>
        </message>
        <message>
            <source>A server database is backed up by its administrator, not by this app.</source>
            <translation>Eine Server-Datenbank sichert ihre Administratorin oder ihr Administrator, nicht diese App.</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Sicherung wird erstellt…</translation>
        </message>
        <message>
            <source>Backup made: %1 (%2)</source>
            <translation>Sicherung erstellt: %1 (%2)</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sicherung</translation>
        </message>
        <message>
            <source>No backup was made: %1</source>
            <translation>Es wurde keine Sicherung erstellt: %1</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Replace the data</source>
            <translation>Daten &amp;ersetzen</translation>
        </message>
        <message>
            <source>Replace all current data – %1 with everything entered for them – by the backup of %2 (%3)?

What was entered since that backup is then no longer in the app. The current data is first saved as a new backup, so you can go back to it.</source>
            <translation>Alle aktuellen Daten – %1 mit allem, was dazu erfasst ist – durch die Sicherung vom %2 (%3) ersetzen?

Was seit dieser Sicherung eingegeben wurde, ist danach nicht mehr in der App. Der aktuelle Stand wird vorher als neue Sicherung abgelegt; zu ihm können Sie zurückkehren.</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>Es wurde nichts wiederhergestellt: %1</translation>
        </message>
        <message>
            <source>Restored from %1.</source>
            <translation>Wiederhergestellt aus %1.</translation>
        </message>
        <message>
            <source>The data folder could not be opened: %1</source>
            <translation>Der Datenordner ließ sich nicht öffnen: %1</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Decide where the topic is placed</source>
            <translation>Zuständigkeit entscheiden</translation>
        </message>
        <message>
            <source>%1 (recommended)</source>
            <translation>%1 (empfohlen)</translation>
        </message>
        <message>
            <source>&amp;Placement:</source>
            <translation>&amp;Zuständigkeit:</translation>
        </message>
        <message>
            <source>&amp;Decided on:</source>
            <translation>&amp;Entschieden am:</translation>
        </message>
        <message>
            <source>&amp;Reasons:</source>
            <translation>&amp;Begründung:</translation>
        </message>
        <message>
            <source>You depart from the recommendation: please give your reasons, the council will ask.</source>
            <translation>Sie weichen von der Empfehlung ab: Bitte begründen Sie die Entscheidung, der Rat wird danach fragen.</translation>
        </message>
        <message>
            <source>You follow the recommendation; reasons are welcome but not needed.</source>
            <translation>Sie folgen der Empfehlung; eine Begründung ist willkommen, aber nicht nötig.</translation>
        </message>
    </context>
    <context>
        <name>DocumentTab</name>
        <message>
            <source>Languages of the document:</source>
            <translation>Sprachen des Dokuments:</translation>
        </message>
        <message>
            <source>Make &amp;the document</source>
            <translation>D&amp;okument erstellen</translation>
        </message>
        <message>
            <source>Pri&amp;nt…</source>
            <translation>Dr&amp;ucken…</translation>
        </message>
        <message>
            <source>Print the guide</source>
            <translation>Wegweiser drucken</translation>
        </message>
        <message>
            <source>Makes the guide in the ticked languages on the Reports page and prints it (Ctrl+P).</source>
            <translation>Erstellt den Wegweiser in den angekreuzten Sprachen auf der Seite Berichte und druckt ihn (Strg+P).</translation>
        </message>
        <message>
            <source>Left out of the document, and what to have checked:</source>
            <translation>Im Dokument weggelassen, und was vor dem Verteilen zu prüfen ist:</translation>
        </message>
        <message>
            <source>Please choose at least one language.</source>
            <translation>Bitte mindestens eine Sprache wählen.</translation>
        </message>
        <message>
            <source>Made: %1</source>
            <translation>Erstellt: %1</translation>
        </message>
        <message>
            <source>Nothing was left out.</source>
            <translation>Nichts wurde weggelassen.</translation>
        </message>
        <message>
            <source>No document was made: %1</source>
            <translation>Es wurde kein Dokument erstellt: %1</translation>
        </message>
        <message>
            <source>Making the document…</source>
            <translation>Das Dokument wird erstellt …</translation>
        </message>
    </context>
    <context>
        <name>EditorPanel</name>
        <message>
            <source>S&amp;ave</source>
            <translation>S&amp;peichern</translation>
        </message>
        <message>
            <source>Save the input (Ctrl+S)</source>
            <translation>Eingaben speichern (Strg+S)</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>Show the stored state again</source>
            <translation>Den gespeicherten Stand wieder anzeigen</translation>
        </message>
        <message>
            <source>%1 (unsaved changes)</source>
            <translation>%1 (ungespeicherte Änderungen)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <source>Kind of event</source>
            <translation>Art der Veranstaltung</translation>
        </message>
        <message>
            <source>Please choose…</source>
            <translation>Bitte wählen …</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>on</source>
            <translation>am</translation>
        </message>
        <message>
            <source>Date of the event</source>
            <translation>Datum der Veranstaltung</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Participants in total</source>
            <translation>Teilnehmende insgesamt</translation>
        </message>
        <message>
            <source>Of them with a migration history</source>
            <translation>Davon mit Migrationsgeschichte</translation>
        </message>
        <message>
            <source>Organisations present</source>
            <translation>Anwesende Organisationen</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Tagesordnung</translation>
        </message>
        <message>
            <source>Results per agenda item</source>
            <translation>Ergebnisse je Tagesordnungspunkt</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Beschlüsse</translation>
        </message>
        <message>
            <source>Open points and dissent</source>
            <translation>Offene Punkte und Dissens</translation>
        </message>
        <message>
            <source>Next date</source>
            <translation>Nächster Termin</translation>
        </message>
        <message>
            <source>from</source>
            <translation>vo&amp;n</translation>
        </message>
        <message>
            <source>t&amp;o</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>with migration history:</source>
            <translation>mit Migrationsgeschichte:</translation>
        </message>
        <message>
            <source>Protocol of the method:</source>
            <translation>Protokoll nach der Methode:</translation>
        </message>
        <message>
            <source>Organisations:</source>
            <translation>Organisationen:</translation>
        </message>
        <message>
            <source>Agenda:</source>
            <translation>Tagesordnung:</translation>
        </message>
        <message>
            <source>Pla&amp;ce:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <source>Moderatio&amp;n:</source>
            <translation>&amp;Moderation:</translation>
        </message>
        <message>
            <source>Minute-taker:</source>
            <translation>Protokollführung:</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Teilnehmende:</translation>
        </message>
        <message>
            <source>Res&amp;ults:</source>
            <translation>Ergebni&amp;sse:</translation>
        </message>
        <message>
            <source>Decisions:</source>
            <translation>Bes&amp;chlüsse:</translation>
        </message>
        <message>
            <source>Open &amp;points, dissent:</source>
            <translation>Offene Punkte, Dissens:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>Tite&amp;l:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>Da&amp;tum:</translation>
        </message>
        <message>
            <source>Ne&amp;xt date:</source>
            <translation>N&amp;ächster Termin:</translation>
        </message>
        <message>
            <source>Please choose the kind of event.</source>
            <translation>Bitte wählen Sie die Art der Veranstaltung.</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>Record an event (Insert)</source>
            <translation>Eine Veranstaltung erfassen (Einfg)</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>Veranstaltung löschen</translation>
        </message>
        <message>
            <source>Delete the selected event; its ideas stay (Del)</source>
            <translation>Die gewählte Veranstaltung löschen; ihre Ideen bleiben (Entf)</translation>
        </message>
        <message>
            <source>Guidance for the method</source>
            <translation>Hinweise zur Methode</translation>
        </message>
        <message>
            <source>Print protocol…</source>
            <translation>Protokoll drucken…</translation>
        </message>
        <message>
            <source>Print the protocol of this event</source>
            <translation>Protokoll dieser Veranstaltung drucken</translation>
        </message>
        <message>
            <source>Print the protocol of the event shown (Ctrl+P)</source>
            <translation>Das Protokoll der angezeigten Veranstaltung drucken (Strg+P)</translation>
        </message>
        <message>
            <source>no date yet</source>
            <translation>noch ohne Datum</translation>
        </message>
        <message numerus="yes">
            <source>%n idea(s)</source>
            <translation>
                <numerusform>%n Idee</numerusform>
                <numerusform>%n Ideen</numerusform>
            </translation>
        </message>
        <message>
            <source>No events recorded yet</source>
            <translation>Noch keine Veranstaltungen erfasst</translation>
        </message>
        <message>
            <source>Record the first participation event: a Zukunftskonferenz, a World Café, a Runder Tisch, a Netzwerktreffen or an information evening. The form follows the method's protocol, its guidance stands beside it, and the ideas collected there can become measures in one step.</source>
            <translation>Erfassen Sie die erste Beteiligungsveranstaltung: eine Zukunftskonferenz, ein World Café, einen Runden Tisch, ein Netzwerktreffen oder einen Informationsabend. Das Formular folgt dem Protokoll der Methode, ihre Hinweise stehen daneben, und die dort gesammelten Ideen werden mit einem Schritt zu Maßnahmen.</translation>
        </message>
        <message>
            <source>Event “%1” created</source>
            <translation>Veranstaltung „%1“ angelegt</translation>
        </message>
        <message>
            <source>Delete the event “%1”? Its ideas stay.</source>
            <translation>Die Veranstaltung „%1“ löschen? Ihre Ideen bleiben erhalten.</translation>
        </message>
        <message>
            <source>Events:</source>
            <translation>Veranstaltungen:</translation>
        </message>
        <message>
            <source>Ne&amp;w event</source>
            <translation>Neue Veranstaltung</translation>
        </message>
        <message>
            <source>Which kind of event?</source>
            <translation>Welche Art von Veranstaltung?</translation>
        </message>
        <message>
            <source>Choose the kind first: the form then shows the method's own protocol section.</source>
            <translation>Wählen Sie zuerst die Art: Das Formular zeigt dann den Protokollteil der Methode.</translation>
        </message>
        <message>
            <source>Event “%1” deleted</source>
            <translation>Veranstaltung „%1“ gelöscht</translation>
        </message>
        <message>
            <source>Event “%1” edited</source>
            <translation>Veranstaltung „%1“ bearbeitet</translation>
        </message>
    </context>
    <context>
        <name>ExampleList</name>
        <message>
            <source>Practice examples to send</source>
            <translation>Zu sendende Praxisbeispiele</translation>
        </message>
    </context>
    <context>
        <name>ExchangePage</name>
        <message>
            <source>Send: export a .vopi file</source>
            <translation>Senden: eine .vopi-Datei exportieren</translation>
        </message>
        <message>
            <source>The &amp;current municipality</source>
            <translation>Die &amp;aktuelle Kommune</translation>
        </message>
        <message>
            <source>&amp;All municipalities of this workspace</source>
            <translation>&amp;Alle Kommunen dieses Arbeitsbereichs</translation>
        </message>
        <message>
            <source>&amp;Chosen practice examples of the current municipality</source>
            <translation>A&amp;usgewählte Praxisbeispiele der aktuellen Kommune</translation>
        </message>
        <message>
            <source>&amp;Without personal data (contact persons are left out)</source>
            <translation>&amp;Ohne personenbezogene Daten (Kontaktpersonen werden weggelassen)</translation>
        </message>
        <message>
            <source>Protect w&amp;ith a password</source>
            <translation>&amp;Mit einem Passwort schützen</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Passwort wiederholen</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Abb&amp;rechen</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Was:</translation>
        </message>
        <message>
            <source>Tic&amp;k the ones to send:</source>
            <translation>Zu sendende an&amp;kreuzen:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>Send the file by e-mail and tell the password by phone, never in the same e-mail.</source>
            <translation>Die Datei per E-Mail schicken und das Passwort telefonisch durchgeben, nie in derselben E-Mail.</translation>
        </message>
        <message>
            <source>Receive: take in a .vopi file</source>
            <translation>Empfangen: eine .vopi-Datei übernehmen</translation>
        </message>
        <message>
            <source>&amp;Open file…</source>
            <translation>Datei ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Choose a file, drop it on the window or open it from the e-mail program. A preview shows what is new and what differs before anything is taken over; a backup is made first.</source>
            <translation>Eine Datei wählen, auf das Fenster ziehen oder aus dem E-Mail-Programm öffnen. Eine Vorschau zeigt, was neu ist und was abweicht, bevor etwas übernommen wird; vorher wird eine Sicherung angelegt.</translation>
        </message>
        <message>
            <source>&amp;The current municipality (%1)</source>
            <translation>D&amp;ie aktuelle Kommune (%1)</translation>
        </message>
        <message>
            <source>Export writes a .vopi file to send by e-mail; Open file takes one in after a preview of what changes. Conflicts are decided per record: keep mine, take theirs, or newer wins. A file also says what the sender deleted: the preview names it, and it is deleted here too unless it was changed here since; it can also be kept, one by one or all at once (All deletions). A record whose only difference is that the file names one deleted here is listed as "names one deleted here" and stays as it is here.</source>
            <translation>Exportieren schreibt eine .vopi-Datei zum Versand per E-Mail; Datei öffnen übernimmt eine nach einer Vorschau der Änderungen. Konflikte werden je Datensatz entschieden: meins behalten, ihres übernehmen oder Neueres gewinnt. Eine Datei sagt auch, was der Absender gelöscht hat: Die Vorschau nennt es, und es wird hier ebenfalls gelöscht, außer es wurde hier seitdem geändert; es lässt sich auch behalten, einzeln oder alles auf einmal (Alle Löschungen). Ein Datensatz, der sich nur darin unterscheidet, dass die Datei etwas hier Gelöschtes nennt, steht mit „nennt hier Gelöschtes“ in der Liste und bleibt, wie er hier ist.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>Das Passwort braucht mindestens %1 Zeichen.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Die beiden Passwörter unterscheiden sich.</translation>
        </message>
        <message>
            <source>Tick at least one practice example to send.</source>
            <translation>Bitte mindestens ein Praxisbeispiel zum Senden ankreuzen.</translation>
        </message>
        <message>
            <source>%1 practice examples</source>
            <translation>%1 Praxisbeispiele</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export läuft…</translation>
        </message>
        <message>
            <source>all-municipalities</source>
            <translation>alle-Kommunen</translation>
        </message>
        <message>
            <source>Export as</source>
            <translation>Exportieren als</translation>
        </message>
        <message>
            <source>VOPI exchange file (*.vopi)</source>
            <translation>VOPI-Austauschdatei (*.vopi)</translation>
        </message>
        <message>
            <source>Written: %1 (%2 records)</source>
            <translation>Geschrieben: %1 (%2 Datensätze)</translation>
        </message>
        <message>
            <source>The example town “%1” is not included.</source>
            <translation>Die Beispielstadt „%1“ ist nicht dabei (nur einzeln gewählt).</translation>
        </message>
        <message>
            <source>No file was written: %1</source>
            <translation>Es wurde keine Datei geschrieben: %1</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Abgebrochen: es wurde keine Datei geschrieben.</translation>
        </message>
        <message>
            <source>Open exchange file</source>
            <translation>Austauschdatei öffnen</translation>
        </message>
        <message>
            <source>VOPI exchange file (*.vopi);;All files (*)</source>
            <translation>VOPI-Austauschdatei (*.vopi);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Please wait until the current export or import has finished.</source>
            <translation>Bitte warten, bis der laufende Export oder Import fertig ist.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message>
            <source>Preview of %1</source>
            <translation>Vorschau von %1</translation>
        </message>
        <message>
            <source>%1 was not taken over.</source>
            <translation>%1 wurde nicht übernommen.</translation>
        </message>
        <message>
            <source>Taking over %1…</source>
            <translation>%1 wird übernommen…</translation>
        </message>
        <message>
            <source>%1: nothing to take over, all is up to date.</source>
            <translation>%1: nichts zu übernehmen, alles ist auf dem Stand.</translation>
        </message>
        <message>
            <source>the backup from before: %1</source>
            <translation>die Sicherung von vorher: %1</translation>
        </message>
        <message>
            <source>no file backup: a server database is backed up by its server</source>
            <translation>keine Dateisicherung: eine Server-Datenbank sichert der Server</translation>
        </message>
        <message>
            <source>%1 taken over: %2 new, %3 updated – earlier steps can no longer be undone; %4.</source>
            <translation>%1 übernommen: %2 neu, %3 aktualisiert – frühere Schritte lassen sich nicht mehr rückgängig machen; %4.</translation>
        </message>
        <message>
            <source>%1 taken over: %2 new, %3 updated; %4.</source>
            <translation>%1 übernommen: %2 neu, %3 aktualisiert; %4.</translation>
        </message>
        <message>
            <source>%1 taken over: %2 new, %3 updated, %5 deleted – earlier steps can no longer be undone; %4.</source>
            <translation>%1 übernommen: %2 neu, %3 aktualisiert, %5 gelöscht – frühere Schritte lassen sich nicht mehr rückgängig machen; %4.</translation>
        </message>
        <message>
            <source>%1 taken over: %2 new, %3 updated, %5 deleted; %4.</source>
            <translation>%1 übernommen: %2 neu, %3 aktualisiert, %5 gelöscht; %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) kept apart under another name (e.g. “%1”).</source>
            <translation>
                <numerusform>%n Datensatz unter anderem Namen getrennt gehalten („%1“).</numerusform>
                <numerusform>%n Datensätze unter anderem Namen getrennt gehalten (z. B. „%1“).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was taken over.</source>
            <translation>Nichts wurde übernommen.</translation>
        </message>
        <message>
            <source>Import failed: %1</source>
            <translation>Import fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>ExchangePassword</name>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>%1 is protected by a password. Password:</source>
            <translation>%1 ist mit einem Passwort geschützt. Passwort:</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Show only actors of the ticked types</source>
            <translation>Nur Akteure der angekreuzten Arten zeigen</translation>
        </message>
        <message>
            <source>Kinds &amp;of links</source>
            <translation>&amp;Welche Verbindungen</translation>
        </message>
        <message>
            <source>Show only links of the ticked kinds</source>
            <translation>Nur Verbindungen der angekreuzten Arten zeigen</translation>
        </message>
        <message>
            <source>Actor t&amp;ypes</source>
            <translation>Akteurst&amp;ypen</translation>
        </message>
        <message>
            <source>Foc&amp;us:</source>
            <translation>&amp;Fokus:</translation>
        </message>
        <message>
            <source>whole network</source>
            <translation>ganzes Netzwerk</translation>
        </message>
        <message>
            <source>selected actor and its partners</source>
            <translation>gewählter Akteur und seine Partner</translation>
        </message>
        <message>
            <source>selected actor, %1 steps out</source>
            <translation>gewählter Akteur, %1 Schritte weit</translation>
        </message>
        <message>
            <source>Show the &amp;whole network</source>
            <translation>Gesamtes &amp;Netz zeigen</translation>
        </message>
        <message>
            <source>“%1” shown again for the chosen actor</source>
            <translation>„%1“ für den gewählten Akteur wieder gezeigt</translation>
        </message>
        <message>
            <source>Choose an actor to focus on.</source>
            <translation>Wählen Sie einen Akteur, um auf ihn zu fokussieren.</translation>
        </message>
        <message>
            <source>the selected actor “%1” is hidden by the filter</source>
            <translation>der ausgewählte Akteur „%1“ ist durch den Filter ausgeblendet</translation>
        </message>
        <message>
            <source>%1 of %2 actors shown</source>
            <translation>%1 von %2 Akteuren gezeigt</translation>
        </message>
    </context>
    <context>
        <name>FormError</name>
        <message>
            <source>Error message</source>
            <translation>Fehlermeldung</translation>
        </message>
    </context>
    <context>
        <name>GuidancePanel</name>
        <message>
            <source>Follow &amp;the recommendation</source>
            <translation>Empfehlung &amp;übernehmen</translation>
        </message>
        <message>
            <source>Record the recommended placement as decided today</source>
            <translation>Die empfohlene Zuständigkeit als heute entschieden festhalten</translation>
        </message>
        <message>
            <source>&amp;Decide for the chosen option…</source>
            <translation>&amp;Für die gewählte Möglichkeit entscheiden…</translation>
        </message>
        <message>
            <source>Record the option chosen in the list, with date and reasons</source>
            <translation>Die in der Liste gewählte Möglichkeit mit Datum und Begründung festhalten</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Placement options</source>
            <translation>Möglichkeiten der Zuständigkeit</translation>
        </message>
        <message>
            <source>&amp;Placement options:</source>
            <translation>&amp;Möglichkeiten:</translation>
        </message>
        <message>
            <source>%1 with %2 inhabitants</source>
            <translation>%1 mit %2 Einwohner:innen</translation>
        </message>
        <message>
            <source>%1, population not entered (File → Edit municipality…)</source>
            <translation>%1, Einwohnerzahl nicht eingetragen (Datei → Kommune bearbeiten…)</translation>
        </message>
        <message>
            <source>%1 – recommended: %2</source>
            <translation>%1 – empfohlen: %2</translation>
        </message>
        <message>
            <source>recommended</source>
            <translation>empfohlen</translation>
        </message>
        <message>
            <source>decided</source>
            <translation>entschieden</translation>
        </message>
        <message>
            <source>Fits: %1</source>
            <translation>Passt für: %1</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>Dafür: %1</translation>
        </message>
        <message>
            <source>Against: %1</source>
            <translation>Dagegen: %1</translation>
        </message>
    </context>
    <context>
        <name>IdeasPanel</name>
        <message>
            <source>Ideas of this event</source>
            <translation>Ideen dieser Veranstaltung</translation>
        </message>
        <message>
            <source>Ideas</source>
            <translation>Ideen</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>New idea</source>
            <translation>Neue Idee</translation>
        </message>
        <message>
            <source>Type an idea from the event</source>
            <translation>Eine Idee aus der Veranstaltung eingeben</translation>
        </message>
        <message>
            <source>Pillar of the new idea</source>
            <translation>Säule der neuen Idee</translation>
        </message>
        <message>
            <source>No pillar</source>
            <translation>Keine Säule</translation>
        </message>
        <message>
            <source>Add &amp;idea</source>
            <translation>Idee hin&amp;zufügen</translation>
        </message>
        <message>
            <source>Turn into measure</source>
            <translation>&amp;In Maßnahme übernehmen</translation>
        </message>
        <message>
            <source>New idea:</source>
            <translation>Neue Idee:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>G&amp;rund:</translation>
        </message>
        <message>
            <source>One more dot for the selected idea</source>
            <translation>Ein Klebepunkt mehr für die gewählte Idee</translation>
        </message>
        <message>
            <source>+1 &amp;vote</source>
            <translation>+1 P&amp;unkt</translation>
        </message>
        <message>
            <source>Create a planned measure from the idea, linked both ways</source>
            <translation>Aus der Idee eine geplante Maßnahme machen, in beide Richtungen verknüpft</translation>
        </message>
        <message>
            <source>Reason for rejecting</source>
            <translation>Grund für das Verwerfen</translation>
        </message>
        <message>
            <source>Why the idea is not pursued</source>
            <translation>Warum die Idee nicht weiterverfolgt wird</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>Ver&amp;werfen</translation>
        </message>
        <message>
            <source>Open measure</source>
            <translation>Maßnahme öffnen</translation>
        </message>
        <message>
            <source>Delete idea</source>
            <translation>Idee löschen</translation>
        </message>
        <message>
            <source>Pillar:</source>
            <translation>Säule:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Idea “%1” added</source>
            <translation>Idee „%1“ hinzugefügt</translation>
        </message>
        <message>
            <source>Vote for “%1”</source>
            <translation>Punkt für „%1“</translation>
        </message>
        <message>
            <source>Idea “%1” rejected</source>
            <translation>Idee „%1“ verworfen</translation>
        </message>
        <message>
            <source>Idea “%1” turned into a measure</source>
            <translation>Idee „%1“ in eine Maßnahme übernommen</translation>
        </message>
        <message>
            <source>The idea is now a planned measure; open it to add steps and dates.</source>
            <translation>Die Idee ist jetzt eine geplante Maßnahme; öffnen Sie sie, um Schritte und Termine einzutragen.</translation>
        </message>
        <message>
            <source>Idea “%1” deleted</source>
            <translation>Idee „%1“ gelöscht</translation>
        </message>
    </context>
    <context>
        <name>InsightsBox</name>
        <message>
            <source>What the analysis shows</source>
            <translation>Was die Analyse zeigt</translation>
        </message>
        <message>
            <source>No insights yet. Rate the barriers, record the actors and their links, and score the pillars.</source>
            <translation>Noch keine Erkenntnisse. Bewerten Sie die Hemmnisse, erfassen Sie die Akteure und ihre Verbindungen und schätzen Sie die Säulen ein.</translation>
        </message>
        <message>
            <source>Top barriers</source>
            <translation>Wichtigste Hemmnisse</translation>
        </message>
        <message>
            <source>Migrant organisations without a link: %1</source>
            <translation>Migrantenorganisationen ohne Verbindung: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n important barrier(s) without a measure</source>
            <translation>
                <numerusform>%n wichtiges Hemmnis ohne Maßnahme</numerusform>
                <numerusform>%n wichtige Hemmnisse ohne Maßnahme</numerusform>
            </translation>
        </message>
        <message>
            <source> and %1 more</source>
            <translation> und %1 weitere</translation>
        </message>
        <message>
            <source>%1 (recorded, not linked)</source>
            <translation>%1 (erfasst, nicht verbunden)</translation>
        </message>
        <message>
            <source>Missing in the network</source>
            <translation>Fehlt im Netzwerk</translation>
        </message>
        <message>
            <source>%1 (average %2 of 5)</source>
            <translation>%1 (Durchschnitt %2 von 5)</translation>
        </message>
        <message>
            <source>Weakest pillar</source>
            <translation>Schwächste Säule</translation>
        </message>
        <message>
            <source>Biggest change since the last round</source>
            <translation>Größte Veränderung seit der letzten Runde</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Text of the own item</source>
            <translation>Text des eigenen Punkts</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>Due &amp;by</source>
            <translation>&amp;Fällig bis</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>&amp;Stand:</translation>
        </message>
        <message>
            <source>Responsib&amp;le:</source>
            <translation>Ve&amp;rantwortlich:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>Choose an item in the list to record its state.</source>
            <translation>Wählen Sie einen Punkt in der Liste, um seinen Stand festzuhalten.</translation>
        </message>
    </context>
    <context>
        <name>KindChoices</name>
        <message>
            <source>Club</source>
            <translation>Verein</translation>
        </message>
        <message>
            <source>C&amp;lub:</source>
            <translation>Ve&amp;rein:</translation>
        </message>
        <message>
            <source>All clubs that have begun</source>
            <translation>Alle Vereine, die begonnen haben</translation>
        </message>
        <message>
            <source>Languages of the document</source>
            <translation>Sprachen des Dokuments</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>Sp&amp;rachen:</translation>
        </message>
        <message>
            <source>%1 (not begun yet)</source>
            <translation>%1 (noch nicht begonnen)</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language (from the next start)</source>
            <translation>&amp;Sprache (ab dem nächsten Start)</translation>
        </message>
        <message>
            <source>This run: %1 (chosen with --lang)</source>
            <translation>Jetzt: %1 (mit --lang gewählt)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The choice could not be saved: %1</source>
            <translation>Die Wahl ließ sich nicht speichern: %1</translation>
        </message>
        <message>
            <source>%1 stays the language.</source>
            <translation>Die Sprache bleibt %1.</translation>
        </message>
        <message>
            <source>From the next start VOPI Desktop speaks %1.</source>
            <translation>Ab dem nächsten Start spricht VOPI Desktop %1.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Areas</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Kommune:</translation>
        </message>
        <message>
            <source> (example)</source>
            <translation> (Beispiel)</translation>
        </message>
        <message>
            <source>Municipality created.</source>
            <translation>Kommune angelegt.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>A document is still being printed. Closing now cancels the printing.</source>
            <translation>Ein Dokument wird noch gedruckt. Jetzt zu schließen bricht den Druck ab.</translation>
        </message>
        <message>
            <source>&amp;Close and cancel printing</source>
            <translation>&amp;Schließen und Druck abbrechen</translation>
        </message>
        <message>
            <source>&amp;Go on printing</source>
            <translation>&amp;Weiter drucken</translation>
        </message>
    </context>
    <context>
        <name>MapBar</name>
        <message>
            <source>&amp;Re-arrange layout</source>
            <translation>Ne&amp;u anordnen</translation>
        </message>
        <message>
            <source>Compute a new layout for all actors (positions moved by hand are lost).</source>
            <translation>Das Layout für alle Akteure neu berechnen (von Hand verschobene Positionen gehen verloren).</translation>
        </message>
        <message>
            <source>Link &amp;by clicking</source>
            <translation>&amp;Per Klick verbinden</translation>
        </message>
        <message>
            <source>Click one actor on the map, then another: they are linked with the kind and strength chosen under “Draw a link”. Esc ends.</source>
            <translation>Klicken Sie auf der Karte einen Akteur an und dann einen zweiten: Beide werden mit der unter „Verbindung eintragen“ gewählten Art und Stärke verbunden. Esc beendet den Modus.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Dru&amp;cken…</translation>
        </message>
        <message>
            <source>Print the network map</source>
            <translation>Netzwerkkarte drucken</translation>
        </message>
        <message>
            <source>Print the network map of this municipality with its index of actors (Ctrl+P)</source>
            <translation>Die Netzwerkkarte dieser Kommune mit dem Verzeichnis der Akteure drucken (Strg+P)</translation>
        </message>
        <message>
            <source>Layout progress</source>
            <translation>Fortschritt der Layout-Berechnung</translation>
        </message>
    </context>
    <context>
        <name>MeasureForm</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Own kind of measure</source>
            <translation>Eigene Art von Maßnahme</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Pillars</source>
            <translation>Säulen</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Zielgruppen</translation>
        </message>
        <message>
            <source>Barriers addressed</source>
            <translation>Bearbeitete Hemmnisse</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Wege der Ansprache</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Responsible actor</source>
            <translation>Verantwortlicher Akteur</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>Verantwortliche Person</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Engagement opportunities it promotes</source>
            <translation>Mitmach-Angebote, für die sie wirbt</translation>
        </message>
        <message>
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>until</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Budget planned (euros)</source>
            <translation>Geplantes Budget (Euro)</translation>
        </message>
        <message>
            <source>Budget spent (euros)</source>
            <translation>Ausgegebenes Budget (Euro)</translation>
        </message>
        <message>
            <source>Indicator of success</source>
            <translation>Erfolgsmaßstab</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>spent:</source>
            <translation>ausgegeben:</translation>
        </message>
        <message>
            <source>G&amp;oal:</source>
            <translation>Z&amp;iel:</translation>
        </message>
        <message>
            <source>Pillars:</source>
            <translation>S&amp;äulen:</translation>
        </message>
        <message>
            <source>Target groups:</source>
            <translation>Zielgruppen:</translation>
        </message>
        <message>
            <source>Channels:</source>
            <translation>&amp;Wege:</translation>
        </message>
        <message>
            <source>Languages:</source>
            <translation>Sprachen:</translation>
        </message>
        <message>
            <source>Responsible a&amp;ctor:</source>
            <translation>Verantwortlicher Akteur:</translation>
        </message>
        <message>
            <source>Responsible &amp;person:</source>
            <translation>Verantw&amp;ortliche Person:</translation>
        </message>
        <message>
            <source>Partners:</source>
            <translation>Partner:</translation>
        </message>
        <message>
            <source>Promotes:</source>
            <translation>Bewi&amp;rbt Angebote:</translation>
        </message>
        <message>
            <source>Budget (€) planned:</source>
            <translation>Budget (€) gep&amp;lant:</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Ergebnis:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>&amp;Stand:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Barriers:</source>
            <translation>He&amp;mmnisse:</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>&amp;Indicator of success:</source>
            <translation>Er&amp;folgsmaßstab:</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>Arbeitss&amp;chritte:</translation>
        </message>
        <message>
            <source>— nobody chosen —</source>
            <translation>— niemand gewählt —</translation>
        </message>
        <message>
            <source>actor in the trash</source>
            <translation>Akteur im Papierkorb</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>beendet</translation>
        </message>
    </context>
    <context>
        <name>MeasureTableModel</name>
        <message>
            <source>Title</source>
            <extracomment>One colour per status, shared by the list, the timeline and the coverage matrix.</extracomment>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Overdue: past its end, or a step is past due</source>
            <translation>Überfällig: das Ende ist vorbei, oder ein Schritt ist überfällig</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
    </context>
    <context>
        <name>MeasuresPage</name>
        <message>
            <source>Title, goal or who is responsible</source>
            <translation>Titel, Ziel oder wer verantwortlich ist</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Jeder Stand</translation>
        </message>
        <message>
            <source>Every pillar</source>
            <translation>Jede Säule</translation>
        </message>
        <message>
            <source>Everyone responsible</source>
            <translation>Alle Verantwortlichen</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>S&amp;uchen:</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>&amp;New measure</source>
            <translation>&amp;Neue Maßnahme</translation>
        </message>
        <message>
            <source>Add a measure (Insert)</source>
            <translation>Eine Maßnahme anlegen (Einfg)</translation>
        </message>
        <message>
            <source>Delete the selected measure with its steps (Del)</source>
            <translation>Die gewählte Maßnahme mit ihren Schritten löschen (Entf)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Print the measures plan</source>
            <translation>Maßnahmenplan drucken</translation>
        </message>
        <message>
            <source>Print the measures plan with every measure (Ctrl+P)</source>
            <translation>Den Maßnahmenplan mit allen Maßnahmen drucken (Strg+P)</translation>
        </message>
        <message>
            <source>No measures yet</source>
            <translation>Noch keine Maßnahmen</translation>
        </message>
        <message>
            <source>Plan the first measure of the Umsetzungsplan: what is to be done, for whom, against which barrier, by whom and by when. Tip: on the Coverage page, the barriers rated 2 or 3 offer the catalogue's approaches as ready-made measures.</source>
            <translation>Planen Sie die erste Maßnahme des Umsetzungsplans: was getan wird, für wen, gegen welches Hemmnis, von wem und bis wann. Tipp: Auf der Seite Abdeckung bieten die mit 2 oder 3 bewerteten Hemmnisse die Ansätze des Katalogs als fertige Maßnahmen an.</translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n Maßnahme</numerusform>
                <numerusform>%n Maßnahmen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>%1 von %2 angezeigt</translation>
        </message>
        <message>
            <source>Measure “%1” created</source>
            <translation>Maßnahme „%1“ angelegt</translation>
        </message>
        <message>
            <source>Delete measure</source>
            <translation>Maßnahme löschen</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Nur &amp;überfällige</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Stand:</translation>
        </message>
        <message>
            <source>Pillar:</source>
            <translation>Säule:</translation>
        </message>
        <message>
            <source>Responsible:</source>
            <translation>Verantwortlich:</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>L&amp;öschen</translation>
        </message>
        <message>
            <source>Delete the measure “%1” with its steps?</source>
            <translation>Die Maßnahme „%1“ mit ihren Schritten löschen?</translation>
        </message>
        <message numerus="yes">
            <source>%n idea(s) it came from will then be “Selected” again.</source>
            <translation>
                <numerusform>Die Idee, aus der sie entstand, ist dann wieder „Ausgewählt“.</numerusform>
                <numerusform>Die %n Ideen, aus denen sie entstand, sind dann wieder „Ausgewählt“.</numerusform>
            </translation>
        </message>
        <message>
            <source>Measure “%1” deleted</source>
            <translation>Maßnahme „%1“ gelöscht</translation>
        </message>
        <message>
            <source>Measure “%1” edited</source>
            <translation>Maßnahme „%1“ bearbeitet</translation>
        </message>
    </context>
    <context>
        <name>MenuBar</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New municipality…</source>
            <translation>&amp;Neue Kommune…</translation>
        </message>
        <message>
            <source>&amp;Print / reports…</source>
            <translation>&amp;Drucken / Berichte…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Help for this page</source>
            <translation>&amp;Hilfe zu dieser Seite</translation>
        </message>
        <message>
            <source>&amp;About VOPI Desktop</source>
            <translation>Ü&amp;ber VOPI Desktop</translation>
        </message>
        <message>
            <source>This page has no search field.</source>
            <translation>Diese Seite hat kein Suchfeld.</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <source>This page has no help of its own yet. The sidebar on the left lists every area (Ctrl+1 … Ctrl+9 open the main ones); the Start page recommends the next steps for your municipality.</source>
            <translation>Zu dieser Seite gibt es noch keine eigene Hilfe. Die Leiste links führt alle Bereiche auf (Strg+1 … Strg+9 öffnen die wichtigsten); die Startseite empfiehlt die nächsten Schritte für Ihre Kommune.</translation>
        </message>
    </context>
    <context>
        <name>MessageLine</name>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nein</translation>
        </message>
        <message>
            <source>Discard what you typed in this form?</source>
            <translation>Die Eingaben in diesem Formular verwerfen?</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Weiter bearbeiten</translation>
        </message>
        <message>
            <source>There is unsaved input. Save it?</source>
            <translation>Es gibt ungespeicherte Eingaben. Speichern?</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>S&amp;tay here</source>
            <translation>&amp;Hierbleiben</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityDialog</name>
        <message>
            <source>VOPI Desktop – New municipality</source>
            <translation>VOPI Desktop – Neue Kommune</translation>
        </message>
        <message>
            <source>VOPI Desktop – Edit municipality</source>
            <translation>VOPI Desktop – Kommune bearbeiten</translation>
        </message>
        <message>
            <source>The kind and the population decide the recommendation on the Anchoring page. Ctrl+Z undoes the change after saving.</source>
            <translation>Art und Einwohnerzahl bestimmen die Empfehlung auf der Seite Verankerung. Strg+Z nimmt die Änderung nach dem Speichern zurück.</translation>
        </message>
        <message>
            <source>Welcome! Create the municipality whose process you support. You can change these details later (File → Edit municipality…). Or load the fictional example town to look around and practise.</source>
            <translation>Willkommen! Legen Sie die Kommune an, deren Prozess Sie begleiten. Sie können diese Angaben später ändern (Datei → Kommune bearbeiten…). Oder laden Sie die erfundene Beispielstadt, um sich umzusehen und zu üben.</translation>
        </message>
        <message>
            <source>Create another municipality in this workspace, or load the fictional example town if it is not here yet.</source>
            <translation>Legen Sie eine weitere Kommune in diesem Arbeitsbereich an – oder laden Sie die erfundene Beispielstadt, falls sie noch fehlt.</translation>
        </message>
        <message>
            <source>e.g. Musterstadt</source>
            <translation>z. B. Musterstadt</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>Federal &amp;state:</source>
            <translation>&amp;Bundesland:</translation>
        </message>
        <message>
            <source>&amp;Population:</source>
            <translation>Einwohner&amp;zahl:</translation>
        </message>
        <message>
            <source>&amp;Contact person:</source>
            <translation>Ansprech&amp;person:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <source>&amp;Telephone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>C&amp;reate municipality</source>
            <translation>Kommune an&amp;legen</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Load the e&amp;xample town</source>
            <translation>Beispielstadt la&amp;den</translation>
        </message>
        <message>
            <source>The example town is already in this workspace.</source>
            <translation>Die Beispielstadt ist schon in diesem Arbeitsbereich.</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Einwohnerzahl</translation>
        </message>
        <message>
            <source>Municipality “%1” edited</source>
            <translation>Kommune „%1“ bearbeitet</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityMenu</name>
        <message>
            <source>&amp;Edit municipality…</source>
            <translation>&amp;Kommune bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete municipality…</source>
            <translation>Kommune &amp;löschen…</translation>
        </message>
        <message>
            <source>Edit municipality</source>
            <translation>Kommune bearbeiten</translation>
        </message>
        <message>
            <source>Delete municipality</source>
            <translation>Kommune löschen</translation>
        </message>
        <message>
            <source>&amp;Delete municipality</source>
            <translation>Kommune &amp;löschen</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Behalten</translation>
        </message>
        <message>
            <source>Municipality “%1” saved. Ctrl+Z undoes it.</source>
            <translation>Kommune „%1“ gespeichert. Strg+Z nimmt es zurück.</translation>
        </message>
        <message>
            <source>Municipality “%1” deleted.</source>
            <translation>Kommune „%1“ gelöscht.</translation>
        </message>
        <message>
            <source>Backup: %1</source>
            <translation>Sicherung: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n actor(s)</source>
            <translation>
                <numerusform>%n Akteur</numerusform>
                <numerusform>%n Akteure</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actor(s) in the trash</source>
            <translation>
                <numerusform>%n Akteur im Papierkorb</numerusform>
                <numerusform>%n Akteure im Papierkorb</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n Verbindung</numerusform>
                <numerusform>%n Verbindungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n barrier rating(s)</source>
            <translation>
                <numerusform>%n Hemmnis-Bewertung</numerusform>
                <numerusform>%n Hemmnis-Bewertungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target group(s)</source>
            <translation>
                <numerusform>%n Zielgruppe</numerusform>
                <numerusform>%n Zielgruppen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pillar round(s)</source>
            <translation>
                <numerusform>%n Bewertungsrunde der Säulen</numerusform>
                <numerusform>%n Bewertungsrunden der Säulen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n Veranstaltung</numerusform>
                <numerusform>%n Veranstaltungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n idea(s)</source>
            <translation>
                <numerusform>%n Idee</numerusform>
                <numerusform>%n Ideen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n Maßnahme</numerusform>
                <numerusform>%n Maßnahmen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n engagement opportunity(ies)</source>
            <translation>
                <numerusform>%n Mitmach-Angebot</numerusform>
                <numerusform>%n Mitmach-Angebote</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n checklist(s)</source>
            <translation>
                <numerusform>%n Checkliste</numerusform>
                <numerusform>%n Checklisten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice example(s)</source>
            <translation>
                <numerusform>%n Praxisbeispiel</numerusform>
                <numerusform>%n Praxisbeispiele</numerusform>
            </translation>
        </message>
        <message>
            <source>This goes with it: %1.</source>
            <translation>Mit ihr gelöscht werden: %1.</translation>
        </message>
        <message>
            <source>Nothing is recorded for it yet.</source>
            <translation>Für sie ist noch nichts erfasst.</translation>
        </message>
        <message>
            <source>The whole workspace is backed up first: File → Restore a backup… brings the municipality back, Undo (Ctrl+Z) does not.</source>
            <translation>Vorher wird der ganze Arbeitsbereich gesichert: Datei → Sicherung wiederherstellen… holt die Kommune zurück, Rückgängig (Strg+Z) nicht.</translation>
        </message>
        <message>
            <source>This is a server database: the app makes no backup of it (its administrator does), and everyone working with it loses the municipality too. Undo (Ctrl+Z) cannot bring it back.</source>
            <translation>Dies ist eine Server-Datenbank: Die App sichert sie nicht (das tut ihre Administration), und alle, die mit ihr arbeiten, verlieren die Kommune ebenfalls. Rückgängig (Strg+Z) holt sie nicht zurück.</translation>
        </message>
        <message>
            <source>Delete the municipality “%1” and everything recorded for it?</source>
            <translation>Die Kommune „%1“ mit allem, was für sie erfasst ist, löschen?</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Barriers</source>
            <translation>Hemmnisse</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Pillars</source>
            <translation>Säulen</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Beteiligung</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Abdeckung</translation>
        </message>
        <message>
            <source>Get involved</source>
            <translation>Mitmachen</translation>
        </message>
        <message>
            <source>Intercultural opening</source>
            <translation>Interkulturelle Öffnung</translation>
        </message>
        <message>
            <source>Anchoring</source>
            <translation>Verankerung</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Austausch</translation>
        </message>
        <message>
            <source>Consultant view</source>
            <translation>Prozessbegleitung</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
    </context>
    <context>
        <name>NetworkInsights</name>
        <message>
            <source>&amp;Isolated migrant organisations (%1):</source>
            <translation>&amp;Migrantenorganisationen ohne Verbindung (%1):</translation>
        </message>
        <message>
            <source>Migrant organisations without a link to a Verein, school, church or the administration.</source>
            <translation>Migrantenorganisationen ohne Verbindung zu einem Verein, einer Schule, einer Religionsgemeinschaft oder der Verwaltung.</translation>
        </message>
        <message>
            <source>Missing actor types</source>
            <translation>Fehlende Arten von Akteuren</translation>
        </message>
        <message>
            <source>No actors recorded yet, so every important type is still missing.</source>
            <translation>Noch keine Akteure erfasst, daher fehlen noch alle wichtigen Arten.</translation>
        </message>
        <message>
            <source>Every important type of actor is present and linked.</source>
            <translation>Alle wichtigen Arten von Akteuren sind vorhanden und verbunden.</translation>
        </message>
        <message>
            <source>no actor yet</source>
            <translation>noch kein Akteur</translation>
        </message>
        <message>
            <source>1 actor, not linked</source>
            <translation>1 Akteur, nicht verbunden</translation>
        </message>
        <message>
            <source>actors: %1, none linked</source>
            <translation>Akteure: %1, keiner verbunden</translation>
        </message>
    </context>
    <context>
        <name>NetworkLegend</name>
        <message>
            <source>Isolated migrant organisation</source>
            <translation>Migrantenorganisation ohne Verbindung</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Network map</source>
            <translation>Netzwerkkarte</translation>
        </message>
        <message>
            <source>Loading the network…</source>
            <translation>Netzwerk wird geladen…</translation>
        </message>
        <message>
            <source>Computing the layout…</source>
            <translation>Layout wird berechnet…</translation>
        </message>
        <message>
            <source>Layout computed and saved.</source>
            <translation>Layout berechnet und gespeichert.</translation>
        </message>
        <message>
            <source>Link saved.</source>
            <translation>Verbindung gespeichert.</translation>
        </message>
        <message>
            <source>Link changed.</source>
            <translation>Verbindung geändert.</translation>
        </message>
        <message>
            <source>Delete the link between %1 and %2?</source>
            <translation>Die Verbindung zwischen %1 und %2 löschen?</translation>
        </message>
        <message>
            <source>Delete link</source>
            <translation>Verbindung löschen</translation>
        </message>
        <message>
            <source>Link deleted.</source>
            <translation>Verbindung gelöscht.</translation>
        </message>
        <message>
            <source>Re-arrange layout</source>
            <translation>Neu anordnen</translation>
        </message>
        <message>
            <source>Arrange all actors anew? Positions you moved by hand are lost.</source>
            <translation>Alle Akteure neu anordnen? Was Sie von Hand verschoben haben, geht verloren.</translation>
        </message>
        <message>
            <source>&amp;Re-arrange</source>
            <translation>&amp;Neu anordnen</translation>
        </message>
        <message>
            <source>&amp;Keep the map</source>
            <translation>Karte &amp;behalten</translation>
        </message>
        <message>
            <source>The layout could not be computed; the map shows the saved positions.</source>
            <translation>Die Anordnung konnte nicht berechnet werden; die Karte zeigt die gespeicherten Positionen.</translation>
        </message>
        <message>
            <source>No actors yet</source>
            <translation>Noch keine Akteure</translation>
        </message>
        <message>
            <source>Add the local actors in the Actors area; then they appear here as a map.</source>
            <translation>Erfassen Sie die Akteure vor Ort im Bereich Akteure; dann erscheinen sie hier als Karte.</translation>
        </message>
        <message>
            <source>Go to the &amp;actors</source>
            <translation>Zu den &amp;Akteuren</translation>
        </message>
        <message>
            <source>Link %1</source>
            <translation>Verbindung %1</translation>
        </message>
        <message>
            <source>Link %1 changed</source>
            <translation>Verbindung %1 geändert</translation>
        </message>
        <message>
            <source>Link %1 deleted</source>
            <translation>Verbindung %1 gelöscht</translation>
        </message>
        <message>
            <source>Link mode: click an actor, then the actor to link it to. Esc ends.</source>
            <translation>Verbindungsmodus: Klicken Sie einen Akteur an und dann den Akteur, mit dem er verbunden werden soll. Esc beendet den Modus.</translation>
        </message>
        <message>
            <source>The map shows the actors as dots coloured by type and their links as lines: the thicker, the stronger; the line style shows the kind. Zoom with the mouse wheel or Ctrl++ / Ctrl+- (Ctrl+0 shows the whole map), drag the background to pan, drag an actor to move it. Choose an actor in the list or on the map to see its links; draw a new link with the form or in link mode by clicking two actors. Red rings mark migrant organisations without a link to a Verein, school, church or the administration. “Print…” or Ctrl+P prints the map with its index.</source>
            <translation>Die Karte zeigt die Akteure als Punkte, farbig nach Art, und ihre Verbindungen als Linien: je dicker, desto enger; die Linienart zeigt die Art der Verbindung. Vergrößern und verkleinern Sie mit dem Mausrad oder mit Strg++ / Strg+- (Strg+0 zeigt die ganze Karte), verschieben Sie die Karte, indem Sie den Hintergrund ziehen, und einen Akteur, indem Sie ihn ziehen. Wählen Sie einen Akteur in der Liste oder auf der Karte, um seine Verbindungen zu sehen; eine neue Verbindung tragen Sie im Formular ein oder im Verbindungsmodus, indem Sie zwei Akteure anklicken. Rote Ringe markieren Migrantenorganisationen ohne Verbindung zu einem Verein, einer Schule, einer Religionsgemeinschaft oder der Verwaltung. „Drucken…“ oder Strg+P druckt die Karte mit Verzeichnis.</translation>
        </message>
        <message>
            <source>1 link</source>
            <translation>1 Verbindung</translation>
        </message>
        <message>
            <source>%1 links</source>
            <translation>%1 Verbindungen</translation>
        </message>
        <message>
            <source>strength %1 of 3</source>
            <translation>Stärke %1 von 3</translation>
        </message>
    </context>
    <context>
        <name>NetworkPanel</name>
        <message>
            <source>Name or type</source>
            <translation>Name oder Art</translation>
        </message>
        <message>
            <source>Actors on the map</source>
            <translation>Akteure auf der Karte</translation>
        </message>
        <message>
            <source>Selected actor</source>
            <translation>Ausgewählter Akteur</translation>
        </message>
        <message>
            <source>Click an actor on the map or choose one in the list.</source>
            <translation>Klicken Sie einen Akteur auf der Karte an oder wählen Sie einen in der Liste.</translation>
        </message>
        <message>
            <source>&amp;Links of this actor:</source>
            <translation>&amp;Verbindungen dieses Akteurs:</translation>
        </message>
        <message>
            <source>Show the selected actor's opening checklist, or begin it</source>
            <translation>Die Öffnungs-Checkliste des gewählten Akteurs zeigen oder beginnen</translation>
        </message>
        <message>
            <source>Draw a link</source>
            <translation>Verbindung eintragen</translation>
        </message>
        <message>
            <source>1 – weak</source>
            <translation>1 – schwach</translation>
        </message>
        <message>
            <source>2 – medium</source>
            <translation>2 – mittel</translation>
        </message>
        <message>
            <source>3 – strong</source>
            <translation>3 – stark</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>N&amp;otiz:</translation>
        </message>
        <message>
            <source>&amp;Add link</source>
            <translation>Ve&amp;rbindung eintragen</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Abbre&amp;chen</translation>
        </message>
        <message>
            <source>To actor:</source>
            <translation>&amp;Zu Akteur:</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>S&amp;tärke:</translation>
        </message>
        <message>
            <source>Find a&amp;ctor:</source>
            <translation>Akteur &amp;suchen:</translation>
        </message>
        <message>
            <source>Edi&amp;t link</source>
            <translation>&amp;Ändern</translation>
        </message>
        <message>
            <source>&amp;Delete link</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>O&amp;pening checklist</source>
            <translation>&amp;Öffnungs-Checkliste</translation>
        </message>
        <message>
            <source>1 link</source>
            <translation>1 Verbindung</translation>
        </message>
        <message>
            <source>%1 links</source>
            <translation>%1 Verbindungen</translation>
        </message>
        <message>
            <source>First choose the actor the link starts from.</source>
            <translation>Wählen Sie zuerst den Akteur, von dem die Verbindung ausgeht.</translation>
        </message>
        <message>
            <source>Choose the actor to link to from the list (the text matches none or several).</source>
            <translation>Wählen Sie den Akteur, mit dem verbunden werden soll, aus der Liste (der Text passt zu keinem oder zu mehreren Akteuren).</translation>
        </message>
        <message>
            <source>Change link</source>
            <translation>Verbindung ändern</translation>
        </message>
        <message>
            <source>Sa&amp;ve changes</source>
            <translation>Ände&amp;rungen speichern</translation>
        </message>
    </context>
    <context>
        <name>NetworkZoomBar</name>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>Ganze Karte</translation>
        </message>
        <message>
            <source>Show the whole map</source>
            <translation>Die ganze Karte zeigen</translation>
        </message>
    </context>
    <context>
        <name>NextSteps</name>
        <message>
            <source>Rate the barriers</source>
            <translation>Hemmnisse bewerten</translation>
        </message>
        <message>
            <source>Record the local actors</source>
            <translation>Akteure vor Ort erfassen</translation>
        </message>
        <message>
            <source>Map who works with whom</source>
            <translation>Netzwerk zeichnen: wer mit wem?</translation>
        </message>
        <message>
            <source>Self-assess the four pillars</source>
            <translation>Die vier Säulen selbst einschätzen</translation>
        </message>
        <message>
            <source>Plan a participation event</source>
            <translation>Beteiligung planen</translation>
        </message>
        <message>
            <source>Plan measures for outreach</source>
            <translation>Maßnahmen zur Ansprache planen</translation>
        </message>
        <message>
            <source>Support clubs in opening up</source>
            <translation>Vereine bei der Öffnung begleiten</translation>
        </message>
        <message>
            <source>Anchor the topic in the administration</source>
            <translation>Thema in der Verwaltung verankern</translation>
        </message>
        <message>
            <source>%1 of %2 rated. Why do people stay out?</source>
            <translation>%1 von %2 bewertet. Was hält Menschen ab?</translation>
        </message>
        <message>
            <source>Organisations recorded: %1.</source>
            <translation>Erfasste Organisationen: %1.</translation>
        </message>
        <message>
            <source>Links recorded: %1. Which migrant organisations stand alone?</source>
            <translation>Erfasste Verbindungen: %1. Welche Migrantenorganisationen stehen allein?</translation>
        </message>
        <message>
            <source>Events recorded: %1 (future conference, World Café, round table, network meeting).</source>
            <translation>Erfasste Veranstaltungen: %1 (Zukunftskonferenz, World Café, Runder Tisch, Netzwerktreffen).</translation>
        </message>
        <message>
            <source>Measures planned: %1.</source>
            <translation>Geplante Maßnahmen: %1.</translation>
        </message>
        <message>
            <source>Clubs with an opening checklist: %1.</source>
            <translation>Vereine mit Öffnungs-Checkliste: %1.</translation>
        </message>
        <message>
            <source>%1 of 20 indicators scored.</source>
            <translation>%1 von 20 Indikatoren eingeschätzt.</translation>
        </message>
        <message>
            <source>Where does the topic belong, and what makes it permanent?</source>
            <translation>Wo gehört das Thema hin, und was macht es dauerhaft?</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Name of the club</source>
            <translation>Name des Vereins</translation>
        </message>
        <message>
            <source>Sea&amp;rch:</source>
            <translation>&amp;Suche:</translation>
        </message>
        <message>
            <source>Clubs and their opening checklists</source>
            <translation>Vereine und ihre Öffnungs-Checklisten</translation>
        </message>
        <message>
            <source>&amp;Open checklist</source>
            <translation>Checkliste ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Show the chosen club's checklist (Enter)</source>
            <translation>Die Checkliste des gewählten Vereins zeigen (Eingabetaste)</translation>
        </message>
        <message>
            <source>&amp;Begin checklist</source>
            <translation>&amp;Checkliste beginnen</translation>
        </message>
        <message>
            <source>Begin the opening checklist for the chosen club</source>
            <translation>Die Öffnungs-Checkliste für den gewählten Verein beginnen</translation>
        </message>
        <message>
            <source>&amp;Actor directory</source>
            <translation>&amp;Akteursverzeichnis</translation>
        </message>
        <message>
            <source>Record more clubs in the actor directory</source>
            <translation>Weitere Vereine im Akteursverzeichnis erfassen</translation>
        </message>
        <message>
            <source>← &amp;Overview</source>
            <translation>← &amp;Übersicht</translation>
        </message>
        <message>
            <source>Back to all clubs (Esc)</source>
            <translation>Zurück zu allen Vereinen (Esc)</translation>
        </message>
        <message>
            <source>opening checklist</source>
            <translation>Öffnungs-Checkliste</translation>
        </message>
        <message>
            <source>No clubs recorded yet</source>
            <translation>Noch keine Vereine erfasst</translation>
        </message>
        <message>
            <source>The opening checklist is kept per club. Record the clubs of your municipality in the actor directory (type “Club”); they then appear here, and you can begin a checklist for each of them.</source>
            <translation>Die Öffnungs-Checkliste wird je Verein geführt. Erfassen Sie die Vereine Ihrer Kommune im Akteursverzeichnis (Art „Verein“); sie erscheinen dann hier, und Sie können für jeden eine Checkliste beginnen.</translation>
        </message>
        <message>
            <source>Go to the &amp;actor directory</source>
            <translation>Zum &amp;Akteursverzeichnis</translation>
        </message>
        <message>
            <source>%1 of %2 begun</source>
            <translation>%1 von %2 begonnen</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) overdue</source>
            <translation>
                <numerusform>%n Punkt überfällig</numerusform>
                <numerusform>%n Punkte überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>Intercultural opening: %1</source>
            <translation>Interkulturelle Öffnung: %1</translation>
        </message>
        <message>
            <source>Intercultural opening: the overview lists every club of the municipality, whether its checklist has been begun, how far it has got and what is overdue. Enter opens a club's checklist (or begins it). Tick an item when it is done, or choose its state, note, person responsible and due date beside the list and save with Ctrl+S. Items that do not apply are marked not relevant and leave the count. Own items can be added to every section. Practice examples for the chosen item are shown below the form; Ctrl+Z undoes. “Print…” or Ctrl+P prints the checklist, blank for a workshop or filled in.</source>
            <translation>Interkulturelle Öffnung: Die Übersicht zeigt alle Vereine der Kommune, ob ihre Checkliste begonnen ist, wie weit sie ist und was überfällig ist. Die Eingabetaste öffnet die Checkliste eines Vereins (oder beginnt sie). Haken Sie einen Punkt ab, wenn er erledigt ist, oder halten Sie neben der Liste Stand, Notiz, Verantwortliche und Fälligkeit fest und speichern Sie mit Strg+S. Punkte, die nicht passen, werden als „nicht relevant“ markiert und zählen nicht mit. In jedem Abschnitt lassen sich eigene Punkte ergänzen. Praxisbeispiele zum gewählten Punkt stehen unter dem Formular; Strg+Z macht rückgängig. „Drucken…“ oder Strg+P druckt die Checkliste, leer für einen Workshop oder ausgefüllt.</translation>
        </message>
    </context>
    <context>
        <name>OpportunityForm</name>
        <message>
            <source>Opportunity</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <source>Languages spoken there</source>
            <translation>Sprachen vor Ort</translation>
        </message>
        <message>
            <source>The actor's general contact</source>
            <translation>Allgemeiner Kontakt des Akteurs</translation>
        </message>
        <message>
            <source>The actor's contact person</source>
            <translation>Kontaktperson des Akteurs</translation>
        </message>
        <message>
            <source>Consent to publication recorded on</source>
            <translation>Einwilligung zur Veröffentlichung erfasst am</translation>
        </message>
        <message>
            <source>recorded on</source>
            <translation>erfasst am</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Gültig bis</translation>
        </message>
        <message>
            <source>until</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Measures that promote it</source>
            <translation>Maßnahmen, die dafür werben</translation>
        </message>
        <message>
            <source>No measure promotes it yet: tick it in a measure's form under “Promotes”.</source>
            <translation>Noch keine Maßnahme wirbt dafür: im Formular einer Maßnahme unter „Bewirbt Angebote“ ankreuzen.</translation>
        </message>
        <message>
            <source>A&amp;ctor:</source>
            <translation>Akte&amp;ur:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>What you do:</source>
            <translation>Was man tut:</translation>
        </message>
        <message>
            <source>When and where:</source>
            <translation>Wann und wo:</translation>
        </message>
        <message>
            <source>Time needed:</source>
            <translation>&amp;Zeitaufwand:</translation>
        </message>
        <message>
            <source>Languages spoken:</source>
            <translation>Sprachen vor &amp;Ort:</translation>
        </message>
        <message>
            <source>Feat&amp;ures:</source>
            <translation>&amp;Merkmale:</translation>
        </message>
        <message>
            <source>Co&amp;ntact:</source>
            <translation>Kontakt:</translation>
        </message>
        <message>
            <source>Consent:</source>
            <translation>E&amp;inwilligung:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>&amp;Stand:</translation>
        </message>
        <message>
            <source>Translated title:</source>
            <translation>Übersetzter Titel:</translation>
        </message>
        <message>
            <source>Translation:</source>
            <translation>Übersetzung:</translation>
        </message>
        <message>
            <source>The contact person is printed only with their consent to publication.</source>
            <translation>Die Kontaktperson wird nur gedruckt, wenn sie der Veröffentlichung zugestimmt hat.</translation>
        </message>
        <message>
            <source>O&amp;pen the measure</source>
            <translation>Maßnahme öffnen</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>&amp;Valid:</source>
            <translation>G&amp;ültig:</translation>
        </message>
        <message>
            <source>Description in:</source>
            <translation>Besch&amp;reibung auf:</translation>
        </message>
        <message>
            <source>Promoted &amp;by:</source>
            <translation>Be&amp;worben durch:</translation>
        </message>
        <message>
            <source>New opportunity</source>
            <translation>Neues Angebot</translation>
        </message>
    </context>
    <context>
        <name>OpportunityModel</name>
        <message>
            <source>Opportunity</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Akteur</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Missing languages</source>
            <translation>Fehlende Sprachen</translation>
        </message>
        <message>
            <source>Actor in the trash: left out</source>
            <translation>Akteur im Papierkorb: weggelassen</translation>
        </message>
        <message>
            <source>Expired: left out</source>
            <translation>Abgelaufen: weggelassen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
    </context>
    <context>
        <name>OutreachPage</name>
        <message>
            <source>Get involved</source>
            <translation>Mitmachen</translation>
        </message>
        <message>
            <source>Engagement opportunities of the local actors, described in the languages people read, and a printed guide to hand out.</source>
            <translation>Mitmach-Angebote der Akteure vor Ort, beschrieben in den Sprachen, die die Menschen lesen, und ein gedruckter Wegweiser zum Verteilen.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Alle Sprachen</translation>
        </message>
        <message>
            <source>All features</source>
            <translation>Alle Merkmale</translation>
        </message>
        <message>
            <source>All actor types</source>
            <translation>Alle Akteursarten</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>Su&amp;che:</translation>
        </message>
        <message>
            <source>Engagement opportunities</source>
            <translation>Mitmach-Angebote</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>No actors recorded yet</source>
            <translation>Noch keine Akteure erfasst</translation>
        </message>
        <message>
            <source>An engagement opportunity belongs to a local actor: a club, a migrant organisation, an initiative. Record the actors first. The texts and their review need none.</source>
            <translation>Ein Mitmach-Angebot gehört zu einem Akteur vor Ort: einem Verein, einer Migrantenorganisation, einer Initiative. Erfassen Sie zuerst die Akteure. Die Texte und ihre Prüfung brauchen keinen.</translation>
        </message>
        <message>
            <source>Go to &amp;Actors</source>
            <translation>Zu den Ak&amp;teuren</translation>
        </message>
        <message>
            <source>&amp;Opportunities</source>
            <translation>&amp;Angebote</translation>
        </message>
        <message>
            <source>Te&amp;xts and review</source>
            <translation>Te&amp;xte und Prüfung</translation>
        </message>
        <message>
            <source>Record what people can join (an actor's offer), describe it in the languages of your residents, check the built-in texts with native speakers and mark them reviewed, then make the printed guide (Ctrl+P prints it). Contact persons are printed only where consent to publication is recorded.</source>
            <translation>Erfassen Sie, wo Menschen mitmachen können (ein Angebot eines Akteurs), beschreiben Sie es in den Sprachen Ihrer Einwohner:innen, lassen Sie die eingebauten Texte von Muttersprachler:innen prüfen und markieren Sie sie als geprüft; dann erstellen Sie den gedruckten Wegweiser (Strg+P druckt ihn). Kontaktpersonen werden nur gedruckt, wenn eine Einwilligung zur Veröffentlichung erfasst ist.</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>Feature:</source>
            <translation>Merkmal:</translation>
        </message>
        <message>
            <source>Actor type:</source>
            <translation>Akteursart:</translation>
        </message>
        <message>
            <source>Ne&amp;w opportunity</source>
            <translation>&amp;Neues Angebot</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>%1 of %2 shown · %3 lack a language</source>
            <translation>%1 von %2 angezeigt · Übersetzung fehlt bei %3</translation>
        </message>
        <message>
            <source>The actor is in the trash: the document leaves this opportunity out.</source>
            <translation>Der Akteur liegt im Papierkorb: Das Dokument lässt dieses Angebot weg.</translation>
        </message>
        <message>
            <source>Expired: the document leaves this opportunity out.</source>
            <translation>Abgelaufen: Das Dokument lässt dieses Angebot weg.</translation>
        </message>
        <message>
            <source>No consent to publication recorded: the document prints the actor's general contact.</source>
            <translation>Keine Einwilligung zur Veröffentlichung erfasst: Das Dokument druckt den allgemeinen Kontakt des Akteurs.</translation>
        </message>
        <message>
            <source>No description yet in: %1</source>
            <translation>Noch keine Beschreibung auf: %1</translation>
        </message>
        <message>
            <source>New opportunity %1</source>
            <translation>neues Angebot „%1“</translation>
        </message>
        <message>
            <source>Change of %1</source>
            <translation>Änderung von „%1“</translation>
        </message>
        <message>
            <source>Delete the opportunity “%1” with its texts in every language?</source>
            <translation>Das Angebot „%1“ mit seinen Texten in allen Sprachen löschen?</translation>
        </message>
        <message>
            <source>Delete opportunity</source>
            <translation>Angebot löschen</translation>
        </message>
        <message>
            <source>Deletion of %1</source>
            <translation>Löschen von „%1“</translation>
        </message>
        <message>
            <source>Wording of %1 (%2)</source>
            <translation>Wortlaut von „%1“ (%2)</translation>
        </message>
        <message>
            <source>Review of %1 (%2)</source>
            <translation>Prüfung von „%1“ (%2)</translation>
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message>
            <source>Club</source>
            <translation>Verein</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Nächste Frist</translation>
        </message>
        <message>
            <source>%1 of %2 items done, %3 in progress, %4 not relevant</source>
            <translation>%1 von %2 Punkten erledigt, %3 in Arbeit, %4 nicht relevant</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) overdue since %1</source>
            <translation>
                <numerusform>%n Punkt überfällig seit %1</numerusform>
                <numerusform>%n Punkte überfällig, der älteste seit %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The next due date still ahead (overdue items are counted in the column before)</source>
            <translation>Die nächste Frist, die noch bevorsteht (überfällige Punkte zählt die Spalte davor)</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht begonnen</translation>
        </message>
    </context>
    <context>
        <name>OwnBarrierDialog</name>
        <message>
            <source>VOPI Desktop – Own barrier</source>
            <translation>VOPI Desktop – Eigenes Hemmnis</translation>
        </message>
        <message>
            <source>Add a barrier that the catalogue does not list but that you see in your municipality. You rate it afterwards like the others.</source>
            <translation>Ergänzen Sie ein Hemmnis, das der Katalog nicht nennt, das Sie in Ihrer Kommune aber sehen. Anschließend bewerten Sie es wie die anderen.</translation>
        </message>
        <message>
            <source>(no group)</source>
            <translation>(keine Gruppe)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Gruppe:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Add barrier</source>
            <translation>Hemmnis &amp;anlegen</translation>
        </message>
        <message>
            <source>Own barrier “%1” added</source>
            <translation>Eigenes Hemmnis „%1“ angelegt</translation>
        </message>
        <message>
            <source>Own barrier “%1” changed</source>
            <translation>Eigenes Hemmnis „%1“ geändert</translation>
        </message>
    </context>
    <context>
        <name>OwnItemDialog</name>
        <message>
            <source>Add own item</source>
            <translation>Eigenen Punkt hinzufügen</translation>
        </message>
        <message>
            <source>What should be true, e.g. “The club festival has a halal grill.”</source>
            <translation>Was gelten soll, z. B. „Beim Vereinsfest gibt es einen Halal-Grill.“</translation>
        </message>
        <message>
            <source>&amp;Due by</source>
            <translation>&amp;Fällig bis</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>&amp;Abschnitt:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>The due date lies in the past. Keep it anyway?</source>
            <translation>Das Fälligkeitsdatum liegt in der Vergangenheit. Trotzdem übernehmen?</translation>
        </message>
        <message>
            <source>Due date in the past</source>
            <translation>Fälligkeit in der Vergangenheit</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>No municipality yet</source>
            <extracomment>False for pages that make sense without a municipality (they show their own welcome).</extracomment>
            <translation>Noch keine Kommune</translation>
        </message>
        <message>
            <source>There is no municipality in this workspace yet. Create one (Ctrl+N); the same dialog also loads the fictional example town to look around and practise.</source>
            <translation>In diesem Arbeitsbereich gibt es noch keine Kommune. Legen Sie eine an (Strg+N); im selben Dialog können Sie auch die erfundene Beispielstadt laden, um sich umzusehen und zu üben.</translation>
        </message>
        <message>
            <source>&amp;Create municipality…</source>
            <translation>Kommune &amp;anlegen…</translation>
        </message>
        <message>
            <source>Unsaved input</source>
            <translation>Ungespeicherte Eingaben</translation>
        </message>
    </context>
    <context>
        <name>PillarsPage</name>
        <message>
            <source>Pillar self-assessment</source>
            <translation>Selbsteinschätzung der vier Säulen</translation>
        </message>
        <message>
            <source>&amp;Round:</source>
            <translation>&amp;Runde:</translation>
        </message>
        <message>
            <source>&amp;New round…</source>
            <translation>&amp;Neue Runde…</translation>
        </message>
        <message>
            <source>Ed&amp;it round…</source>
            <translation>Runde bearbei&amp;ten…</translation>
        </message>
        <message>
            <source>&amp;Delete round</source>
            <translation>Runde &amp;löschen</translation>
        </message>
        <message>
            <source>&amp;Assessment</source>
            <translation>E&amp;inschätzung</translation>
        </message>
        <message>
            <source>&amp;Comparison</source>
            <translation>&amp;Vergleich</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>ohne Datum</translation>
        </message>
        <message>
            <source>No assessment round yet</source>
            <translation>Noch keine Bewertungsrunde</translation>
        </message>
        <message>
            <source>Start with a baseline: choose “New round…”, enter the date and who took part, then score the 20 indicators on the scale each question offers. A later follow-up round shows what has changed.</source>
            <translation>Beginnen Sie mit einer Ausgangserhebung: „Neue Runde…“ wählen, Datum und Teilnehmende eintragen und dann die 20 Indikatoren auf der Skala bewerten, die jede Frage anbietet. Eine spätere Folgeerhebung zeigt, was sich verändert hat.</translation>
        </message>
        <message>
            <source>Participants: %1</source>
            <translation>Teilnehmende: %1</translation>
        </message>
        <message>
            <source>%1 of %2 indicators scored</source>
            <translation>%1 von %2 Indikatoren bewertet</translation>
        </message>
        <message>
            <source>Score of indicator %1</source>
            <translation>Wert von Indikator %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>New round “%1”</source>
            <translation>Neue Runde „%1“</translation>
        </message>
        <message>
            <source>Round “%1” changed</source>
            <translation>Runde „%1“ geändert</translation>
        </message>
        <message>
            <source>Round saved.</source>
            <translation>Runde gespeichert.</translation>
        </message>
        <message>
            <source>Delete round</source>
            <translation>Runde löschen</translation>
        </message>
        <message>
            <source>Delete the round “%1” (%2 of %3 indicators scored) with all its scores and notes? Ctrl+Z brings it back.</source>
            <translation>Die Runde „%1“ (%2 von %3 Indikatoren bewertet) mit allen Bewertungen und Notizen löschen? Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <source>Round “%1” deleted</source>
            <translation>Runde „%1“ gelöscht</translation>
        </message>
        <message>
            <source>Round deleted.</source>
            <translation>Runde gelöscht.</translation>
        </message>
        <message>
            <source>Assess the four pillars with 20 questions in rounds: a baseline first, later follow-ups. Each question is answered on the scale that fits it (how often, how many, how far it applies), from 1 to 5. Every score and note is saved at once; Ctrl+Z takes it back. The radar chart shows the pillar averages per round; the Comparison tab lists what improved and what fell back. Ctrl+P prints the analysis.</source>
            <translation>Bewerten Sie die vier Säulen mit 20 Fragen in Runden: zuerst eine Ausgangserhebung, später Folgeerhebungen. Jede Frage wird auf der Skala beantwortet, die zu ihr passt (wie oft, wie viele, wie weit es zutrifft), von 1 bis 5. Jede Bewertung und Notiz wird sofort gespeichert; Strg+Z nimmt sie zurück. Das Netzdiagramm zeigt die Durchschnitte der Säulen je Runde; der Reiter Vergleich listet, was sich verbessert und was sich verschlechtert hat. Strg+P druckt die Analyse.</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This area is not built yet. It will come with one of the next versions of VOPI Desktop. Your data is not affected.</source>
            <translation>Dieser Bereich ist noch nicht fertig. Er kommt mit einer der nächsten Versionen von VOPI Desktop. Ihre Daten sind davon nicht betroffen.</translation>
        </message>
    </context>
    <context>
        <name>PlanningHelp</name>
        <message>
            <source>Record each participation event with its protocol. "New event" opens an empty form; choose the kind first, as each method brings its own protocol section: Zukunftskonferenz (past, present, future, common ground and action plans over two to three days), World Café (open questions at small tables in rounds of 20 to 30 minutes: ideas, no decisions), Runder Tisch (invited representatives agree under neutral moderation) or Netzwerktreffen (municipalities exchange experience). The method's guidance stands on the right.

The form holds what a good protocol needs, from date, place and participants to results, decisions, open points and the next date. Nothing is stored until Save (Ctrl+S); Revert drops what was typed.

Below the list go the ideas collected at the event: add one, give it a vote, reject it with a reason, or turn it into a planned measure in one step (Ctrl+Z undoes it). Names and photos of participants only with their consent. "Print protocol…" or Ctrl+P prints the protocol.</source>
            <translation>Hier halten Sie jede Beteiligungsveranstaltung mit ihrem Protokoll fest. „Neue Veranstaltung“ öffnet ein leeres Formular. Wählen Sie zuerst die Art, denn jede Methode bringt ihren eigenen Protokollteil mit: Zukunftskonferenz (Vergangenheit, Gegenwart, Zukunft, Gemeinsamkeiten und Maßnahmenpläne an zwei bis drei Tagen), World Café (offene Fragen an kleinen Tischen in Runden von 20 bis 30 Minuten: Ideen, keine Beschlüsse), Runder Tisch (eingeladene Vertretungen einigen sich unter neutraler Moderation) oder Netzwerktreffen (Kommunen tauschen Erfahrungen aus). Rechts stehen die Hinweise zur Methode.

Das Formular enthält, was ein gutes Protokoll braucht, von Datum, Ort und Teilnehmenden bis zu Ergebnissen, Beschlüssen, offenen Punkten und dem nächsten Termin. Gespeichert wird erst mit „Speichern“ (Strg+S); „Verwerfen“ verwirft die Eingabe.

Unter der Liste stehen die Ideen aus der Veranstaltung: Idee hinzufügen, mit einem Punkt bewerten, mit Begründung verwerfen oder in einem Schritt zu einer geplanten Maßnahme machen (Strg+Z nimmt das zurück). Namen und Fotos von Teilnehmenden nur mit deren Einwilligung. „Protokoll drucken…“ oder Strg+P druckt das Protokoll.</translation>
        </message>
        <message>
            <source>The Umsetzungsplan: each measure says what is to be done and why (title, goal), for whom (target groups), against which barriers and in which pillars, through which channels and languages, who is responsible (an actor, a person, partners), from when until when, the budget planned and spent in euros, and how success shows (indicator, result).

Status: idea, planned, running, completed or cancelled. Only planned and running measures count as covering a barrier on the Coverage page. Steps split a measure into tasks with a due date; tick a step when it is done. A measure is overdue when its end or an open step's due date has passed while it is planned or running; a step due after the end is saved with a warning.

"New measure" opens an empty form, stored with Save (Ctrl+S); Revert drops it. Filter by status, pillar, who is responsible or overdue only. Ctrl+P or "Print…" prints the plan. A measure made from a catalogue approach comes from the Coverage or Barriers page, a measure from an idea from Participation.</source>
            <translation>Der Umsetzungsplan: Jede Maßnahme sagt, was zu tun ist und wozu (Titel, Ziel), für wen (Zielgruppen), gegen welche Hemmnisse und in welchen Säulen, über welche Kanäle und in welchen Sprachen, wer verantwortlich ist (ein Akteur, eine Person, Partner), von wann bis wann, welches Budget geplant und ausgegeben ist (in Euro) und woran man den Erfolg erkennt (Indikator, Ergebnis).

Status: Idee, geplant, laufend, abgeschlossen oder abgebrochen. Nur geplante und laufende Maßnahmen gelten auf der Seite Abdeckung als Antwort auf ein Hemmnis. Schritte teilen eine Maßnahme in Aufgaben mit Fälligkeitsdatum; haken Sie einen Schritt ab, wenn er erledigt ist. Überfällig ist eine geplante oder laufende Maßnahme, deren Ende oder ein offener Schritt schon fällig war; ein Schritt, der nach dem Ende fällig ist, wird mit einem Hinweis gespeichert.

„Neue Maßnahme“ öffnet ein leeres Formular, gespeichert wird mit „Speichern“ (Strg+S); „Verwerfen“ verwirft es. Filtern Sie nach Status, Säule, Verantwortlichen oder nur Überfälligem. Strg+P oder „Drucken…“ druckt den Plan. Eine Maßnahme aus einem Ansatz des Katalogs entsteht auf der Seite Abdeckung oder Hemmnisse, eine Maßnahme aus einer Idee auf der Seite Beteiligung.</translation>
        </message>
        <message>
            <source>The measures over time, one row each: a bar runs from the start to the end date, its colour shows the status (the legend below the chart; ideas and cancelled measures are drawn lighter). Measures without any date are not shown.

Short strokes across a bar are its steps on their due date: black while open, white once done. The yellow diamonds in the top row are the events on their date. The red line is today. The month names on top carry the year at the left edge and at each January.

Zoom to a year, a quarter or a month (Ctrl++ and Ctrl+-, or Ctrl and the mouse wheel); filter by pillar or by who is responsible. The arrow keys go from item to item in time order; Enter or a double click opens the measure or event on its page, where its dates are changed. Ctrl+P prints the measures plan.</source>
            <translation>Die Maßnahmen im Zeitverlauf, jede in einer Zeile: Ein Balken reicht vom Beginn bis zum Ende, seine Farbe zeigt den Status (siehe Legende unter dem Plan; Ideen und abgebrochene Maßnahmen sind heller gezeichnet). Maßnahmen ganz ohne Datum erscheinen nicht.

Kurze Striche quer über einem Balken sind seine Schritte am Fälligkeitstag: schwarz, solange offen, weiß, wenn erledigt. Die gelben Rauten in der obersten Zeile sind die Veranstaltungen an ihrem Datum. Die rote Linie ist heute. Die Monatsnamen oben tragen am linken Rand und bei jedem Januar das Jahr.

Zoomen Sie auf Jahr, Quartal oder Monat (Strg++ und Strg+-, oder Strg und das Mausrad); filtern Sie nach Säule oder Verantwortlichen. Die Pfeiltasten gehen von Eintrag zu Eintrag in zeitlicher Reihenfolge; Eingabe oder ein Doppelklick öffnet die Maßnahme oder Veranstaltung auf ihrer Seite, wo sich ihre Daten ändern lassen. Strg+P druckt den Maßnahmenplan.</translation>
        </message>
        <message>
            <source>Do the measures answer the barriers that matter? The rows are the barriers rated 2 (medium) or 3 (high) on the Barriers page, the highest first.

With up to twelve measures the columns are the measures: a dot marks a measure that addresses the barrier, coloured by the measure's status. With more measures the columns are the four pillars, and a number says how many planned or running measures of that pillar address the barrier. A red row: no planned or running measure addresses this barrier yet (an idea, a completed or a cancelled measure does not carry it forward).

Above the table: the barriers without a planned or running measure, the measures that address no barrier, and the pillars no measure names. Choose a barrier and "Measure from an approach…": the catalogue's approaches against it, and one click creates a planned measure linked to it. Enter on a dot opens its measure. Ctrl+P prints the measures plan.</source>
            <translation>Antworten die Maßnahmen auf die Hemmnisse, auf die es ankommt? Die Zeilen sind die Hemmnisse, die auf der Seite Hemmnisse mit 2 (mittel) oder 3 (hoch) bewertet sind, die höchsten zuerst.

Bei bis zu zwölf Maßnahmen sind die Spalten die Maßnahmen: Ein Punkt zeigt, dass eine Maßnahme das Hemmnis bearbeitet, in der Farbe ihres Status. Bei mehr Maßnahmen sind die Spalten die vier Säulen, und eine Zahl sagt, wie viele geplante oder laufende Maßnahmen dieser Säule das Hemmnis bearbeiten. Eine rote Zeile: Noch keine geplante oder laufende Maßnahme bearbeitet dieses Hemmnis (eine Idee, eine abgeschlossene oder abgebrochene Maßnahme trägt es nicht weiter).

Über der Tabelle: die Hemmnisse ohne geplante oder laufende Maßnahme, die Maßnahmen, die kein Hemmnis bearbeiten, und die Säulen, die keine Maßnahme nennt. Wählen Sie ein Hemmnis und „Maßnahme aus einem Ansatz …“: Die Ansätze des Katalogs gegen dieses Hemmnis, ein Klick legt eine damit verknüpfte geplante Maßnahme an. Eingabe auf einem Punkt öffnet dessen Maßnahme. Strg+P druckt den Maßnahmenplan.</translation>
        </message>
    </context>
    <context>
        <name>PracticeDialog</name>
        <message>
            <source>New practice example</source>
            <translation>Neues Praxisbeispiel</translation>
        </message>
        <message>
            <source>Edit practice example</source>
            <translation>Praxisbeispiel bearbeiten</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;What was done:</source>
            <translation>&amp;Was getan wurde:</translation>
        </message>
        <message>
            <source>What &amp;helped:</source>
            <translation>Was &amp;geholfen hat:</translation>
        </message>
        <message>
            <source>&amp;Contact organisation:</source>
            <translation>&amp;Kontakt-Organisation:</translation>
        </message>
        <message>
            <source>&amp;Barriers it addresses:</source>
            <translation>&amp;Hemmnisse, die es angeht:</translation>
        </message>
    </context>
    <context>
        <name>PracticePanel</name>
        <message>
            <source>&amp;Practice examples</source>
            <translation>Pr&amp;axisbeispiele</translation>
        </message>
        <message>
            <source>Practice examples for this item</source>
            <translation>Praxisbeispiele zu diesem Punkt</translation>
        </message>
        <message>
            <source>Practice example</source>
            <translation>Praxisbeispiel</translation>
        </message>
        <message>
            <source>&amp;Own example…</source>
            <translation>E&amp;igenes Beispiel…</translation>
        </message>
        <message>
            <source>Record an example of your own for this item</source>
            <translation>Ein eigenes Beispiel zu diesem Punkt festhalten</translation>
        </message>
        <message>
            <source>Edit e&amp;xample…</source>
            <translation>Beispie&amp;l bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete example</source>
            <translation>Beispiel l&amp;öschen</translation>
        </message>
        <message>
            <source>%1 (own example)</source>
            <translation>%1 (eigenes Beispiel)</translation>
        </message>
        <message>
            <source>No practice example for this item yet. Add one of your own, if you know one.</source>
            <translation>Zu diesem Punkt gibt es noch kein Praxisbeispiel. Ergänzen Sie ein eigenes, wenn Sie eines kennen.</translation>
        </message>
        <message>
            <source>What helped: %1</source>
            <translation>Was geholfen hat: %1</translation>
        </message>
        <message>
            <source>Addresses: %1</source>
            <translation>Geht an: %1</translation>
        </message>
        <message>
            <source>Contact: %1</source>
            <translation>Kontakt: %1</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>&amp;Previous page</source>
            <translation>&amp;Vorherige Seite</translation>
        </message>
        <message>
            <source>Ne&amp;xt page</source>
            <translation>N&amp;ächste Seite</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>P&amp;age:</source>
            <translation>Sei&amp;te:</translation>
        </message>
        <message>
            <source>Zoom o&amp;ut</source>
            <translation>Verklei&amp;nern</translation>
        </message>
        <message>
            <source>&amp;Zoom in</source>
            <translation>Vergr&amp;ößern</translation>
        </message>
        <message>
            <source>Fit &amp;width</source>
            <translation>&amp;Seitenbreite</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Druckvorschau</translation>
        </message>
        <message>
            <source>This installation has no built-in PDF preview; the document opens in the system's PDF viewer.</source>
            <translation>Diese Installation hat keine eingebaute PDF-Vorschau; das Dokument öffnet sich im PDF-Betrachter des Systems.</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>von %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Preview: %1</source>
            <translation>Vorschau: %1</translation>
        </message>
        <message>
            <source>From %1, made %2. Practice examples for %3; the file does not name the municipality that sent them.</source>
            <translation>Von %1, erstellt %2. Praxisbeispiele für %3; die Datei nennt die sendende Kommune nicht.</translation>
        </message>
        <message>
            <source>From %1, made %2. Practice examples from %3 for %4.</source>
            <translation>Von %1, erstellt %2. Praxisbeispiele von %3 für %4.</translation>
        </message>
        <message>
            <source>Without personal data: contact data kept here stays as it is.</source>
            <translation>Ohne personenbezogene Daten: die hier gespeicherten Kontaktdaten bleiben, wie sie sind.</translation>
        </message>
        <message>
            <source>The fictional example town “%1” is not taken over: a different municipality of this name exists here.</source>
            <translation>Die erfundene Beispielstadt „%1“ wird nicht übernommen: Hier gibt es schon eine andere Kommune dieses Namens.</translation>
        </message>
        <message>
            <source>Plan by entity</source>
            <translation>Plan nach Bereichen</translation>
        </message>
        <message>
            <source>Entity / record</source>
            <translation>Bereich / Datensatz</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Same</source>
            <translation>Gleich</translation>
        </message>
        <message>
            <source>Differ</source>
            <translation>Abweichend</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>Unterschiede</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Here (mine)</source>
            <translation>Hier (meins)</translation>
        </message>
        <message>
            <source>In the file (theirs)</source>
            <translation>In der Datei (ihres)</translation>
        </message>
        <message>
            <source>Choose a record that differs to see its differences.</source>
            <translation>Einen abweichenden Datensatz wählen, um seine Unterschiede zu sehen.</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Meins behalten</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>&amp;Ihres übernehmen</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted here: not brought back</source>
            <translation>
                <numerusform>%n hier gelöscht: bleibt gelöscht</numerusform>
                <numerusform>%n hier gelöscht: bleiben gelöscht</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Newer wins for all</source>
            <translation>&amp;Neueres gewinnt für alle</translation>
        </message>
        <message>
            <source>Keep &amp;mine for all</source>
            <translation>Meins für a&amp;lle behalten</translation>
        </message>
        <message>
            <source>Take t&amp;heirs for all</source>
            <translation>Ihres für all&amp;e übernehmen</translation>
        </message>
        <message>
            <source>All deletions:</source>
            <translation>Alle Löschungen:</translation>
        </message>
        <message>
            <source>Delete unless &amp;changed here</source>
            <translation>Löschen, außer hier &amp;geändert</translation>
        </message>
        <message>
            <source>Keep a&amp;ll here</source>
            <translation>&amp;Alle hier behalten</translation>
        </message>
        <message>
            <source>Delete all here t&amp;oo</source>
            <translation>Alle hier auch lös&amp;chen</translation>
        </message>
        <message>
            <source>All conflicts:</source>
            <translation>Alle Konflikte:</translation>
        </message>
        <message>
            <source>T&amp;ake over</source>
            <translation>Ü&amp;bernehmen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>names one deleted here</source>
            <translation>nennt hier Gelöschtes</translation>
        </message>
        <message>
            <source>Deleted in the file</source>
            <translation>In der Datei gelöscht</translation>
        </message>
        <message>
            <source>changed here since</source>
            <translation>hier seitdem geändert</translation>
        </message>
        <message>
            <source>newer in the file</source>
            <translation>neuer in der Datei</translation>
        </message>
        <message>
            <source>newer here</source>
            <translation>neuer hier</translation>
        </message>
        <message>
            <source>same age</source>
            <translation>gleich alt</translation>
        </message>
        <message>
            <source>in the trash here</source>
            <translation>hier im Papierkorb</translation>
        </message>
        <message>
            <source>%1, %2 with differences: %3 taken from the file, %4.</source>
            <translation>%1, %2 mit Unterschieden: %3 aus der Datei übernommen, %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n kept unchanged here</source>
            <translation>
                <numerusform>%n bleibt wie hier</numerusform>
                <numerusform>%n bleiben wie hier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) of the file with the name of a different record here: kept apart, with a suffix to the name (e.g. “%1”).</source>
            <translation>
                <numerusform>%n Datensatz der Datei trägt den Namen eines anderen Datensatzes hier: Beide bleiben getrennt, der aus der Datei mit einem Zusatz im Namen (z. B. „%1“).</numerusform>
                <numerusform>%n Datensätze der Datei tragen den Namen anderer Datensätze hier: Sie bleiben getrennt, die aus der Datei mit einem Zusatz im Namen (z. B. „%1“).</numerusform>
            </translation>
        </message>
        <message>
            <source>stays as here</source>
            <translation>bleibt wie hier</translation>
        </message>
        <message>
            <source>take theirs</source>
            <translation>ihres übernehmen</translation>
        </message>
        <message>
            <source>keep mine</source>
            <translation>meins behalten</translation>
        </message>
        <message>
            <source>Otherwise the same: it stays as it is here.</source>
            <translation>Sonst gleich: bleibt, wie es hier ist.</translation>
        </message>
        <message>
            <source>Deleted in the file on %1.</source>
            <translation>In der Datei gelöscht am %1.</translation>
        </message>
        <message>
            <source>Changed here after that: newer wins keeps it.</source>
            <translation>Hier danach geändert: „Neueres gewinnt“ behält ihn.</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Zuletzt geändert</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>&amp;Trash here too</source>
            <translation>Hier auch in den &amp;Papierkorb</translation>
        </message>
        <message>
            <source>&amp;Delete here too</source>
            <translation>Hier auch lö&amp;schen</translation>
        </message>
        <message numerus="yes">
            <source>Deleted in the file and here too: %1 of %n record(s).</source>
            <translation>
                <numerusform>In der Datei gelöscht und hier auch: %1 von %n Datensatz.</numerusform>
                <numerusform>In der Datei gelöscht und hier auch: %1 von %n Datensätzen.</numerusform>
            </translation>
        </message>
        <message>
            <source>From %1, made %2.</source>
            <translation>Von %1, erstellt %2.</translation>
        </message>
        <message>
            <source>Municipalities: %1.</source>
            <translation>Kommunen: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n new record(s)</source>
            <translation>
                <numerusform>%n neuer Datensatz</numerusform>
                <numerusform>%n neue Datensätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Without other differences, naming records deleted here: %n record(s); each stays as it is here.</source>
            <translation>
                <numerusform>%n Datensatz ohne eigenen Unterschied nennt hier Gelöschtes: er bleibt wie hier.</numerusform>
                <numerusform>%n Datensätze ohne eigenen Unterschied nennen hier Gelöschtes: sie bleiben wie hier.</numerusform>
            </translation>
        </message>
        <message>
            <source>to the trash here</source>
            <translation>hier in den Papierkorb</translation>
        </message>
        <message>
            <source>delete here</source>
            <translation>hier löschen</translation>
        </message>
        <message>
            <source>A different record here is called “%1”: this one keeps its own name with a suffix.</source>
            <translation>Ein anderer Datensatz hier heißt „%1“: Dieser behält seinen Namen mit einem Zusatz.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
    </context>
    <context>
        <name>PrintJob</name>
        <message>
            <source>the printer did not start (is it switched on and chosen in the print dialog? Printing into a file: does its folder exist, and may it be written?).</source>
            <translation>der Drucker ließ sich nicht starten (ist er eingeschaltet und im Druckdialog gewählt? Beim Drucken in eine Datei: gibt es ihren Ordner, und darf dort geschrieben werden?).</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>The document is being printed: press Ctrl+P again once that is done (or cancelled).</source>
            <translation>Das Dokument wird gerade gedruckt: Strg+P wieder drücken, sobald der Druck fertig (oder abgebrochen) ist.</translation>
        </message>
        <message>
            <source>The document is still being made: press Ctrl+P again once the preview shows it.</source>
            <translation>Das Dokument wird noch erstellt: Drücken Sie Strg+P noch einmal, sobald die Vorschau es zeigt.</translation>
        </message>
        <message>
            <source>No document made yet: choose one and press “Make document”; Ctrl+P then prints it.</source>
            <translation>Noch kein Dokument erstellt: Wählen Sie eines und drücken Sie „Dokument erstellen“; Strg+P druckt es dann.</translation>
        </message>
        <message>
            <source>A comparison needs at least two municipalities, and this workspace holds only one: there is nothing to print yet. Take in the other municipalities' .vopi files first (area Exchange).</source>
            <translation>Ein Vergleich braucht mindestens zwei Kommunen, und dieser Arbeitsbereich hat nur eine: Es gibt noch nichts zu drucken. Übernehmen Sie zuerst die .vopi-Dateien der anderen Kommunen (Bereich Austausch).</translation>
        </message>
        <message>
            <source>No language is ticked for the guide: tick at least one in the “Document” tab.</source>
            <translation>Für den Wegweiser ist keine Sprache angekreuzt: bitte im Reiter „Dokument“ mindestens eine ankreuzen.</translation>
        </message>
        <message>
            <source>This page has no document of its own to print. Every document is made and printed on the Reports page.</source>
            <translation>Diese Seite hat kein eigenes Dokument zum Drucken. Alle Dokumente werden auf der Seite Berichte erstellt und gedruckt.</translation>
        </message>
        <message>
            <source>There is no municipality yet, so there is nothing to print. Create one first (Ctrl+N).</source>
            <translation>Es gibt noch keine Kommune, also nichts zu drucken. Legen Sie zuerst eine an (Strg+N).</translation>
        </message>
    </context>
    <context>
        <name>ProtocolEditor</name>
        <message>
            <source>This kind of event has no protocol part of its own; use the fields above.</source>
            <translation>Diese Art von Veranstaltung hat keinen eigenen Protokollteil; nutzen Sie die Felder oben.</translation>
        </message>
        <message>
            <source>World Café rounds</source>
            <translation>Runden des World Cafés</translation>
        </message>
        <message>
            <source>Question of the round</source>
            <translation>Frage der Runde</translation>
        </message>
        <message>
            <source>Summary of the table hosts</source>
            <translation>Zusammenfassung der Tischgastgeber</translation>
        </message>
        <message>
            <source>Add &amp;round</source>
            <translation>&amp;Runde hinzufügen</translation>
        </message>
        <message>
            <source>Agreements of the round table</source>
            <translation>Vereinbarungen des Runden Tischs</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Vereinbarung</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>By (YYYY-MM-DD)</source>
            <translation>Bis (TT.MM.JJJJ)</translation>
        </message>
        <message>
            <source>Add a&amp;greement</source>
            <translation>Ver&amp;einbarung hinzufügen</translation>
        </message>
        <message>
            <source>Exchange between municipalities</source>
            <translation>Austausch zwischen den Kommunen</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>What it brought in</source>
            <translation>Was sie eingebracht hat</translation>
        </message>
        <message>
            <source>Add contri&amp;bution</source>
            <translation>&amp;Beitrag hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <source>Radar chart of the pillar averages</source>
            <translation>Netzdiagramm der Säulen-Durchschnittswerte</translation>
        </message>
        <message>
            <source>No assessment round yet.</source>
            <translation>Noch keine Bewertungsrunde.</translation>
        </message>
        <message>
            <source>Scale 1 to 5, – means not assessed.</source>
            <translation>Skala 1 bis 5, – bedeutet nicht bewertet.</translation>
        </message>
        <message>
            <source>No scores yet</source>
            <translation>Noch keine Bewertungen</translation>
        </message>
    </context>
    <context>
        <name>ReportFileNames</name>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Measures plan</source>
            <translation>Maßnahmenplan</translation>
        </message>
        <message>
            <source>Actor directory</source>
            <translation>Akteursverzeichnis</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>Network map</source>
            <translation>Netzwerkkarte</translation>
        </message>
        <message>
            <source>Checklist intercultural opening</source>
            <translation>Checkliste interkulturelle Öffnung</translation>
        </message>
        <message>
            <source>Checklist anchoring</source>
            <translation>Checkliste Verankerung</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Vergleich</translation>
        </message>
        <message>
            <source>Get involved</source>
            <translation>Mitmachen</translation>
        </message>
        <message>
            <source>blank</source>
            <translation>leer</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>&amp;Blank sheet for paper workshops (checklists)</source>
            <translation>Leerer Bogen &amp;für Workshops auf Papier (Checklisten)</translation>
        </message>
        <message>
            <source>Names, e-mail addresses and phone numbers of contact persons. Print them only where they are needed.</source>
            <translation>Namen, E-Mail-Adressen und Telefonnummern der Ansprechpersonen. Nur drucken, wo sie gebraucht werden.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Left out of the document, and what to have checked:</source>
            <translation>Im Dokument weggelassen, und was vor dem Verteilen zu prüfen ist:</translation>
        </message>
        <message>
            <source>Print the document (Ctrl+P)</source>
            <translation>Das Dokument drucken (Strg+P)</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>D&amp;okument:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Für:</translation>
        </message>
        <message>
            <source>Choose a document and make it; the preview shows it, Ctrl+P prints it.</source>
            <translation>Ein Dokument wählen und erstellen; die Vorschau zeigt es, Strg+P druckt es.</translation>
        </message>
        <message>
            <source>Choose a document and press Make document; the preview shows it here.</source>
            <translation>Ein Dokument wählen und auf „Dokument erstellen“ drücken; die Vorschau zeigt es hier.</translation>
        </message>
        <message>
            <source>Choose a municipality in the toolbar above, or all municipalities.</source>
            <translation>Oben in der Werkzeugleiste eine Kommune wählen, oder alle Kommunen.</translation>
        </message>
        <message>
            <source>The choice has changed: press Make document for the new document.</source>
            <translation>Die Auswahl hat sich geändert: bitte das Dokument neu erstellen („Dokument erstellen“).</translation>
        </message>
        <message>
            <source>Another municipality is chosen: press “Make document” to make the document for it.</source>
            <translation>Eine andere Kommune ist gewählt: bitte das Dokument für sie neu erstellen („Dokument erstellen“).</translation>
        </message>
        <message>
            <source>all municipalities</source>
            <translation>alle Kommunen</translation>
        </message>
        <message>
            <source>Making the document…</source>
            <translation>Das Dokument wird erstellt …</translation>
        </message>
        <message>
            <source>Made: %1</source>
            <translation>Erstellt: %1</translation>
        </message>
        <message>
            <source>%1 documents made, one per municipality; “Save as…” writes them all into a folder.</source>
            <translation>%1 Dokumente erstellt, je Kommune eines; „Speichern unter…“ schreibt sie alle in einen Ordner.</translation>
        </message>
        <message numerus="yes">
            <source>Note: %n character(s) missing from the fonts, printed as “�”: %1</source>
            <translation>
                <numerusform>Hinweis: %n Zeichen fehlt in der Schrift und wurde durch „�“ ersetzt: %1</numerusform>
                <numerusform>Hinweis: %n Zeichen fehlen in der Schrift und wurden durch „�“ ersetzt: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message numerus="yes">
            <source>Print all %Ln documents in one go, or only the one shown (%1)?</source>
            <translation>
                <numerusform>Alle %Ln Dokumente in einem Druckauftrag drucken oder nur das angezeigte (%1)?</numerusform>
                <numerusform>Alle %Ln Dokumente in einem Druckauftrag drucken oder nur das angezeigte (%1)?</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>&amp;Alle</translation>
        </message>
        <message>
            <source>&amp;Only the one shown</source>
            <translation>Nur das an&amp;gezeigte</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Wird gedruckt…</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) printed.</source>
            <translation>
                <numerusform>%n Seite gedruckt.</numerusform>
                <numerusform>%n Seiten gedruckt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The document was not printed: %1</source>
            <translation>Das Dokument wurde nicht gedruckt: %1</translation>
        </message>
        <message>
            <source>Printing cancelled.</source>
            <translation>Drucken abgebrochen.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weiteres</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder for the documents (one PDF per municipality)</source>
            <translation>Ordner für die Dokumente (je Kommune ein PDF)</translation>
        </message>
        <message>
            <source>No document was made: %1</source>
            <translation>Es wurde kein Dokument erstellt: %1</translation>
        </message>
        <message>
            <source>&amp;The current municipality</source>
            <translation>&amp;Aktuelle Kommune</translation>
        </message>
        <message>
            <source>All mu&amp;nicipalities (one PDF each, into a folder)</source>
            <translation>A&amp;lle Kommunen (je ein PDF, in einen Ordner)</translation>
        </message>
        <message>
            <source>W&amp;ith contact persons (personal data)</source>
            <translation>Mit Ansprechpersonen (personenbe&amp;zogene Daten)</translation>
        </message>
        <message>
            <source>Ma&amp;ke document</source>
            <translation>Doku&amp;ment erstellen</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Abbre&amp;chen</translation>
        </message>
        <message>
            <source>Displa&amp;yed:</source>
            <translation>Gezeigt &amp;wird:</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Dr&amp;ucken…</translation>
        </message>
        <message>
            <source>Sa&amp;ve as…</source>
            <translation>S&amp;peichern unter…</translation>
        </message>
        <message>
            <source>&amp;Open in PDF viewer</source>
            <translation>&amp;Im PDF-Betrachter öffnen</translation>
        </message>
        <message>
            <source>A document is still being made or printed: print when it is done, or cancel it.</source>
            <translation>Ein Dokument wird noch erstellt oder gedruckt: bitte danach drucken oder es abbrechen.</translation>
        </message>
        <message>
            <source>Cancelled: no document was made.</source>
            <translation>Abgebrochen: Es wurde kein Dokument erstellt.</translation>
        </message>
        <message>
            <source>The document was not saved: %1</source>
            <translation>Das Dokument wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Gespeichert: %1</translation>
        </message>
        <message>
            <source>Replace documents</source>
            <translation>Dokumente ersetzen</translation>
        </message>
        <message numerus="yes">
            <source>%1 already holds %Ln of these documents:</source>
            <translation>
                <numerusform>%1 enthält bereits %Ln dieser Dokumente:</numerusform>
                <numerusform>%1 enthält bereits %Ln dieser Dokumente:</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace them with the new ones?</source>
            <translation>Durch die neuen ersetzen?</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Ersetzen</translation>
        </message>
        <message>
            <source>&amp;Keep the old ones</source>
            <translation>&amp;Alte behalten</translation>
        </message>
        <message>
            <source>The documents were not saved: %1</source>
            <translation>Die Dokumente wurden nicht gespeichert: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln documents saved in %1</source>
            <translation>
                <numerusform>%Ln Dokument in %1 gespeichert</numerusform>
                <numerusform>%Ln Dokumente in %1 gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>Save document as</source>
            <translation>Dokument speichern unter</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Dossier: everything about the municipality</source>
            <translation>Dossier: alles zur Kommune</translation>
        </message>
        <message>
            <source>Analysis: barriers, actors, pillars</source>
            <translation>Analyse: Hemmnisse, Akteure, Säulen</translation>
        </message>
        <message>
            <source>Measures plan</source>
            <translation>Maßnahmenplan</translation>
        </message>
        <message>
            <source>Actor directory</source>
            <translation>Akteursverzeichnis</translation>
        </message>
        <message>
            <source>Events and their protocols</source>
            <translation>Veranstaltungen und ihre Protokolle</translation>
        </message>
        <message>
            <source>Network map with index</source>
            <translation>Netzwerkkarte mit Verzeichnis</translation>
        </message>
        <message>
            <source>Checklist: intercultural opening of a club</source>
            <translation>Checkliste: Interkulturelle Öffnung eines Vereins</translation>
        </message>
        <message>
            <source>Checklist: anchoring in the administration</source>
            <translation>Checkliste: Verankerung in der Verwaltung</translation>
        </message>
        <message>
            <source>Comparison of all municipalities</source>
            <translation>Vergleich aller Kommunen</translation>
        </message>
        <message>
            <source>Get involved (guide for residents)</source>
            <translation>Mitmachen (Wegweiser für Einwohner:innen)</translation>
        </message>
    </context>
    <context>
        <name>ReuseDialog</name>
        <message>
            <source>Measure from an approach</source>
            <translation>Maßnahme aus einem Ansatz</translation>
        </message>
        <message>
            <source>Measures of this approach for other barriers</source>
            <translation>Maßnahmen dieses Ansatzes für andere Hemmnisse</translation>
        </message>
        <message>
            <source>&amp;Measures already planned:</source>
            <translation>&amp;Bereits geplante Maßnahmen:</translation>
        </message>
        <message>
            <source>&amp;Use it for this barrier too</source>
            <translation>&amp;Auch für dieses Hemmnis verwenden</translation>
        </message>
        <message>
            <source>Create a &amp;new measure</source>
            <translation>&amp;Neue Maßnahme anlegen</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Abbre&amp;chen</translation>
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <source>Edit round</source>
            <translation>Runde bearbeiten</translation>
        </message>
        <message>
            <source>New assessment round</source>
            <translation>Neue Bewertungsrunde</translation>
        </message>
        <message>
            <source>e.g. Baseline autumn 2025</source>
            <translation>z. B. Ausgangslage Herbst 2025</translation>
        </message>
        <message>
            <source>Date known</source>
            <translation>Datum steht fest</translation>
        </message>
        <message>
            <source>Date of the round</source>
            <translation>Datum der Runde</translation>
        </message>
        <message>
            <source>e.g. steering group, integration council, two clubs</source>
            <translation>z. B. Steuerungsgruppe, Integrationsbeirat, zwei Vereine</translation>
        </message>
        <message>
            <source>– start empty –</source>
            <translation>– leer beginnen –</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Participants:</source>
            <translation>Te&amp;ilnehmende:</translation>
        </message>
        <message>
            <source>Take &amp;notes from:</source>
            <translation>&amp;Notizen übernehmen aus:</translation>
        </message>
        <message>
            <source>The notes of an earlier round show what its scores were based on; the scores stay empty.</source>
            <translation>Die Notizen einer früheren Runde zeigen, worauf deren Bewertungen beruhten; die Bewertungen selbst bleiben leer.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>C&amp;reate round</source>
            <translation>Runde an&amp;legen</translation>
        </message>
    </context>
    <context>
        <name>SaveDialog</name>
        <message>
            <source>“%1” already exists in %2. Replace it?</source>
            <translation>„%1“ gibt es in %2 schon. Ersetzen?</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Ersetzen</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Behalten</translation>
        </message>
    </context>
    <context>
        <name>ScoreForm</name>
        <message>
            <source>– not assessed</source>
            <translation>– nicht bewertet</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>what the score is based on</source>
            <translation>worauf die Bewertung beruht</translation>
        </message>
        <message>
            <source>Note on %1</source>
            <translation>Notiz zu %1</translation>
        </message>
        <message>
            <source>average %1</source>
            <translation>Durchschnitt %1</translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message>
            <source>Side b&amp;y side: German and one other language</source>
            <translation>Nebeneinander: Deutsch und eine &amp;weitere Sprache</translation>
        </message>
        <message>
            <source>German in the left column, the other language in the right, row by row.</source>
            <translation>Deutsch in der linken Spalte, die andere Sprache in der rechten, Zeile für Zeile.</translation>
        </message>
        <message>
            <source>Side by side: please tick German and exactly one other language.</source>
            <translation>Nebeneinander: bitte Deutsch und genau eine weitere Sprache ankreuzen.</translation>
        </message>
    </context>
    <context>
        <name>StandoutBox</name>
        <message>
            <source>What stands out</source>
            <translation>Was auffällt</translation>
        </message>
        <message>
            <source>Sho&amp;w its indicators</source>
            <translation>Indikatoren &amp;zeigen</translation>
        </message>
        <message>
            <source>&amp;Plan measures</source>
            <translation>&amp;Maßnahmen planen</translation>
        </message>
        <message>
            <source>&amp;Open comparison</source>
            <translation>Z&amp;um Vergleich</translation>
        </message>
        <message>
            <source>Plan measures that strengthen this pillar</source>
            <translation>Maßnahmen planen, die diese Säule stärken</translation>
        </message>
        <message>
            <source>Weakest pillar in “%1”: %2 (average %3).</source>
            <translation>Schwächste Säule in „%1“: %2 (Durchschnitt %3).</translation>
        </message>
        <message>
            <source>Score every pillar to see which is weakest. Not scored yet: %1.</source>
            <translation>Bewerten Sie jede Säule, um die schwächste zu sehen. Noch nicht bewertet: %1.</translation>
        </message>
        <message>
            <source>Score the indicators to see which pillar is weakest.</source>
            <translation>Bewerten Sie die Indikatoren, dann erscheint hier die schwächste Säule.</translation>
        </message>
        <message>
            <source>With two scored rounds, the biggest change shows here.</source>
            <translation>Sobald zwei Runden bewertet sind, erscheint hier die größte Veränderung.</translation>
        </message>
        <message>
            <source>No pillar changed from “%1” to “%2”.</source>
            <translation>Von „%1“ zu „%2“ hat sich keine Säule verändert.</translation>
        </message>
        <message>
            <source>Biggest change from “%1” to “%2”: %3 improved by %4.</source>
            <translation>Größte Veränderung von „%1“ zu „%2“: %3 hat sich um %4 verbessert.</translation>
        </message>
        <message>
            <source>Biggest change from “%1” to “%2”: %3 fell back by %4.</source>
            <translation>Größte Veränderung von „%1“ zu „%2“: %3 hat sich um %4 verschlechtert.</translation>
        </message>
    </context>
    <context>
        <name>Start</name>
        <message>
            <source>Cannot open the data</source>
            <translation>Daten lassen sich nicht öffnen</translation>
        </message>
        <message>
            <source>VOPI Desktop cannot write in its data folder %1 (read-only or not accessible). Ask your IT for write access, or start it with another folder: vopi-desktop --data-dir FOLDER.</source>
            <translation>VOPI Desktop kann in seinem Datenordner %1 nicht schreiben (schreibgeschützt oder nicht zugänglich). Bitte die IT um Schreibrechte bitten oder das Programm mit einem anderen Ordner starten: vopi-desktop --data-dir ORDNER.</translation>
        </message>
        <message>
            <source>Already open</source>
            <translation>Schon geöffnet</translation>
        </message>
        <message>
            <source>The database %1 is damaged (SQLite's check says: %2). Nothing was changed.</source>
            <translation>Die Datenbank %1 ist beschädigt (die Prüfung von SQLite meldet: %2). Nichts wurde verändert.</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>Die Datenbank ist beschädigt</translation>
        </message>
        <message>
            <source>%1

None of the backups in %2 can be opened either.</source>
            <translation>%1

Keine der Sicherungen in %2 lässt sich öffnen.</translation>
        </message>
        <message>
            <source>%1

Restore the newest backup, %2? Nothing else is changed; the damaged file is kept.</source>
            <translation>%1

Die neueste Sicherung, %2, wiederherstellen? Sonst wird nichts verändert; die beschädigte Datei bleibt erhalten.</translation>
        </message>
        <message>
            <source>&amp;Restore the backup</source>
            <translation>Sicherung &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>Es wurde nichts wiederhergestellt: %1</translation>
        </message>
    </context>
    <context>
        <name>StartChanges</name>
        <message>
            <source>occasion “%1” ticked</source>
            <translation>Anlass „%1“ angekreuzt</translation>
        </message>
        <message>
            <source>occasion “%1” unticked</source>
            <translation>Anlass „%1“ abgewählt</translation>
        </message>
        <message>
            <source>own concern</source>
            <translation>eigenes Anliegen</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>There is no municipality in this workspace yet. Create one (Ctrl+N); the same dialog also loads the fictional example town to look around and practise.</source>
            <translation>In diesem Arbeitsbereich gibt es noch keine Kommune. Legen Sie eine an (Strg+N); im selben Dialog können Sie auch die erfundene Beispielstadt laden, um sich umzusehen und zu üben.</translation>
        </message>
        <message>
            <source>&amp;Create municipality…</source>
            <translation>Kommune &amp;anlegen…</translation>
        </message>
        <message>
            <source>Occasion: why is your municipality taking this up?</source>
            <translation>Anlass: Warum nimmt sich Ihre Kommune des Themas an?</translation>
        </message>
        <message>
            <source>&amp;Change details…</source>
            <translation>Angaben ä&amp;ndern…</translation>
        </message>
        <message>
            <source>Name, kind, federal state, population and contact (File menu)</source>
            <translation>Name, Art, Bundesland, Einwohnerzahl und Kontakt (auch im Menü Datei)</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <source>Welcome to VOPI Desktop</source>
            <translation>Willkommen bei VOPI Desktop</translation>
        </message>
        <message>
            <source>%1 inhabitants</source>
            <translation>%1 Einwohner:innen</translation>
        </message>
        <message>
            <source>Where the topic lives: %1</source>
            <translation>Zuständigkeit in der Verwaltung: %1</translation>
        </message>
        <message>
            <source>%1 (in a later version)</source>
            <translation>%1 (in einer späteren Version)</translation>
        </message>
        <message>
            <source>This area is not built yet; its page says what it will do.</source>
            <translation>Dieser Bereich ist noch nicht fertig; seine Seite sagt, was er leisten wird.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Tick the occasions that apply to your municipality; each tick is saved at once (Ctrl+Z undoes it). Your own concern is saved with its Save button (Ctrl+S). The next steps on the right follow from the occasions and from what is already filled in; each one leads to its area. Ctrl+P prints the municipality's dossier.</source>
            <translation>Kreuzen Sie die Anlässe an, die für Ihre Kommune zutreffen; jedes Kreuz wird sofort gespeichert (Strg+Z macht es rückgängig). Ihr eigenes Anliegen speichern Sie mit seiner Schaltfläche Speichern (Strg+S). Die nächsten Schritte rechts ergeben sich aus den Anlässen und aus dem, was schon ausgefüllt ist; jeder führt zu seinem Bereich. Strg+P druckt das Dossier der Kommune.</translation>
        </message>
    </context>
    <context>
        <name>StepsEditor</name>
        <message>
            <source>Step</source>
            <translation>Arbeitsschritt</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Arbeitsschritte</translation>
        </message>
        <message>
            <source>F2 chooses a due date, Del removes it</source>
            <translation>F2 wählt ein Fälligkeitsdatum, Entf löscht es</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <source>Add a step at the end and type what is to be done</source>
            <translation>Einen Schritt am Ende anfügen und eintragen, was zu tun ist</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Schritt entfernen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
    </context>
    <context>
        <name>Suggest</name>
        <message>
            <source>Catalogue approaches for this barrier</source>
            <translation>Ansätze des Katalogs für dieses Hemmnis</translation>
        </message>
        <message>
            <source>The catalogue has no approach for this barrier; plan an own measure.</source>
            <translation>Der Katalog hat keinen Ansatz für dieses Hemmnis; planen Sie eine eigene Maßnahme.</translation>
        </message>
        <message>
            <source>%1 – already planned: “%2”</source>
            <translation>%1 – schon geplant: „%2“</translation>
        </message>
        <message>
            <source>%1 – already planned for %2: “%3”</source>
            <translation>%1 – schon geplant für %2: „%3“</translation>
        </message>
        <message numerus="yes">
            <source>%1 – already planned for other barriers: %n measure(s)</source>
            <translation>
                <numerusform>%1 – schon geplant für andere Hemmnisse: %n Maßnahme</numerusform>
                <numerusform>%1 – schon geplant für andere Hemmnisse: %n Maßnahmen</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” already exists (for %2).
Use it for this barrier too? The measure then also addresses “%3”. Or create a new measure of its own.</source>
            <translation>„%1“ gibt es schon (für %2).
Auch für dieses Hemmnis verwenden? Die Maßnahme bearbeitet dann auch „%3“. Oder legen Sie eine eigene neue Maßnahme an.</translation>
        </message>
        <message numerus="yes">
            <source>This approach is already planned as %n measure(s) for other barriers.
Use one of them for this barrier too? It then also addresses “%1”. Or create a new measure of its own.</source>
            <translation>
                <numerusform>Dieser Ansatz ist schon als %n Maßnahme für andere Hemmnisse geplant.
Diese auch für dieses Hemmnis verwenden? Sie bearbeitet dann auch „%1“. Oder legen Sie eine eigene neue Maßnahme an.</numerusform>
                <numerusform>Dieser Ansatz ist schon als %n Maßnahmen für andere Hemmnisse geplant.
Eine davon auch für dieses Hemmnis verwenden? Sie bearbeitet dann auch „%1“. Oder legen Sie eine eigene neue Maßnahme an.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” – for %2</source>
            <translation>„%1“ – für %2</translation>
        </message>
        <message>
            <source>Measure “%1” linked to the barrier</source>
            <translation>Maßnahme „%1“ mit dem Hemmnis verknüpft</translation>
        </message>
        <message>
            <source>“%1” is now also linked to this barrier.</source>
            <translation>„%1“ ist jetzt auch mit diesem Hemmnis verknüpft.</translation>
        </message>
        <message>
            <source>“%1” is already planned for this barrier: opened.</source>
            <translation>„%1“ ist für dieses Hemmnis schon geplant – hier geöffnet.</translation>
        </message>
        <message>
            <source>Measure “%1” created</source>
            <translation>Maßnahme „%1“ angelegt</translation>
        </message>
        <message>
            <source>Measure “%1” created and linked to the barrier.</source>
            <translation>Maßnahme „%1“ angelegt und mit dem Hemmnis verknüpft.</translation>
        </message>
    </context>
    <context>
        <name>TargetGroupsDialog</name>
        <message>
            <source>VOPI Desktop – Target groups</source>
            <translation>VOPI Desktop – Zielgruppen</translation>
        </message>
        <message>
            <source>Whom do you want to reach? Name the groups as your municipality speaks of them. Barriers and measures refer to this list.</source>
            <translation>Wen möchten Sie erreichen? Benennen Sie die Gruppen so, wie man in Ihrer Kommune von ihnen spricht. Hemmnisse und Maßnahmen beziehen sich auf diese Liste.</translation>
        </message>
        <message>
            <source>Target &amp;groups:</source>
            <translation>&amp;Zielgruppen:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <source>&amp;Add as new group</source>
            <translation>Als neue Gruppe &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Change selected</source>
            <translation>Ausgewählte &amp;ändern</translation>
        </message>
        <message>
            <source>De&amp;lete selected</source>
            <translation>Ausgewählte &amp;löschen</translation>
        </message>
        <message>
            <source>Suggestions: one click adds the group</source>
            <translation>Vorschläge: ein Klick fügt die Gruppe hinzu</translation>
        </message>
        <message>
            <source>Already in the list: %1</source>
            <translation>Schon in der Liste: %1</translation>
        </message>
        <message>
            <source>Add suggestion: %1</source>
            <translation>Vorschlag hinzufügen: %1</translation>
        </message>
        <message>
            <source>barriers: %1</source>
            <translation>Hemmnisse: %1</translation>
        </message>
        <message>
            <source>measures: %1</source>
            <translation>Maßnahmen: %1</translation>
        </message>
        <message>
            <source>Target group “%1” added</source>
            <translation>Zielgruppe „%1“ angelegt</translation>
        </message>
        <message>
            <source>Target group “%1” changed</source>
            <translation>Zielgruppe „%1“ geändert</translation>
        </message>
        <message numerus="yes">
            <source>%n barrier(s)</source>
            <translation>
                <numerusform>%n Hemmnis</numerusform>
                <numerusform>%n Hemmnissen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n Maßnahme</numerusform>
                <numerusform>%n Maßnahmen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>“%1” is used by %2. Delete it anyway? They keep everything else; Ctrl+Z brings the target group back.</source>
            <translation>„%1“ wird von %2 verwendet. Trotzdem löschen? Alles andere an ihnen bleibt; Strg+Z holt die Zielgruppe zurück.</translation>
        </message>
        <message>
            <source>Target group “%1” deleted</source>
            <translation>Zielgruppe „%1“ gelöscht</translation>
        </message>
        <message>
            <source>Delete target group</source>
            <translation>Zielgruppe löschen</translation>
        </message>
    </context>
    <context>
        <name>TextForm</name>
        <message>
            <source>&amp;Wording (empty: the built-in text):</source>
            <translation>&amp;Wortlaut (leer: der eingebaute Text):</translation>
        </message>
        <message>
            <source>e.g. a native speaker from a migrant organisation</source>
            <translation>z. B. eine Muttersprachlerin aus einer Migrantenorganisation</translation>
        </message>
        <message>
            <source>Reviewed &amp;by:</source>
            <translation>Gep&amp;rüft von:</translation>
        </message>
        <message>
            <source>Mar&amp;k reviewed</source>
            <translation>Als geprüft &amp;markieren</translation>
        </message>
    </context>
    <context>
        <name>TextsTab</name>
        <message>
            <source>Texts per language</source>
            <translation>Texte je Sprache</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Review status</source>
            <translation>Prüfstand</translation>
        </message>
        <message>
            <source>Reviewed by, on</source>
            <translation>Geprüft von, am</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <source>Not reviewed</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <source>own wording</source>
            <translation>eigener Wortlaut</translation>
        </message>
    </context>
    <context>
        <name>TimelineLegend</name>
        <message>
            <source>Step open</source>
            <translation>Schritt offen</translation>
        </message>
        <message>
            <source>Step done</source>
            <translation>Schritt erledigt</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quartal</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Every pillar</source>
            <translation>Jede Säule</translation>
        </message>
        <message>
            <source>Everyone responsible</source>
            <translation>Alle Verantwortlichen</translation>
        </message>
        <message>
            <source>&amp;Zoom:</source>
            <translation>&amp;Zoom:</translation>
        </message>
        <message>
            <source>&amp;Pillar:</source>
            <translation>&amp;Säule:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>Arrow keys go from item to item, Enter opens it; Ctrl+wheel zooms.</source>
            <translation>Pfeiltasten gehen von Eintrag zu Eintrag, Enter öffnet ihn; Strg+Mausrad zoomt.</translation>
        </message>
        <message>
            <source>Timeline of measures and events</source>
            <translation>Zeitplan der Maßnahmen und Veranstaltungen</translation>
        </message>
        <message>
            <source>Nothing with a date yet</source>
            <translation>Noch nichts mit Datum</translation>
        </message>
        <message>
            <source>The timeline shows measures from their start to their end, their steps and the events. Plan a measure with dates on the Measures page, or record an event with its date.</source>
            <translation>Der Zeitplan zeigt die Maßnahmen von Beginn bis Ende, ihre Arbeitsschritte und die Veranstaltungen. Planen Sie eine Maßnahme mit Terminen auf der Seite Maßnahmen, oder erfassen Sie eine Veranstaltung mit Datum.</translation>
        </message>
        <message>
            <source>Go to &amp;Measures</source>
            <translation>Zu den &amp;Maßnahmen</translation>
        </message>
    </context>
    <context>
        <name>TopBarriers</name>
        <message>
            <source>Top barriers</source>
            <translation>Die wichtigsten Hemmnisse</translation>
        </message>
        <message>
            <source>No barrier is rated medium or high yet.</source>
            <translation>Noch kein Hemmnis ist mit „mittel“ oder „hoch“ bewertet.</translation>
        </message>
        <message>
            <source>target groups: %1</source>
            <translation>Zielgruppen: %1</translation>
        </message>
        <message>
            <source>Show this barrier</source>
            <translation>Dieses Hemmnis anzeigen</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash – actors</source>
            <translation>Papierkorb – Akteure</translation>
        </message>
        <message>
            <source>Actors in the trash are hidden everywhere, but their links, events and measures are kept. Restore brings them back as they were.</source>
            <translation>Akteure im Papierkorb sind überall ausgeblendet, ihre Verbindungen, Veranstaltungen und Maßnahmen bleiben aber erhalten. „Wiederherstellen“ holt sie unverändert zurück.</translation>
        </message>
        <message>
            <source>Actors in the trash</source>
            <translation>Akteure im Papierkorb</translation>
        </message>
        <message>
            <source>&amp;Actors in the trash:</source>
            <translation>&amp;Akteure im Papierkorb:</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>Der Papierkorb ist leer.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Delete for good…</source>
            <translation>&amp;Endgültig löschen …</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message>
            <source>“%1” deleted for good – earlier steps can no longer be undone.</source>
            <translation>„%1“ endgültig gelöscht – frühere Schritte lassen sich nicht mehr rückgängig machen.</translation>
        </message>
        <message>
            <source>“%1” deleted for good.</source>
            <translation>„%1“ endgültig gelöscht.</translation>
        </message>
        <message>
            <source>Delete “%1” for good? Its links, its opening checklist and its place in events and measures are removed as well. This cannot be undone.</source>
            <translation>„%1“ endgültig löschen? Seine Verbindungen, seine Checkliste zur interkulturellen Öffnung und seine Einträge bei Veranstaltungen und Maßnahmen werden ebenfalls entfernt. Das lässt sich nicht rückgängig machen.</translation>
        </message>
    </context>
    <context>
        <name>TrashModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Moved to the trash</source>
            <translation>In den Papierkorb verschoben</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Undone: %1</source>
            <translation>Rückgängig: %1</translation>
        </message>
        <message>
            <source>Input saved. No longer to be redone: %1.</source>
            <translation>Eingabe gespeichert. Nicht mehr zu wiederholen: %1.</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Wiederhergestellt: %1</translation>
        </message>
        <message>
            <source>Input saved. Not undone: %1 (the save changed the same record).</source>
            <translation>Eingabe gespeichert. Nicht rückgängig gemacht: %1 (das Speichern hat denselben Datensatz geändert).</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo: %1</source>
            <translation>&amp;Wiederholen: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
    </context>
    <context>
        <name>_Choice</name>
        <message>
            <source>Show &amp;all</source>
            <translation>&amp;Alle zeigen</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 von %3)</translation>
        </message>
    </context>
    <context>
        <name>_DateDelegate</name>
        <message>
            <source>Due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
    </context>
    <context>
        <name>_Rows</name>
        <message>
            <source>Remove row</source>
            <translation>Zeile entfernen</translation>
        </message>
    </context>
</TS>
