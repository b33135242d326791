<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>VOPI Desktop – About</source>
            <translation>VOPI Desktop – About</translation>
        </message>
        <message>
            <source>The offline workbench for opening civic engagement to people with a migration background. It works without internet; your data stays in the database named below.</source>
            <translation>The offline workbench for opening civic engagement to people with a migration background. It works without internet; your data stays in the database named below.</translation>
        </message>
        <message>
            <source>&amp;Copy for a support e-mail</source>
            <translation>&amp;Copy for a support e-mail</translation>
        </message>
        <message>
            <source>Copied. Paste it into your e-mail to the support.</source>
            <translation>Copied. Paste it into your e-mail to the support.</translation>
        </message>
    </context>
    <context>
        <name>Accessible</name>
        <message>
            <source>More tools</source>
            <translation>More tools</translation>
        </message>
        <message>
            <source>Clear text</source>
            <translation>Clear text</translation>
        </message>
    </context>
    <context>
        <name>ActorChanges</name>
        <message>
            <source>new actor “%1”</source>
            <translation>new actor “%1”</translation>
        </message>
        <message>
            <source>changes to “%1”</source>
            <translation>changes to “%1”</translation>
        </message>
        <message>
            <source>“%1” moved to the trash</source>
            <translation>“%1” moved to the trash</translation>
        </message>
        <message>
            <source>“%1” restored</source>
            <translation>“%1” restored</translation>
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
            <translation>in the trash</translation>
        </message>
    </context>
    <context>
        <name>ActorDetail</name>
        <message>
            <source>Details of the selected actor</source>
            <translation>Details of the selected actor</translation>
        </message>
        <message>
            <source>No actors yet. Add the first one with “New actor” (Insert).</source>
            <translation>No actors yet. Add the first one with “New actor” (Insert).</translation>
        </message>
        <message>
            <source>Select an actor to see its details here.</source>
            <translation>Select an actor to see its details here.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>Telephone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>No contact person recorded.</source>
            <translation>No contact person recorded.</translation>
        </message>
        <message>
            <source>overdue: review or delete the contact details</source>
            <translation>overdue: review or delete the contact details</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Consent given on</translation>
        </message>
        <message>
            <source>Review or delete by</source>
            <translation>Review or delete by</translation>
        </message>
    </context>
    <context>
        <name>ActorDialog</name>
        <message>
            <source>Edit actor</source>
            <translation>Edit actor</translation>
        </message>
        <message>
            <source>New actor</source>
            <translation>New actor</translation>
        </message>
        <message>
            <source>members or active people</source>
            <translation>members or active people</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>Si&amp;ze:</source>
            <translation>Si&amp;ze:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <source>&amp;E-mail (organisation):</source>
            <translation>&amp;E-mail (organisation):</translation>
        </message>
        <message>
            <source>&amp;Telephone (organisation):</source>
            <translation>&amp;Telephone (organisation):</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <source>Fields of engagement</source>
            <translation>Fields of engagement</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>&amp;Fields of engagement:</source>
            <translation>&amp;Fields of engagement:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Languages:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Contact person (personal data)</source>
            <translation>Contact person (personal data)</translation>
        </message>
        <message>
            <source>– please choose –</source>
            <translation>– please choose –</translation>
        </message>
        <message>
            <source>given on</source>
            <translation>given on</translation>
        </message>
        <message>
            <source>on</source>
            <translation>on</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>E-ma&amp;il:</source>
            <translation>E-ma&amp;il:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>Legal &amp;basis:</source>
            <translation>Legal &amp;basis:</translation>
        </message>
        <message>
            <source>&amp;Consent:</source>
            <translation>&amp;Consent:</translation>
        </message>
        <message>
            <source>&amp;Review or delete:</source>
            <translation>&amp;Review or delete:</translation>
        </message>
        <message>
            <source>Data protection guidance</source>
            <translation>Data protection guidance</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
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
            <translation>Type</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Review by</source>
            <translation>Review by</translation>
        </message>
        <message>
            <source>⚠ %1</source>
            <translation>⚠ %1</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>Review date passed: review or delete the contact details.</source>
            <translation>Review date passed: review or delete the contact details.</translation>
        </message>
    </context>
    <context>
        <name>ActorsPage</name>
        <message>
            <source>Name, type, field, language or contact person</source>
            <translation>Name, type, field, language or contact person</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>All languages</translation>
        </message>
        <message>
            <source>Se&amp;arch:</source>
            <translation>Se&amp;arch:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Actors</translation>
        </message>
        <message>
            <source>&amp;New actor</source>
            <translation>&amp;New actor</translation>
        </message>
        <message>
            <source>Add an actor (Insert)</source>
            <translation>Add an actor (Insert)</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;it…</translation>
        </message>
        <message>
            <source>Edit the selected actor (Enter or double-click)</source>
            <translation>Edit the selected actor (Enter or double-click)</translation>
        </message>
        <message>
            <source>Move to t&amp;rash</source>
            <translation>Move to t&amp;rash</translation>
        </message>
        <message>
            <source>Move the selected actor to the trash (Del)</source>
            <translation>Move the selected actor to the trash (Del)</translation>
        </message>
        <message>
            <source>&amp;Trash…</source>
            <translation>&amp;Trash…</translation>
        </message>
        <message>
            <source>Show the trash: restore or delete for good</source>
            <translation>Show the trash: restore or delete for good</translation>
        </message>
        <message>
            <source>&amp;Opening checklist</source>
            <translation>&amp;Opening checklist</translation>
        </message>
        <message>
            <source>Show the selected club's opening checklist, or begin it</source>
            <translation>Show the selected club's opening checklist, or begin it</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Print the list of actors</source>
            <translation>Print the list of actors</translation>
        </message>
        <message>
            <source>Print the list of all actors (Ctrl+P)</source>
            <translation>Print the list of all actors (Ctrl+P)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>No actors recorded yet</source>
            <translation>No actors recorded yet</translation>
        </message>
        <message>
            <source>Record the organisations of your municipality: clubs, migrant organisations, religious communities, schools, the administration. Contact persons are optional.</source>
            <translation>Record the organisations of your municipality: clubs, migrant organisations, religious communities, schools, the administration. Contact persons are optional.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln actor(s)</source>
            <translation>
                <numerusform>%1 of %Ln actor</numerusform>
                <numerusform>%1 of %Ln actors</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1. Ctrl+Z undoes it.</source>
            <translation>Saved: %1. Ctrl+Z undoes it.</translation>
        </message>
        <message>
            <source>The actor directory lists the organisations of your municipality. Type in the search field (Ctrl+F) or choose a type or language to narrow the list; click a column header to sort. Insert adds an actor, Enter edits the selected one, Del moves it to the trash (Ctrl+Z or Trash… brings it back); Ctrl+Z undoes every change, Ctrl+Y redoes it. Contact persons are personal data: record the legal basis and a date by which the details are reviewed or deleted. “Print…” or Ctrl+P prints the directory with every actor; contact persons only when the Reports page's “With contact persons” is ticked.</source>
            <translation>The actor directory lists the organisations of your municipality. Type in the search field (Ctrl+F) or choose a type or language to narrow the list; click a column header to sort. Insert adds an actor, Enter edits the selected one, Del moves it to the trash (Ctrl+Z or Trash… brings it back); Ctrl+Z undoes every change, Ctrl+Y redoes it. Contact persons are personal data: record the legal basis and a date by which the details are reviewed or deleted. “Print…” or Ctrl+P prints the directory with every actor; contact persons only when the Reports page's “With contact persons” is ticked.</translation>
        </message>
        <message>
            <source>Moved to the trash: %1. Ctrl+Z brings it back, as does Trash…</source>
            <translation>Moved to the trash: %1. Ctrl+Z brings it back, as does Trash…</translation>
        </message>
    </context>
    <context>
        <name>AnchoringPage</name>
        <message>
            <source>Anchoring</source>
            <translation>Anchoring</translation>
        </message>
        <message>
            <source>&amp;Where the topic lives</source>
            <translation>&amp;Where the topic lives</translation>
        </message>
        <message>
            <source>anchoring checklist</source>
            <translation>anchoring checklist</translation>
        </message>
        <message>
            <source>The anchoring checklist helps to make the topic permanent in the administration: a council decision, a post with time for it, a budget, a network round, monitoring. Begin it to record what is in place and what is still to do.</source>
            <translation>The anchoring checklist helps to make the topic permanent in the administration: a council decision, a post with time for it, a budget, a network round, monitoring. Begin it to record what is in place and what is still to do.</translation>
        </message>
        <message>
            <source>&amp;Begin the anchoring checklist</source>
            <translation>&amp;Begin the anchoring checklist</translation>
        </message>
        <message>
            <source>Anchoring &amp;checklist</source>
            <translation>Anchoring &amp;checklist</translation>
        </message>
        <message>
            <source>Placement decided: %1</source>
            <translation>Placement decided: %1</translation>
        </message>
        <message>
            <source>Placement decided against the recommendation: %1</source>
            <translation>Placement decided against the recommendation: %1</translation>
        </message>
        <message>
            <source>Replace the decision and its reasons with the recommendation?</source>
            <translation>Replace the decision and its reasons with the recommendation?</translation>
        </message>
        <message>
            <source>Replace the decision with the recommendation?</source>
            <translation>Replace the decision with the recommendation?</translation>
        </message>
        <message>
            <source>Replace the decision of %1 and its reasons with the recommendation?</source>
            <translation>Replace the decision of %1 and its reasons with the recommendation?</translation>
        </message>
        <message>
            <source>Replace the decision of %1 with the recommendation?</source>
            <translation>Replace the decision of %1 with the recommendation?</translation>
        </message>
        <message>
            <source>Decided: %1
Recommended: %2</source>
            <translation>Decided: %1
