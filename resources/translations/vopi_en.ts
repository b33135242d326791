<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>Crash</name>
        <message>
            <source>VOPI Desktop – Unexpected error</source>
            <translation>VOPI Desktop – Unexpected error</translation>
        </message>
        <message>
            <source>Something went wrong: %1

Your saved data is safe: every change is written completely or not at all. Details are in %2.</source>
            <translation>Something went wrong: %1

Your saved data is safe: every change is written completely or not at all. Details are in %2.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Areas</source>
            <translation>Areas</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New municipality…</source>
            <translation>&amp;New municipality…</translation>
        </message>
        <message>
            <source>&amp;Print / reports…</source>
            <translation>&amp;Print / reports…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Help for this page</source>
            <translation>&amp;Help for this page</translation>
        </message>
        <message>
            <source>&amp;About VOPI Desktop</source>
            <translation>&amp;About VOPI Desktop</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source> (example)</source>
            <translation> (example)</translation>
        </message>
        <message>
            <source>Municipality created.</source>
            <translation>Municipality created.</translation>
        </message>
        <message>
            <source>This page has no search field.</source>
            <translation>This page has no search field.</translation>
        </message>
        <message>
            <source>VOPI Desktop – Help</source>
            <translation>VOPI Desktop – Help</translation>
        </message>
        <message>
            <source>Choose an area in the sidebar on the left (Ctrl+1 … Ctrl+9). The Start page recommends the next steps for your municipality.</source>
            <translation>Choose an area in the sidebar on the left (Ctrl+1 … Ctrl+9). The Start page recommends the next steps for your municipality.</translation>
        </message>
        <message>
            <source>VOPI Desktop – About</source>
            <translation>VOPI Desktop – About</translation>
        </message>
        <message>
            <source>VOPI Desktop %1

The offline workbench for opening civic engagement to people with a migration background. Works without internet; your data stays on this computer.</source>
            <translation>VOPI Desktop %1

The offline workbench for opening civic engagement to people with a migration background. Works without internet; your data stays on this computer.</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityDialog</name>
        <message>
            <source>VOPI Desktop – New municipality</source>
            <translation>VOPI Desktop – New municipality</translation>
        </message>
        <message>
            <source>Welcome! Create the municipality whose process you support. You can change these details later. Or load the fictional example town to look around and practise.</source>
            <translation>Welcome! Create the municipality whose process you support. You can change these details later. Or load the fictional example town to look around and practise.</translation>
        </message>
        <message>
            <source>Create another municipality in this workspace, or load the fictional example town if it is not here yet.</source>
            <translation>Create another municipality in this workspace, or load the fictional example town if it is not here yet.</translation>
        </message>
        <message>
            <source>e.g. Musterstadt</source>
            <translation>e.g. Musterstadt</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Federal &amp;state:</source>
            <translation>Federal &amp;state:</translation>
        </message>
        <message>
            <source>&amp;Population:</source>
            <translation>&amp;Population:</translation>
        </message>
        <message>
            <source>&amp;Contact person:</source>
            <translation>&amp;Contact person:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Telephone:</source>
            <translation>&amp;Telephone:</translation>
        </message>
        <message>
            <source>Error message</source>
            <translation>Error message</translation>
        </message>
        <message>
            <source>C&amp;reate municipality</source>
            <translation>C&amp;reate municipality</translation>
        </message>
        <message>
            <source>Load the e&amp;xample town</source>
            <translation>Load the e&amp;xample town</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Analysis</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Barriers</source>
            <translation>Barriers</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Actors</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Pillars</source>
            <translation>Pillars</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Intercultural opening</source>
            <translation>Intercultural opening</translation>
        </message>
        <message>
            <source>Anchoring</source>
            <translation>Anchoring</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Exchange</translation>
        </message>
        <message>
            <source>Consultant view</source>
            <translation>Consultant view</translation>
        </message>
    </context>
    <context>
        <name>NextSteps</name>
        <message>
            <source>Rate the barriers</source>
            <translation>Rate the barriers</translation>
        </message>
        <message>
            <source>Record the local actors</source>
            <translation>Record the local actors</translation>
        </message>
        <message>
            <source>Map who works with whom</source>
            <translation>Map who works with whom</translation>
        </message>
        <message>
            <source>Self-assess the four pillars</source>
            <translation>Self-assess the four pillars</translation>
        </message>
        <message>
            <source>Plan a participation event</source>
            <translation>Plan a participation event</translation>
        </message>
        <message>
            <source>Plan measures for outreach</source>
            <translation>Plan measures for outreach</translation>
        </message>
        <message>
            <source>Support clubs in opening up</source>
            <translation>Support clubs in opening up</translation>
        </message>
        <message>
            <source>Anchor the topic in the administration</source>
            <translation>Anchor the topic in the administration</translation>
        </message>
        <message>
            <source>%1 of %2 rated. Why do people stay out?</source>
            <translation>%1 of %2 rated. Why do people stay out?</translation>
        </message>
        <message>
            <source>%1 organisations recorded.</source>
            <translation>%1 organisations recorded.</translation>
        </message>
        <message>
            <source>%1 links drawn. Which migrant organisations are isolated?</source>
            <translation>%1 links drawn. Which migrant organisations are isolated?</translation>
        </message>
        <message>
            <source>%1 of 20 indicators scored.</source>
            <translation>%1 of 20 indicators scored.</translation>
        </message>
        <message>
            <source>%1 events recorded: future conference, World Café, round table, network meeting.</source>
            <translation>%1 events recorded: future conference, World Café, round table, network meeting.</translation>
        </message>
        <message>
            <source>%1 measures planned.</source>
            <translation>%1 measures planned.</translation>
        </message>
        <message>
            <source>%1 clubs with an opening checklist.</source>
            <translation>%1 clubs with an opening checklist.</translation>
        </message>
        <message>
            <source>Where does the topic belong, and what makes it permanent?</source>
            <translation>Where does the topic belong, and what makes it permanent?</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This area is not built yet. It will come with one of the next versions of VOPI Desktop. Your data is not affected.</source>
            <translation>This area is not built yet. It will come with one of the next versions of VOPI Desktop. Your data is not affected.</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>There is no municipality in this workspace yet. Create one (Ctrl+N); the same dialog also loads the fictional example town to look around and practise.</source>
            <translation>There is no municipality in this workspace yet. Create one (Ctrl+N); the same dialog also loads the fictional example town to look around and practise.</translation>
        </message>
        <message>
            <source>&amp;Create municipality…</source>
            <translation>&amp;Create municipality…</translation>
        </message>
        <message>
            <source>Occasion: why is your municipality taking this up?</source>
            <translation>Occasion: why is your municipality taking this up?</translation>
        </message>
        <message>
            <source>Your own &amp;concern:</source>
            <translation>Your own &amp;concern:</translation>
        </message>
        <message>
            <source>&amp;Save concern</source>
            <translation>&amp;Save concern</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>Welcome to VOPI Desktop</source>
            <translation>Welcome to VOPI Desktop</translation>
        </message>
        <message>
            <source>%1 inhabitants</source>
            <translation>%1 inhabitants</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Tick the occasions that apply to your municipality. The next steps on the right follow from them and from what is already filled in; each one leads to its area.</source>
            <translation>Tick the occasions that apply to your municipality. The next steps on the right follow from them and from what is already filled in; each one leads to its area.</translation>
        </message>
    </context>
</TS>
