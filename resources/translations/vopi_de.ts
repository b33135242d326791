<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
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
            <source>Database: %1</source>
            <translation>Datenbank: %1</translation>
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
            <source>This page has no search field.</source>
            <translation>Diese Seite hat kein Suchfeld.</translation>
        </message>
        <message>
            <source>VOPI Desktop – Help</source>
            <translation>VOPI Desktop – Hilfe</translation>
        </message>
        <message>
            <source>Choose an area in the sidebar on the left (Ctrl+1 … Ctrl+9). The Start page recommends the next steps for your municipality.</source>
            <translation>Wählen Sie links einen Bereich (Strg+1 … Strg+9). Die Startseite empfiehlt die nächsten Schritte für Ihre Kommune.</translation>
        </message>
        <message>
            <source>VOPI Desktop – About</source>
            <translation>VOPI Desktop – Über</translation>
        </message>
        <message>
            <source>VOPI Desktop %1

The offline workbench for opening civic engagement to people with a migration background. Works without internet; your data stays on this computer.</source>
            <translation>VOPI Desktop %1

Die Offline-Werkbank für die Öffnung des bürgerschaftlichen Engagements für Menschen mit Migrationsgeschichte. Arbeitet ohne Internet; Ihre Daten bleiben auf diesem Computer.</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityDialog</name>
        <message>
            <source>VOPI Desktop – New municipality</source>
            <translation>VOPI Desktop – Neue Kommune</translation>
        </message>
        <message>
            <source>Welcome! Create the municipality whose process you support. You can change these details later. Or load the fictional example town to look around and practise.</source>
            <translation>Willkommen! Legen Sie die Kommune an, deren Prozess Sie begleiten. Die Angaben lassen sich später ändern. Oder laden Sie die erfundene Beispielstadt, um sich umzusehen und zu üben.</translation>
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
            <translation>&amp;Einwohnerzahl:</translation>
        </message>
        <message>
            <source>&amp;Contact person:</source>
            <translation>&amp;Ansprechperson:</translation>
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
            <source>Error message</source>
            <translation>Fehlermeldung</translation>
        </message>
        <message>
            <source>C&amp;reate municipality</source>
            <translation>Kommune an&amp;legen</translation>
        </message>
        <message>
            <source>Load the e&amp;xample town</source>
            <translation>Beispielstadt la&amp;den</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
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
            <source>%1 organisations recorded.</source>
            <translation>%1 Organisationen erfasst.</translation>
        </message>
        <message>
            <source>%1 links drawn. Which migrant organisations are isolated?</source>
            <translation>%1 Verbindungen erfasst. Welche Migrantenorganisationen stehen allein?</translation>
        </message>
        <message>
            <source>%1 of 20 indicators scored.</source>
            <translation>%1 von 20 Indikatoren eingeschätzt.</translation>
        </message>
        <message>
            <source>%1 events recorded: future conference, World Café, round table, network meeting.</source>
            <translation>%1 Veranstaltungen erfasst: Zukunftskonferenz, World Café, Runder Tisch, Netzwerktreffen.</translation>
        </message>
        <message>
            <source>%1 measures planned.</source>
            <translation>%1 Maßnahmen geplant.</translation>
        </message>
        <message>
            <source>%1 clubs with an opening checklist.</source>
            <translation>%1 Vereine mit Öffnungs-Checkliste.</translation>
        </message>
        <message>
            <source>Where does the topic belong, and what makes it permanent?</source>
            <translation>Wo gehört das Thema hin, und was macht es dauerhaft?</translation>
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
            <source>Your own &amp;concern:</source>
            <translation>Eigenes &amp;Anliegen:</translation>
        </message>
        <message>
            <source>&amp;Save concern</source>
            <translation>Anliegen &amp;speichern</translation>
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
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Tick the occasions that apply to your municipality. The next steps on the right follow from them and from what is already filled in; each one leads to its area.</source>
            <translation>Kreuzen Sie die Anlässe an, die für Ihre Kommune gelten. Die nächsten Schritte rechts ergeben sich daraus und aus dem, was schon ausgefüllt ist; jeder führt in seinen Bereich.</translation>
        </message>
    </context>
</TS>