Recommended: %2</translation>
        </message>
        <message>
            <source>The new decision is dated today.</source>
            <translation>The new decision is dated today.</translation>
        </message>
        <message>
            <source>Follow the recommendation</source>
            <translation>Follow the recommendation</translation>
        </message>
        <message>
            <source>&amp;Replace decision</source>
            <translation>&amp;Replace decision</translation>
        </message>
        <message>
            <source>&amp;Keep decision</source>
            <translation>&amp;Keep decision</translation>
        </message>
        <message>
            <source>Anchoring checklist begun</source>
            <translation>Anchoring checklist begun</translation>
        </message>
        <message>
            <source>Anchoring: the first tab recommends where the topic should live in your administration, from the kind and population of the municipality, and shows the six options with where each fits, what speaks for and against it. Follow the recommendation with one button, or choose another option and give your reasons; the decision, its date and reasons appear on the Start page. The second tab holds the anchoring checklist: tick what is in place, record who is responsible and by when. Ctrl+Z undoes. “Print…” or Ctrl+P prints it, blank for a workshop or filled in.</source>
            <translation>Anchoring: the first tab recommends where the topic should live in your administration, from the kind and population of the municipality, and shows the six options with where each fits, what speaks for and against it. Follow the recommendation with one button, or choose another option and give your reasons; the decision, its date and reasons appear on the Start page. The second tab holds the anchoring checklist: tick what is in place, record who is responsible and by when. Ctrl+Z undoes. “Print…” or Ctrl+P prints it, blank for a workshop or filled in.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>VOPI Desktop – Restore a backup</source>
            <translation>VOPI Desktop – Restore a backup</translation>
        </message>
        <message>
            <source>Choose the state to go back to. The current data is backed up first, so a restore can itself be undone by restoring that backup.</source>
            <translation>Choose the state to go back to. The current data is backed up first, so a restore can itself be undone by restoring that backup.</translation>
        </message>
        <message>
            <source>&amp;Backups in the data folder:</source>
            <translation>&amp;Backups in the data folder:</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Occasion</source>
            <translation>Occasion</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>There are no backups in the data folder yet.</source>
            <translation>There are no backups in the data folder yet.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>&amp;Other file…</source>
            <translation>&amp;Other file…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Made on request</source>
            <translation>Made on request</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <source>Before an update of the app</source>
            <translation>Before an update of the app</translation>
        </message>
        <message>
            <source>Before a municipality was deleted</source>
            <translation>Before a municipality was deleted</translation>
        </message>
        <message>
            <source>Before the import of %1</source>
            <translation>Before the import of %1</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Before an import</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>VOPI Desktop – Choose a backup file</source>
            <translation>VOPI Desktop – Choose a backup file</translation>
        </message>
        <message>
            <source>VOPI databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>VOPI databases (*.sqlite3 *.db);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>BarrierForm</name>
        <message>
            <source>What helps: outreach approaches from the catalogue</source>
            <translation>What helps: outreach approaches from the catalogue</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <source>What you observed, who said it, where the figures come from …</source>
            <translation>What you observed, who said it, where the figures come from …</translation>
        </message>
        <message>
            <source>No target groups yet. Add them with “Manage target groups…” above the list.</source>
            <translation>No target groups yet. Add them with “Manage target groups…” above the list.</translation>
        </message>
        <message>
            <source>Your assessment</source>
            <translation>Your assessment</translation>
        </message>
        <message>
            <source>Re&amp;levance:</source>
            <translation>Re&amp;levance:</translation>
        </message>
        <message>
            <source>Ev&amp;idence:</source>
            <translation>Ev&amp;idence:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Target gro&amp;ups:</source>
            <translation>Target gro&amp;ups:</translation>
        </message>
        <message>
            <source>Reload the stored st&amp;ate</source>
            <translation>Reload the stored st&amp;ate</translation>
        </message>
        <message>
            <source>Save the assessment (Ctrl+S)</source>
            <translation>Save the assessment (Ctrl+S)</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;it…</translation>
        </message>
        <message>
            <source>Edit own barrier</source>
            <translation>Edit own barrier</translation>
        </message>
        <message>
            <source>Change title, group and description of this own barrier</source>
            <translation>Change title, group and description of this own barrier</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>Delete own barrier</source>
            <translation>Delete own barrier</translation>
        </message>
        <message>
            <source>Delete this own barrier and its assessment</source>
            <translation>Delete this own barrier and its assessment</translation>
        </message>
        <message>
            <source>Barriers</source>
            <translation>Barriers</translation>
        </message>
        <message>
            <source>Choose a barrier in the list to read what it means and to rate it.</source>
            <translation>Choose a barrier in the list to read what it means and to rate it.</translation>
        </message>
        <message>
            <source>Own barrier</source>
            <translation>Own barrier</translation>
        </message>
        <message>
            <source>Catalogue barrier</source>
            <translation>Catalogue barrier</translation>
        </message>
        <message>
            <source>No description.</source>
            <translation>No description.</translation>
        </message>
        <message>
            <source>Practice example: %1</source>
            <translation>Practice example: %1</translation>
        </message>
        <message>
            <source>Last saved: %1</source>
            <translation>Last saved: %1</translation>
        </message>
        <message>
            <source>Not rated yet.</source>
            <translation>Not rated yet.</translation>
        </message>
        <message>
            <source>%1 (unsaved changes)</source>
            <translation>%1 (unsaved changes)</translation>
        </message>
    </context>
    <context>
        <name>BarrierTreeModel</name>
        <message>
            <source>Own barriers without a group</source>
            <translation>Own barriers without a group</translation>
        </message>
        <message>
            <source>Barriers you added yourself.</source>
            <translation>Barriers you added yourself.</translation>
        </message>
        <message>
            <source>Barrier</source>
            <translation>Barrier</translation>
        </message>
        <message>
            <source>Relevance</source>
            <translation>Relevance</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Target groups</translation>
        </message>
        <message>
            <source>%1 of %2 rated</source>
            <translation>%1 of %2 rated</translation>
        </message>
        <message>
            <source>%1, evidence: %2</source>
            <translation>%1, evidence: %2</translation>
        </message>
        <message>
            <source>(own)</source>
            <translation>(own)</translation>
        </message>
    </context>
    <context>
        <name>BarriersPage</name>
        <message>
            <source>Barriers</source>
            <translation>Barriers</translation>
        </message>
        <message>
            <source>What keeps people with a migration background from engaging in your municipality? Rate each barrier from the catalogue, say what the rating rests on and whom it affects.</source>
            <translation>What keeps people with a migration background from engaging in your municipality? Rate each barrier from the catalogue, say what the rating rests on and whom it affects.</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Sho&amp;w:</translation>
        </message>
        <message>
            <source>All barriers</source>
            <translation>All barriers</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>Not assessed yet</translation>
        </message>
        <message>
            <source>Rated high</source>
            <translation>Rated high</translation>
        </message>
        <message>
            <source>Add own &amp;barrier…</source>
            <translation>Add own &amp;barrier…</translation>
        </message>
        <message>
            <source>Manage &amp;target groups…</source>
            <translation>Manage &amp;target groups…</translation>
        </message>
        <message>
            <source>Measure from an a&amp;pproach…</source>
            <translation>Measure from an a&amp;pproach…</translation>
        </message>
        <message>
            <source>For a barrier rated 2 or 3: a linked measure from the catalogue</source>
            <translation>For a barrier rated 2 or 3: a linked measure from the catalogue</translation>
        </message>
        <message>
            <source>Barriers by group</source>
            <translation>Barriers by group</translation>
        </message>
        <message>
            <source>%1 of %2 rated</source>
            <translation>%1 of %2 rated</translation>
        </message>
        <message>
            <source>Unsaved assessment</source>
            <translation>Unsaved assessment</translation>
        </message>
        <message>
            <source>The assessment you are editing is not saved yet. Save it now?</source>
            <translation>The assessment you are editing is not saved yet. Save it now?</translation>
        </message>
        <message>
            <source>Rating of %1</source>
            <translation>Rating of %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>The stored state is shown again. Please enter your change once more.</source>
            <translation>The stored state is shown again. Please enter your change once more.</translation>
        </message>
        <message>
            <source>Own barrier added. Rate it on the right.</source>
            <translation>Own barrier added. Rate it on the right.</translation>
        </message>
        <message>
            <source>Delete the own barrier “%1” and its assessment?</source>
            <translation>Delete the own barrier “%1” and its assessment?</translation>
        </message>
        <message>
            <source>Your unsaved changes to it are discarded as well.</source>
            <translation>Your unsaved changes to it are discarded as well.</translation>
        </message>
        <message>
            <source>Own barrier “%1” deleted</source>
            <translation>Own barrier “%1” deleted</translation>
        </message>
        <message>
            <source>Own barrier deleted.</source>
            <translation>Own barrier deleted.</translation>
        </message>
        <message>
            <source>Choose a barrier in the list (arrow keys), rate its relevance from 0 (none) to 3 (high), say what the rating rests on, and tick the target groups it affects. Save with Ctrl+S. The top barriers below the list are the highest-rated ones that touch the most target groups; they are the first candidates for measures. Ctrl+P prints the analysis.</source>
            <translation>Choose a barrier in the list (arrow keys), rate its relevance from 0 (none) to 3 (high), say what the rating rests on, and tick the target groups it affects. Save with Ctrl+S. The top barriers below the list are the highest-rated ones that touch the most target groups; they are the first candidates for measures. Ctrl+P prints the analysis.</translation>
        </message>
    </context>
    <context>
        <name>CheckList</name>
        <message>
            <source>Search…</source>
            <translation>Search…</translation>
        </message>
        <message>
            <source>Search in: %1</source>
            <translation>Search in: %1</translation>
        </message>
        <message>
            <source>only ticked</source>
            <translation>only ticked</translation>
        </message>
        <message>
            <source>Show only the ticked ones: %1</source>
            <translation>Show only the ticked ones: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n ticked</source>
            <translation>
                <numerusform>%n ticked</numerusform>
                <numerusform>%n ticked</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistPane</name>
        <message>
            <source>Add an item of your own to the chosen section</source>
            <translation>Add an item of your own to the chosen section</translation>
        </message>
        <message>
            <source>Remove the chosen own item (catalogue items are marked not relevant)</source>
            <translation>Remove the chosen own item (catalogue items are marked not relevant)</translation>
        </message>
        <message>
            <source>Add own &amp;item…</source>
            <translation>Add own &amp;item…</translation>
        </message>
        <message>
            <source>Remo&amp;ve own item</source>
            <translation>Remo&amp;ve own item</translation>
        </message>
        <message>
            <source>Prin&amp;t…</source>
            <translation>Prin&amp;t…</translation>
        </message>
        <message>
            <source>Print the %1</source>
            <translation>Print the %1</translation>
        </message>
        <message>
            <source>Print the %1, blank for a workshop or filled in (Ctrl+P)</source>
            <translation>Print the %1, blank for a workshop or filled in (Ctrl+P)</translation>
        </message>
        <message>
            <source>Item “%1”</source>
            <translation>Item “%1”</translation>
        </message>
        <message>
            <source>Ticked “%1”</source>
            <translation>Ticked “%1”</translation>
        </message>
        <message>
            <source>Unticked “%1”</source>
            <translation>Unticked “%1”</translation>
        </message>
        <message>
            <source>Own item “%1”</source>
            <translation>Own item “%1”</translation>
        </message>
        <message>
            <source>Removed own item “%1”</source>
            <translation>Removed own item “%1”</translation>
        </message>
        <message>
            <source>Practice example “%1”</source>
            <translation>Practice example “%1”</translation>
        </message>
        <message>
            <source>Delete the practice example “%1”? Ctrl+Z brings it back.</source>
            <translation>Delete the practice example “%1”? Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Delete practice example</source>
            <translation>Delete practice example</translation>
        </message>
        <message>
            <source>Deleted practice example “%1”</source>
            <translation>Deleted practice example “%1”</translation>
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <source>Overall progress</source>
            <translation>Overall progress</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>Checklist items</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Own item of this checklist.</source>
            <translation>Own item of this checklist.</translation>
        </message>
        <message numerus="yes">
            <source>%n not relevant</source>
            <translation>
                <numerusform>%n not relevant</numerusform>
                <numerusform>%n not relevant</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Progress of %1</source>
            <translation>Progress of %1</translation>
        </message>
        <message>
            <source>%1 (own item)</source>
            <translation>%1 (own item)</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, overdue</translation>
        </message>
    </context>
    <context>
        <name>Checklists</name>
        <message>
            <source>No decision recorded yet.</source>
            <translation>No decision recorded yet.</translation>
        </message>
        <message>
            <source>Decided on %1: %2 (the recommendation was followed).</source>
            <translation>Decided on %1: %2 (the recommendation was followed).</translation>
        </message>
        <message>
            <source>Decided on %1: %2, departing from the recommendation (%3).</source>
            <translation>Decided on %1: %2, departing from the recommendation (%3).</translation>
        </message>
        <message>
            <source>Reasons: %1</source>
            <translation>Reasons: %1</translation>
        </message>
        <message>
            <source>&amp;Blank, for a workshop</source>
            <translation>&amp;Blank, for a workshop</translation>
        </message>
        <message>
            <source>&amp;Filled in, for the council</source>
            <translation>&amp;Filled in, for the council</translation>
        </message>
        <message>
            <source>nothing to count</source>
            <translation>nothing to count</translation>
        </message>
        <message>
            <source>%1 of %2 done</source>
            <translation>%1 of %2 done</translation>
        </message>
        <message>
            <source>Opening checklist for “%1” begun</source>
            <translation>Opening checklist for “%1” begun</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Ear&amp;lier round:</source>
            <translation>Ear&amp;lier round:</translation>
        </message>
        <message>
            <source>La&amp;ter round:</source>
            <translation>La&amp;ter round:</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Earlier</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Pillar (average)</source>
            <translation>Pillar (average)</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Pillar</translation>
        </message>
        <message>
            <source>Pillar averages compared</source>
            <translation>Pillar averages compared</translation>
        </message>
        <message>
            <source>Indicators that improved</source>
            <translation>Indicators that improved</translation>
        </message>
        <message>
            <source>Indicators that fell back</source>
            <translation>Indicators that fell back</translation>
        </message>
        <message>
            <source>No indicator improved.</source>
            <translation>No indicator improved.</translation>
        </message>
        <message>
            <source>No indicator fell back.</source>
            <translation>No indicator fell back.</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>Improved</translation>
        </message>
        <message>
            <source>Fell back</source>
            <translation>Fell back</translation>
        </message>
        <message>
            <source>Create a second round to compare.</source>
            <translation>Create a second round to compare.</translation>
        </message>
        <message>
            <source>Choose two different rounds.</source>
            <translation>Choose two different rounds.</translation>
        </message>
        <message>
            <source>Improved (%1)</source>
            <translation>Improved (%1)</translation>
        </message>
        <message>
            <source>Fell back (%1)</source>
            <translation>Fell back (%1)</translation>
        </message>
        <message>
            <source>%1 improved, %2 fell back, %3 unchanged.</source>
            <translation>%1 improved, %2 fell back, %3 unchanged.</translation>
        </message>
        <message>
            <source>%1 scored in only one of the two rounds.</source>
            <translation>%1 scored in only one of the two rounds.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phases</translation>
        </message>
        <message>
            <source>Barriers rated</source>
            <translation>Barriers rated</translation>
        </message>
        <message>
            <source>Top barriers</source>
            <translation>Top barriers</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Actors</translation>
        </message>
        <message>
            <source>Measures: %1</source>
            <translation>Measures: %1</translation>
        </message>
        <message>
            <source>Checklists done</source>
            <translation>Checklists done</translation>
        </message>
        <message>
            <source>Last file received</source>
            <translation>Last file received</translation>
        </message>
        <message>
            <source>Occasion</source>
            <translation>Occasion</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Implementation</translation>
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
            <source>%1
Sorted by their sum; ideas and cancelled measures in each cell's tooltip.</source>
            <translation>%1
Sorted by their sum; ideas and cancelled measures in each cell's tooltip.</translation>
        </message>
        <message>
            <source>Nothing recorded yet</source>
            <translation>Nothing recorded yet</translation>
        </message>
        <message>
            <source>%1 (relevance %2)</source>
            <translation>%1 (relevance %2)</translation>
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
            <translation>&amp;Your own concern:</translation>
        </message>
        <message>
            <source>S&amp;ave concern</source>
            <translation>S&amp;ave concern</translation>
        </message>
    </context>
    <context>
        <name>ConsultantPage</name>
        <message>
            <source>Comparison of the municipalities</source>
            <translation>Comparison of the municipalities</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Print the comparison of all municipalities</source>
            <translation>Print the comparison of all municipalities</translation>
        </message>
        <message>
            <source>Print the comparison of all municipalities (Ctrl+P)</source>
            <translation>Print the comparison of all municipalities (Ctrl+P)</translation>
        </message>
        <message>
            <source>One row per municipality of this workspace, e.g. from the files they sent. Click a column header to sort by it; the chart below shows that column for all municipalities. Enter or a double-click on a row opens that municipality. “Print…” or Ctrl+P prints the comparison (from two municipalities on).</source>
            <translation>One row per municipality of this workspace, e.g. from the files they sent. Click a column header to sort by it; the chart below shows that column for all municipalities. Enter or a double-click on a row opens that municipality. “Print…” or Ctrl+P prints the comparison (from two municipalities on).</translation>
        </message>
        <message>
            <source>No municipalities yet</source>
            <translation>No municipalities yet</translation>
        </message>
        <message>
            <source>Take in the .vopi files the municipalities send (area Exchange); each one then appears here.</source>
            <translation>Take in the .vopi files the municipalities send (area Exchange); each one then appears here.</translation>
        </message>
        <message>
            <source>Go to &amp;Exchange</source>
            <translation>Go to &amp;Exchange</translation>
        </message>
        <message>
            <source>Municipalities: %1, a file received from %2 of them</source>
            <translation>Municipalities: %1, a file received from %2 of them</translation>
        </message>
        <message>
            <source>%1 (their sum)</source>
            <translation>%1 (their sum)</translation>
        </message>
    </context>
    <context>
        <name>CoveragePage</name>
        <message>
            <source>Coverage matrix: important barriers against measures</source>
            <translation>Coverage matrix: important barriers against measures</translation>
        </message>
        <message>
            <source>Select the whole matrix</source>
            <translation>Select the whole matrix</translation>
        </message>
        <message>
            <source>The catalogue's approaches against the selected barrier; one click creates a linked measure</source>
            <translation>The catalogue's approaches against the selected barrier; one click creates a linked measure</translation>
        </message>
        <message>
            <source>&amp;Open measure</source>
            <translation>&amp;Open measure</translation>
        </message>
        <message>
            <source>Open the measure of the selected cell on the Measures page</source>
            <translation>Open the measure of the selected cell on the Measures page</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <source>%1: no planned or running measure</source>
            <translation>%1: no planned or running measure</translation>
        </message>
        <message>
            <source>%1 (%2) addresses %3</source>
            <translation>%1 (%2) addresses %3</translation>
        </message>
        <message>
            <source>%1 does not address %2</source>
            <translation>%1 does not address %2</translation>
        </message>
        <message>
            <source>%1: no planned or running measure of the pillar “%2”</source>
            <translation>%1: no planned or running measure of the pillar “%2”</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n planned or running measure(s) of the pillar “%2”</source>
            <translation>
                <numerusform>%1: %n planned or running measure of the pillar “%2”</numerusform>
                <numerusform>%1: %n planned or running measures of the pillar “%2”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n important barrier(s) without a planned or running measure</source>
            <translation>
                <numerusform>%n important barrier without a planned or running measure</numerusform>
                <numerusform>%n important barriers without a planned or running measure</numerusform>
            </translation>
        </message>
        <message>
            <source>red row: no planned or running measure</source>
            <translation>red row: no planned or running measure</translation>
        </message>
        <message>
            <source>A mark: the measure addresses the barrier; its shape and colour give the status:</source>
            <translation>A mark: the measure addresses the barrier; its shape and colour give the status:</translation>
        </message>
        <message>
            <source>Number: how many planned or running measures of the pillar address the barrier</source>
            <translation>Number: how many planned or running measures of the pillar address the barrier</translation>
        </message>
        <message>
            <source>No important barriers rated yet</source>
            <translation>No important barriers rated yet</translation>
        </message>
        <message>
            <source>Measure from &amp;an approach…</source>
            <translation>Measure from &amp;an approach…</translation>
        </message>
        <message>
            <source>Coverage compares the barriers rated 2 (medium) or 3 (high) with the measures. Rate the barriers first; then this page shows which of them no measure addresses yet.</source>
            <translation>Coverage compares the barriers rated 2 (medium) or 3 (high) with the measures. Rate the barriers first; then this page shows which of them no measure addresses yet.</translation>
        </message>
        <message>
            <source>Go to &amp;Barriers</source>
            <translation>Go to &amp;Barriers</translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s) address no barrier</source>
            <translation>
                <numerusform>%n measure address no barrier</numerusform>
                <numerusform>%n measures address no barrier</numerusform>
            </translation>
        </message>
        <message>
            <source>Pillars without a measure: %1</source>
            <translation>Pillars without a measure: %1</translation>
        </message>
    </context>
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
        <name>DataMenu</name>
        <message numerus="yes">
            <source>%n municipality(ies)</source>
            <translation>
                <numerusform>%n municipality</numerusform>
                <numerusform>%n municipalities</numerusform>
            </translation>
        </message>
        <message>
            <source>Local database</source>
            <translation>Local database</translation>
        </message>
        <message>
            <source>Server %1</source>
            <translation>Server %1</translation>
        </message>
        <message>
            <source>Make a &amp;backup</source>
            <translation>Make a &amp;backup</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restore a backup…</translation>
        </message>
        <message>
            <source>Open the &amp;data folder</source>
            <translation>Open the &amp;data folder</translation>
        </message>
        <message>
            <source>A server database is backed up by its administrator, not by this app.</source>
            <translation>A server database is backed up by its administrator, not by this app.</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Making a backup…</translation>
        </message>
        <message>
            <source>Backup made: %1 (%2)</source>
            <translation>Backup made: %1 (%2)</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>No backup was made: %1</source>
            <translation>No backup was made: %1</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>&amp;Replace the data</source>
            <translation>&amp;Replace the data</translation>
        </message>
        <message>
            <source>Replace all current data – %1 with everything entered for them – by the backup of %2 (%3)?

What was entered since that backup is then no longer in the app. The current data is first saved as a new backup, so you can go back to it.</source>
            <translation>Replace all current data – %1 with everything entered for them – by the backup of %2 (%3)?

What was entered since that backup is then no longer in the app. The current data is first saved as a new backup, so you can go back to it.</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>Nothing was restored: %1</translation>
        </message>
        <message>
            <source>Restored from %1.</source>
            <translation>Restored from %1.</translation>
        </message>
        <message>
            <source>The data folder could not be opened: %1</source>
            <translation>The data folder could not be opened: %1</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Decide where the topic is placed</source>
            <translation>Decide where the topic is placed</translation>
        </message>
        <message>
            <source>%1 (recommended)</source>
            <translation>%1 (recommended)</translation>
        </message>
        <message>
            <source>&amp;Placement:</source>
            <translation>&amp;Placement:</translation>
        </message>
        <message>
            <source>&amp;Decided on:</source>
            <translation>&amp;Decided on:</translation>
        </message>
        <message>
            <source>&amp;Reasons:</source>
            <translation>&amp;Reasons:</translation>
        </message>
        <message>
            <source>You depart from the recommendation: please give your reasons, the council will ask.</source>
            <translation>You depart from the recommendation: please give your reasons, the council will ask.</translation>
        </message>
        <message>
            <source>You follow the recommendation; reasons are welcome but not needed.</source>
            <translation>You follow the recommendation; reasons are welcome but not needed.</translation>
        </message>
    </context>
    <context>
        <name>DocumentTab</name>
        <message>
            <source>Languages of the document:</source>
            <translation>Languages of the document:</translation>
        </message>
        <message>
            <source>Make &amp;the document</source>
            <translation>Make &amp;the document</translation>
        </message>
        <message>
            <source>Pri&amp;nt…</source>
            <translation>Pri&amp;nt…</translation>
        </message>
        <message>
            <source>Print the guide</source>
            <translation>Print the guide</translation>
        </message>
        <message>
            <source>Makes the guide in the ticked languages on the Reports page and prints it (Ctrl+P).</source>
            <translation>Makes the guide in the ticked languages on the Reports page and prints it (Ctrl+P).</translation>
        </message>
        <message>
            <source>Left out of the document, and what to have checked:</source>
            <translation>Left out of the document, and what to have checked:</translation>
        </message>
        <message>
            <source>Please choose at least one language.</source>
            <translation>Please choose at least one language.</translation>
        </message>
        <message>
            <source>Made: %1</source>
            <translation>Made: %1</translation>
        </message>
        <message>
            <source>Nothing was left out.</source>
            <translation>Nothing was left out.</translation>
        </message>
        <message>
            <source>No document was made: %1</source>
            <translation>No document was made: %1</translation>
        </message>
        <message>
            <source>Making the document…</source>
            <translation>Making the document…</translation>
        </message>
    </context>
    <context>
        <name>EditorPanel</name>
        <message>
            <source>S&amp;ave</source>
            <translation>S&amp;ave</translation>
        </message>
        <message>
            <source>Save the input (Ctrl+S)</source>
            <translation>Save the input (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Revert</translation>
        </message>
        <message>
            <source>Show the stored state again</source>
            <translation>Show the stored state again</translation>
        </message>
        <message>
            <source>%1 (unsaved changes)</source>
            <translation>%1 (unsaved changes)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <source>Kind of event</source>
            <translation>Kind of event</translation>
        </message>
        <message>
            <source>Please choose…</source>
            <translation>Please choose…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>on</source>
            <translation>on</translation>
        </message>
        <message>
            <source>Date of the event</source>
            <translation>Date of the event</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Minute-taker</translation>
        </message>
        <message>
            <source>Participants in total</source>
            <translation>Participants in total</translation>
        </message>
        <message>
            <source>Of them with a migration history</source>
            <translation>Of them with a migration history</translation>
        </message>
        <message>
            <source>Organisations present</source>
            <translation>Organisations present</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Results per agenda item</source>
            <translation>Results per agenda item</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Open points and dissent</source>
            <translation>Open points and dissent</translation>
        </message>
        <message>
            <source>Next date</source>
            <translation>Next date</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>t&amp;o</source>
            <translation>t&amp;o</translation>
        </message>
        <message>
            <source>with migration history:</source>
            <translation>with migration history:</translation>
        </message>
        <message>
            <source>Protocol of the method:</source>
            <translation>Protocol of the method:</translation>
        </message>
        <message>
            <source>Organisations:</source>
            <translation>Organisations:</translation>
        </message>
        <message>
            <source>Agenda:</source>
            <translation>Agenda:</translation>
        </message>
        <message>
            <source>Pla&amp;ce:</source>
            <translation>Pla&amp;ce:</translation>
        </message>
        <message>
            <source>Moderatio&amp;n:</source>
            <translation>Moderatio&amp;n:</translation>
        </message>
        <message>
            <source>Minute-taker:</source>
            <translation>Minute-taker:</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Participants:</translation>
        </message>
        <message>
            <source>Res&amp;ults:</source>
            <translation>Res&amp;ults:</translation>
        </message>
        <message>
            <source>Decisions:</source>
            <translation>Decisions:</translation>
        </message>
        <message>
            <source>Open &amp;points, dissent:</source>
            <translation>Open &amp;points, dissent:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Ne&amp;xt date:</source>
            <translation>Ne&amp;xt date:</translation>
        </message>
        <message>
            <source>Please choose the kind of event.</source>
            <translation>Please choose the kind of event.</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Record an event (Insert)</source>
            <translation>Record an event (Insert)</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>Delete event</translation>
        </message>
        <message>
            <source>Delete the selected event; its ideas stay (Del)</source>
            <translation>Delete the selected event; its ideas stay (Del)</translation>
        </message>
        <message>
            <source>Guidance for the method</source>
            <translation>Guidance for the method</translation>
        </message>
        <message>
            <source>Print protocol…</source>
            <translation>Print protocol…</translation>
        </message>
        <message>
            <source>Print the protocol of this event</source>
            <translation>Print the protocol of this event</translation>
        </message>
        <message>
            <source>Print the protocol of the event shown (Ctrl+P)</source>
            <translation>Print the protocol of the event shown (Ctrl+P)</translation>
        </message>
        <message>
            <source>no date yet</source>
            <translation>no date yet</translation>
        </message>
        <message numerus="yes">
            <source>%n idea(s)</source>
            <translation>
                <numerusform>%n idea</numerusform>
                <numerusform>%n ideas</numerusform>
            </translation>
        </message>
        <message>
            <source>No events recorded yet</source>
            <translation>No events recorded yet</translation>
        </message>
        <message>
            <source>Record the first participation event: a Zukunftskonferenz, a World Café, a Runder Tisch, a Netzwerktreffen or an information evening. The form follows the method's protocol, its guidance stands beside it, and the ideas collected there can become measures in one step.</source>
            <translation>Record the first participation event: a Zukunftskonferenz, a World Café, a Runder Tisch, a Netzwerktreffen or an information evening. The form follows the method's protocol, its guidance stands beside it, and the ideas collected there can become measures in one step.</translation>
        </message>
        <message>
            <source>Event “%1” created</source>
            <translation>Event “%1” created</translation>
        </message>
        <message>
            <source>Delete the event “%1”? Its ideas stay.</source>
            <translation>Delete the event “%1”? Its ideas stay.</translation>
        </message>
        <message>
            <source>Events:</source>
            <translation>Events:</translation>
        </message>
        <message>
            <source>Ne&amp;w event</source>
            <translation>Ne&amp;w event</translation>
        </message>
        <message>
            <source>Which kind of event?</source>
            <translation>Which kind of event?</translation>
        </message>
        <message>
            <source>Choose the kind first: the form then shows the method's own protocol section.</source>
            <translation>Choose the kind first: the form then shows the method's own protocol section.</translation>
        </message>
        <message>
            <source>Event “%1” deleted</source>
            <translation>Event “%1” deleted</translation>
        </message>
        <message>
            <source>Event “%1” edited</source>
            <translation>Event “%1” edited</translation>
        </message>
    </context>
    <context>
        <name>ExampleList</name>
        <message>
            <source>Practice examples to send</source>
            <translation>Practice examples to send</translation>
        </message>
    </context>
    <context>
        <name>ExchangePage</name>
        <message>
            <source>Send: export a .vopi file</source>
            <translation>Send: export a .vopi file</translation>
        </message>
        <message>
            <source>The &amp;current municipality</source>
            <translation>The &amp;current municipality</translation>
        </message>
        <message>
            <source>&amp;All municipalities of this workspace</source>
            <translation>&amp;All municipalities of this workspace</translation>
        </message>
        <message>
            <source>&amp;Chosen practice examples of the current municipality</source>
            <translation>&amp;Chosen practice examples of the current municipality</translation>
        </message>
        <message>
            <source>&amp;Without personal data (contact persons are left out)</source>
            <translation>&amp;Without personal data (contact persons are left out)</translation>
        </message>
        <message>
            <source>Protect w&amp;ith a password</source>
            <translation>Protect w&amp;ith a password</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Cance&amp;l</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>What:</translation>
        </message>
        <message>
            <source>Tic&amp;k the ones to send:</source>
            <translation>Tic&amp;k the ones to send:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>Send the file by e-mail and tell the password by phone, never in the same e-mail.</source>
            <translation>Send the file by e-mail and tell the password by phone, never in the same e-mail.</translation>
        </message>
        <message>
            <source>Receive: take in a .vopi file</source>
            <translation>Receive: take in a .vopi file</translation>
        </message>
        <message>
            <source>&amp;Open file…</source>
            <translation>&amp;Open file…</translation>
        </message>
        <message>
            <source>Choose a file, drop it on the window or open it from the e-mail program. A preview shows what is new and what differs before anything is taken over; a backup is made first.</source>
            <translation>Choose a file, drop it on the window or open it from the e-mail program. A preview shows what is new and what differs before anything is taken over; a backup is made first.</translation>
        </message>
        <message>
            <source>&amp;The current municipality (%1)</source>
            <translation>&amp;The current municipality (%1)</translation>
        </message>
        <message>
            <source>Export writes a .vopi file to send by e-mail; Open file takes one in after a preview of what changes. Conflicts are decided per record: keep mine, take theirs, or newer wins. A file also says what the sender deleted: the preview names it, and it is deleted here too unless it was changed here since; it can also be kept, one by one or all at once (All deletions). A record whose only difference is that the file names one deleted here is listed as "names one deleted here" and stays as it is here.</source>
            <translation>Export writes a .vopi file to send by e-mail; Open file takes one in after a preview of what changes. Conflicts are decided per record: keep mine, take theirs, or newer wins. A file also says what the sender deleted: the preview names it, and it is deleted here too unless it was changed here since; it can also be kept, one by one or all at once (All deletions). A record whose only difference is that the file names one deleted here is listed as "names one deleted here" and stays as it is here.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>The password needs at least %1 characters.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <source>Tick at least one practice example to send.</source>
            <translation>Tick at least one practice example to send.</translation>
        </message>
        <message>
            <source>%1 practice examples</source>
            <translation>%1 practice examples</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>all-municipalities</source>
            <translation>all-municipalities</translation>
        </message>
        <message>
            <source>Export as</source>
            <translation>Export as</translation>
        </message>
        <message>
            <source>VOPI exchange file (*.vopi)</source>
            <translation>VOPI exchange file (*.vopi)</translation>
        </message>
        <message>
            <source>Written: %1 (%2 records)</source>
            <translation>Written: %1 (%2 records)</translation>
        </message>
        <message>
            <source>The example town “%1” is not included.</source>
            <translation>The example town “%1” is not included.</translation>
        </message>
        <message>
            <source>No file was written: %1</source>
            <translation>No file was written: %1</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Cancelled: no file was written.</translation>
        </message>
        <message>
            <source>Open exchange file</source>
            <translation>Open exchange file</translation>
        </message>
        <message>
            <source>VOPI exchange file (*.vopi);;All files (*)</source>
            <translation>VOPI exchange file (*.vopi);;All files (*)</translation>
        </message>
        <message>
            <source>Please wait until the current export or import has finished.</source>
            <translation>Please wait until the current export or import has finished.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <source>Preview of %1</source>
            <translation>Preview of %1</translation>
        </message>
        <message>
            <source>%1 was not taken over.</source>
            <translation>%1 was not taken over.</translation>
        </message>
        <message>
            <source>Taking over %1…</source>
            <translation>Taking over %1…</translation>
        </message>
        <message>
            <source>%1: nothing to take over, all is up to date.</source>
            <translation>%1: nothing to take over, all is up to date.</translation>
        </message>
        <message>
            <source>the backup from before: %1</source>
            <translation>the backup from before: %1</translation>
        </message>
        <message>
            <source>no file backup: a server database is backed up by its server</source>
            <translation>no file backup: a server database is backed up by its server</translation>
        </message>
        <message>
            <source>%1 taken over: %2 new, %3 updated – earlier steps can no longer be undone; %4.</source>
            <translation>%1 taken over: %2 new, %3 updated – earlier steps can no longer be undone; %4.</translation>
        </message>
        <message>
            <source>%1 taken over: %2 new, %3 updated; %4.</source>
            <translation>%1 taken over: %2 new, %3 updated; %4.</translation>
        </message>
        <message>
            <source>%1 taken over: %2 new, %3 updated, %5 deleted – earlier steps can no longer be undone; %4.</source>
            <translation>%1 taken over: %2 new, %3 updated, %5 deleted – earlier steps can no longer be undone; %4.</translation>
        </message>
        <message>
            <source>%1 taken over: %2 new, %3 updated, %5 deleted; %4.</source>
            <translation>%1 taken over: %2 new, %3 updated, %5 deleted; %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) kept apart under another name (e.g. “%1”).</source>
            <translation>
                <numerusform>%n record kept apart under another name (e.g. “%1”).</numerusform>
                <numerusform>%n records kept apart under another name (e.g. “%1”).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was taken over.</source>
            <translation>Nothing was taken over.</translation>
        </message>
        <message>
            <source>Import failed: %1</source>
            <translation>Import failed: %1</translation>
        </message>
    </context>
    <context>
        <name>ExchangePassword</name>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>%1 is protected by a password. Password:</source>
            <translation>%1 is protected by a password. Password:</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Show only actors of the ticked types</source>
            <translation>Show only actors of the ticked types</translation>
        </message>
        <message>
            <source>Kinds &amp;of links</source>
            <translation>Kinds &amp;of links</translation>
        </message>
        <message>
            <source>Show only links of the ticked kinds</source>
            <translation>Show only links of the ticked kinds</translation>
        </message>
        <message>
            <source>Actor t&amp;ypes</source>
            <translation>Actor t&amp;ypes</translation>
        </message>
        <message>
            <source>Foc&amp;us:</source>
            <translation>Foc&amp;us:</translation>
        </message>
        <message>
            <source>whole network</source>
            <translation>whole network</translation>
        </message>
        <message>
            <source>selected actor and its partners</source>
            <translation>selected actor and its partners</translation>
        </message>
        <message>
            <source>selected actor, %1 steps out</source>
            <translation>selected actor, %1 steps out</translation>
        </message>
        <message>
            <source>Show the &amp;whole network</source>
            <translation>Show the &amp;whole network</translation>
        </message>
        <message>
            <source>“%1” shown again for the chosen actor</source>
            <translation>“%1” shown again for the chosen actor</translation>
        </message>
        <message>
            <source>Choose an actor to focus on.</source>
            <translation>Choose an actor to focus on.</translation>
        </message>
        <message>
            <source>the selected actor “%1” is hidden by the filter</source>
            <translation>the selected actor “%1” is hidden by the filter</translation>
        </message>
        <message>
            <source>%1 of %2 actors shown</source>
            <translation>%1 of %2 actors shown</translation>
        </message>
    </context>
    <context>
        <name>FormError</name>
        <message>
            <source>Error message</source>
            <translation>Error message</translation>
        </message>
    </context>
    <context>
        <name>GuidancePanel</name>
        <message>
            <source>Follow &amp;the recommendation</source>
            <translation>Follow &amp;the recommendation</translation>
        </message>
        <message>
            <source>Record the recommended placement as decided today</source>
            <translation>Record the recommended placement as decided today</translation>
        </message>
        <message>
            <source>&amp;Decide for the chosen option…</source>
            <translation>&amp;Decide for the chosen option…</translation>
        </message>
        <message>
            <source>Record the option chosen in the list, with date and reasons</source>
            <translation>Record the option chosen in the list, with date and reasons</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Placement options</source>
            <translation>Placement options</translation>
        </message>
        <message>
            <source>&amp;Placement options:</source>
            <translation>&amp;Placement options:</translation>
        </message>
        <message>
            <source>%1 with %2 inhabitants</source>
            <translation>%1 with %2 inhabitants</translation>
        </message>
        <message>
            <source>%1, population not entered (File → Edit municipality…)</source>
            <translation>%1, population not entered (File → Edit municipality…)</translation>
        </message>
        <message>
            <source>%1 – recommended: %2</source>
            <translation>%1 – recommended: %2</translation>
        </message>
        <message>
            <source>recommended</source>
            <translation>recommended</translation>
        </message>
        <message>
            <source>decided</source>
            <translation>decided</translation>
        </message>
        <message>
            <source>Fits: %1</source>
            <translation>Fits: %1</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>For: %1</translation>
        </message>
        <message>
            <source>Against: %1</source>
            <translation>Against: %1</translation>
        </message>
    </context>
    <context>
        <name>IdeasPanel</name>
        <message>
            <source>Ideas of this event</source>
            <translation>Ideas of this event</translation>
        </message>
        <message>
            <source>Ideas</source>
            <translation>Ideas</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idea</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>New idea</source>
            <translation>New idea</translation>
        </message>
        <message>
            <source>Type an idea from the event</source>
            <translation>Type an idea from the event</translation>
        </message>
        <message>
            <source>Pillar of the new idea</source>
            <translation>Pillar of the new idea</translation>
        </message>
        <message>
            <source>No pillar</source>
            <translation>No pillar</translation>
        </message>
        <message>
            <source>Add &amp;idea</source>
            <translation>Add &amp;idea</translation>
        </message>
        <message>
            <source>Turn into measure</source>
            <translation>Turn into measure</translation>
        </message>
        <message>
            <source>New idea:</source>
            <translation>New idea:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>One more dot for the selected idea</source>
            <translation>One more dot for the selected idea</translation>
        </message>
        <message>
            <source>+1 &amp;vote</source>
            <translation>+1 &amp;vote</translation>
        </message>
        <message>
            <source>Create a planned measure from the idea, linked both ways</source>
            <translation>Create a planned measure from the idea, linked both ways</translation>
        </message>
        <message>
            <source>Reason for rejecting</source>
            <translation>Reason for rejecting</translation>
        </message>
        <message>
            <source>Why the idea is not pursued</source>
            <translation>Why the idea is not pursued</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>Re&amp;ject</translation>
        </message>
        <message>
            <source>Open measure</source>
            <translation>Open measure</translation>
        </message>
        <message>
            <source>Delete idea</source>
            <translation>Delete idea</translation>
        </message>
        <message>
            <source>Pillar:</source>
            <translation>Pillar:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Idea “%1” added</source>
            <translation>Idea “%1” added</translation>
        </message>
        <message>
            <source>Vote for “%1”</source>
            <translation>Vote for “%1”</translation>
        </message>
        <message>
            <source>Idea “%1” rejected</source>
            <translation>Idea “%1” rejected</translation>
        </message>
        <message>
            <source>Idea “%1” turned into a measure</source>
            <translation>Idea “%1” turned into a measure</translation>
        </message>
        <message>
            <source>The idea is now a planned measure; open it to add steps and dates.</source>
            <translation>The idea is now a planned measure; open it to add steps and dates.</translation>
        </message>
        <message>
            <source>Idea “%1” deleted</source>
            <translation>Idea “%1” deleted</translation>
        </message>
    </context>
    <context>
        <name>InsightsBox</name>
        <message>
            <source>What the analysis shows</source>
            <translation>What the analysis shows</translation>
        </message>
        <message>
            <source>No insights yet. Rate the barriers, record the actors and their links, and score the pillars.</source>
            <translation>No insights yet. Rate the barriers, record the actors and their links, and score the pillars.</translation>
        </message>
        <message>
            <source>Top barriers</source>
            <translation>Top barriers</translation>
        </message>
        <message>
            <source>Migrant organisations without a link: %1</source>
            <translation>Migrant organisations without a link: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n important barrier(s) without a measure</source>
            <translation>
                <numerusform>%n important barrier without a measure</numerusform>
                <numerusform>%n important barriers without a measure</numerusform>
            </translation>
        </message>
        <message>
            <source> and %1 more</source>
            <translation> and %1 more</translation>
        </message>
        <message>
            <source>%1 (recorded, not linked)</source>
            <translation>%1 (recorded, not linked)</translation>
        </message>
        <message>
            <source>Missing in the network</source>
            <translation>Missing in the network</translation>
        </message>
        <message>
            <source>%1 (average %2 of 5)</source>
            <translation>%1 (average %2 of 5)</translation>
        </message>
        <message>
            <source>Weakest pillar</source>
            <translation>Weakest pillar</translation>
        </message>
        <message>
            <source>Biggest change since the last round</source>
            <translation>Biggest change since the last round</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Text of the own item</source>
            <translation>Text of the own item</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Due &amp;by</source>
            <translation>Due &amp;by</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Responsib&amp;le:</source>
            <translation>Responsib&amp;le:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Choose an item in the list to record its state.</source>
            <translation>Choose an item in the list to record its state.</translation>
        </message>
    </context>
    <context>
        <name>KindChoices</name>
        <message>
            <source>Club</source>
            <translation>Club</translation>
        </message>
        <message>
            <source>C&amp;lub:</source>
            <translation>C&amp;lub:</translation>
        </message>
        <message>
            <source>All clubs that have begun</source>
            <translation>All clubs that have begun</translation>
        </message>
        <message>
            <source>Languages of the document</source>
            <translation>Languages of the document</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Languages:</translation>
        </message>
        <message>
            <source>%1 (not begun yet)</source>
            <translation>%1 (not begun yet)</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language (from the next start)</source>
            <translation>&amp;Language (from the next start)</translation>
        </message>
        <message>
            <source>This run: %1 (chosen with --lang)</source>
            <translation>This run: %1 (chosen with --lang)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The choice could not be saved: %1</source>
            <translation>The choice could not be saved: %1</translation>
        </message>
        <message>
            <source>%1 stays the language.</source>
            <translation>%1 stays the language.</translation>
        </message>
        <message>
            <source>From the next start VOPI Desktop speaks %1.</source>
            <translation>From the next start VOPI Desktop speaks %1.</translation>
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
            <source> (example)</source>
            <translation> (example)</translation>
        </message>
        <message>
            <source>Municipality created.</source>
            <translation>Municipality created.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>A document is still being printed. Closing now cancels the printing.</source>
            <translation>A document is still being printed. Closing now cancels the printing.</translation>
        </message>
        <message>
            <source>&amp;Close and cancel printing</source>
            <translation>&amp;Close and cancel printing</translation>
        </message>
        <message>
            <source>&amp;Go on printing</source>
            <translation>&amp;Go on printing</translation>
        </message>
    </context>
    <context>
        <name>MapBar</name>
        <message>
            <source>&amp;Re-arrange layout</source>
            <translation>&amp;Re-arrange layout</translation>
        </message>
        <message>
            <source>Compute a new layout for all actors (positions moved by hand are lost).</source>
            <translation>Compute a new layout for all actors (positions moved by hand are lost).</translation>
        </message>
        <message>
            <source>Link &amp;by clicking</source>
            <translation>Link &amp;by clicking</translation>
        </message>
        <message>
            <source>Click one actor on the map, then another: they are linked with the kind and strength chosen under “Draw a link”. Esc ends.</source>
            <translation>Click one actor on the map, then another: they are linked with the kind and strength chosen under “Draw a link”. Esc ends.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print the network map</source>
            <translation>Print the network map</translation>
        </message>
        <message>
            <source>Print the network map of this municipality with its index of actors (Ctrl+P)</source>
            <translation>Print the network map of this municipality with its index of actors (Ctrl+P)</translation>
        </message>
        <message>
            <source>Layout progress</source>
            <translation>Layout progress</translation>
        </message>
    </context>
    <context>
        <name>MeasureForm</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Own kind of measure</source>
            <translation>Own kind of measure</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Pillars</source>
            <translation>Pillars</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Target groups</translation>
        </message>
        <message>
            <source>Barriers addressed</source>
            <translation>Barriers addressed</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Responsible actor</source>
            <translation>Responsible actor</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>Responsible person</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Engagement opportunities it promotes</source>
            <translation>Engagement opportunities it promotes</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>until</source>
            <translation>until</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Budget planned (euros)</source>
            <translation>Budget planned (euros)</translation>
        </message>
        <message>
            <source>Budget spent (euros)</source>
            <translation>Budget spent (euros)</translation>
        </message>
        <message>
            <source>Indicator of success</source>
            <translation>Indicator of success</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>spent:</source>
            <translation>spent:</translation>
        </message>
        <message>
            <source>G&amp;oal:</source>
            <translation>G&amp;oal:</translation>
        </message>
        <message>
            <source>Pillars:</source>
            <translation>Pillars:</translation>
        </message>
        <message>
            <source>Target groups:</source>
            <translation>Target groups:</translation>
        </message>
        <message>
            <source>Channels:</source>
            <translation>Channels:</translation>
        </message>
        <message>
            <source>Languages:</source>
            <translation>Languages:</translation>
        </message>
        <message>
            <source>Responsible a&amp;ctor:</source>
            <translation>Responsible a&amp;ctor:</translation>
        </message>
        <message>
            <source>Responsible &amp;person:</source>
            <translation>Responsible &amp;person:</translation>
        </message>
        <message>
            <source>Partners:</source>
            <translation>Partners:</translation>
        </message>
        <message>
            <source>Promotes:</source>
            <translation>Promotes:</translation>
        </message>
        <message>
            <source>Budget (€) planned:</source>
            <translation>Budget (€) planned:</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Result:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Barriers:</source>
            <translation>&amp;Barriers:</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Dates:</translation>
        </message>
        <message>
            <source>&amp;Indicator of success:</source>
            <translation>&amp;Indicator of success:</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>Steps:</translation>
        </message>
        <message>
            <source>— nobody chosen —</source>
            <translation>— nobody chosen —</translation>
        </message>
        <message>
            <source>actor in the trash</source>
            <translation>actor in the trash</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>paused</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>ended</translation>
        </message>
    </context>
    <context>
        <name>MeasureTableModel</name>
        <message>
            <source>Title</source>
            <extracomment>One colour per status, shared by the list, the timeline and the coverage matrix.</extracomment>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Overdue: past its end, or a step is past due</source>
            <translation>Overdue: past its end, or a step is past due</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
    </context>
    <context>
        <name>MeasuresPage</name>
        <message>
            <source>Title, goal or who is responsible</source>
            <translation>Title, goal or who is responsible</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Every status</translation>
        </message>
        <message>
            <source>Every pillar</source>
            <translation>Every pillar</translation>
        </message>
        <message>
            <source>Everyone responsible</source>
            <translation>Everyone responsible</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>Search:</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>&amp;New measure</source>
            <translation>&amp;New measure</translation>
        </message>
        <message>
            <source>Add a measure (Insert)</source>
            <translation>Add a measure (Insert)</translation>
        </message>
        <message>
            <source>Delete the selected measure with its steps (Del)</source>
            <translation>Delete the selected measure with its steps (Del)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print the measures plan</source>
            <translation>Print the measures plan</translation>
        </message>
        <message>
            <source>Print the measures plan with every measure (Ctrl+P)</source>
            <translation>Print the measures plan with every measure (Ctrl+P)</translation>
        </message>
        <message>
            <source>No measures yet</source>
            <translation>No measures yet</translation>
        </message>
        <message>
            <source>Plan the first measure of the Umsetzungsplan: what is to be done, for whom, against which barrier, by whom and by when. Tip: on the Coverage page, the barriers rated 2 or 3 offer the catalogue's approaches as ready-made measures.</source>
            <translation>Plan the first measure of the Umsetzungsplan: what is to be done, for whom, against which barrier, by whom and by when. Tip: on the Coverage page, the barriers rated 2 or 3 offer the catalogue's approaches as ready-made measures.</translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n measure</numerusform>
                <numerusform>%n measures</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>%1 of %2 shown</translation>
        </message>
        <message>
            <source>Measure “%1” created</source>
            <translation>Measure “%1” created</translation>
        </message>
        <message>
            <source>Delete measure</source>
            <translation>Delete measure</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Pillar:</source>
            <translation>Pillar:</translation>
        </message>
        <message>
            <source>Responsible:</source>
            <translation>Responsible:</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>Delete the measure “%1” with its steps?</source>
            <translation>Delete the measure “%1” with its steps?</translation>
        </message>
        <message numerus="yes">
            <source>%n idea(s) it came from will then be “Selected” again.</source>
            <translation>
                <numerusform>%n idea it came from will then be “Selected” again.</numerusform>
                <numerusform>%n ideas it came from will then be “Selected” again.</numerusform>
            </translation>
        </message>
        <message>
            <source>Measure “%1” deleted</source>
            <translation>Measure “%1” deleted</translation>
        </message>
        <message>
            <source>Measure “%1” edited</source>
            <translation>Measure “%1” edited</translation>
        </message>
    </context>
    <context>
        <name>MenuBar</name>
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
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
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
            <source>This page has no search field.</source>
            <translation>This page has no search field.</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>This page has no help of its own yet. The sidebar on the left lists every area (Ctrl+1 … Ctrl+9 open the main ones); the Start page recommends the next steps for your municipality.</source>
            <translation>This page has no help of its own yet. The sidebar on the left lists every area (Ctrl+1 … Ctrl+9 open the main ones); the Start page recommends the next steps for your municipality.</translation>
        </message>
    </context>
    <context>
        <name>MessageLine</name>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>Discard what you typed in this form?</source>
            <translation>Discard what you typed in this form?</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Keep editing</translation>
        </message>
        <message>
            <source>There is unsaved input. Save it?</source>
            <translation>There is unsaved input. Save it?</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Discard</translation>
        </message>
        <message>
            <source>S&amp;tay here</source>
            <translation>S&amp;tay here</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityDialog</name>
        <message>
            <source>VOPI Desktop – New municipality</source>
            <translation>VOPI Desktop – New municipality</translation>
        </message>
        <message>
            <source>VOPI Desktop – Edit municipality</source>
            <translation>VOPI Desktop – Edit municipality</translation>
        </message>
        <message>
            <source>The kind and the population decide the recommendation on the Anchoring page. Ctrl+Z undoes the change after saving.</source>
            <translation>The kind and the population decide the recommendation on the Anchoring page. Ctrl+Z undoes the change after saving.</translation>
        </message>
        <message>
            <source>Welcome! Create the municipality whose process you support. You can change these details later (File → Edit municipality…). Or load the fictional example town to look around and practise.</source>
            <translation>Welcome! Create the municipality whose process you support. You can change these details later (File → Edit municipality…). Or load the fictional example town to look around and practise.</translation>
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
            <source>C&amp;reate municipality</source>
            <translation>C&amp;reate municipality</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>Sa&amp;ve</translation>
        </message>
        <message>
            <source>Load the e&amp;xample town</source>
            <translation>Load the e&amp;xample town</translation>
        </message>
        <message>
            <source>The example town is already in this workspace.</source>
            <translation>The example town is already in this workspace.</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>Municipality “%1” edited</source>
            <translation>Municipality “%1” edited</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityMenu</name>
        <message>
            <source>&amp;Edit municipality…</source>
            <translation>&amp;Edit municipality…</translation>
        </message>
        <message>
            <source>&amp;Delete municipality…</source>
            <translation>&amp;Delete municipality…</translation>
        </message>
        <message>
            <source>Edit municipality</source>
            <translation>Edit municipality</translation>
        </message>
        <message>
            <source>Delete municipality</source>
            <translation>Delete municipality</translation>
        </message>
        <message>
            <source>&amp;Delete municipality</source>
            <translation>&amp;Delete municipality</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Keep it</translation>
        </message>
        <message>
            <source>Municipality “%1” saved. Ctrl+Z undoes it.</source>
            <translation>Municipality “%1” saved. Ctrl+Z undoes it.</translation>
        </message>
        <message>
            <source>Municipality “%1” deleted.</source>
            <translation>Municipality “%1” deleted.</translation>
        </message>
        <message>
            <source>Backup: %1</source>
            <translation>Backup: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n actor(s)</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actor(s) in the trash</source>
            <translation>
                <numerusform>%n actor in the trash</numerusform>
                <numerusform>%n actors in the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n link</numerusform>
                <numerusform>%n links</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n barrier rating(s)</source>
            <translation>
                <numerusform>%n barrier rating</numerusform>
                <numerusform>%n barrier ratings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target group(s)</source>
            <translation>
                <numerusform>%n target group</numerusform>
                <numerusform>%n target groups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pillar round(s)</source>
            <translation>
                <numerusform>%n pillar round</numerusform>
                <numerusform>%n pillar rounds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n idea(s)</source>
            <translation>
                <numerusform>%n idea</numerusform>
                <numerusform>%n ideas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n measure</numerusform>
                <numerusform>%n measures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n engagement opportunity(ies)</source>
            <translation>
                <numerusform>%n engagement opportunity</numerusform>
                <numerusform>%n engagement opportunities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n checklist(s)</source>
            <translation>
                <numerusform>%n checklist</numerusform>
                <numerusform>%n checklists</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice example(s)</source>
            <translation>
                <numerusform>%n practice example</numerusform>
                <numerusform>%n practice examples</numerusform>
            </translation>
        </message>
        <message>
            <source>This goes with it: %1.</source>
            <translation>This goes with it: %1.</translation>
        </message>
        <message>
            <source>Nothing is recorded for it yet.</source>
            <translation>Nothing is recorded for it yet.</translation>
        </message>
        <message>
            <source>The whole workspace is backed up first: File → Restore a backup… brings the municipality back, Undo (Ctrl+Z) does not.</source>
            <translation>The whole workspace is backed up first: File → Restore a backup… brings the municipality back, Undo (Ctrl+Z) does not.</translation>
        </message>
        <message>
            <source>This is a server database: the app makes no backup of it (its administrator does), and everyone working with it loses the municipality too. Undo (Ctrl+Z) cannot bring it back.</source>
            <translation>This is a server database: the app makes no backup of it (its administrator does), and everyone working with it loses the municipality too. Undo (Ctrl+Z) cannot bring it back.</translation>
        </message>
        <message>
            <source>Delete the municipality “%1” and everything recorded for it?</source>
            <translation>Delete the municipality “%1” and everything recorded for it?</translation>
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
            <source>Get involved</source>
            <translation>Get involved</translation>
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
        <message>
            <source>Analysis</source>
            <translation>Analysis</translation>
        </message>
    </context>
    <context>
        <name>NetworkInsights</name>
        <message>
            <source>&amp;Isolated migrant organisations (%1):</source>
            <translation>&amp;Isolated migrant organisations (%1):</translation>
        </message>
        <message>
            <source>Migrant organisations without a link to a Verein, school, church or the administration.</source>
            <translation>Migrant organisations without a link to a Verein, school, church or the administration.</translation>
        </message>
        <message>
            <source>Missing actor types</source>
            <translation>Missing actor types</translation>
        </message>
        <message>
            <source>No actors recorded yet, so every important type is still missing.</source>
            <translation>No actors recorded yet, so every important type is still missing.</translation>
        </message>
        <message>
            <source>Every important type of actor is present and linked.</source>
            <translation>Every important type of actor is present and linked.</translation>
        </message>
        <message>
            <source>no actor yet</source>
            <translation>no actor yet</translation>
        </message>
        <message>
            <source>1 actor, not linked</source>
            <translation>1 actor, not linked</translation>
        </message>
        <message>
            <source>actors: %1, none linked</source>
            <translation>actors: %1, none linked</translation>
        </message>
    </context>
    <context>
        <name>NetworkLegend</name>
        <message>
            <source>Isolated migrant organisation</source>
            <translation>Isolated migrant organisation</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Network map</source>
            <translation>Network map</translation>
        </message>
        <message>
            <source>Loading the network…</source>
            <translation>Loading the network…</translation>
        </message>
        <message>
            <source>Computing the layout…</source>
            <translation>Computing the layout…</translation>
        </message>
        <message>
            <source>Layout computed and saved.</source>
            <translation>Layout computed and saved.</translation>
        </message>
        <message>
            <source>Link saved.</source>
            <translation>Link saved.</translation>
        </message>
        <message>
            <source>Link changed.</source>
            <translation>Link changed.</translation>
        </message>
        <message>
            <source>Delete the link between %1 and %2?</source>
            <translation>Delete the link between %1 and %2?</translation>
        </message>
        <message>
            <source>Delete link</source>
            <translation>Delete link</translation>
        </message>
        <message>
            <source>Link deleted.</source>
            <translation>Link deleted.</translation>
        </message>
        <message>
            <source>Re-arrange layout</source>
            <translation>Re-arrange layout</translation>
        </message>
        <message>
            <source>Arrange all actors anew? Positions you moved by hand are lost.</source>
            <translation>Arrange all actors anew? Positions you moved by hand are lost.</translation>
        </message>
        <message>
            <source>&amp;Re-arrange</source>
            <translation>&amp;Re-arrange</translation>
        </message>
        <message>
            <source>&amp;Keep the map</source>
            <translation>&amp;Keep the map</translation>
        </message>
        <message>
            <source>The layout could not be computed; the map shows the saved positions.</source>
            <translation>The layout could not be computed; the map shows the saved positions.</translation>
        </message>
        <message>
            <source>No actors yet</source>
            <translation>No actors yet</translation>
        </message>
        <message>
            <source>Add the local actors in the Actors area; then they appear here as a map.</source>
            <translation>Add the local actors in the Actors area; then they appear here as a map.</translation>
        </message>
        <message>
            <source>Go to the &amp;actors</source>
            <translation>Go to the &amp;actors</translation>
        </message>
        <message>
            <source>Link %1</source>
            <translation>Link %1</translation>
        </message>
        <message>
            <source>Link %1 changed</source>
            <translation>Link %1 changed</translation>
        </message>
        <message>
            <source>Link %1 deleted</source>
            <translation>Link %1 deleted</translation>
        </message>
        <message>
            <source>Link mode: click an actor, then the actor to link it to. Esc ends.</source>
            <translation>Link mode: click an actor, then the actor to link it to. Esc ends.</translation>
        </message>
        <message>
            <source>The map shows the actors as dots coloured by type and their links as lines: the thicker, the stronger; the line style shows the kind. Zoom with the mouse wheel or Ctrl++ / Ctrl+- (Ctrl+0 shows the whole map), drag the background to pan, drag an actor to move it. Choose an actor in the list or on the map to see its links; draw a new link with the form or in link mode by clicking two actors. Red rings mark migrant organisations without a link to a Verein, school, church or the administration. “Print…” or Ctrl+P prints the map with its index.</source>
            <translation>The map shows the actors as dots coloured by type and their links as lines: the thicker, the stronger; the line style shows the kind. Zoom with the mouse wheel or Ctrl++ / Ctrl+- (Ctrl+0 shows the whole map), drag the background to pan, drag an actor to move it. Choose an actor in the list or on the map to see its links; draw a new link with the form or in link mode by clicking two actors. Red rings mark migrant organisations without a link to a Verein, school, church or the administration. “Print…” or Ctrl+P prints the map with its index.</translation>
        </message>
        <message>
            <source>1 link</source>
            <translation>1 link</translation>
        </message>
        <message>
            <source>%1 links</source>
            <translation>%1 links</translation>
        </message>
        <message>
            <source>strength %1 of 3</source>
            <translation>strength %1 of 3</translation>
        </message>
    </context>
    <context>
        <name>NetworkPanel</name>
        <message>
            <source>Name or type</source>
            <translation>Name or type</translation>
        </message>
        <message>
            <source>Actors on the map</source>
            <translation>Actors on the map</translation>
        </message>
        <message>
            <source>Selected actor</source>
            <translation>Selected actor</translation>
        </message>
        <message>
            <source>Click an actor on the map or choose one in the list.</source>
            <translation>Click an actor on the map or choose one in the list.</translation>
        </message>
        <message>
            <source>&amp;Links of this actor:</source>
            <translation>&amp;Links of this actor:</translation>
        </message>
        <message>
            <source>Show the selected actor's opening checklist, or begin it</source>
            <translation>Show the selected actor's opening checklist, or begin it</translation>
        </message>
        <message>
            <source>Draw a link</source>
            <translation>Draw a link</translation>
        </message>
        <message>
            <source>1 – weak</source>
            <translation>1 – weak</translation>
        </message>
        <message>
            <source>2 – medium</source>
            <translation>2 – medium</translation>
        </message>
        <message>
            <source>3 – strong</source>
            <translation>3 – strong</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>&amp;Add link</source>
            <translation>&amp;Add link</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>To actor:</source>
            <translation>To actor:</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Strength:</translation>
        </message>
        <message>
            <source>Find a&amp;ctor:</source>
            <translation>Find a&amp;ctor:</translation>
        </message>
        <message>
            <source>Edi&amp;t link</source>
            <translation>Edi&amp;t link</translation>
        </message>
        <message>
            <source>&amp;Delete link</source>
            <translation>&amp;Delete link</translation>
        </message>
        <message>
            <source>O&amp;pening checklist</source>
            <translation>O&amp;pening checklist</translation>
        </message>
        <message>
            <source>1 link</source>
            <translation>1 link</translation>
        </message>
        <message>
            <source>%1 links</source>
            <translation>%1 links</translation>
        </message>
        <message>
            <source>First choose the actor the link starts from.</source>
            <translation>First choose the actor the link starts from.</translation>
        </message>
        <message>
            <source>Choose the actor to link to from the list (the text matches none or several).</source>
            <translation>Choose the actor to link to from the list (the text matches none or several).</translation>
        </message>
        <message>
            <source>Change link</source>
            <translation>Change link</translation>
        </message>
        <message>
            <source>Sa&amp;ve changes</source>
            <translation>Sa&amp;ve changes</translation>
        </message>
    </context>
    <context>
        <name>NetworkZoomBar</name>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>Whole map</translation>
        </message>
        <message>
            <source>Show the whole map</source>
            <translation>Show the whole map</translation>
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
            <source>Organisations recorded: %1.</source>
            <translation>Organisations recorded: %1.</translation>
        </message>
        <message>
            <source>Links recorded: %1. Which migrant organisations stand alone?</source>
            <translation>Links recorded: %1. Which migrant organisations stand alone?</translation>
        </message>
        <message>
            <source>Events recorded: %1 (future conference, World Café, round table, network meeting).</source>
            <translation>Events recorded: %1 (future conference, World Café, round table, network meeting).</translation>
        </message>
        <message>
            <source>Measures planned: %1.</source>
            <translation>Measures planned: %1.</translation>
        </message>
        <message>
            <source>Clubs with an opening checklist: %1.</source>
            <translation>Clubs with an opening checklist: %1.</translation>
        </message>
        <message>
            <source>%1 of 20 indicators scored.</source>
            <translation>%1 of 20 indicators scored.</translation>
        </message>
        <message>
            <source>Where does the topic belong, and what makes it permanent?</source>
            <translation>Where does the topic belong, and what makes it permanent?</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Name of the club</source>
            <translation>Name of the club</translation>
        </message>
        <message>
            <source>Sea&amp;rch:</source>
            <translation>Sea&amp;rch:</translation>
        </message>
        <message>
            <source>Clubs and their opening checklists</source>
            <translation>Clubs and their opening checklists</translation>
        </message>
        <message>
            <source>&amp;Open checklist</source>
            <translation>&amp;Open checklist</translation>
        </message>
        <message>
            <source>Show the chosen club's checklist (Enter)</source>
            <translation>Show the chosen club's checklist (Enter)</translation>
        </message>
        <message>
            <source>&amp;Begin checklist</source>
            <translation>&amp;Begin checklist</translation>
        </message>
        <message>
            <source>Begin the opening checklist for the chosen club</source>
            <translation>Begin the opening checklist for the chosen club</translation>
        </message>
        <message>
            <source>&amp;Actor directory</source>
            <translation>&amp;Actor directory</translation>
        </message>
        <message>
            <source>Record more clubs in the actor directory</source>
            <translation>Record more clubs in the actor directory</translation>
        </message>
        <message>
            <source>← &amp;Overview</source>
            <translation>← &amp;Overview</translation>
        </message>
        <message>
            <source>Back to all clubs (Esc)</source>
            <translation>Back to all clubs (Esc)</translation>
        </message>
        <message>
            <source>opening checklist</source>
            <translation>opening checklist</translation>
        </message>
        <message>
            <source>No clubs recorded yet</source>
            <translation>No clubs recorded yet</translation>
        </message>
        <message>
            <source>The opening checklist is kept per club. Record the clubs of your municipality in the actor directory (type “Club”); they then appear here, and you can begin a checklist for each of them.</source>
            <translation>The opening checklist is kept per club. Record the clubs of your municipality in the actor directory (type “Club”); they then appear here, and you can begin a checklist for each of them.</translation>
        </message>
        <message>
            <source>Go to the &amp;actor directory</source>
            <translation>Go to the &amp;actor directory</translation>
        </message>
        <message>
            <source>%1 of %2 begun</source>
            <translation>%1 of %2 begun</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) overdue</source>
            <translation>
                <numerusform>%n item overdue</numerusform>
                <numerusform>%n items overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Intercultural opening: %1</source>
            <translation>Intercultural opening: %1</translation>
        </message>
        <message>
            <source>Intercultural opening: the overview lists every club of the municipality, whether its checklist has been begun, how far it has got and what is overdue. Enter opens a club's checklist (or begins it). Tick an item when it is done, or choose its state, note, person responsible and due date beside the list and save with Ctrl+S. Items that do not apply are marked not relevant and leave the count. Own items can be added to every section. Practice examples for the chosen item are shown below the form; Ctrl+Z undoes. “Print…” or Ctrl+P prints the checklist, blank for a workshop or filled in.</source>
            <translation>Intercultural opening: the overview lists every club of the municipality, whether its checklist has been begun, how far it has got and what is overdue. Enter opens a club's checklist (or begins it). Tick an item when it is done, or choose its state, note, person responsible and due date beside the list and save with Ctrl+S. Items that do not apply are marked not relevant and leave the count. Own items can be added to every section. Practice examples for the chosen item are shown below the form; Ctrl+Z undoes. “Print…” or Ctrl+P prints the checklist, blank for a workshop or filled in.</translation>
        </message>
    </context>
    <context>
        <name>OpportunityForm</name>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Languages spoken there</source>
            <translation>Languages spoken there</translation>
        </message>
        <message>
            <source>The actor's general contact</source>
            <translation>The actor's general contact</translation>
        </message>
        <message>
            <source>The actor's contact person</source>
            <translation>The actor's contact person</translation>
        </message>
        <message>
            <source>Consent to publication recorded on</source>
            <translation>Consent to publication recorded on</translation>
        </message>
        <message>
            <source>recorded on</source>
            <translation>recorded on</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>until</source>
            <translation>until</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Measures that promote it</source>
            <translation>Measures that promote it</translation>
        </message>
        <message>
            <source>No measure promotes it yet: tick it in a measure's form under “Promotes”.</source>
            <translation>No measure promotes it yet: tick it in a measure's form under “Promotes”.</translation>
        </message>
        <message>
            <source>A&amp;ctor:</source>
            <translation>A&amp;ctor:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itle:</translation>
        </message>
        <message>
            <source>What you do:</source>
            <translation>What you do:</translation>
        </message>
        <message>
            <source>When and where:</source>
            <translation>When and where:</translation>
        </message>
        <message>
            <source>Time needed:</source>
            <translation>Time needed:</translation>
        </message>
        <message>
            <source>Languages spoken:</source>
            <translation>Languages spoken:</translation>
        </message>
        <message>
            <source>Feat&amp;ures:</source>
            <translation>Feat&amp;ures:</translation>
        </message>
        <message>
            <source>Co&amp;ntact:</source>
            <translation>Co&amp;ntact:</translation>
        </message>
        <message>
            <source>Consent:</source>
            <translation>Consent:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>Translated title:</source>
            <translation>Translated title:</translation>
        </message>
        <message>
            <source>Translation:</source>
            <translation>Translation:</translation>
        </message>
        <message>
            <source>The contact person is printed only with their consent to publication.</source>
            <translation>The contact person is printed only with their consent to publication.</translation>
        </message>
        <message>
            <source>O&amp;pen the measure</source>
            <translation>O&amp;pen the measure</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Valid:</source>
            <translation>&amp;Valid:</translation>
        </message>
        <message>
            <source>Description in:</source>
            <translation>Description in:</translation>
        </message>
        <message>
            <source>Promoted &amp;by:</source>
            <translation>Promoted &amp;by:</translation>
        </message>
        <message>
            <source>New opportunity</source>
            <translation>New opportunity</translation>
        </message>
    </context>
    <context>
        <name>OpportunityModel</name>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Actor</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Missing languages</source>
            <translation>Missing languages</translation>
        </message>
        <message>
            <source>Actor in the trash: left out</source>
            <translation>Actor in the trash: left out</translation>
        </message>
        <message>
            <source>Expired: left out</source>
            <translation>Expired: left out</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>OutreachPage</name>
        <message>
            <source>Get involved</source>
            <translation>Get involved</translation>
        </message>
        <message>
            <source>Engagement opportunities of the local actors, described in the languages people read, and a printed guide to hand out.</source>
            <translation>Engagement opportunities of the local actors, described in the languages people read, and a printed guide to hand out.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>All languages</translation>
        </message>
        <message>
            <source>All features</source>
            <translation>All features</translation>
        </message>
        <message>
            <source>All actor types</source>
            <translation>All actor types</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>Search:</translation>
        </message>
        <message>
            <source>Engagement opportunities</source>
            <translation>Engagement opportunities</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>No actors recorded yet</source>
            <translation>No actors recorded yet</translation>
        </message>
        <message>
            <source>An engagement opportunity belongs to a local actor: a club, a migrant organisation, an initiative. Record the actors first. The texts and their review need none.</source>
            <translation>An engagement opportunity belongs to a local actor: a club, a migrant organisation, an initiative. Record the actors first. The texts and their review need none.</translation>
        </message>
        <message>
            <source>Go to &amp;Actors</source>
            <translation>Go to &amp;Actors</translation>
        </message>
        <message>
            <source>&amp;Opportunities</source>
            <translation>&amp;Opportunities</translation>
        </message>
        <message>
            <source>Te&amp;xts and review</source>
            <translation>Te&amp;xts and review</translation>
        </message>
        <message>
            <source>Record what people can join (an actor's offer), describe it in the languages of your residents, check the built-in texts with native speakers and mark them reviewed, then make the printed guide (Ctrl+P prints it). Contact persons are printed only where consent to publication is recorded.</source>
            <translation>Record what people can join (an actor's offer), describe it in the languages of your residents, check the built-in texts with native speakers and mark them reviewed, then make the printed guide (Ctrl+P prints it). Contact persons are printed only where consent to publication is recorded.</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>Feature:</source>
            <translation>Feature:</translation>
        </message>
        <message>
            <source>Actor type:</source>
            <translation>Actor type:</translation>
        </message>
        <message>
            <source>Ne&amp;w opportunity</source>
            <translation>Ne&amp;w opportunity</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>%1 of %2 shown · %3 lack a language</source>
            <translation>%1 of %2 shown · %3 lack a language</translation>
        </message>
        <message>
            <source>The actor is in the trash: the document leaves this opportunity out.</source>
            <translation>The actor is in the trash: the document leaves this opportunity out.</translation>
        </message>
        <message>
            <source>Expired: the document leaves this opportunity out.</source>
            <translation>Expired: the document leaves this opportunity out.</translation>
        </message>
        <message>
            <source>No consent to publication recorded: the document prints the actor's general contact.</source>
            <translation>No consent to publication recorded: the document prints the actor's general contact.</translation>
        </message>
        <message>
            <source>No description yet in: %1</source>
            <translation>No description yet in: %1</translation>
        </message>
        <message>
            <source>New opportunity %1</source>
            <translation>New opportunity %1</translation>
        </message>
        <message>
            <source>Change of %1</source>
            <translation>Change of %1</translation>
        </message>
        <message>
            <source>Delete the opportunity “%1” with its texts in every language?</source>
            <translation>Delete the opportunity “%1” with its texts in every language?</translation>
        </message>
        <message>
            <source>Delete opportunity</source>
            <translation>Delete opportunity</translation>
        </message>
        <message>
            <source>Deletion of %1</source>
            <translation>Deletion of %1</translation>
        </message>
        <message>
            <source>Wording of %1 (%2)</source>
            <translation>Wording of %1 (%2)</translation>
        </message>
        <message>
            <source>Review of %1 (%2)</source>
            <translation>Review of %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message>
            <source>Club</source>
            <translation>Club</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>%1 of %2 items done, %3 in progress, %4 not relevant</source>
            <translation>%1 of %2 items done, %3 in progress, %4 not relevant</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) overdue since %1</source>
            <translation>
                <numerusform>%n item overdue since %1</numerusform>
                <numerusform>%n items overdue since %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The next due date still ahead (overdue items are counted in the column before)</source>
            <translation>The next due date still ahead (overdue items are counted in the column before)</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>not started</translation>
        </message>
    </context>
    <context>
        <name>OwnBarrierDialog</name>
        <message>
            <source>VOPI Desktop – Own barrier</source>
            <translation>VOPI Desktop – Own barrier</translation>
        </message>
        <message>
            <source>Add a barrier that the catalogue does not list but that you see in your municipality. You rate it afterwards like the others.</source>
            <translation>Add a barrier that the catalogue does not list but that you see in your municipality. You rate it afterwards like the others.</translation>
        </message>
        <message>
            <source>(no group)</source>
            <translation>(no group)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Group:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Add barrier</source>
            <translation>&amp;Add barrier</translation>
        </message>
        <message>
            <source>Own barrier “%1” added</source>
            <translation>Own barrier “%1” added</translation>
        </message>
        <message>
            <source>Own barrier “%1” changed</source>
            <translation>Own barrier “%1” changed</translation>
        </message>
    </context>
    <context>
        <name>OwnItemDialog</name>
        <message>
            <source>Add own item</source>
            <translation>Add own item</translation>
        </message>
        <message>
            <source>What should be true, e.g. “The club festival has a halal grill.”</source>
            <translation>What should be true, e.g. “The club festival has a halal grill.”</translation>
        </message>
        <message>
            <source>&amp;Due by</source>
            <translation>&amp;Due by</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>&amp;Section:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Responsible:</translation>
        </message>
        <message>
            <source>The due date lies in the past. Keep it anyway?</source>
            <translation>The due date lies in the past. Keep it anyway?</translation>
        </message>
        <message>
            <source>Due date in the past</source>
            <translation>Due date in the past</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>No municipality yet</source>
            <extracomment>False for pages that make sense without a municipality (they show their own welcome).</extracomment>
            <translation>No municipality yet</translation>
        </message>
        <message>
            <source>There is no municipality in this workspace yet. Create one (Ctrl+N); the same dialog also loads the fictional example town to look around and practise.</source>
            <translation>There is no municipality in this workspace yet. Create one (Ctrl+N); the same dialog also loads the fictional example town to look around and practise.</translation>
        </message>
        <message>
            <source>&amp;Create municipality…</source>
            <translation>&amp;Create municipality…</translation>
        </message>
        <message>
            <source>Unsaved input</source>
            <translation>Unsaved input</translation>
        </message>
    </context>
    <context>
        <name>PillarsPage</name>
        <message>
            <source>Pillar self-assessment</source>
            <translation>Pillar self-assessment</translation>
        </message>
        <message>
            <source>&amp;Round:</source>
            <translation>&amp;Round:</translation>
        </message>
        <message>
            <source>&amp;New round…</source>
            <translation>&amp;New round…</translation>
        </message>
        <message>
            <source>Ed&amp;it round…</source>
            <translation>Ed&amp;it round…</translation>
        </message>
        <message>
            <source>&amp;Delete round</source>
            <translation>&amp;Delete round</translation>
        </message>
        <message>
            <source>&amp;Assessment</source>
            <translation>&amp;Assessment</translation>
        </message>
        <message>
            <source>&amp;Comparison</source>
            <translation>&amp;Comparison</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>no date</translation>
        </message>
        <message>
            <source>No assessment round yet</source>
            <translation>No assessment round yet</translation>
        </message>
        <message>
            <source>Start with a baseline: choose “New round…”, enter the date and who took part, then score the 20 indicators on the scale each question offers. A later follow-up round shows what has changed.</source>
            <translation>Start with a baseline: choose “New round…”, enter the date and who took part, then score the 20 indicators on the scale each question offers. A later follow-up round shows what has changed.</translation>
        </message>
        <message>
            <source>Participants: %1</source>
            <translation>Participants: %1</translation>
        </message>
        <message>
            <source>%1 of %2 indicators scored</source>
            <translation>%1 of %2 indicators scored</translation>
        </message>
        <message>
            <source>Score of indicator %1</source>
            <translation>Score of indicator %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>New round “%1”</source>
            <translation>New round “%1”</translation>
        </message>
        <message>
            <source>Round “%1” changed</source>
            <translation>Round “%1” changed</translation>
        </message>
        <message>
            <source>Round saved.</source>
            <translation>Round saved.</translation>
        </message>
        <message>
            <source>Delete round</source>
            <translation>Delete round</translation>
        </message>
        <message>
            <source>Delete the round “%1” (%2 of %3 indicators scored) with all its scores and notes? Ctrl+Z brings it back.</source>
            <translation>Delete the round “%1” (%2 of %3 indicators scored) with all its scores and notes? Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Round “%1” deleted</source>
            <translation>Round “%1” deleted</translation>
        </message>
        <message>
            <source>Round deleted.</source>
            <translation>Round deleted.</translation>
        </message>
        <message>
            <source>Assess the four pillars with 20 questions in rounds: a baseline first, later follow-ups. Each question is answered on the scale that fits it (how often, how many, how far it applies), from 1 to 5. Every score and note is saved at once; Ctrl+Z takes it back. The radar chart shows the pillar averages per round; the Comparison tab lists what improved and what fell back. Ctrl+P prints the analysis.</source>
            <translation>Assess the four pillars with 20 questions in rounds: a baseline first, later follow-ups. Each question is answered on the scale that fits it (how often, how many, how far it applies), from 1 to 5. Every score and note is saved at once; Ctrl+Z takes it back. The radar chart shows the pillar averages per round; the Comparison tab lists what improved and what fell back. Ctrl+P prints the analysis.</translation>
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
        <name>PlanningHelp</name>
        <message>
            <source>Record each participation event with its protocol. "New event" opens an empty form; choose the kind first, as each method brings its own protocol section: Zukunftskonferenz (past, present, future, common ground and action plans over two to three days), World Café (open questions at small tables in rounds of 20 to 30 minutes: ideas, no decisions), Runder Tisch (invited representatives agree under neutral moderation) or Netzwerktreffen (municipalities exchange experience). The method's guidance stands on the right.

The form holds what a good protocol needs, from date, place and participants to results, decisions, open points and the next date. Nothing is stored until Save (Ctrl+S); Revert drops what was typed.

Below the list go the ideas collected at the event: add one, give it a vote, reject it with a reason, or turn it into a planned measure in one step (Ctrl+Z undoes it). Names and photos of participants only with their consent. "Print protocol…" or Ctrl+P prints the protocol.</source>
            <translation>Record each participation event with its protocol. "New event" opens an empty form; choose the kind first, as each method brings its own protocol section: Zukunftskonferenz (past, present, future, common ground and action plans over two to three days), World Café (open questions at small tables in rounds of 20 to 30 minutes: ideas, no decisions), Runder Tisch (invited representatives agree under neutral moderation) or Netzwerktreffen (municipalities exchange experience). The method's guidance stands on the right.

The form holds what a good protocol needs, from date, place and participants to results, decisions, open points and the next date. Nothing is stored until Save (Ctrl+S); Revert drops what was typed.

Below the list go the ideas collected at the event: add one, give it a vote, reject it with a reason, or turn it into a planned measure in one step (Ctrl+Z undoes it). Names and photos of participants only with their consent. "Print protocol…" or Ctrl+P prints the protocol.</translation>
        </message>
        <message>
            <source>The Umsetzungsplan: each measure says what is to be done and why (title, goal), for whom (target groups), against which barriers and in which pillars, through which channels and languages, who is responsible (an actor, a person, partners), from when until when, the budget planned and spent in euros, and how success shows (indicator, result).

Status: idea, planned, running, completed or cancelled. Only planned and running measures count as covering a barrier on the Coverage page. Steps split a measure into tasks with a due date; tick a step when it is done. A measure is overdue when its end or an open step's due date has passed while it is planned or running; a step due after the end is saved with a warning.

"New measure" opens an empty form, stored with Save (Ctrl+S); Revert drops it. Filter by status, pillar, who is responsible or overdue only. Ctrl+P or "Print…" prints the plan. A measure made from a catalogue approach comes from the Coverage or Barriers page, a measure from an idea from Participation.</source>
            <translation>The Umsetzungsplan: each measure says what is to be done and why (title, goal), for whom (target groups), against which barriers and in which pillars, through which channels and languages, who is responsible (an actor, a person, partners), from when until when, the budget planned and spent in euros, and how success shows (indicator, result).

Status: idea, planned, running, completed or cancelled. Only planned and running measures count as covering a barrier on the Coverage page. Steps split a measure into tasks with a due date; tick a step when it is done. A measure is overdue when its end or an open step's due date has passed while it is planned or running; a step due after the end is saved with a warning.

"New measure" opens an empty form, stored with Save (Ctrl+S); Revert drops it. Filter by status, pillar, who is responsible or overdue only. Ctrl+P or "Print…" prints the plan. A measure made from a catalogue approach comes from the Coverage or Barriers page, a measure from an idea from Participation.</translation>
        </message>
        <message>
            <source>The measures over time, one row each: a bar runs from the start to the end date, its colour shows the status (the legend below the chart; ideas and cancelled measures are drawn lighter). Measures without any date are not shown.

Short strokes across a bar are its steps on their due date: black while open, white once done. The yellow diamonds in the top row are the events on their date. The red line is today. The month names on top carry the year at the left edge and at each January.

Zoom to a year, a quarter or a month (Ctrl++ and Ctrl+-, or Ctrl and the mouse wheel); filter by pillar or by who is responsible. The arrow keys go from item to item in time order; Enter or a double click opens the measure or event on its page, where its dates are changed. Ctrl+P prints the measures plan.</source>
            <translation>The measures over time, one row each: a bar runs from the start to the end date, its colour shows the status (the legend below the chart; ideas and cancelled measures are drawn lighter). Measures without any date are not shown.

Short strokes across a bar are its steps on their due date: black while open, white once done. The yellow diamonds in the top row are the events on their date. The red line is today. The month names on top carry the year at the left edge and at each January.

Zoom to a year, a quarter or a month (Ctrl++ and Ctrl+-, or Ctrl and the mouse wheel); filter by pillar or by who is responsible. The arrow keys go from item to item in time order; Enter or a double click opens the measure or event on its page, where its dates are changed. Ctrl+P prints the measures plan.</translation>
        </message>
        <message>
            <source>Do the measures answer the barriers that matter? The rows are the barriers rated 2 (medium) or 3 (high) on the Barriers page, the highest first.

With up to twelve measures the columns are the measures: a dot marks a measure that addresses the barrier, coloured by the measure's status. With more measures the columns are the four pillars, and a number says how many planned or running measures of that pillar address the barrier. A red row: no planned or running measure addresses this barrier yet (an idea, a completed or a cancelled measure does not carry it forward).

Above the table: the barriers without a planned or running measure, the measures that address no barrier, and the pillars no measure names. Choose a barrier and "Measure from an approach…": the catalogue's approaches against it, and one click creates a planned measure linked to it. Enter on a dot opens its measure. Ctrl+P prints the measures plan.</source>
            <translation>Do the measures answer the barriers that matter? The rows are the barriers rated 2 (medium) or 3 (high) on the Barriers page, the highest first.

With up to twelve measures the columns are the measures: a dot marks a measure that addresses the barrier, coloured by the measure's status. With more measures the columns are the four pillars, and a number says how many planned or running measures of that pillar address the barrier. A red row: no planned or running measure addresses this barrier yet (an idea, a completed or a cancelled measure does not carry it forward).

Above the table: the barriers without a planned or running measure, the measures that address no barrier, and the pillars no measure names. Choose a barrier and "Measure from an approach…": the catalogue's approaches against it, and one click creates a planned measure linked to it. Enter on a dot opens its measure. Ctrl+P prints the measures plan.</translation>
        </message>
    </context>
    <context>
        <name>PracticeDialog</name>
        <message>
            <source>New practice example</source>
            <translation>New practice example</translation>
        </message>
        <message>
            <source>Edit practice example</source>
            <translation>Edit practice example</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;What was done:</source>
            <translation>&amp;What was done:</translation>
        </message>
        <message>
            <source>What &amp;helped:</source>
            <translation>What &amp;helped:</translation>
        </message>
        <message>
            <source>&amp;Contact organisation:</source>
            <translation>&amp;Contact organisation:</translation>
        </message>
        <message>
            <source>&amp;Barriers it addresses:</source>
            <translation>&amp;Barriers it addresses:</translation>
        </message>
    </context>
    <context>
        <name>PracticePanel</name>
        <message>
            <source>&amp;Practice examples</source>
            <translation>&amp;Practice examples</translation>
        </message>
        <message>
            <source>Practice examples for this item</source>
            <translation>Practice examples for this item</translation>
        </message>
        <message>
            <source>Practice example</source>
            <translation>Practice example</translation>
        </message>
        <message>
            <source>&amp;Own example…</source>
            <translation>&amp;Own example…</translation>
        </message>
        <message>
            <source>Record an example of your own for this item</source>
            <translation>Record an example of your own for this item</translation>
        </message>
        <message>
            <source>Edit e&amp;xample…</source>
            <translation>Edit e&amp;xample…</translation>
        </message>
        <message>
            <source>&amp;Delete example</source>
            <translation>&amp;Delete example</translation>
        </message>
        <message>
            <source>%1 (own example)</source>
            <translation>%1 (own example)</translation>
        </message>
        <message>
            <source>No practice example for this item yet. Add one of your own, if you know one.</source>
            <translation>No practice example for this item yet. Add one of your own, if you know one.</translation>
        </message>
        <message>
            <source>What helped: %1</source>
            <translation>What helped: %1</translation>
        </message>
        <message>
            <source>Addresses: %1</source>
            <translation>Addresses: %1</translation>
        </message>
        <message>
            <source>Contact: %1</source>
            <translation>Contact: %1</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>&amp;Previous page</source>
            <translation>&amp;Previous page</translation>
        </message>
        <message>
            <source>Ne&amp;xt page</source>
            <translation>Ne&amp;xt page</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>P&amp;age:</source>
            <translation>P&amp;age:</translation>
        </message>
        <message>
            <source>Zoom o&amp;ut</source>
            <translation>Zoom o&amp;ut</translation>
        </message>
        <message>
            <source>&amp;Zoom in</source>
            <translation>&amp;Zoom in</translation>
        </message>
        <message>
            <source>Fit &amp;width</source>
            <translation>Fit &amp;width</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <source>This installation has no built-in PDF preview; the document opens in the system's PDF viewer.</source>
            <translation>This installation has no built-in PDF preview; the document opens in the system's PDF viewer.</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>of %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Preview: %1</source>
            <translation>Preview: %1</translation>
        </message>
        <message>
            <source>From %1, made %2. Practice examples for %3; the file does not name the municipality that sent them.</source>
            <translation>From %1, made %2. Practice examples for %3; the file does not name the municipality that sent them.</translation>
        </message>
        <message>
            <source>From %1, made %2. Practice examples from %3 for %4.</source>
            <translation>From %1, made %2. Practice examples from %3 for %4.</translation>
        </message>
        <message>
            <source>Without personal data: contact data kept here stays as it is.</source>
            <translation>Without personal data: contact data kept here stays as it is.</translation>
        </message>
        <message>
            <source>The fictional example town “%1” is not taken over: a different municipality of this name exists here.</source>
            <translation>The fictional example town “%1” is not taken over: a different municipality of this name exists here.</translation>
        </message>
        <message>
            <source>Plan by entity</source>
            <translation>Plan by entity</translation>
        </message>
        <message>
            <source>Entity / record</source>
            <translation>Entity / record</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Same</source>
            <translation>Same</translation>
        </message>
        <message>
            <source>Differ</source>
            <translation>Differ</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>Differences</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Here (mine)</source>
            <translation>Here (mine)</translation>
        </message>
        <message>
            <source>In the file (theirs)</source>
            <translation>In the file (theirs)</translation>
        </message>
        <message>
            <source>Choose a record that differs to see its differences.</source>
            <translation>Choose a record that differs to see its differences.</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Keep mine</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>&amp;Take theirs</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted here: not brought back</source>
            <translation>
                <numerusform>%n deleted here: not brought back</numerusform>
                <numerusform>%n deleted here: not brought back</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Newer wins for all</source>
            <translation>&amp;Newer wins for all</translation>
        </message>
        <message>
            <source>Keep &amp;mine for all</source>
            <translation>Keep &amp;mine for all</translation>
        </message>
        <message>
            <source>Take t&amp;heirs for all</source>
            <translation>Take t&amp;heirs for all</translation>
        </message>
        <message>
            <source>All deletions:</source>
            <translation>All deletions:</translation>
        </message>
        <message>
            <source>Delete unless &amp;changed here</source>
            <translation>Delete unless &amp;changed here</translation>
        </message>
        <message>
            <source>Keep a&amp;ll here</source>
            <translation>Keep a&amp;ll here</translation>
        </message>
        <message>
            <source>Delete all here t&amp;oo</source>
            <translation>Delete all here t&amp;oo</translation>
        </message>
        <message>
            <source>All conflicts:</source>
            <translation>All conflicts:</translation>
        </message>
        <message>
            <source>T&amp;ake over</source>
            <translation>T&amp;ake over</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>names one deleted here</source>
            <translation>names one deleted here</translation>
        </message>
        <message>
            <source>Deleted in the file</source>
            <translation>Deleted in the file</translation>
        </message>
        <message>
            <source>changed here since</source>
            <translation>changed here since</translation>
        </message>
        <message>
            <source>newer in the file</source>
            <translation>newer in the file</translation>
        </message>
        <message>
            <source>newer here</source>
            <translation>newer here</translation>
        </message>
        <message>
            <source>same age</source>
            <translation>same age</translation>
        </message>
        <message>
            <source>in the trash here</source>
            <translation>in the trash here</translation>
        </message>
        <message>
            <source>%1, %2 with differences: %3 taken from the file, %4.</source>
            <translation>%1, %2 with differences: %3 taken from the file, %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n kept unchanged here</source>
            <translation>
                <numerusform>%n kept unchanged here</numerusform>
                <numerusform>%n kept unchanged here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) of the file with the name of a different record here: kept apart, with a suffix to the name (e.g. “%1”).</source>
            <translation>
                <numerusform>%n record of the file with the name of a different record here: kept apart, with a suffix to the name (e.g. “%1”).</numerusform>
                <numerusform>%n records of the file with the name of a different record here: kept apart, with a suffix to the name (e.g. “%1”).</numerusform>
            </translation>
        </message>
        <message>
            <source>stays as here</source>
            <translation>stays as here</translation>
        </message>
        <message>
            <source>take theirs</source>
            <translation>take theirs</translation>
        </message>
        <message>
            <source>keep mine</source>
            <translation>keep mine</translation>
        </message>
        <message>
            <source>Otherwise the same: it stays as it is here.</source>
            <translation>Otherwise the same: it stays as it is here.</translation>
        </message>
        <message>
            <source>Deleted in the file on %1.</source>
            <translation>Deleted in the file on %1.</translation>
        </message>
        <message>
            <source>Changed here after that: newer wins keeps it.</source>
            <translation>Changed here after that: newer wins keeps it.</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Last changed</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>&amp;Trash here too</source>
            <translation>&amp;Trash here too</translation>
        </message>
        <message>
            <source>&amp;Delete here too</source>
            <translation>&amp;Delete here too</translation>
        </message>
        <message numerus="yes">
            <source>Deleted in the file and here too: %1 of %n record(s).</source>
            <translation>
                <numerusform>Deleted in the file and here too: %1 of %n record.</numerusform>
                <numerusform>Deleted in the file and here too: %1 of %n records.</numerusform>
            </translation>
        </message>
        <message>
            <source>From %1, made %2.</source>
            <translation>From %1, made %2.</translation>
        </message>
        <message>
            <source>Municipalities: %1.</source>
            <translation>Municipalities: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n new record(s)</source>
            <translation>
                <numerusform>%n new record</numerusform>
                <numerusform>%n new records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Without other differences, naming records deleted here: %n record(s); each stays as it is here.</source>
            <translation>
                <numerusform>Without other differences, naming records deleted here: %n record; each stays as it is here.</numerusform>
                <numerusform>Without other differences, naming records deleted here: %n records; each stays as it is here.</numerusform>
            </translation>
        </message>
        <message>
            <source>to the trash here</source>
            <translation>to the trash here</translation>
        </message>
        <message>
            <source>delete here</source>
            <translation>delete here</translation>
        </message>
        <message>
            <source>A different record here is called “%1”: this one keeps its own name with a suffix.</source>
            <translation>A different record here is called “%1”: this one keeps its own name with a suffix.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>PrintJob</name>
        <message>
            <source>the printer did not start (is it switched on and chosen in the print dialog? Printing into a file: does its folder exist, and may it be written?).</source>
            <translation>the printer did not start (is it switched on and chosen in the print dialog? Printing into a file: does its folder exist, and may it be written?).</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>The document is being printed: press Ctrl+P again once that is done (or cancelled).</source>
            <translation>The document is being printed: press Ctrl+P again once that is done (or cancelled).</translation>
        </message>
        <message>
            <source>The document is still being made: press Ctrl+P again once the preview shows it.</source>
            <translation>The document is still being made: press Ctrl+P again once the preview shows it.</translation>
        </message>
        <message>
            <source>No document made yet: choose one and press “Make document”; Ctrl+P then prints it.</source>
            <translation>No document made yet: choose one and press “Make document”; Ctrl+P then prints it.</translation>
        </message>
        <message>
            <source>A comparison needs at least two municipalities, and this workspace holds only one: there is nothing to print yet. Take in the other municipalities' .vopi files first (area Exchange).</source>
            <translation>A comparison needs at least two municipalities, and this workspace holds only one: there is nothing to print yet. Take in the other municipalities' .vopi files first (area Exchange).</translation>
        </message>
        <message>
            <source>No language is ticked for the guide: tick at least one in the “Document” tab.</source>
            <translation>No language is ticked for the guide: tick at least one in the “Document” tab.</translation>
        </message>
        <message>
            <source>This page has no document of its own to print. Every document is made and printed on the Reports page.</source>
            <translation>This page has no document of its own to print. Every document is made and printed on the Reports page.</translation>
        </message>
        <message>
            <source>There is no municipality yet, so there is nothing to print. Create one first (Ctrl+N).</source>
            <translation>There is no municipality yet, so there is nothing to print. Create one first (Ctrl+N).</translation>
        </message>
    </context>
    <context>
        <name>ProtocolEditor</name>
        <message>
            <source>This kind of event has no protocol part of its own; use the fields above.</source>
            <translation>This kind of event has no protocol part of its own; use the fields above.</translation>
        </message>
        <message>
            <source>World Café rounds</source>
            <translation>World Café rounds</translation>
        </message>
        <message>
            <source>Question of the round</source>
            <translation>Question of the round</translation>
        </message>
        <message>
            <source>Summary of the table hosts</source>
            <translation>Summary of the table hosts</translation>
        </message>
        <message>
            <source>Add &amp;round</source>
            <translation>Add &amp;round</translation>
        </message>
        <message>
            <source>Agreements of the round table</source>
            <translation>Agreements of the round table</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>By (YYYY-MM-DD)</source>
            <translation>By (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>Add a&amp;greement</source>
            <translation>Add a&amp;greement</translation>
        </message>
        <message>
            <source>Exchange between municipalities</source>
            <translation>Exchange between municipalities</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>What it brought in</source>
            <translation>What it brought in</translation>
        </message>
        <message>
            <source>Add contri&amp;bution</source>
            <translation>Add contri&amp;bution</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <source>Radar chart of the pillar averages</source>
            <translation>Radar chart of the pillar averages</translation>
        </message>
        <message>
            <source>No assessment round yet.</source>
            <translation>No assessment round yet.</translation>
        </message>
        <message>
            <source>Scale 1 to 5, – means not assessed.</source>
            <translation>Scale 1 to 5, – means not assessed.</translation>
        </message>
        <message>
            <source>No scores yet</source>
            <translation>No scores yet</translation>
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
            <translation>Analysis</translation>
        </message>
        <message>
            <source>Measures plan</source>
            <translation>Measures plan</translation>
        </message>
        <message>
            <source>Actor directory</source>
            <translation>Actor directory</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Network map</source>
            <translation>Network map</translation>
        </message>
        <message>
            <source>Checklist intercultural opening</source>
            <translation>Checklist intercultural opening</translation>
        </message>
        <message>
            <source>Checklist anchoring</source>
            <translation>Checklist anchoring</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparison</translation>
        </message>
        <message>
            <source>Get involved</source>
            <translation>Get involved</translation>
        </message>
        <message>
            <source>blank</source>
            <translation>blank</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>&amp;Blank sheet for paper workshops (checklists)</source>
            <translation>&amp;Blank sheet for paper workshops (checklists)</translation>
        </message>
        <message>
            <source>Names, e-mail addresses and phone numbers of contact persons. Print them only where they are needed.</source>
            <translation>Names, e-mail addresses and phone numbers of contact persons. Print them only where they are needed.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Left out of the document, and what to have checked:</source>
            <translation>Left out of the document, and what to have checked:</translation>
        </message>
        <message>
            <source>Print the document (Ctrl+P)</source>
            <translation>Print the document (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>&amp;Document:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>Choose a document and make it; the preview shows it, Ctrl+P prints it.</source>
            <translation>Choose a document and make it; the preview shows it, Ctrl+P prints it.</translation>
        </message>
        <message>
            <source>Choose a document and press Make document; the preview shows it here.</source>
            <translation>Choose a document and press Make document; the preview shows it here.</translation>
        </message>
        <message>
            <source>Choose a municipality in the toolbar above, or all municipalities.</source>
            <translation>Choose a municipality in the toolbar above, or all municipalities.</translation>
        </message>
        <message>
            <source>The choice has changed: press Make document for the new document.</source>
            <translation>The choice has changed: press Make document for the new document.</translation>
        </message>
        <message>
            <source>Another municipality is chosen: press “Make document” to make the document for it.</source>
            <translation>Another municipality is chosen: press “Make document” to make the document for it.</translation>
        </message>
        <message>
            <source>all municipalities</source>
            <translation>all municipalities</translation>
        </message>
        <message>
            <source>Making the document…</source>
            <translation>Making the document…</translation>
        </message>
        <message>
            <source>Made: %1</source>
            <translation>Made: %1</translation>
        </message>
        <message>
            <source>%1 documents made, one per municipality; “Save as…” writes them all into a folder.</source>
            <translation>%1 documents made, one per municipality; “Save as…” writes them all into a folder.</translation>
        </message>
        <message numerus="yes">
            <source>Note: %n character(s) missing from the fonts, printed as “�”: %1</source>
            <translation>
                <numerusform>Note: %n character missing from the fonts, printed as “�”: %1</numerusform>
                <numerusform>Note: %n characters missing from the fonts, printed as “�”: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message numerus="yes">
            <source>Print all %Ln documents in one go, or only the one shown (%1)?</source>
            <translation>
                <numerusform>Print all %Ln documents in one go, or only the one shown (%1)?</numerusform>
                <numerusform>Print all %Ln documents in one go, or only the one shown (%1)?</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>&amp;All</translation>
        </message>
        <message>
            <source>&amp;Only the one shown</source>
            <translation>&amp;Only the one shown</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) printed.</source>
            <translation>
                <numerusform>%n page printed.</numerusform>
                <numerusform>%n pages printed.</numerusform>
            </translation>
        </message>
        <message>
            <source>The document was not printed: %1</source>
            <translation>The document was not printed: %1</translation>
        </message>
        <message>
            <source>Printing cancelled.</source>
            <translation>Printing cancelled.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder for the documents (one PDF per municipality)</source>
            <translation>Folder for the documents (one PDF per municipality)</translation>
        </message>
        <message>
            <source>No document was made: %1</source>
            <translation>No document was made: %1</translation>
        </message>
        <message>
            <source>&amp;The current municipality</source>
            <translation>&amp;The current municipality</translation>
        </message>
        <message>
            <source>All mu&amp;nicipalities (one PDF each, into a folder)</source>
            <translation>All mu&amp;nicipalities (one PDF each, into a folder)</translation>
        </message>
        <message>
            <source>W&amp;ith contact persons (personal data)</source>
            <translation>W&amp;ith contact persons (personal data)</translation>
        </message>
        <message>
            <source>Ma&amp;ke document</source>
            <translation>Ma&amp;ke document</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>Displa&amp;yed:</source>
            <translation>Displa&amp;yed:</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>P&amp;rint…</translation>
        </message>
        <message>
            <source>Sa&amp;ve as…</source>
            <translation>Sa&amp;ve as…</translation>
        </message>
        <message>
            <source>&amp;Open in PDF viewer</source>
            <translation>&amp;Open in PDF viewer</translation>
        </message>
        <message>
            <source>A document is still being made or printed: print when it is done, or cancel it.</source>
            <translation>A document is still being made or printed: print when it is done, or cancel it.</translation>
        </message>
        <message>
            <source>Cancelled: no document was made.</source>
            <translation>Cancelled: no document was made.</translation>
        </message>
        <message>
            <source>The document was not saved: %1</source>
            <translation>The document was not saved: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>Replace documents</source>
            <translation>Replace documents</translation>
        </message>
        <message numerus="yes">
            <source>%1 already holds %Ln of these documents:</source>
            <translation>
                <numerusform>%1 already holds %Ln of these documents:</numerusform>
                <numerusform>%1 already holds %Ln of these documents:</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace them with the new ones?</source>
            <translation>Replace them with the new ones?</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Replace</translation>
        </message>
        <message>
            <source>&amp;Keep the old ones</source>
            <translation>&amp;Keep the old ones</translation>
        </message>
        <message>
            <source>The documents were not saved: %1</source>
            <translation>The documents were not saved: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln documents saved in %1</source>
            <translation>
                <numerusform>%Ln documents saved in %1</numerusform>
                <numerusform>%Ln documents saved in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Save document as</source>
            <translation>Save document as</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Dossier: everything about the municipality</source>
            <translation>Dossier: everything about the municipality</translation>
        </message>
        <message>
            <source>Analysis: barriers, actors, pillars</source>
            <translation>Analysis: barriers, actors, pillars</translation>
        </message>
        <message>
            <source>Measures plan</source>
            <translation>Measures plan</translation>
        </message>
        <message>
            <source>Actor directory</source>
            <translation>Actor directory</translation>
        </message>
        <message>
            <source>Events and their protocols</source>
            <translation>Events and their protocols</translation>
        </message>
        <message>
            <source>Network map with index</source>
            <translation>Network map with index</translation>
        </message>
        <message>
            <source>Checklist: intercultural opening of a club</source>
            <translation>Checklist: intercultural opening of a club</translation>
        </message>
        <message>
            <source>Checklist: anchoring in the administration</source>
            <translation>Checklist: anchoring in the administration</translation>
        </message>
        <message>
            <source>Comparison of all municipalities</source>
            <translation>Comparison of all municipalities</translation>
        </message>
        <message>
            <source>Get involved (guide for residents)</source>
            <translation>Get involved (guide for residents)</translation>
        </message>
    </context>
    <context>
        <name>ReuseDialog</name>
        <message>
            <source>Measure from an approach</source>
            <translation>Measure from an approach</translation>
        </message>
        <message>
            <source>Measures of this approach for other barriers</source>
            <translation>Measures of this approach for other barriers</translation>
        </message>
        <message>
            <source>&amp;Measures already planned:</source>
            <translation>&amp;Measures already planned:</translation>
        </message>
        <message>
            <source>&amp;Use it for this barrier too</source>
            <translation>&amp;Use it for this barrier too</translation>
        </message>
        <message>
            <source>Create a &amp;new measure</source>
            <translation>Create a &amp;new measure</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <source>Edit round</source>
            <translation>Edit round</translation>
        </message>
        <message>
            <source>New assessment round</source>
            <translation>New assessment round</translation>
        </message>
        <message>
            <source>e.g. Baseline autumn 2025</source>
            <translation>e.g. Baseline autumn 2025</translation>
        </message>
        <message>
            <source>Date known</source>
            <translation>Date known</translation>
        </message>
        <message>
            <source>Date of the round</source>
            <translation>Date of the round</translation>
        </message>
        <message>
            <source>e.g. steering group, integration council, two clubs</source>
            <translation>e.g. steering group, integration council, two clubs</translation>
        </message>
        <message>
            <source>– start empty –</source>
            <translation>– start empty –</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Participants:</source>
            <translation>&amp;Participants:</translation>
        </message>
        <message>
            <source>Take &amp;notes from:</source>
            <translation>Take &amp;notes from:</translation>
        </message>
        <message>
            <source>The notes of an earlier round show what its scores were based on; the scores stay empty.</source>
            <translation>The notes of an earlier round show what its scores were based on; the scores stay empty.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>C&amp;reate round</source>
            <translation>C&amp;reate round</translation>
        </message>
    </context>
    <context>
        <name>SaveDialog</name>
        <message>
            <source>“%1” already exists in %2. Replace it?</source>
            <translation>“%1” already exists in %2. Replace it?</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Replace</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Keep it</translation>
        </message>
    </context>
    <context>
        <name>ScoreForm</name>
        <message>
            <source>– not assessed</source>
            <translation>– not assessed</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>what the score is based on</source>
            <translation>what the score is based on</translation>
        </message>
        <message>
            <source>Note on %1</source>
            <translation>Note on %1</translation>
        </message>
        <message>
            <source>average %1</source>
            <translation>average %1</translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message>
            <source>Side b&amp;y side: German and one other language</source>
            <translation>Side b&amp;y side: German and one other language</translation>
        </message>
        <message>
            <source>German in the left column, the other language in the right, row by row.</source>
            <translation>German in the left column, the other language in the right, row by row.</translation>
        </message>
        <message>
            <source>Side by side: please tick German and exactly one other language.</source>
            <translation>Side by side: please tick German and exactly one other language.</translation>
        </message>
    </context>
    <context>
        <name>StandoutBox</name>
        <message>
            <source>What stands out</source>
            <translation>What stands out</translation>
        </message>
        <message>
            <source>Sho&amp;w its indicators</source>
            <translation>Sho&amp;w its indicators</translation>
        </message>
        <message>
            <source>&amp;Plan measures</source>
            <translation>&amp;Plan measures</translation>
        </message>
        <message>
            <source>&amp;Open comparison</source>
            <translation>&amp;Open comparison</translation>
        </message>
        <message>
            <source>Plan measures that strengthen this pillar</source>
            <translation>Plan measures that strengthen this pillar</translation>
        </message>
        <message>
            <source>Weakest pillar in “%1”: %2 (average %3).</source>
            <translation>Weakest pillar in “%1”: %2 (average %3).</translation>
        </message>
        <message>
            <source>Score every pillar to see which is weakest. Not scored yet: %1.</source>
            <translation>Score every pillar to see which is weakest. Not scored yet: %1.</translation>
        </message>
        <message>
            <source>Score the indicators to see which pillar is weakest.</source>
            <translation>Score the indicators to see which pillar is weakest.</translation>
        </message>
        <message>
            <source>With two scored rounds, the biggest change shows here.</source>
            <translation>With two scored rounds, the biggest change shows here.</translation>
        </message>
        <message>
            <source>No pillar changed from “%1” to “%2”.</source>
            <translation>No pillar changed from “%1” to “%2”.</translation>
        </message>
        <message>
            <source>Biggest change from “%1” to “%2”: %3 improved by %4.</source>
            <translation>Biggest change from “%1” to “%2”: %3 improved by %4.</translation>
        </message>
        <message>
            <source>Biggest change from “%1” to “%2”: %3 fell back by %4.</source>
            <translation>Biggest change from “%1” to “%2”: %3 fell back by %4.</translation>
        </message>
    </context>
    <context>
        <name>Start</name>
        <message>
            <source>Cannot open the data</source>
            <translation>Cannot open the data</translation>
        </message>
        <message>
            <source>VOPI Desktop cannot write in its data folder %1 (read-only or not accessible). Ask your IT for write access, or start it with another folder: vopi-desktop --data-dir FOLDER.</source>
            <translation>VOPI Desktop cannot write in its data folder %1 (read-only or not accessible). Ask your IT for write access, or start it with another folder: vopi-desktop --data-dir FOLDER.</translation>
        </message>
        <message>
            <source>Already open</source>
            <translation>Already open</translation>
        </message>
        <message>
            <source>The database %1 is damaged (SQLite's check says: %2). Nothing was changed.</source>
            <translation>The database %1 is damaged (SQLite's check says: %2). Nothing was changed.</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>%1

None of the backups in %2 can be opened either.</source>
            <translation>%1

None of the backups in %2 can be opened either.</translation>
        </message>
        <message>
            <source>%1

Restore the newest backup, %2? Nothing else is changed; the damaged file is kept.</source>
            <translation>%1

Restore the newest backup, %2? Nothing else is changed; the damaged file is kept.</translation>
        </message>
        <message>
            <source>&amp;Restore the backup</source>
            <translation>&amp;Restore the backup</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>Nothing was restored: %1</translation>
        </message>
    </context>
    <context>
        <name>StartChanges</name>
        <message>
            <source>occasion “%1” ticked</source>
            <translation>occasion “%1” ticked</translation>
        </message>
        <message>
            <source>occasion “%1” unticked</source>
            <translation>occasion “%1” unticked</translation>
        </message>
        <message>
            <source>own concern</source>
            <translation>own concern</translation>
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
            <source>&amp;Change details…</source>
            <translation>&amp;Change details…</translation>
        </message>
        <message>
            <source>Name, kind, federal state, population and contact (File menu)</source>
            <translation>Name, kind, federal state, population and contact (File menu)</translation>
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
            <source>Where the topic lives: %1</source>
            <translation>Where the topic lives: %1</translation>
        </message>
        <message>
            <source>%1 (in a later version)</source>
            <translation>%1 (in a later version)</translation>
        </message>
        <message>
            <source>This area is not built yet; its page says what it will do.</source>
            <translation>This area is not built yet; its page says what it will do.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Tick the occasions that apply to your municipality; each tick is saved at once (Ctrl+Z undoes it). Your own concern is saved with its Save button (Ctrl+S). The next steps on the right follow from the occasions and from what is already filled in; each one leads to its area. Ctrl+P prints the municipality's dossier.</source>
            <translation>Tick the occasions that apply to your municipality; each tick is saved at once (Ctrl+Z undoes it). Your own concern is saved with its Save button (Ctrl+S). The next steps on the right follow from the occasions and from what is already filled in; each one leads to its area. Ctrl+P prints the municipality's dossier.</translation>
        </message>
    </context>
    <context>
        <name>StepsEditor</name>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>F2 chooses a due date, Del removes it</source>
            <translation>F2 chooses a due date, Del removes it</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <source>Add a step at the end and type what is to be done</source>
            <translation>Add a step at the end and type what is to be done</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Remove step</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
    </context>
    <context>
        <name>Suggest</name>
        <message>
            <source>Catalogue approaches for this barrier</source>
            <translation>Catalogue approaches for this barrier</translation>
        </message>
        <message>
            <source>The catalogue has no approach for this barrier; plan an own measure.</source>
            <translation>The catalogue has no approach for this barrier; plan an own measure.</translation>
        </message>
        <message>
            <source>%1 – already planned: “%2”</source>
            <translation>%1 – already planned: “%2”</translation>
        </message>
        <message>
            <source>%1 – already planned for %2: “%3”</source>
            <translation>%1 – already planned for %2: “%3”</translation>
        </message>
        <message numerus="yes">
            <source>%1 – already planned for other barriers: %n measure(s)</source>
            <translation>
                <numerusform>%1 – already planned for other barriers: %n measure</numerusform>
                <numerusform>%1 – already planned for other barriers: %n measures</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” already exists (for %2).
Use it for this barrier too? The measure then also addresses “%3”. Or create a new measure of its own.</source>
            <translation>“%1” already exists (for %2).
Use it for this barrier too? The measure then also addresses “%3”. Or create a new measure of its own.</translation>
        </message>
        <message numerus="yes">
            <source>This approach is already planned as %n measure(s) for other barriers.
Use one of them for this barrier too? It then also addresses “%1”. Or create a new measure of its own.</source>
            <translation>
                <numerusform>This approach is already planned as %n measure for other barriers.
Use one of them for this barrier too? It then also addresses “%1”. Or create a new measure of its own.</numerusform>
                <numerusform>This approach is already planned as %n measures for other barriers.
Use one of them for this barrier too? It then also addresses “%1”. Or create a new measure of its own.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” – for %2</source>
            <translation>“%1” – for %2</translation>
        </message>
        <message>
            <source>Measure “%1” linked to the barrier</source>
            <translation>Measure “%1” linked to the barrier</translation>
        </message>
        <message>
            <source>“%1” is now also linked to this barrier.</source>
            <translation>“%1” is now also linked to this barrier.</translation>
        </message>
        <message>
            <source>“%1” is already planned for this barrier: opened.</source>
            <translation>“%1” is already planned for this barrier: opened.</translation>
        </message>
        <message>
            <source>Measure “%1” created</source>
            <translation>Measure “%1” created</translation>
        </message>
        <message>
            <source>Measure “%1” created and linked to the barrier.</source>
            <translation>Measure “%1” created and linked to the barrier.</translation>
        </message>
    </context>
    <context>
        <name>TargetGroupsDialog</name>
        <message>
            <source>VOPI Desktop – Target groups</source>
            <translation>VOPI Desktop – Target groups</translation>
        </message>
        <message>
            <source>Whom do you want to reach? Name the groups as your municipality speaks of them. Barriers and measures refer to this list.</source>
            <translation>Whom do you want to reach? Name the groups as your municipality speaks of them. Barriers and measures refer to this list.</translation>
        </message>
        <message>
            <source>Target &amp;groups:</source>
            <translation>Target &amp;groups:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>&amp;Add as new group</source>
            <translation>&amp;Add as new group</translation>
        </message>
        <message>
            <source>&amp;Change selected</source>
            <translation>&amp;Change selected</translation>
        </message>
        <message>
            <source>De&amp;lete selected</source>
            <translation>De&amp;lete selected</translation>
        </message>
        <message>
            <source>Suggestions: one click adds the group</source>
            <translation>Suggestions: one click adds the group</translation>
        </message>
        <message>
            <source>Already in the list: %1</source>
            <translation>Already in the list: %1</translation>
        </message>
        <message>
            <source>Add suggestion: %1</source>
            <translation>Add suggestion: %1</translation>
        </message>
        <message>
            <source>barriers: %1</source>
            <translation>barriers: %1</translation>
        </message>
        <message>
            <source>measures: %1</source>
            <translation>measures: %1</translation>
        </message>
        <message>
            <source>Target group “%1” added</source>
            <translation>Target group “%1” added</translation>
        </message>
        <message>
            <source>Target group “%1” changed</source>
            <translation>Target group “%1” changed</translation>
        </message>
        <message numerus="yes">
            <source>%n barrier(s)</source>
            <translation>
                <numerusform>%n barrier</numerusform>
                <numerusform>%n barriers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n measure</numerusform>
                <numerusform>%n measures</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 and %2</translation>
        </message>
        <message>
            <source>“%1” is used by %2. Delete it anyway? They keep everything else; Ctrl+Z brings the target group back.</source>
            <translation>“%1” is used by %2. Delete it anyway? They keep everything else; Ctrl+Z brings the target group back.</translation>
        </message>
        <message>
            <source>Target group “%1” deleted</source>
            <translation>Target group “%1” deleted</translation>
        </message>
        <message>
            <source>Delete target group</source>
            <translation>Delete target group</translation>
        </message>
    </context>
    <context>
        <name>TextForm</name>
        <message>
            <source>&amp;Wording (empty: the built-in text):</source>
            <translation>&amp;Wording (empty: the built-in text):</translation>
        </message>
        <message>
            <source>e.g. a native speaker from a migrant organisation</source>
            <translation>e.g. a native speaker from a migrant organisation</translation>
        </message>
        <message>
            <source>Reviewed &amp;by:</source>
            <translation>Reviewed &amp;by:</translation>
        </message>
        <message>
            <source>Mar&amp;k reviewed</source>
            <translation>Mar&amp;k reviewed</translation>
        </message>
    </context>
    <context>
        <name>TextsTab</name>
        <message>
            <source>Texts per language</source>
            <translation>Texts per language</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Review status</source>
            <translation>Review status</translation>
        </message>
        <message>
            <source>Reviewed by, on</source>
            <translation>Reviewed by, on</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <source>Not reviewed</source>
            <translation>Not reviewed</translation>
        </message>
        <message>
            <source>own wording</source>
            <translation>own wording</translation>
        </message>
    </context>
    <context>
        <name>TimelineLegend</name>
        <message>
            <source>Step open</source>
            <translation>Step open</translation>
        </message>
        <message>
            <source>Step done</source>
            <translation>Step done</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Every pillar</source>
            <translation>Every pillar</translation>
        </message>
        <message>
            <source>Everyone responsible</source>
            <translation>Everyone responsible</translation>
        </message>
        <message>
            <source>&amp;Zoom:</source>
            <translation>&amp;Zoom:</translation>
        </message>
        <message>
            <source>&amp;Pillar:</source>
            <translation>&amp;Pillar:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Responsible:</translation>
        </message>
        <message>
            <source>Arrow keys go from item to item, Enter opens it; Ctrl+wheel zooms.</source>
            <translation>Arrow keys go from item to item, Enter opens it; Ctrl+wheel zooms.</translation>
        </message>
        <message>
            <source>Timeline of measures and events</source>
            <translation>Timeline of measures and events</translation>
        </message>
        <message>
            <source>Nothing with a date yet</source>
            <translation>Nothing with a date yet</translation>
        </message>
        <message>
            <source>The timeline shows measures from their start to their end, their steps and the events. Plan a measure with dates on the Measures page, or record an event with its date.</source>
            <translation>The timeline shows measures from their start to their end, their steps and the events. Plan a measure with dates on the Measures page, or record an event with its date.</translation>
        </message>
        <message>
            <source>Go to &amp;Measures</source>
            <translation>Go to &amp;Measures</translation>
        </message>
    </context>
    <context>
        <name>TopBarriers</name>
        <message>
            <source>Top barriers</source>
            <translation>Top barriers</translation>
        </message>
        <message>
            <source>No barrier is rated medium or high yet.</source>
            <translation>No barrier is rated medium or high yet.</translation>
        </message>
        <message>
            <source>target groups: %1</source>
            <translation>target groups: %1</translation>
        </message>
        <message>
            <source>Show this barrier</source>
            <translation>Show this barrier</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash – actors</source>
            <translation>Trash – actors</translation>
        </message>
        <message>
            <source>Actors in the trash are hidden everywhere, but their links, events and measures are kept. Restore brings them back as they were.</source>
            <translation>Actors in the trash are hidden everywhere, but their links, events and measures are kept. Restore brings them back as they were.</translation>
        </message>
        <message>
            <source>Actors in the trash</source>
            <translation>Actors in the trash</translation>
        </message>
        <message>
            <source>&amp;Actors in the trash:</source>
            <translation>&amp;Actors in the trash:</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>The trash is empty.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>&amp;Delete for good…</source>
            <translation>&amp;Delete for good…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Delete for good</translation>
        </message>
        <message>
            <source>“%1” deleted for good – earlier steps can no longer be undone.</source>
            <translation>“%1” deleted for good – earlier steps can no longer be undone.</translation>
        </message>
        <message>
            <source>“%1” deleted for good.</source>
            <translation>“%1” deleted for good.</translation>
        </message>
        <message>
            <source>Delete “%1” for good? Its links, its opening checklist and its place in events and measures are removed as well. This cannot be undone.</source>
            <translation>Delete “%1” for good? Its links, its opening checklist and its place in events and measures are removed as well. This cannot be undone.</translation>
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
            <translation>Type</translation>
        </message>
        <message>
            <source>Moved to the trash</source>
            <translation>Moved to the trash</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Undone: %1</source>
            <translation>Undone: %1</translation>
        </message>
        <message>
            <source>Input saved. No longer to be redone: %1.</source>
            <translation>Input saved. No longer to be redone: %1.</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Redone: %1</translation>
        </message>
        <message>
            <source>Input saved. Not undone: %1 (the save changed the same record).</source>
            <translation>Input saved. Not undone: %1 (the save changed the same record).</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Undo: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo: %1</source>
            <translation>&amp;Redo: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
    </context>
    <context>
        <name>_Choice</name>
        <message>
            <source>Show &amp;all</source>
            <translation>Show &amp;all</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 of %3)</translation>
        </message>
    </context>
    <context>
        <name>_DateDelegate</name>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
    </context>
    <context>
        <name>_Rows</name>
        <message>
            <source>Remove row</source>
            <translation>Remove row</translation>
        </message>
    </context>
</TS>
