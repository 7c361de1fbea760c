<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessDeniedPanel</name>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Ask your administrator for permission, or switch to a role that has it.</source>
        <translation>Bitten Sie Ihren Administrator um die Berechtigung, oder wechseln Sie zu einer Rolle, die über diese Berechtigung verfügt.</translation>
    </message>
</context>
<context>
    <name>AccessEvaluator</name>
    <message>
        <source>inline policy %1</source>
        <translation>eingebundene Richtlinie %1</translation>
    </message>
    <message>
        <source>attached policy %1</source>
        <translation>angefügte Richtlinie %1</translation>
    </message>
    <message>
        <source>group %1: %2</source>
        <translation>Gruppe %1: %2</translation>
    </message>
</context>
<context>
    <name>AccessGraphLayout</name>
    <message>
        <source>Graphviz could not start.</source>
        <translation>Graphviz konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Graphviz could not read the graph.</source>
        <translation>Graphviz konnte den Graphen nicht lesen.</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph.</source>
        <translation>Graphviz konnte den Graphen nicht anordnen.</translation>
    </message>
</context>
<context>
    <name>AccessGraphView</name>
    <message>
        <source>Admin-equivalent: allowed every action on every resource</source>
        <translation>Administratoräquivalent: jede Aktion auf jeder Ressource erlaubt</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>%1 can assume %2</source>
        <translation>%1 kann %2 übernehmen</translation>
    </message>
    <message>
        <source>%1 is a member of %2</source>
        <translation>%1 ist Mitglied von %2</translation>
    </message>
    <message>
        <source>Cannot write the image to %1.</source>
        <translation>Das Bild kann nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Access graph</source>
        <translation>Zugriffsgraph</translation>
    </message>
    <message>
        <source>Users, groups and roles; who is a member of what and who can assume which role.</source>
        <translation>Benutzer, Gruppen und Rollen: wer wo Mitglied ist und wer welche Rolle übernehmen kann.</translation>
    </message>
    <message>
        <source>Cannot write the drawing to %1.</source>
        <translation>Die Zeichnung kann nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AccessGraphWindow</name>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>DOT…</source>
        <translation>DOT…</translation>
    </message>
    <message>
        <source>Access graph</source>
        <translation>Zugriffsgraph</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Account </source>
        <translation>Konto </translation>
    </message>
    <message>
        <source>Ellipse: user · Box: group · Hexagon: role · Solid line: member of · Dashed arrow: can assume · Red border: admin-equivalent · Ctrl+wheel zooms, dragging pans, a click opens the entity</source>
        <translation>Ellipse: Benutzer · Rechteck: Gruppe · Sechseck: Rolle · Durchgezogene Linie: Mitglied von · Gestrichelter Pfeil: kann übernehmen · Roter Rand: administratoräquivalent · Strg+Mausrad zoomt, Ziehen verschiebt, ein Klick öffnet die Entität</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The directory has no accounts yet.</source>
        <translation>Das Verzeichnis enthält noch keine Konten.</translation>
    </message>
    <message>
        <source>This account has no users, groups or roles yet.</source>
        <translation>Dieses Konto hat noch keine Benutzer, Gruppen oder Rollen.</translation>
    </message>
    <message>
        <source>This account has %1 users, groups and roles; the graph draws at most %2. Use the audit queries or the membership matrix instead.</source>
        <translation>Dieses Konto hat %1 Benutzer, Gruppen und Rollen; der Graph zeichnet höchstens %2. Verwenden Sie stattdessen die Audit-Abfragen oder die Mitgliedschaftsmatrix.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Export access graph</source>
        <translation>Zugriffsgraph exportieren</translation>
    </message>
    <message>
        <source>Reading the graph…</source>
        <translation>Der Graph wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the graph was cancelled.</source>
        <translation>Das Lesen des Graphen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AccessKeyCreatedDialog</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Retrieve access keys</source>
        <translation>Zugriffsschlüssel abrufen</translation>
    </message>
    <message>
        <source>This is the only time that the secret access key can be viewed or downloaded. You cannot recover it later. However, you can create a new access key any time.</source>
        <translation>Dies ist die einzige Gelegenheit, den geheimen Zugriffsschlüssel anzuzeigen oder herunterzuladen. Sie können ihn später nicht wiederherstellen. Sie können jedoch jederzeit einen neuen Zugriffsschlüssel erstellen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Download .csv file</source>
        <translation>.csv-Datei herunterladen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>AccessKeyManager</name>
    <message>
        <source>The secret access key could not be stored in %1: %2</source>
        <translation>Der geheime Zugriffsschlüssel konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The access key was deleted, but its secret could not be removed from %1: %2</source>
        <translation>Der Zugriffsschlüssel wurde gelöscht, aber sein Geheimnis konnte nicht aus %1 entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>ActionGuard</name>
    <message>
        <source>There is no such window.</source>
        <translation>Dieses Fenster gibt es nicht.</translation>
    </message>
    <message>
        <source>Sign in to use the console.</source>
        <translation>Melden Sie sich an, um die Konsole zu verwenden.</translation>
    </message>
    <message>
        <source>%1 is not available now.</source>
        <translation>%1 ist derzeit nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>New user…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Console password…</source>
        <translation>Konsolenpasswort…</translation>
    </message>
    <message>
        <source>Members…</source>
        <translation>Mitglieder…</translation>
    </message>
    <message>
        <source>Password policy…</source>
        <translation>Passwortrichtlinie…</translation>
    </message>
    <message>
        <source>Create role…</source>
        <translation>Rolle erstellen…</translation>
    </message>
    <message>
        <source>Create policy…</source>
        <translation>Richtlinie erstellen…</translation>
    </message>
    <message>
        <source>Trust policy…</source>
        <translation>Vertrauensrichtlinie…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Attach policies…</source>
        <translation>Richtlinien anfügen…</translation>
    </message>
    <message>
        <source>Add inline policy…</source>
        <translation>Eingebundene Richtlinie hinzufügen…</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Versionen…</translation>
    </message>
    <message>
        <source>&amp;Undo &quot;%1&quot;</source>
        <translation>&amp;Rückgängig: „%1“</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo &quot;%1&quot;</source>
        <translation>&amp;Wiederholen: „%1“</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Membership of %1</source>
        <translation>Mitgliedschaft von %1</translation>
    </message>
    <message>
        <source>Attached policy %1</source>
        <translation>Angefügte Richtlinie %1</translation>
    </message>
    <message>
        <source>Inline policy %1</source>
        <translation>Eingebundene Richtlinie %1</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
</context>
<context>
    <name>AssignMfaDialog</name>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Show secret key</source>
        <translation>Geheimen Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Add MFA</source>
        <translation>MFA hinzufügen</translation>
    </message>
    <message>
        <source>Assign MFA device — %1</source>
        <translation>MFA-Gerät zuweisen — %1</translation>
    </message>
    <message>
        <source>Enter a meaningful name to identify this device: up to 226 letters, digits and +=,.@-_ characters.</source>
        <translation>Geben Sie einen aussagekräftigen Namen ein, um dieses Gerät zu identifizieren: bis zu 226 Buchstaben, Ziffern und die Zeichen +=,.@-_.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Open your authenticator app and scan the QR code, or type the secret key. Then enter two consecutive codes from the app.</source>
        <translation>Öffnen Sie Ihre Authenticator-App und scannen Sie den QR-Code oder geben Sie den geheimen Schlüssel ein. Geben Sie dann zwei aufeinanderfolgende Codes aus der App ein.</translation>
    </message>
    <message>
        <source>MFA code 1</source>
        <translation>MFA-Code 1</translation>
    </message>
    <message>
        <source>MFA code 2</source>
        <translation>MFA-Code 2</translation>
    </message>
    <message>
        <source>Hide secret key</source>
        <translation>Geheimen Schlüssel ausblenden</translation>
    </message>
</context>
<context>
    <name>AttachPoliciesDialog</name>
    <message>
        <source>Detach</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Attach policies</source>
        <translation>Richtlinien anfügen</translation>
    </message>
    <message>
        <source>Permissions policies of %1</source>
        <translation>Berechtigungsrichtlinien von %1</translation>
    </message>
    <message>
        <source>Attached policies</source>
        <translation>Angefügte Richtlinien</translation>
    </message>
    <message>
        <source>Other permissions policies</source>
        <translation>Weitere Berechtigungsrichtlinien</translation>
    </message>
</context>
<context>
    <name>AuditCheckpointFile</name>
    <message>
        <source>not a checkpoint file: %1 at offset %2.</source>
        <translation>keine Prüfpunktdatei: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>not a checkpoint file: it has no &quot;checkpoints&quot; list.</source>
        <translation>keine Prüfpunktdatei: Sie enthält keine &quot;checkpoints&quot;-Liste.</translation>
    </message>
    <message>
        <source>checkpoint %1 is malformed.</source>
        <translation>Prüfpunkt %1 ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>usage: switchboard audit members GROUP [--account ID] [--json]</source>
        <translation>Verwendung: switchboard audit members GROUP [--account ID] [--json]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>usage: switchboard audit groups USER [--account ID] [--json]</source>
        <translation>Verwendung: switchboard audit groups USER [--account ID] [--json]</translation>
    </message>
    <message>
        <source>usage: switchboard audit who-can ACTION [RESOURCE] [--account ID] [--json]</source>
        <translation>Verwendung: switchboard audit who-can ACTION [RESOURCE] [--account ID] [--json]</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Erlaubt durch</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Bedingt</translation>
    </message>
    <message>
        <source>usage: switchboard audit who-can-assume ROLE|ARN [--account ID] [--json]</source>
        <translation>Verwendung: switchboard audit who-can-assume ROLE|ARN [--account ID] [--json]</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Other conditions</source>
        <translation>Weitere Bedingungen</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>usage: switchboard audit reach USER|ROLE|ARN [--account ID] [--json]</source>
        <translation>Verwendung: switchboard audit reach USER|ROLE|ARN [--account ID] [--json]</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Chained (1 h max)</source>
        <translation>Verkettet (max. 1 h)</translation>
    </message>
    <message>
        <source>NoSuchEntity: The account %1 is not in this directory.</source>
        <translation>NoSuchEntity: Das Konto %1 ist nicht in diesem Verzeichnis vorhanden.</translation>
    </message>
    <message>
        <source>NoSuchEntity: %1 is not in this directory.</source>
        <translation>NoSuchEntity: %1 ist nicht in diesem Verzeichnis vorhanden.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>switchboard: audit: unknown query &apos;%1&apos;; known: verify, checkpoints, members, groups, who-can, who-can-assume, reach, findings</source>
        <translation>switchboard: audit: unbekannte Abfrage &apos;%1&apos;; bekannt: verify, checkpoints, members, groups, who-can, who-can-assume, reach, findings</translation>
    </message>
    <message>
        <source>no secret store was opened.</source>
        <translation>es wurde kein Geheimnisspeicher geöffnet.</translation>
    </message>
    <message>
        <source>switchboard: audit verify: cannot read %1: %2</source>
        <translation>switchboard: audit verify: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>switchboard: audit verify: %1: %2</source>
        <translation>switchboard: audit verify: %1: %2</translation>
    </message>
    <message>
        <source>switchboard: audit checkpoints needs the secret store.</source>
        <translation>switchboard: audit checkpoints benötigt den Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>1 checkpoint written to %1.</source>
        <translation>1 Prüfpunkt nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>%1 checkpoints written to %2.</source>
        <translation>%1 Prüfpunkte nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Kopf-Hash</translation>
    </message>
    <message>
        <source>usage: switchboard audit findings [--account ID] [--json]</source>
        <translation>Verwendung: switchboard audit findings [--account ID] [--json]</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditMenu</name>
    <message>
        <source>&amp;Membership matrix…</source>
        <translation>&amp;Mitgliedschaftsmatrix…</translation>
    </message>
    <message>
        <source>Access &amp;graph…</source>
        <translation>Zugriffs&amp;graph…</translation>
    </message>
    <message>
        <source>&amp;Findings…</source>
        <translation>&amp;Ergebnisse…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Prüfpfad…</translation>
    </message>
</context>
<context>
    <name>AuditProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>AuditTrailCheck</name>
    <message>
        <source>The audit trail of 1 event is intact.</source>
        <translation>Der Prüfpfad mit 1 Ereignis ist intakt.</translation>
    </message>
    <message>
        <source>The audit trail of %1 events is intact.</source>
        <translation>Der Prüfpfad mit %1 Ereignissen ist intakt.</translation>
    </message>
    <message>
        <source>The audit trail of %1 events had no head kept in the secret store yet; it is kept from now on.</source>
        <translation>Für den Prüfpfad mit %1 Ereignissen war noch kein Kopf im Geheimnisspeicher hinterlegt; er wird ab jetzt dort aufbewahrt.</translation>
    </message>
    <message>
        <source>The audit trail of %1 events is intact; its head in the secret store was behind at event %2 (the program stopped before writing it) and has caught up.</source>
        <translation>Der Prüfpfad mit %1 Ereignissen ist intakt; sein Kopf im Geheimnisspeicher lag bei Ereignis %2 zurück (das Programm wurde beendet, bevor es ihn schrieb) und wurde nachgeführt.</translation>
    </message>
    <message>
        <source>The audit trail does not verify from event %1 on: that event was altered, or one before it was inserted or deleted.</source>
        <translation>Der Prüfpfad lässt sich ab Ereignis %1 nicht verifizieren: Dieses Ereignis wurde verändert, oder ein Ereignis davor wurde eingefügt oder gelöscht.</translation>
    </message>
    <message>
        <source>The audit trail was truncated: it has %1 events, but %2 were recorded. The newest %3 events were deleted.</source>
        <translation>Der Prüfpfad wurde gekürzt: Er enthält %1 Ereignisse, aufgezeichnet wurden jedoch %2. Die neuesten %3 Ereignisse wurden gelöscht.</translation>
    </message>
    <message>
        <source>The audit trail was emptied: it has no events, but %1 were recorded.</source>
        <translation>Der Prüfpfad wurde geleert: Er enthält keine Ereignisse, aufgezeichnet wurden jedoch %1.</translation>
    </message>
    <message>
        <source>The audit trail was rewritten: event %1 is not the event that was recorded there.</source>
        <translation>Der Prüfpfad wurde umgeschrieben: Ereignis %1 ist nicht das Ereignis, das dort aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>Checkpoint %1 does not verify: its signature or its link to the checkpoint before it was altered, or it was not signed for this directory.</source>
        <translation>Prüfpunkt %1 lässt sich nicht verifizieren: Seine Signatur oder seine Verknüpfung mit dem vorherigen Prüfpunkt wurde verändert, oder er wurde nicht für dieses Verzeichnis signiert.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s head could not be checked: %1</source>
        <translation>Der Kopf des Prüfpfads konnte nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditTrailSeal</name>
    <message>
        <source>the head kept in the secret store is unreadable.</source>
        <translation>der im Geheimnisspeicher aufbewahrte Kopf ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The audit checkpoint signing key is malformed.</source>
        <translation>Der Signaturschlüssel für Audit-Prüfpunkte ist fehlerhaft.</translation>
    </message>
    <message>
        <source>This directory has no audit checkpoint signing key.</source>
        <translation>Dieses Verzeichnis hat keinen Signaturschlüssel für Audit-Prüfpunkte.</translation>
    </message>
</context>
<context>
    <name>AuditTrailWindow</name>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Export CloudTrail JSON…</source>
        <translation>CloudTrail-JSON exportieren…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Actor ARN contains</source>
        <translation>Akteur-ARN enthält</translation>
    </message>
    <message>
        <source>Search all columns</source>
        <translation>Alle Spalten durchsuchen</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact (%n event(s))</source>
        <translation>
            <numerusform>Kette intakt (%n Ereignis)</numerusform>
            <numerusform>Kette intakt (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Event #%1 was altered, inserted or deleted</source>
        <translation>Ereignis Nr. %1 wurde verändert, eingefügt oder gelöscht</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Prüfpfad exportieren</translation>
    </message>
    <message>
        <source>audit-trail.json</source>
        <translation>audit-trail.json</translation>
    </message>
    <message>
        <source>CloudTrail JSON (*.json)</source>
        <translation>CloudTrail-JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Your authentication information is incorrect. Please try again.</source>
        <translation>Ihre Authentifizierungsinformationen sind falsch. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Enter the code from your MFA device to finish signing in.</source>
        <translation>Geben Sie den Code von Ihrem MFA-Gerät ein, um die Anmeldung abzuschließen.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. The user %1 is locked out for %n more minute(s), until %2 UTC.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Der Benutzer %1 ist für weitere %n Minute gesperrt, bis %2 UTC.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Der Benutzer %1 ist für weitere %n Minuten gesperrt, bis %2 UTC.</numerusform>
        </translation>
    </message>
    <message>
        <source>MFA sign-in needs the secret store.</source>
        <translation>Die MFA-Anmeldung erfordert den Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>Your password has expired. Ask your administrator to reset it.</source>
        <translation>Ihr Passwort ist abgelaufen. Bitten Sie Ihren Administrator, es zurückzusetzen.</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new password.</source>
        <translation>Ihr Passwort ist abgelaufen. Wählen Sie ein neues Passwort.</translation>
    </message>
    <message>
        <source>You must choose a new password before you continue.</source>
        <translation>Sie müssen ein neues Passwort wählen, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>The current password is incorrect.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The new password must differ from the current password.</source>
        <translation>Das neue Passwort muss sich vom aktuellen Passwort unterscheiden.</translation>
    </message>
    <message>
        <source>Federated sign-in is not available.</source>
        <translation>Die Verbundanmeldung ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <source>Sign in to use the console.</source>
        <translation>Melden Sie sich an, um die Konsole zu verwenden.</translation>
    </message>
</context>
<context>
    <name>AuthzDetailsActions</name>
    <message>
        <source>&amp;Import authorization details…</source>
        <translation>Autorisierungsdetails &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export authorization details…</source>
        <translation>Autorisierungsdetails &amp;exportieren…</translation>
    </message>
    <message>
        <source>Imported account %1: %2 users, %3 groups, %4 roles, %5 policies.</source>
        <translation>Konto %1 importiert: %2 Benutzer, %3 Gruppen, %4 Rollen, %5 Richtlinien.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported account %1 to %2.</source>
        <translation>Konto %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Import authorization details</source>
        <translation>Autorisierungsdetails importieren</translation>
    </message>
    <message>
        <source>Authorization details (*.json);;All files (*)</source>
        <translation>Autorisierungsdetails (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the account?</source>
        <translation>Konto ersetzen?</translation>
    </message>
    <message>
        <source>%1

Replace its users, groups, roles and policies with the files&apos; ones?</source>
        <translation>%1

Seine Benutzer, Gruppen, Rollen und Richtlinien durch die aus den Dateien ersetzen?</translation>
    </message>
    <message>
        <source>Export authorization details</source>
        <translation>Autorisierungsdetails exportieren</translation>
    </message>
    <message>
        <source>Authorization details (*.json)</source>
        <translation>Autorisierungsdetails (*.json)</translation>
    </message>
    <message>
        <source>Sign in to import authorization details.</source>
        <translation>Melden Sie sich an, um Autorisierungsdetails zu importieren.</translation>
    </message>
    <message>
        <source>Added %1: switch role into it from account %2 to look at the account.</source>
        <translation>%1 hinzugefügt: Wechseln Sie aus Konto %2 per Rollenwechsel dorthin, um sich das Konto anzusehen.</translation>
    </message>
    <message>
        <source>Administrator (AdministratorAccess, as AWS Organizations creates it)</source>
        <translation>Administrator (AdministratorAccess, wie AWS Organizations sie erstellt)</translation>
    </message>
    <message>
        <source>Read-only (SecurityAudit and ReadOnlyAccess, for auditing)</source>
        <translation>Schreibgeschützt (SecurityAudit und ReadOnlyAccess, für Audits)</translation>
    </message>
    <message>
        <source>None (no role)</source>
        <translation>Keine (keine Rolle)</translation>
    </message>
    <message>
        <source>When the files are of an account the organization does not have yet, it is added with OrganizationAccountAccessRole, which the management account switches into. What may the role do?</source>
        <translation>Gehören die Dateien zu einem Konto, das die Organisation noch nicht hat, wird es mit OrganizationAccountAccessRole hinzugefügt, in die das Verwaltungskonto wechselt. Was darf die Rolle tun?</translation>
    </message>
</context>
<context>
    <name>AuthzDetailsImporter</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entities)</source>
        <translation>
            <numerusform>%1 (%n Entität)</numerusform>
            <numerusform>%1 (%n Entitäten)</numerusform>
        </translation>
    </message>
    <message>
        <source>The files name no account id in their ARNs; choose the account with --account.</source>
        <translation>Die ARNs in den Dateien nennen keine Konto-ID; wählen Sie das Konto mit --account.</translation>
    </message>
    <message>
        <source>The files hold entities of several accounts: %1. Choose one with --account.</source>
        <translation>Die Dateien enthalten Entitäten mehrerer Konten: %1. Wählen Sie eines mit --account.</translation>
    </message>
    <message>
        <source>%1 is neither a 12-digit account id nor an alias of the directory.</source>
        <translation>%1 ist weder eine 12-stellige Konto-ID noch ein Alias des Verzeichnisses.</translation>
    </message>
    <message>
        <source>The files are of %1, not of account %2.</source>
        <translation>Die Dateien gehören zu %1, nicht zu Konto %2.</translation>
    </message>
    <message numerus="yes">
        <source>Account %1 already has %n users, groups, roles or policies; import with --replace to replace them.</source>
        <translation>
            <numerusform>Konto %1 enthält bereits %n Benutzer, Gruppe, Rolle oder Richtlinie; importieren Sie mit --replace, um sie zu ersetzen.</numerusform>
            <numerusform>Konto %1 enthält bereits %n Benutzer, Gruppen, Rollen oder Richtlinien; importieren Sie mit --replace, um sie zu ersetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.GroupList: the group %3 is not in the files; the membership is left out.</source>
        <translation>%1: %2.GroupList: Die Gruppe %3 ist nicht in den Dateien enthalten; die Mitgliedschaft wird ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities of account %1 are left out: the import is of account %2.</source>
        <translation>
            <numerusform>%n Entität des Kontos %1 wird ausgelassen: Importiert wird Konto %2.</numerusform>
            <numerusform>%n Entitäten des Kontos %1 werden ausgelassen: Importiert wird Konto %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: the policy %3 is defined neither in the files nor in the directory; the attachment is left out.</source>
        <translation>%1: %2: Die Richtlinie %3 ist weder in den Dateien noch im Verzeichnis definiert; die Anfügung wird ausgelassen.</translation>
    </message>
    <message>
        <source>%1: %2.Path: %3 disagrees with the ARN %4; the ARN&apos;s path %5 is kept.</source>
        <translation>%1: %2.Path: %3 widerspricht dem ARN %4; der Pfad %5 aus dem ARN wird beibehalten.</translation>
    </message>
    <message>
        <source>%1: %2: the boundary %3 is defined neither in the files nor in the directory; left out.</source>
        <translation>%1: %2: Die Berechtigungsgrenze %3 ist weder in den Dateien noch im Verzeichnis definiert; ausgelassen.</translation>
    </message>
    <message>
        <source>%1: %2: the id %3 is already taken; the entity gets %4.</source>
        <translation>%1: %2: Die ID %3 ist bereits vergeben; die Entität erhält %4.</translation>
    </message>
    <message>
        <source>The directory changed since the import was planned; import again.</source>
        <translation>Das Verzeichnis hat sich seit der Planung des Imports geändert; importieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>AuthzDetailsParser</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a group name</source>
        <translation>Gruppenname erwartet</translation>
    </message>
    <message>
        <source>expected a number of seconds</source>
        <translation>Anzahl von Sekunden erwartet</translation>
    </message>
    <message numerus="yes">
        <source>%n versions are marked as the default; exactly one must be</source>
        <translation>
            <numerusform>%n Version ist als Standard markiert; genau eine muss es sein</numerusform>
            <numerusform>%n Versionen sind als Standard markiert; genau eine muss es sein</numerusform>
        </translation>
    </message>
    <message>
        <source>a managed policy needs at least one version</source>
        <translation>eine verwaltete Richtlinie benötigt mindestens eine Version</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date such as 2013-10-14T18:32:24Z</source>
        <translation>&apos;%1&apos; ist kein Datum wie 2013-10-14T18:32:24Z</translation>
    </message>
    <message>
        <source>expected a policy document, as a JSON object or a URL-encoded string</source>
        <translation>Richtliniendokument erwartet, als JSON-Objekt oder URL-codierte Zeichenkette</translation>
    </message>
</context>
<context>
    <name>AwsConfigActions</name>
    <message>
        <source>Import AWS &amp;config…</source>
        <translation>AWS-&amp;Konfiguration importieren…</translation>
    </message>
    <message>
        <source>Export roles as AWS con&amp;fig…</source>
        <translation>Rollen als AWS-Kon&amp;figuration exportieren…</translation>
    </message>
    <message>
        <source>Save the roles of an AWS config file (~/.aws/config) as your saved roles for Switch Role</source>
        <translation>Die Rollen einer AWS-Konfigurationsdatei (~/.aws/config) als Ihre gespeicherten Rollen für „Rolle wechseln“ übernehmen</translation>
    </message>
    <message>
        <source>Sign in as an IAM user to save roles.</source>
        <translation>Melden Sie sich als IAM-Benutzer an, um Rollen zu speichern.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>Saved roles imported: %1.</source>
        <translation>Gespeicherte Rollen importiert: %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the roles of account %1 to %2.</source>
        <translation>Die Rollen des Kontos %1 wurden nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Import AWS config</source>
        <translation>AWS-Konfiguration importieren</translation>
    </message>
    <message>
        <source>AWS config (config *.ini *.cfg);;All files (*)</source>
        <translation>AWS-Konfiguration (config *.ini *.cfg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export roles as AWS config</source>
        <translation>Rollen als AWS-Konfiguration exportieren</translation>
    </message>
    <message>
        <source>AWS config (*.config *.ini);;All files (*)</source>
        <translation>AWS-Konfiguration (*.config *.ini);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The import could not be recorded in the audit trail: %1</source>
        <translation>Der Import konnte nicht im Prüfpfad aufgezeichnet werden: %1</translation>
    </message>
</context>
<context>
    <name>AwsConfigExporter</name>
    <message>
        <source>The user with name %1 cannot be found in account %2.</source>
        <translation>Der Benutzer mit dem Namen %1 wurde im Konto %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>The user with name %1 cannot be found.</source>
        <translation>Der Benutzer mit dem Namen %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The user name %1 is in the accounts %2; say which.</source>
        <translation>Den Benutzernamen %1 gibt es in den Konten %2; geben Sie an, welches gemeint ist.</translation>
    </message>
    <message>
        <source>There is no account %1 in this directory.</source>
        <translation>Dieses Verzeichnis hat kein Konto %1.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a region name such as us-east-1.</source>
        <translation>Die Region „%1“ ist kein Regionsname wie us-east-1.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not an http or https URL.</source>
        <translation>Die Endpunkt-URL „%1“ ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>An in-memory directory cannot be opened by credential_process.</source>
        <translation>Ein Verzeichnis im Arbeitsspeicher kann credential_process nicht öffnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a line break, which an AWS config file cannot hold.</source>
        <translation>„%1“ enthält einen Zeilenumbruch, den eine AWS-Konfigurationsdatei nicht aufnehmen kann.</translation>
    </message>
</context>
<context>
    <name>AwsConfigImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: profile %2: %3</source>
        <translation>%1: Profil %2: %3</translation>
    </message>
    <message>
        <source>[%1] is not a profile for the AWS CLI and was skipped; write [profile %1]</source>
        <translation>[%1] ist für die AWS CLI kein Profil und wurde übersprungen; schreiben Sie [profile %1]</translation>
    </message>
    <message>
        <source>%1: no profile names a role (role_arn, or aws_account_id and role_name)</source>
        <translation>%1: kein Profil nennt eine Rolle (role_arn oder aws_account_id und role_name)</translation>
    </message>
    <message>
        <source>role_arn &quot;%1&quot; is not a role ARN (arn:aws:iam::&lt;12-digit account id&gt;:role/&lt;path&gt;&lt;name&gt;)</source>
        <translation>role_arn „%1“ ist kein Rollen-ARN (arn:aws:iam::&lt;12-stellige Konto-ID&gt;:role/&lt;Pfad&gt;&lt;Name&gt;)</translation>
    </message>
    <message>
        <source>profile %1 needs both aws_account_id and role_name</source>
        <translation>Profil %1 braucht sowohl aws_account_id als auch role_name</translation>
    </message>
    <message>
        <source>aws_account_id &quot;%1&quot; is neither a 12-digit account id nor an account alias</source>
        <translation>aws_account_id „%1“ ist weder eine 12-stellige Konto-ID noch ein Kontoalias</translation>
    </message>
    <message>
        <source>the role name &quot;%1&quot; is not valid: %2</source>
        <translation>der Rollenname „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>the role path &quot;%1&quot; is not valid: %2</source>
        <translation>der Rollenpfad „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>color &quot;%1&quot; is not a color; write a hex value such as ffaa22, or red, orange, yellow, green or blue</source>
        <translation>color „%1“ ist keine Farbe; schreiben Sie einen Hex-Wert wie ffaa22 oder red, orange, yellow, green oder blue</translation>
    </message>
    <message>
        <source>duration_seconds &quot;%1&quot; is not a whole number of seconds</source>
        <translation>duration_seconds „%1“ ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>profile %1 sets external_id, which the console cannot send when it switches; use the CLI for it</source>
        <translation>Profil %1 setzt external_id, das die Konsole beim Wechseln nicht senden kann; verwenden Sie dafür die CLI</translation>
    </message>
    <message>
        <source>the source_profile chain of profile %1 loops back to %2</source>
        <translation>die source_profile-Kette des Profils %1 führt zurück zu %2</translation>
    </message>
    <message>
        <source>profile %1 has source_profile %2, which the file does not define</source>
        <translation>Profil %1 hat source_profile %2, das die Datei nicht definiert</translation>
    </message>
    <message>
        <source>profile %1: this directory has no account %2, so the console cannot switch to it yet</source>
        <translation>Profil %1: Dieses Verzeichnis hat kein Konto %2, daher kann die Konsole noch nicht dorthin wechseln</translation>
    </message>
    <message>
        <source>profile %1: account %2 has no role %3, so the console cannot switch to it yet</source>
        <translation>Profil %1: Konto %2 hat keine Rolle %3, daher kann die Konsole noch nicht dorthin wechseln</translation>
    </message>
    <message>
        <source>profile %1: the trust policy of role %2 requires an ExternalId, which the console cannot send; switch to it with the CLI</source>
        <translation>Profil %1: Die Vertrauensrichtlinie der Rolle %2 verlangt eine ExternalId, die die Konsole nicht senden kann; wechseln Sie mit der CLI dorthin</translation>
    </message>
</context>
<context>
    <name>AwsConfigParser</name>
    <message>
        <source>&quot;%1&quot; in the sub-section %2 is not a setting (key = value)</source>
        <translation>„%1“ im Unterabschnitt %2 ist keine Einstellung (Schlüssel = Wert)</translation>
    </message>
    <message>
        <source>the section header %1 has no closing &apos;]&apos;</source>
        <translation>der Abschnittskopf %1 hat kein schließendes &apos;]&apos;</translation>
    </message>
    <message>
        <source>the section header is empty</source>
        <translation>der Abschnittskopf ist leer</translation>
    </message>
    <message>
        <source>[%1] repeats the section of line %2; merge the two</source>
        <translation>[%1] wiederholt den Abschnitt aus Zeile %2; führen Sie beide zusammen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting (key = value)</source>
        <translation>„%1“ ist keine Einstellung (Schlüssel = Wert)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before any section; put it under [default] or [profile NAME]</source>
        <translation>„%1“ steht vor jedem Abschnitt; setzen Sie es unter [default] oder [profile NAME]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no key before the &apos;%2&apos;</source>
        <translation>„%1“ hat keinen Schlüssel vor dem &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is set again; it was set on line %2 of [%3]</source>
        <translation>%1 wird erneut gesetzt; es wurde schon in Zeile %2 von [%3] gesetzt</translation>
    </message>
</context>
<context>
    <name>BoundaryComboBox</name>
    <message>
        <source>No permissions boundary</source>
        <translation>Keine Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>%1 (AWS managed)</source>
        <translation>%1 (von AWS verwaltet)</translation>
    </message>
</context>
<context>
    <name>ColorMark</name>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>Raute</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>square</source>
        <translation>Quadrat</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>Sechseck</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Usage: switchboard [options]
  or:  switchboard COMMAND [options]

A desktop console for IAM users, groups, roles and policies, with Switch Role. Without a command the console opens; a command runs headless.

Commands:
</source>
        <translation>Aufruf: switchboard [Optionen]
  oder: switchboard COMMAND [Optionen]

Eine Desktop-Konsole für IAM-Benutzer, -Gruppen, -Rollen und -Richtlinien, mit „Rolle wechseln“. Ohne Befehl öffnet sich die Konsole; ein Befehl läuft ohne Oberfläche.

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options (before or after the command):
</source>
        <translation>
Globale Optionen (vor oder nach dem Befehl):
</translation>
    </message>
    <message>
        <source>
Console options:
</source>
        <translation>
Konsolenoptionen:
</translation>
    </message>
    <message>
        <source>
Exit codes:
</source>
        <translation>
Exit-Codes:
</translation>
    </message>
    <message>
        <source>
Secrets are never options: passwords come from SWITCHBOARD_PASSWORD or --password-stdin.
Run &apos;switchboard COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Geheimnisse sind nie Optionen: Passwörter kommen aus SWITCHBOARD_PASSWORD oder --password-stdin.
Führen Sie &apos;switchboard COMMAND --help&apos; aus, um die Optionen eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <source>Usage: switchboard %1 OPERATION [options]

Operations:
</source>
        <translation>Aufruf: switchboard %1 OPERATION [Optionen]

Operationen:
</translation>
    </message>
    <message>
        <source>
Run &apos;switchboard %1 OPERATION --help&apos; for an operation&apos;s options.
</source>
        <translation>
Führen Sie &apos;switchboard %1 OPERATION --help&apos; aus, um die Optionen einer Operation zu sehen.
</translation>
    </message>
    <message>
        <source>Usage: %1

%2
</source>
        <translation>Aufruf: %1

%2
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Optionen:
</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <source>
Global options: %1 (see &apos;switchboard --help&apos;).
</source>
        <translation>
Globale Optionen: %1 (siehe &apos;switchboard --help&apos;).
</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, %1 wrong arguments; all of them in &apos;switchboard --help&apos;.
</source>
        <translation>Exit-Codes: 0 erledigt, %1 falsche Argumente; alle in &apos;switchboard --help&apos;.
</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de oder en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Account id or alias the command applies to.</source>
        <translation>Konto-ID oder Kontoalias, auf das sich der Befehl bezieht.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>After sign-in, show this user, group, role or policy.</source>
        <translation>Nach der Anmeldung diesen Benutzer, diese Gruppe, Rolle oder Richtlinie anzeigen.</translation>
    </message>
    <message>
        <source>arn</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Save a PNG of the console&apos;s window to this file once it is shown, then quit.</source>
        <translation>Sobald das Konsolenfenster angezeigt wird, ein PNG davon in dieser Datei speichern und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>account/role</source>
        <translation>Konto/Rolle</translation>
    </message>
    <message>
        <source>color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>The display name of --switch-role.</source>
        <translation>Der Anzeigename für --switch-role.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>keychain|file</source>
        <translation>keychain|file</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>json</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>admin|read-only|none</source>
        <translation>admin|read-only|none</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>json|file://file</source>
        <translation>json|file://Datei</translation>
    </message>
    <message>
        <source>base64|file://file</source>
        <translation>base64|file://Datei</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>the console</source>
        <translation>die Konsole</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not found or refused, or the directory could not be opened</source>
        <translation>nicht gefunden oder abgelehnt, oder das Verzeichnis konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>wrong arguments</source>
        <translation>falsche Argumente</translation>
    </message>
    <message>
        <source>audit: the audit trail was cut or changed</source>
        <translation>audit: der Audit-Trail wurde gekürzt oder verändert</translation>
    </message>
    <message>
        <source>audit: the secret store could not vouch for the audit trail</source>
        <translation>audit: der Geheimnisspeicher konnte den Audit-Trail nicht bestätigen</translation>
    </message>
    <message>
        <source>exec: the command could not be started (else its status)</source>
        <translation>exec: der Befehl konnte nicht gestartet werden (sonst dessen Status)</translation>
    </message>
    <message>
        <source>sts, iam, idp, organizations, credential-process, exec: wrong arguments, as the AWS CLI</source>
        <translation>sts, iam, idp, organizations, credential-process, exec: falsche Argumente, wie bei der AWS CLI</translation>
    </message>
    <message>
        <source>sts, iam, idp, organizations, credential-process, exec: the request was refused, as the AWS CLI</source>
        <translation>sts, iam, idp, organizations, credential-process, exec: die Anfrage wurde abgelehnt, wie bei der AWS CLI</translation>
    </message>
    <message>
        <source>Where secrets are kept: the system keychain (default) or an encrypted file beside the directory (passphrase asked, or SWITCHBOARD_SECRETS_PASSPHRASE). Remembered.</source>
        <translation>Wo Geheimnisse aufbewahrt werden: im Schlüsselbund des Systems (Standard) oder in einer verschlüsselten Datei neben dem Verzeichnis (Passphrase wird abgefragt, oder SWITCHBOARD_SECRETS_PASSPHRASE). Wird gespeichert.</translation>
    </message>
    <message>
        <source>Training: role sessions run this many times faster (1, 10 or 60).</source>
        <translation>Training: Rollensitzungen laufen so viel schneller ab (1, 10 oder 60).</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>shell</translation>
    </message>
    <message>
        <source>Print the completion script for this shell (bash) and exit.</source>
        <translation>Das Vervollständigungsskript für diese Shell (bash) ausgeben und beenden.</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>Die zu schreibende Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Sign in as this IAM user, or ACCOUNT/NAME for a user of another account than --account (password from SWITCHBOARD_PASSWORD or --password-stdin).</source>
        <translation>Als dieser IAM-Benutzer anmelden, oder ACCOUNT/NAME für einen Benutzer eines anderen Kontos als --account (Passwort aus SWITCHBOARD_PASSWORD oder --password-stdin).</translation>
    </message>
    <message>
        <source>Sign in as the root user of --account instead of --user; the password as for --user.</source>
        <translation>Als Root-Benutzer von --account statt --user anmelden; das Passwort wie bei --user.</translation>
    </message>
    <message>
        <source>With --root: the root user&apos;s email address (default: --account&apos;s).</source>
        <translation>Mit --root: die E-Mail-Adresse des Root-Benutzers (Standard: die von --account).</translation>
    </message>
    <message>
        <source>Read the console password of --user or --root from stdin.</source>
        <translation>Das Konsolenpasswort von --user oder --root von stdin lesen.</translation>
    </message>
    <message>
        <source>What a new account&apos;s OrganizationAccountAccessRole may do (default admin).</source>
        <translation>Was die OrganizationAccountAccessRole eines neuen Kontos darf (Standard: admin).</translation>
    </message>
    <message>
        <source>Replace the users, groups, roles and policies the account already has.</source>
        <translation>Die Benutzer, Gruppen, Rollen und Richtlinien ersetzen, die das Konto bereits hat.</translation>
    </message>
    <message>
        <source>After sign-in, open this tool window.</source>
        <translation>Nach der Anmeldung dieses Werkzeugfenster öffnen.</translation>
    </message>
    <message>
        <source>With --open, show the tab with this title, e.g. &quot;Security credentials&quot;.</source>
        <translation>Mit --open die Registerkarte mit diesem Titel anzeigen, z. B. &quot;Sicherheitsanmeldeinformationen&quot;.</translation>
    </message>
    <message>
        <source>After sign-in, switch to this role, given as ACCOUNT/ROLE.</source>
        <translation>Nach der Anmeldung zu dieser Rolle wechseln, angegeben als ACCOUNT/ROLE.</translation>
    </message>
    <message>
        <source>The display color of --switch-role.</source>
        <translation>Die Anzeigefarbe von --switch-role.</translation>
    </message>
    <message>
        <source>The TCP port to listen on (default 4599; 0 picks a free one).</source>
        <translation>Der TCP-Port, auf dem gelauscht wird (Standard 4599; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>The loopback address to listen on (default 127.0.0.1).</source>
        <translation>Die Loopback-Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>JSON Lines of requests to decide (&apos;-&apos; for stdin).</source>
        <translation>JSON Lines mit zu entscheidenden Anfragen (&apos;-&apos; für stdin).</translation>
    </message>
    <message>
        <source>The user or role ARN to simulate.</source>
        <translation>Der ARN des zu simulierenden Benutzers oder der Rolle.</translation>
    </message>
    <message>
        <source>An action to decide (repeatable).</source>
        <translation>Eine zu entscheidende Aktion (wiederholbar).</translation>
    </message>
    <message>
        <source>The resource ARN (default *).</source>
        <translation>Der Ressourcen-ARN (Standard *).</translation>
    </message>
    <message>
        <source>A context key and its value (repeatable).</source>
        <translation>Ein Kontextschlüssel und sein Wert (wiederholbar).</translation>
    </message>
    <message>
        <source>Also check the trail against checkpoints exported before.</source>
        <translation>Den Trail auch gegen zuvor exportierte Checkpoints prüfen.</translation>
    </message>
    <message>
        <source>Write the signed checkpoints to this file (JSON).</source>
        <translation>Die signierten Checkpoints in diese Datei schreiben (JSON).</translation>
    </message>
    <message>
        <source>The role to assume.</source>
        <translation>Die anzunehmende Rolle.</translation>
    </message>
    <message>
        <source>The session&apos;s name.</source>
        <translation>Der Name der Sitzung.</translation>
    </message>
    <message>
        <source>How long the credentials last.</source>
        <translation>Wie lange die Anmeldeinformationen gültig sind.</translation>
    </message>
    <message>
        <source>The external id the role&apos;s trust policy asks for.</source>
        <translation>Die externe ID, die die Vertrauensrichtlinie der Rolle verlangt.</translation>
    </message>
    <message>
        <source>The ARN of the user&apos;s MFA device.</source>
        <translation>Der ARN des MFA-Geräts des Benutzers.</translation>
    </message>
    <message>
        <source>The 6-digit code of the MFA device.</source>
        <translation>Der 6-stellige Code des MFA-Geräts.</translation>
    </message>
    <message>
        <source>A session policy (JSON) that narrows the session.</source>
        <translation>Eine Sitzungsrichtlinie (JSON), die die Sitzung einschränkt.</translation>
    </message>
    <message>
        <source>The SAML identity provider&apos;s ARN.</source>
        <translation>Der ARN des SAML-Identitätsanbieters.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s signed SAML Response, base64-encoded, or file://FILE.</source>
        <translation>Die signierte SAML Response des Identitätsanbieters, base64-codiert, oder file://FILE.</translation>
    </message>
    <message>
        <source>The ARN of the SAML provider that signs the assertion.</source>
        <translation>Der ARN des SAML-Anbieters, der die Assertion signiert.</translation>
    </message>
    <message>
        <source>The user the command is about.</source>
        <translation>Der Benutzer, um den es im Befehl geht.</translation>
    </message>
    <message>
        <source>The quota to set.</source>
        <translation>Das festzulegende Kontingent.</translation>
    </message>
    <message>
        <source>The quota&apos;s new value, 10 to 20.</source>
        <translation>Der neue Wert des Kontingents, 10 bis 20.</translation>
    </message>
    <message>
        <source>Sign in with this access key of the user, whose secret the secret store holds, instead of a password.</source>
        <translation>Mit diesem Zugriffsschlüssel des Benutzers anmelden, dessen Geheimnis der Geheimnisspeicher enthält, statt mit einem Passwort.</translation>
    </message>
    <message>
        <source>The profiles&apos; region (default us-east-1).</source>
        <translation>Die Region der Profile (Standard us-east-1).</translation>
    </message>
    <message>
        <source>The endpoint URL the profiles point the AWS CLI at.</source>
        <translation>Die Endpunkt-URL, auf die die Profile die AWS CLI verweisen.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Der Name des Kontos.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>The root (r-...) or organizational unit (ou-...).</source>
        <translation>Der Root (r-...) oder die Organisationseinheit (ou-...).</translation>
    </message>
    <message>
        <source>The name of the organizational unit or policy.</source>
        <translation>Der Name der Organisationseinheit oder Richtlinie.</translation>
    </message>
    <message>
        <source>The organizational unit (ou-...).</source>
        <translation>Die Organisationseinheit (ou-...).</translation>
    </message>
    <message>
        <source>The root or OU the account is in.</source>
        <translation>Der Root oder die OU, in dem bzw. der sich das Konto befindet.</translation>
    </message>
    <message>
        <source>The root or OU to move the account to.</source>
        <translation>Der Root oder die OU, wohin das Konto verschoben wird.</translation>
    </message>
    <message>
        <source>The kind of policy.</source>
        <translation>Die Art der Richtlinie.</translation>
    </message>
    <message>
        <source>The policy (p-...).</source>
        <translation>Die Richtlinie (p-...).</translation>
    </message>
    <message>
        <source>The policy document, or file://FILE holding it.</source>
        <translation>Das Richtliniendokument oder file://FILE, das es enthält.</translation>
    </message>
    <message>
        <source>The policy&apos;s description.</source>
        <translation>Die Beschreibung der Richtlinie.</translation>
    </message>
    <message>
        <source>The root, OU or account a policy is attached to.</source>
        <translation>Der Root, die OU oder das Konto, dem eine Richtlinie angefügt ist.</translation>
    </message>
    <message>
        <source>Open the console.</source>
        <translation>Die Konsole öffnen.</translation>
    </message>
    <message>
        <source>Sign in as this IAM user at start (password in SWITCHBOARD_PASSWORD).</source>
        <translation>Beim Start als dieser IAM-Benutzer anmelden (Passwort in SWITCHBOARD_PASSWORD).</translation>
    </message>
    <message>
        <source>--window simulator: an action to simulate (repeatable).</source>
        <translation>--window simulator: eine zu simulierende Aktion (wiederholbar).</translation>
    </message>
    <message>
        <source>--window local-endpoint: the TCP port.</source>
        <translation>--window local-endpoint: der TCP-Port.</translation>
    </message>
    <message>
        <source>Read the output of aws iam get-account-authorization-details into the directory, all or nothing.</source>
        <translation>Die Ausgabe von aws iam get-account-authorization-details in das Verzeichnis einlesen, ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Serve the local STS and IAM endpoint for the AWS CLI and SDKs (loopback only).</source>
        <translation>Den lokalen STS- und IAM-Endpunkt für die AWS CLI und SDKs bereitstellen (nur Loopback).</translation>
    </message>
    <message>
        <source>Make the role profiles of an AWS config file the user&apos;s saved roles.</source>
        <translation>Die Rollenprofile einer AWS-Konfigurationsdatei zu den gespeicherten Rollen des Benutzers machen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the directory&apos;s roles as AWS config profiles that get credentials from switchboard.</source>
        <translation>Die Rollen des Verzeichnisses als AWS-Konfigurationsprofile schreiben, die Anmeldeinformationen von switchboard beziehen.</translation>
    </message>
    <message>
        <source>The user whose profiles these are.</source>
        <translation>Der Benutzer, dem diese Profile gehören.</translation>
    </message>
    <message>
        <source>Create a member account of the organization (its root password from SWITCHBOARD_ROOT_PASSWORD, or generated and printed once).</source>
        <translation>Ein Mitgliedskonto der Organisation erstellen (sein Root-Passwort aus SWITCHBOARD_ROOT_PASSWORD, oder generiert und einmalig ausgegeben).</translation>
    </message>
    <message>
        <source>The new account&apos;s root user&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Root-Benutzers des neuen Kontos.</translation>
    </message>
    <message>
        <source>List the organization&apos;s accounts.</source>
        <translation>Die Konten der Organisation auflisten.</translation>
    </message>
    <message>
        <source>Describe the organization.</source>
        <translation>Die Organisation beschreiben.</translation>
    </message>
    <message>
        <source>Describe an account.</source>
        <translation>Ein Konto beschreiben.</translation>
    </message>
    <message>
        <source>List the organization&apos;s root.</source>
        <translation>Den Root der Organisation auflisten.</translation>
    </message>
    <message>
        <source>List the organizational units under a parent.</source>
        <translation>Die Organisationseinheiten unter einem übergeordneten Element auflisten.</translation>
    </message>
    <message>
        <source>List the accounts directly under a parent.</source>
        <translation>Die Konten direkt unter einem übergeordneten Element auflisten.</translation>
    </message>
    <message>
        <source>Create an organizational unit.</source>
        <translation>Eine Organisationseinheit erstellen.</translation>
    </message>
    <message>
        <source>Rename an organizational unit.</source>
        <translation>Eine Organisationseinheit umbenennen.</translation>
    </message>
    <message>
        <source>Delete an empty organizational unit.</source>
        <translation>Eine leere Organisationseinheit löschen.</translation>
    </message>
    <message>
        <source>Move an account to another parent.</source>
        <translation>Ein Konto zu einem anderen übergeordneten Element verschieben.</translation>
    </message>
    <message>
        <source>List the service or resource control policies.</source>
        <translation>Die Service- oder Ressourcen-Kontrollrichtlinien auflisten.</translation>
    </message>
    <message>
        <source>Describe a policy.</source>
        <translation>Eine Richtlinie beschreiben.</translation>
    </message>
    <message>
        <source>Create a service or resource control policy.</source>
        <translation>Eine Service- oder Ressourcen-Kontrollrichtlinie erstellen.</translation>
    </message>
    <message>
        <source>Change a policy&apos;s name, description or content.</source>
        <translation>Name, Beschreibung oder Inhalt einer Richtlinie ändern.</translation>
    </message>
    <message>
        <source>Delete a detached policy.</source>
        <translation>Eine getrennte Richtlinie löschen.</translation>
    </message>
    <message>
        <source>Attach a policy to a root, organizational unit or account.</source>
        <translation>Eine Richtlinie an einen Root, eine Organisationseinheit oder ein Konto anfügen.</translation>
    </message>
    <message>
        <source>Detach a policy from its target.</source>
        <translation>Eine Richtlinie von ihrem Ziel trennen.</translation>
    </message>
    <message>
        <source>List the policies attached to a target.</source>
        <translation>Die an ein Ziel angefügten Richtlinien auflisten.</translation>
    </message>
    <message>
        <source>List the targets a policy is attached to.</source>
        <translation>Die Ziele auflisten, an die eine Richtlinie angefügt ist.</translation>
    </message>
    <message>
        <source>Read files written by organizations export back, all or nothing.</source>
        <translation>Von organizations export geschriebene Dateien wieder einlesen, ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>Write the organization as the AWS CLI&apos;s outputs, one file each.</source>
        <translation>Die Organisation als Ausgaben der AWS CLI schreiben, je eine Datei.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print who the caller is.</source>
        <translation>Ausgeben, wer der Aufrufer ist.</translation>
    </message>
    <message>
        <source>Print temporary credentials of a role.</source>
        <translation>Temporäre Anmeldeinformationen einer Rolle ausgeben.</translation>
    </message>
    <message>
        <source>Print temporary credentials of the caller.</source>
        <translation>Temporäre Anmeldeinformationen des Aufrufers ausgeben.</translation>
    </message>
    <message>
        <source>Print a federated user&apos;s credentials for a role, once the SAML assertion is verified.</source>
        <translation>Die Anmeldeinformationen eines föderierten Benutzers für eine Rolle ausgeben, sobald die SAML-Assertion verifiziert ist.</translation>
    </message>
    <message>
        <source>Create an access key for a user of --account (default: the caller&apos;s); the secret is printed once.</source>
        <translation>Einen Zugriffsschlüssel für einen Benutzer von --account erstellen (Standard: das des Aufrufers); das Geheimnis wird einmalig ausgegeben.</translation>
    </message>
    <message>
        <source>Set the account&apos;s quota of managed policies per user or role (10 to 20).</source>
        <translation>Das Kontingent des Kontos an verwalteten Richtlinien pro Benutzer oder Rolle festlegen (10 bis 20).</translation>
    </message>
    <message>
        <source>The built-in SAML identity provider signs the user in and prints the signed SAML Response, base64-encoded.</source>
        <translation>Der integrierte SAML-Identitätsanbieter meldet den Benutzer an und gibt die signierte SAML Response base64-codiert aus.</translation>
    </message>
    <message>
        <source>Print a role&apos;s credentials as the JSON of an AWS profile&apos;s credential_process.</source>
        <translation>Die Anmeldeinformationen einer Rolle als JSON für credential_process eines AWS-Profils ausgeben.</translation>
    </message>
    <message>
        <source>Run COMMAND on the role&apos;s credentials, served to it as container credentials and renewed; exits with COMMAND&apos;s status.</source>
        <translation>COMMAND mit den Anmeldeinformationen der Rolle ausführen, die ihm als Container-Anmeldeinformationen bereitgestellt und erneuert werden; endet mit dem Status von COMMAND.</translation>
    </message>
    <message>
        <source>-- COMMAND [ARGS...]</source>
        <translation>-- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Who is in a group.</source>
        <translation>Wer Mitglied einer Gruppe ist.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>Which groups a user is in.</source>
        <translation>In welchen Gruppen ein Benutzer ist.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Users and roles allowed an action, directly, through groups or through roles they can assume.</source>
        <translation>Benutzer und Rollen, denen eine Aktion erlaubt ist, direkt, über Gruppen oder über Rollen, die sie annehmen können.</translation>
    </message>
    <message>
        <source>ACTION [RESOURCE]</source>
        <translation>ACTION [RESOURCE]</translation>
    </message>
    <message>
        <source>Who can switch to a role, and on which terms.</source>
        <translation>Wer zu einer Rolle wechseln kann, und zu welchen Bedingungen.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The roles a principal can become, chains too.</source>
        <translation>Die Rollen, die ein Prinzipal annehmen kann, auch über Ketten.</translation>
    </message>
    <message>
        <source>USER|ROLE</source>
        <translation>USER|ROLE</translation>
    </message>
    <message>
        <source>switchboard: error: %1</source>
        <translation>switchboard: Fehler: %1</translation>
    </message>
    <message>
        <source>option --%1 needs a value (%2)</source>
        <translation>Option --%1 benötigt einen Wert (%2)</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>Option --%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>unknown option %1 (see &apos;switchboard --help&apos;)</source>
        <translation>unbekannte Option %1 (siehe &apos;switchboard --help&apos;)</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;%2&apos; (see &apos;%3 --help&apos;)</source>
        <translation>unbekannte Option %1 für &apos;%2&apos; (siehe &apos;%3 --help&apos;)</translation>
    </message>
    <message>
        <source>option %1 does not apply to &apos;%2&apos;; it is an option of %3 (see &apos;%4 --help&apos;)</source>
        <translation>Option %1 gilt nicht für &apos;%2&apos;; sie ist eine Option von %3 (siehe &apos;%4 --help&apos;)</translation>
    </message>
    <message>
        <source>The directory: a file (SQLite), or a database on a PostgreSQL server as postgresql://USER@HOST:PORT/DATABASE (its password from PGPASSWORD or ~/.pgpass, never here). Created with the demo directory when absent.</source>
        <translation>Das Verzeichnis: eine Datei (SQLite) oder eine Datenbank auf einem PostgreSQL-Server als postgresql://BENUTZER@HOST:PORT/DATENBANK (ihr Passwort aus PGPASSWORD oder ~/.pgpass, nie hier). Fehlt es, wird es mit dem Demo-Verzeichnis angelegt.</translation>
    </message>
    <message>
        <source>Key=k,Value=v...</source>
        <translation>Key=k,Value=v...</translation>
    </message>
    <message>
        <source>Session tags, which become the session&apos;s principal tags (needs sts:TagSession).</source>
        <translation>Sitzungs-Tags, die zu den Prinzipal-Tags der Sitzung werden (erfordert sts:TagSession).</translation>
    </message>
    <message>
        <source>key...</source>
        <translation>schlüssel...</translation>
    </message>
    <message>
        <source>The keys of session tags that pass on when the session assumes another role.</source>
        <translation>Die Schlüssel der Sitzungs-Tags, die weitergegeben werden, wenn die Sitzung eine andere Rolle übernimmt.</translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation>die folgenden Argumente sind erforderlich: %1</translation>
    </message>
    <message>
        <source>Create a missing directory (file or PostgreSQL database) empty, without the demo (whose users&apos; password comes from SWITCHBOARD_DEMO_PASSWORD).</source>
        <translation>Ein fehlendes Verzeichnis (Datei oder PostgreSQL-Datenbank) leer anlegen, ohne die Demo (deren Benutzerpasswort aus SWITCHBOARD_DEMO_PASSWORD stammt).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>After sign-in, turn on multi-session support and sign this IAM user in too, in a tab of its own (same password; repeatable).</source>
        <translation>Nach der Anmeldung die Unterstützung mehrerer Sitzungen einschalten und auch diesen IAM-Benutzer anmelden, in einem eigenen Tab (gleiches Passwort; wiederholbar).</translation>
    </message>
    <message>
        <source>The code of the caller&apos;s MFA device, when they have one.</source>
        <translation>Der Code des MFA-Geräts des Aufrufers, wenn er eines hat.</translation>
    </message>
    <message>
        <source>List an account&apos;s users, groups, roles or policies, as the caller&apos;s iam:ListUsers, ListGroups, ListRoles or ListPolicies.</source>
        <translation>Die Benutzer, Gruppen, Rollen oder Richtlinien eines Kontos auflisten, als iam:ListUsers, ListGroups, ListRoles oder ListPolicies des Aufrufers.</translation>
    </message>
    <message>
        <source>Write an account as aws iam get-account-authorization-details prints it, as the caller&apos;s iam:GetAccountAuthorizationDetails.</source>
        <translation>Ein Konto so ausgeben, wie aws iam get-account-authorization-details es ausgibt, als iam:GetAccountAuthorizationDetails des Aufrufers.</translation>
    </message>
    <message>
        <source>Decide JSON Lines requests (--batch, no directory and no caller needed), or simulate a user or role of the directory (--principal, as the caller&apos;s iam:SimulatePrincipalPolicy).</source>
        <translation>JSON-Lines-Anfragen entscheiden (--batch, ohne Verzeichnis und ohne Aufrufer), oder einen Benutzer oder eine Rolle des Verzeichnisses simulieren (--principal, als iam:SimulatePrincipalPolicy des Aufrufers).</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain, its head kept in the secret store, and checkpoints exported before (cloudtrail:LookupEvents).</source>
        <translation>Die Hash-Kette des Prüfprotokolls prüfen, ihren im Geheimnisspeicher gehaltenen Kopf und zuvor exportierte Prüfpunkte (cloudtrail:LookupEvents).</translation>
    </message>
    <message>
        <source>Sign the trail&apos;s head now; list the signed checkpoints, or write them to a file (cloudtrail:LookupEvents).</source>
        <translation>Den Kopf des Protokolls jetzt signieren; die signierten Prüfpunkte auflisten oder in eine Datei schreiben (cloudtrail:LookupEvents).</translation>
    </message>
    <message>
        <source>The security review of the account.</source>
        <translation>Die Sicherheitsprüfung des Kontos.</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>config import needs one FILE</source>
        <translation>config import braucht genau eine FILE</translation>
    </message>
    <message>
        <source>config export takes no FILE; write to one with --output</source>
        <translation>config export nimmt keine FILE; schreiben Sie mit --output in eine Datei</translation>
    </message>
    <message>
        <source>config needs an operation: config import FILE or config export</source>
        <translation>config braucht eine Operation: config import FILE oder config export</translation>
    </message>
    <message>
        <source>switchboard: %1 (see --help)</source>
        <translation>switchboard: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>config import needs --user NAME: saved roles are a user&apos;s own</source>
        <translation>config import braucht --user NAME: Gespeicherte Rollen gehören einem Benutzer</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Saved roles imported for %1: %2; warnings: %3.</source>
        <translation>Gespeicherte Rollen für %1 importiert: %2; Warnungen: %3.</translation>
    </message>
    <message>
        <source>switchboard: cannot write %1: %2</source>
        <translation>switchboard: %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; löschen?</translation>
    </message>
    <message>
        <source>These are removed with it:</source>
        <translation>Folgendes wird dabei mit entfernt:</translation>
    </message>
    <message>
        <source>To confirm, type &lt;b&gt;%1&lt;/b&gt; in the field.</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; in das Feld ein.</translation>
    </message>
    <message>
        <source>Attached policy %1 (detached)</source>
        <translation>Angefügte Richtlinie %1 (wird getrennt)</translation>
    </message>
    <message>
        <source>Inline policy %1</source>
        <translation>Eingebundene Richtlinie %1</translation>
    </message>
    <message>
        <source>Delete role %1</source>
        <translation>Rolle %1 löschen</translation>
    </message>
    <message>
        <source>Attachment to %1 %2 (detached)</source>
        <translation>Anfügung an %1 %2 (wird getrennt)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Delete policy %1</source>
        <translation>Richtlinie %1 löschen</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>(no group)</source>
        <translation>(keine Gruppe)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>From the next start, secrets go to an encrypted file.</source>
        <translation>Ab dem nächsten Start werden Geheimnisse in einer verschlüsselten Datei gespeichert.</translation>
    </message>
    <message>
        <source>From the next start, secrets go to the system keychain.</source>
        <translation>Ab dem nächsten Start werden Geheimnisse im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Root user (signs in by email)</source>
        <translation>Root-Benutzer (meldet sich per E-Mail an)</translation>
    </message>
    <message>
        <source>Add session — Switchboard</source>
        <translation>Sitzung hinzufügen — Switchboard</translation>
    </message>
    <message>
        <source>Switch role in a new session — Switchboard</source>
        <translation>Rolle in einer neuen Sitzung wechseln — Switchboard</translation>
    </message>
</context>
<context>
    <name>ConsolePasswordDialog</name>
    <message>
        <source>Console access for %1</source>
        <translation>Konsolenzugriff für %1</translation>
    </message>
    <message>
        <source>Console access is enabled. Set a new password to reset it, or remove it to turn console access off.</source>
        <translation>Der Konsolenzugriff ist aktiviert. Legen Sie ein neues Passwort fest, um es zurückzusetzen, oder entfernen Sie es, um den Konsolenzugriff zu deaktivieren.</translation>
    </message>
    <message>
        <source>Console access is disabled. Set a password to enable it.</source>
        <translation>Der Konsolenzugriff ist deaktiviert. Legen Sie ein Passwort fest, um ihn zu aktivieren.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Remove console access</source>
        <translation>Konsolenzugriff entfernen</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Only a signed-in IAM user can change their password.</source>
        <translation>Nur ein angemeldeter IAM-Benutzer kann sein Passwort ändern.</translation>
    </message>
    <message>
        <source>Only an IAM user signed in at the console can switch role in a new session.</source>
        <translation>Nur ein an der Konsole angemeldeter IAM-Benutzer kann die Rolle in einer neuen Sitzung wechseln.</translation>
    </message>
    <message>
        <source>The sign-in of %1 has ended. Sign in again.</source>
        <translation>Die Anmeldung von %1 ist beendet. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>ConsoleSessions</name>
    <message>
        <source>You can be signed in to up to %1 sessions at once. Sign out of a session before you add another.</source>
        <translation>Sie können in bis zu %1 Sitzungen gleichzeitig angemeldet sein. Melden Sie sich von einer Sitzung ab, bevor Sie eine weitere hinzufügen.</translation>
    </message>
</context>
<context>
    <name>CreateGroupDialog</name>
    <message>
        <source>Create user group</source>
        <translation>Benutzergruppe erstellen</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Gruppe erstellen</translation>
    </message>
    <message>
        <source>User group name</source>
        <translation>Name der Benutzergruppe</translation>
    </message>
</context>
<context>
    <name>CreatePolicyDialog</name>
    <message>
        <source>Create policy</source>
        <translation>Richtlinie erstellen</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Richtlinienname</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>CreateRoleWizard</name>
    <message>
        <source>Create role</source>
        <translation>Rolle erstellen</translation>
    </message>
    <message>
        <source>Select trusted entity</source>
        <translation>Vertrauenswürdige Entität auswählen</translation>
    </message>
    <message>
        <source>Who may assume this role. The trust policy below is written from your choices.</source>
        <translation>Wer diese Rolle übernehmen darf. Die folgende Vertrauensrichtlinie wird aus Ihrer Auswahl erstellt.</translation>
    </message>
    <message>
        <source>AWS service: let a service such as EC2 or Lambda act in this account</source>
        <translation>AWS-Service: einem Service wie EC2 oder Lambda erlauben, in diesem Konto zu handeln</translation>
    </message>
    <message>
        <source>AWS account: let entities in this or another account act in this account</source>
        <translation>AWS-Konto: Entitäten in diesem oder einem anderen Konto erlauben, in diesem Konto zu handeln</translation>
    </message>
    <message>
        <source>Web identity: let users federated by a web identity provider assume this role</source>
        <translation>Web-Identität: Benutzern, die über einen Web-Identitätsanbieter verbunden sind, erlauben, diese Rolle zu übernehmen</translation>
    </message>
    <message>
        <source>SAML 2.0 federation: let users federated with SAML 2.0 from a corporate directory act in this account</source>
        <translation>SAML 2.0-Verbund: Benutzern, die über SAML 2.0 aus einem Unternehmensverzeichnis verbunden sind, erlauben, in diesem Konto zu handeln</translation>
    </message>
    <message>
        <source>Custom trust policy: write a trust policy yourself</source>
        <translation>Benutzerdefinierte Vertrauensrichtlinie: selbst eine Vertrauensrichtlinie schreiben</translation>
    </message>
    <message>
        <source>Trust policy</source>
        <translation>Vertrauensrichtlinie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>This account (%1)</source>
        <translation>Dieses Konto (%1)</translation>
    </message>
    <message>
        <source>Another AWS account</source>
        <translation>Ein anderes AWS-Konto</translation>
    </message>
    <message>
        <source>12-digit account ID</source>
        <translation>12-stellige Konto-ID</translation>
    </message>
    <message>
        <source>Require external ID (best practice when a third party will assume this role)</source>
        <translation>Externe ID erforderlich (bewährte Methode, wenn ein Dritter diese Rolle übernehmen wird)</translation>
    </message>
    <message>
        <source>Require MFA</source>
        <translation>MFA erforderlich</translation>
    </message>
    <message>
        <source>The console&apos;s Switch Role cannot give an external ID: such a role is assumed through the API only.</source>
        <translation>„Rolle wechseln“ in der Konsole kann keine externe ID angeben: Eine solche Rolle wird nur über die API übernommen.</translation>
    </message>
    <message>
        <source>A well-known provider, or the ARN of an OpenID Connect provider (arn:aws:iam::&lt;account&gt;:oidc-provider/&lt;host&gt;)</source>
        <translation>Ein bekannter Anbieter oder der ARN eines OpenID Connect-Anbieters (arn:aws:iam::&lt;account&gt;:oidc-provider/&lt;host&gt;)</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>SAML provider</source>
        <translation>SAML-Anbieter</translation>
    </message>
    <message>
        <source>Add permissions</source>
        <translation>Berechtigungen hinzufügen</translation>
    </message>
    <message>
        <source>Choose up to %1 managed policies to attach, and optionally a permissions boundary.</source>
        <translation>Wählen Sie bis zu %1 verwaltete Richtlinien zum Anfügen aus und optional eine Berechtigungsgrenze.</translation>
    </message>
    <message>
        <source>Permissions boundary</source>
        <translation>Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Name and details</source>
        <translation>Name und Details</translation>
    </message>
    <message>
        <source>Role details</source>
        <translation>Rollendetails</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add new tag</source>
        <translation>Neues Tag hinzufügen</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Maximum session duration</source>
        <translation>Maximale Sitzungsdauer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Check the role, then create it.</source>
        <translation>Überprüfen Sie die Rolle und erstellen Sie sie dann.</translation>
    </message>
    <message>
        <source>AWS service %1</source>
        <translation>AWS-Service %1</translation>
    </message>
    <message>
        <source>AWS account %1</source>
        <translation>AWS-Konto %1</translation>
    </message>
    <message>
        <source>, external ID required</source>
        <translation>, externe ID erforderlich</translation>
    </message>
    <message>
        <source>, MFA required</source>
        <translation>, MFA erforderlich</translation>
    </message>
    <message>
        <source>Web identity %1</source>
        <translation>Web-Identität %1</translation>
    </message>
    <message>
        <source>SAML provider %1</source>
        <translation>SAML-Anbieter %1</translation>
    </message>
    <message>
        <source>Custom trust policy</source>
        <translation>Benutzerdefinierte Vertrauensrichtlinie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Trusted entity</source>
        <translation>Vertrauenswürdige Entität</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>Provide user access to the console</source>
        <translation>Benutzerzugriff auf die Konsole gewähren</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Add to groups</source>
        <translation>Zu Gruppen hinzufügen</translation>
    </message>
</context>
<context>
    <name>CredentialProcessCommand</name>
    <message>
        <source>argument --duration-seconds: invalid int value: &apos;%1&apos;</source>
        <translation>Argument --duration-seconds: ungültiger int-Wert: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>switchboard: error: %1</source>
        <translation>switchboard: Fehler: %1</translation>
    </message>
    <message>
        <source>switchboard: error: %1: %2</source>
        <translation>switchboard: Fehler: %1: %2</translation>
    </message>
    <message>
        <source>the following arguments are required: --user</source>
        <translation>die folgenden Argumente sind erforderlich: --user</translation>
    </message>
</context>
<context>
    <name>DeleteUserDialog</name>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting the user also removes everything below. This cannot be undone when the user has access keys or MFA devices.</source>
        <translation>Beim Löschen des Benutzers wird auch alles unten Aufgeführte entfernt. Dies kann nicht rückgängig gemacht werden, wenn der Benutzer Zugriffsschlüssel oder MFA-Geräte hat.</translation>
    </message>
    <message>
        <source>To confirm deletion, enter the user name:</source>
        <translation>Geben Sie zur Bestätigung des Löschvorgangs den Benutzernamen ein:</translation>
    </message>
    <message>
        <source>Access key %1</source>
        <translation>Zugriffsschlüssel %1</translation>
    </message>
    <message>
        <source>MFA device %1</source>
        <translation>MFA-Gerät %1</translation>
    </message>
    <message>
        <source>Membership in group %1</source>
        <translation>Mitgliedschaft in Gruppe %1</translation>
    </message>
    <message>
        <source>Attached policy %1</source>
        <translation>Angefügte Richtlinie %1</translation>
    </message>
    <message>
        <source>Inline policy %1</source>
        <translation>Eingebundene Richtlinie %1</translation>
    </message>
    <message>
        <source>Console password</source>
        <translation>Konsolenpasswort</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a user, group, role or policy in the navigator to see its details.</source>
        <translation>Wählen Sie im Navigator einen Benutzer, eine Gruppe, eine Rolle oder eine Richtlinie aus, um die Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>AWS-Konto</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Account alias</source>
        <translation>Kontoalias</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>Benutzergruppen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Customer managed policies</source>
        <translation>Vom Kunden verwaltete Richtlinien</translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation>IAM-Benutzer</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Console access</source>
        <translation>Konsolenzugriff</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Permissions boundary</source>
        <translation>Berechtigungsgrenze</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Security credentials</source>
        <translation>Sicherheitsanmeldeinformationen</translation>
    </message>
    <message>
        <source>IAM user group</source>
        <translation>IAM-Benutzergruppe</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>IAM-Rolle</translation>
    </message>
    <message>
        <source>Role ID</source>
        <translation>Rollen-ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Maximum session duration</source>
        <translation>Maximale Sitzungsdauer</translation>
    </message>
    <message>
        <source>Trusted entities</source>
        <translation>Vertrauenswürdige Entitäten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Trust relationships</source>
        <translation>Vertrauensstellungen</translation>
    </message>
    <message>
        <source>Users and applications that switch to this role get temporary credentials for at most %1. It can be set from 1 to 12 hours; a switch from the console lasts no longer than what is left of the user&apos;s own session.</source>
        <translation>Benutzer und Anwendungen, die zu dieser Rolle wechseln, erhalten temporäre Anmeldeinformationen für höchstens %1. Der Wert kann zwischen 1 und 12 Stunden liegen; ein Wechsel aus der Konsole dauert nicht länger als die verbleibende eigene Sitzung des Benutzers.</translation>
    </message>
    <message>
        <source>AWS managed policy</source>
        <translation>Von AWS verwaltete Richtlinie</translation>
    </message>
    <message>
        <source>Customer managed policy</source>
        <translation>Vom Kunden verwaltete Richtlinie</translation>
    </message>
    <message>
        <source>Policy ID</source>
        <translation>Richtlinien-ID</translation>
    </message>
    <message>
        <source>Default version</source>
        <translation>Standardversion</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>Richtliniendokument</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Policy versions</source>
        <translation>Richtlinienversionen</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>Entitätsname</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Entities attached</source>
        <translation>Angefügte Entitäten</translation>
    </message>
    <message>
        <source>Customer inline</source>
        <translation>Vom Kunden eingebunden</translation>
    </message>
    <message>
        <source>AWS managed</source>
        <translation>Von AWS verwaltet</translation>
    </message>
    <message>
        <source>Customer managed</source>
        <translation>Vom Kunden verwaltet</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>Eingebunden</translation>
    </message>
    <message>
        <source>Attached directly</source>
        <translation>Direkt angefügt</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Richtlinienname</translation>
    </message>
    <message>
        <source>Attached via</source>
        <translation>Angefügt über</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Effective permissions</source>
        <translation>Effektive Berechtigungen</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source>AWS Organization</source>
        <translation>AWS Organization</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Root ID</source>
        <translation>Root-ID</translation>
    </message>
    <message>
        <source>Management account</source>
        <translation>Verwaltungskonto</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Untergeordnete Elemente</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Service control policy</source>
        <translation>Service-Kontrollrichtlinie</translation>
    </message>
    <message>
        <source>Resource control policy</source>
        <translation>Ressourcenkontrollrichtlinie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Verwaltet von</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnetes Element</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Service control policies</source>
        <translation>Service-Kontrollrichtlinien</translation>
    </message>
    <message>
        <source>Resource control policies</source>
        <translation>Ressourcenkontrollrichtlinien</translation>
    </message>
    <message>
        <source>Service control policies limit what the principals of member accounts may do; resource control policies limit what may be done to their resources. Neither grants anything, and neither applies to the management account.</source>
        <translation>Service-Kontrollrichtlinien begrenzen, was die Prinzipale von Mitgliedskonten tun dürfen; Ressourcenkontrollrichtlinien begrenzen, was mit deren Ressourcen getan werden darf. Keine von beiden gewährt etwas, und keine gilt für das Verwaltungskonto.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Zielname</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Role in the organization</source>
        <translation>Rolle in der Organisation</translation>
    </message>
    <message>
        <source>Member account</source>
        <translation>Mitgliedskonto</translation>
    </message>
    <message>
        <source>Service and resource control policies</source>
        <translation>Service- und Ressourcenkontrollrichtlinien</translation>
    </message>
    <message>
        <source>SAML identity provider</source>
        <translation>SAML-Identitätsanbieter</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Entity ID (issuer)</source>
        <translation>Entitäts-ID (Aussteller)</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, läuft am %2 ab</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Metadata document</source>
        <translation>Metadatendokument</translation>
    </message>
    <message>
        <source>Trust policy</source>
        <translation>Vertrauensrichtlinie</translation>
    </message>
    <message>
        <source>This user no longer exists: it was deleted, in this console or in another one on the same directory.</source>
        <translation>Dieser Benutzer existiert nicht mehr: Er wurde gelöscht, in dieser Konsole oder in einer anderen auf demselben Verzeichnis.</translation>
    </message>
    <message>
        <source>This user group no longer exists: it was deleted, in this console or in another one on the same directory.</source>
        <translation>Diese Benutzergruppe existiert nicht mehr: Sie wurde gelöscht, in dieser Konsole oder in einer anderen auf demselben Verzeichnis.</translation>
    </message>
    <message>
        <source>This role no longer exists: it was deleted, in this console or in another one on the same directory.</source>
        <translation>Diese Rolle existiert nicht mehr: Sie wurde gelöscht, in dieser Konsole oder in einer anderen auf demselben Verzeichnis.</translation>
    </message>
    <message>
        <source>This policy no longer exists: it was deleted, in this console or in another one on the same directory.</source>
        <translation>Diese Richtlinie existiert nicht mehr: Sie wurde gelöscht, in dieser Konsole oder in einer anderen auf demselben Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>the user %1</source>
        <translation>der Benutzer %1</translation>
    </message>
    <message>
        <source>the group %1</source>
        <translation>die Gruppe %1</translation>
    </message>
    <message>
        <source>the role %1</source>
        <translation>die Rolle %1</translation>
    </message>
    <message>
        <source>the policy %1</source>
        <translation>die Richtlinie %1</translation>
    </message>
    <message>
        <source>The directory changed since: entries in %1 refer to ones that no longer exist.</source>
        <translation>Das Verzeichnis hat sich inzwischen geändert: Einträge in %1 verweisen auf Einträge, die nicht mehr existieren.</translation>
    </message>
    <message>
        <source>The account name must be 1 to 50 characters long.</source>
        <translation>Der Kontoname muss 1 bis 50 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>DirectoryAdmin</name>
    <message>
        <source>The user&apos;s access keys and MFA devices cannot be removed: the console has no secret store.</source>
        <translation>Die Zugriffsschlüssel und MFA-Geräte des Benutzers können nicht entfernt werden: Die Konsole hat keinen Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts, was rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Es gibt nichts, was wiederholt werden kann.</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Create user %1</source>
        <translation>Benutzer %1 erstellen</translation>
    </message>
    <message>
        <source>Update user %1</source>
        <translation>Benutzer %1 aktualisieren</translation>
    </message>
    <message>
        <source>Rename user %1 to %2</source>
        <translation>Benutzer %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Reset the console password of %1</source>
        <translation>Konsolenpasswort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Enable console access for %1</source>
        <translation>Konsolenzugriff für %1 aktivieren</translation>
    </message>
    <message>
        <source>The user with name %1 cannot be found.</source>
        <translation>Der Benutzer mit dem Namen %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Disable console access for %1</source>
        <translation>Konsolenzugriff für %1 deaktivieren</translation>
    </message>
    <message>
        <source>Delete user %1</source>
        <translation>Benutzer %1 löschen</translation>
    </message>
    <message>
        <source>Create group %1</source>
        <translation>Gruppe %1 erstellen</translation>
    </message>
    <message>
        <source>Update group %1</source>
        <translation>Gruppe %1 aktualisieren</translation>
    </message>
    <message>
        <source>Rename group %1 to %2</source>
        <translation>Gruppe %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Delete group %1</source>
        <translation>Gruppe %1 löschen</translation>
    </message>
    <message>
        <source>Add %1 to group %2</source>
        <translation>%1 zur Gruppe %2 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 users to group %2</source>
        <translation>%1 Benutzer zur Gruppe %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from group %2</source>
        <translation>%1 aus der Gruppe %2 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 users from group %2</source>
        <translation>%1 Benutzer aus der Gruppe %2 entfernen</translation>
    </message>
    <message>
        <source>Create role %1</source>
        <translation>Rolle %1 erstellen</translation>
    </message>
    <message>
        <source>Edit role %1</source>
        <translation>Rolle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit the trust policy of role %1</source>
        <translation>Vertrauensrichtlinie der Rolle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove the permissions boundary of %1 %2</source>
        <translation>Berechtigungsgrenze von %1 %2 entfernen</translation>
    </message>
    <message>
        <source>Set the permissions boundary of %1 %2</source>
        <translation>Berechtigungsgrenze von %1 %2 festlegen</translation>
    </message>
    <message>
        <source>Delete role %1</source>
        <translation>Rolle %1 löschen</translation>
    </message>
    <message>
        <source>Create policy %1</source>
        <translation>Richtlinie %1 erstellen</translation>
    </message>
    <message>
        <source>Create a version of policy %1</source>
        <translation>Eine Version der Richtlinie %1 erstellen</translation>
    </message>
    <message>
        <source>Make %1 the default version of policy %2</source>
        <translation>%1 als Standardversion der Richtlinie %2 festlegen</translation>
    </message>
    <message>
        <source>Delete version %1 of policy %2</source>
        <translation>Version %1 der Richtlinie %2 löschen</translation>
    </message>
    <message>
        <source>Delete policy %1</source>
        <translation>Richtlinie %1 löschen</translation>
    </message>
    <message>
        <source>Edit inline policy %1 of %2</source>
        <translation>Eingebundene Richtlinie %1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>Add inline policy %1 to %2</source>
        <translation>Eingebundene Richtlinie %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Delete inline policy %1 of %2</source>
        <translation>Eingebundene Richtlinie %1 von %2 löschen</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>%1 an %2 anfügen</translation>
    </message>
    <message>
        <source>Attach %1 policies to %2</source>
        <translation>%1 Richtlinien an %2 anfügen</translation>
    </message>
    <message>
        <source>Detach %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tags für %1 festlegen</translation>
    </message>
    <message>
        <source>Remove tags of %1</source>
        <translation>Tags von %1 entfernen</translation>
    </message>
    <message>
        <source>Change the password policy</source>
        <translation>Passwortrichtlinie ändern</translation>
    </message>
    <message>
        <source>Delete the password policy</source>
        <translation>Passwortrichtlinie löschen</translation>
    </message>
    <message>
        <source>The account holds %1 %2 entities: creating another is refused (%3).</source>
        <translation>Das Konto enthält %1 Entitäten vom Typ %2: Das Erstellen einer weiteren wird abgelehnt (%3).</translation>
    </message>
    <message>
        <source>%1 is not authorized to perform: %2 on resource: %3 because only the organization&apos;s management account (%4) can perform it</source>
        <translation>%1 ist nicht berechtigt, %2 für die Ressource %3 auszuführen, da nur das Verwaltungskonto der Organisation (%4) dies ausführen kann</translation>
    </message>
    <message>
        <source>An anonymous caller</source>
        <translation>Ein anonymer Aufrufer</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Change the members of group %1</source>
        <translation>Mitglieder der Gruppe %1 ändern</translation>
    </message>
    <message>
        <source>Import account %1</source>
        <translation>Konto %1 importieren</translation>
    </message>
    <message>
        <source>The root user&apos;s password must be 8 to 128 characters long.</source>
        <translation>Das Passwort des Root-Benutzers muss 8 bis 128 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Add account %1</source>
        <translation>Konto %1 hinzufügen</translation>
    </message>
    <message>
        <source>Your account is not a member of an organization.</source>
        <translation>Ihr Konto ist kein Mitglied einer Organisation.</translation>
    </message>
    <message>
        <source>Set the managed policies per %1 to %2</source>
        <translation>Verwaltete Richtlinien pro %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Only users and roles have a quota of managed policies to raise.</source>
        <translation>Nur Benutzer und Rollen haben ein Kontingent für verwaltete Richtlinien, das erhöht werden kann.</translation>
    </message>
    <message>
        <source>Create identity provider %1</source>
        <translation>Identitätsanbieter %1 erstellen</translation>
    </message>
    <message>
        <source>Update identity provider %1</source>
        <translation>Identitätsanbieter %1 aktualisieren</translation>
    </message>
    <message>
        <source>Delete identity provider %1</source>
        <translation>Identitätsanbieter %1 löschen</translation>
    </message>
    <message>
        <source>Create organizational unit %1</source>
        <translation>Organisationseinheit %1 erstellen</translation>
    </message>
    <message>
        <source>Rename organizational unit %1 to %2</source>
        <translation>Organisationseinheit %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Delete organizational unit %1</source>
        <translation>Organisationseinheit %1 löschen</translation>
    </message>
    <message>
        <source>Move account %1 to %2</source>
        <translation>Konto %1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Update policy %1</source>
        <translation>Richtlinie %1 aktualisieren</translation>
    </message>
    <message>
        <source>Attach policy %1 to %2</source>
        <translation>Richtlinie %1 an %2 anfügen</translation>
    </message>
    <message>
        <source>Detach policy %1 from %2</source>
        <translation>Richtlinie %1 von %2 trennen</translation>
    </message>
    <message numerus="yes">
        <source>Import the organization (%n step(s))</source>
        <translation>
            <numerusform>Organisation importieren (%n Schritt)</numerusform>
            <numerusform>Organisation importieren (%n Schritte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditGroupDialog</name>
    <message>
        <source>Edit user group %1</source>
        <translation>Benutzergruppe %1 bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>User group name</source>
        <translation>Name der Benutzergruppe</translation>
    </message>
</context>
<context>
    <name>EditTrustPolicyDialog</name>
    <message>
        <source>Update policy</source>
        <translation>Richtlinie aktualisieren</translation>
    </message>
    <message>
        <source>Edit trust policy — %1</source>
        <translation>Vertrauensrichtlinie bearbeiten — %1</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
</context>
<context>
    <name>EffectivePermissionsPanel</name>
    <message>
        <source>Filter by action, e.g. s3:GetObject</source>
        <translation>Nach Aktion filtern, z. B. s3:GetObject</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Stammt aus</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Limited by the boundary</source>
        <translation>Durch die Berechtigungsgrenze eingeschränkt</translation>
    </message>
    <message>
        <source>Only under conditions</source>
        <translation>Nur unter Bedingungen</translation>
    </message>
    <message>
        <source>No policy allows or denies anything to %1.</source>
        <translation>Keine Richtlinie erlaubt oder verweigert %1 etwas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n permission(s) match the filter.</source>
        <translation>
            <numerusform>Der Filter trifft auf %1 von %n Berechtigung zu.</numerusform>
            <numerusform>Der Filter trifft auf %1 von %n Berechtigungen zu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s).</source>
        <translation>
            <numerusform>%n Berechtigung.</numerusform>
            <numerusform>%n Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Explicit denies: %1.</source>
        <translation>Explizite Verweigerungen: %1.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Begrenzungen</translation>
    </message>
    <message>
        <source>Limited by a service control policy</source>
        <translation>Durch eine Service-Kontrollrichtlinie begrenzt</translation>
    </message>
    <message>
        <source>Reading the permissions…</source>
        <translation>Die Berechtigungen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the permissions of %1…</source>
        <translation>Die Berechtigungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the permissions of %1 was cancelled.</source>
        <translation>Das Lesen der Berechtigungen von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>EncryptedFileSecretStore</name>
    <message>
        <source>encrypted file %1</source>
        <translation>verschlüsselte Datei %1</translation>
    </message>
    <message>
        <source>No secret is stored under &apos;%1&apos;.</source>
        <translation>Unter &apos;%1&apos; ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is damaged (truncated or altered) and cannot be read. It was left as it is.</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt (gekürzt oder verändert) und kann nicht gelesen werden. Sie wurde unverändert belassen.</translation>
    </message>
    <message>
        <source>The passphrase does not open the secret file %1.</source>
        <translation>Mit dieser Passphrase lässt sich die Geheimnisdatei %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>The secret file %1 opens with this passphrase but its content was altered. It was left as it is.</source>
        <translation>Die Geheimnisdatei %1 lässt sich mit dieser Passphrase öffnen, ihr Inhalt wurde jedoch verändert. Sie wurde unverändert belassen.</translation>
    </message>
    <message>
        <source>Cannot encrypt the secrets for %1.</source>
        <translation>Die Geheimnisse für %1 können nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>Cannot write the secret file %1: %2. The previous file is unchanged.</source>
        <translation>Die Geheimnisdatei %1 kann nicht geschrieben werden: %2. Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot derive a key for the secret file %1.</source>
        <translation>Für die Geheimnisdatei %1 kann kein Schlüssel abgeleitet werden.</translation>
    </message>
</context>
<context>
    <name>EndpointServer</name>
    <message>
        <source>The request is larger than %1 bytes.</source>
        <translation>Die Anfrage ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The endpoint listens on loopback addresses only (for example 127.0.0.1), not on %1: it speaks plain HTTP.</source>
        <translation>Der Endpunkt lauscht nur auf Loopback-Adressen (zum Beispiel 127.0.0.1), nicht auf %1: Er spricht unverschlüsseltes HTTP.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>switchboard: error: exec needs the command to run after --</source>
        <translation>switchboard: Fehler: exec benötigt den auszuführenden Befehl nach --</translation>
    </message>
    <message>
        <source>switchboard: error: %1</source>
        <translation>switchboard: Fehler: %1</translation>
    </message>
    <message>
        <source>switchboard: error: %1: %2</source>
        <translation>switchboard: Fehler: %1: %2</translation>
    </message>
    <message>
        <source>switchboard: error: cannot run %1: %2</source>
        <translation>switchboard: Fehler: %1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>%1 can make itself an administrator</source>
        <translation>%1 kann sich selbst zum Administrator machen</translation>
    </message>
    <message>
        <source>Allowed %1 on %2: it can give itself any policy, AdministratorAccess included.</source>
        <translation>%1 auf %2 erlaubt: kann sich selbst jede Richtlinie zuweisen, einschließlich AdministratorAccess.</translation>
    </message>
    <message>
        <source>Nobody can assume %1</source>
        <translation>Niemand kann %1 übernehmen</translation>
    </message>
    <message>
        <source>No user or role of the directory is allowed to assume it, and its trust policy names nobody outside: it is unused or misconfigured.</source>
        <translation>Kein Benutzer und keine Rolle des Verzeichnisses darf sie übernehmen, und ihre Vertrauensrichtlinie nennt niemanden außerhalb: Sie ist ungenutzt oder falsch konfiguriert.</translation>
    </message>
    <message>
        <source>%1 signs in without MFA</source>
        <translation>%1 meldet sich ohne MFA an</translation>
    </message>
    <message>
        <source>The user has a console password and no MFA device.</source>
        <translation>Der Benutzer hat ein Konsolenpasswort und kein MFA-Gerät.</translation>
    </message>
    <message>
        <source>Access key %1 of %2 is %3 days old</source>
        <translation>Zugriffsschlüssel %1 von %2 ist %3 Tage alt</translation>
    </message>
    <message>
        <source>Active keys older than %1 days should be rotated.</source>
        <translation>Aktive Schlüssel, die älter als %1 Tage sind, sollten rotiert werden.</translation>
    </message>
    <message>
        <source>Access key %1 of %2 was never used</source>
        <translation>Zugriffsschlüssel %1 von %2 wurde nie verwendet</translation>
    </message>
    <message>
        <source>An active key nobody uses is a credential to leak for nothing: deactivate or delete it.</source>
        <translation>Ein aktiver Schlüssel, den niemand verwendet, ist eine Anmeldeinformation, die grundlos in falsche Hände geraten kann: Deaktivieren oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>Group %1 has no members</source>
        <translation>Gruppe %1 hat keine Mitglieder</translation>
    </message>
    <message>
        <source>An empty group grants nothing; delete it or add its members.</source>
        <translation>Eine leere Gruppe gewährt nichts; löschen Sie sie oder fügen Sie ihre Mitglieder hinzu.</translation>
    </message>
    <message>
        <source>Anyone can assume %1</source>
        <translation>Jeder kann %1 übernehmen</translation>
    </message>
    <message>
        <source>The trust policy allows the principal &quot;*&quot;.</source>
        <translation>Die Vertrauensrichtlinie erlaubt den Prinzipal &quot;*&quot;.</translation>
    </message>
    <message>
        <source>Any AWS account can assume %1</source>
        <translation>Jedes AWS-Konto kann %1 übernehmen</translation>
    </message>
    <message>
        <source>The trust policy allows {&quot;AWS&quot;: &quot;*&quot;}: every principal of every account.</source>
        <translation>Die Vertrauensrichtlinie erlaubt {&quot;AWS&quot;: &quot;*&quot;}: jeden Prinzipal jedes Kontos.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>An SCP takes %1 away from %2</source>
        <translation>Eine SCP entzieht %2 die Berechtigung %1</translation>
    </message>
    <message>
        <source>Its policies allow %1, but the service control policy %2 (attached to %3) denies it in account %4: the permission never works.</source>
        <translation>Die Richtlinien erlauben %1, aber die Service-Kontrollrichtlinie %2 (angefügt an %3) verweigert es im Konto %4: Die Berechtigung wirkt nie.</translation>
    </message>
    <message>
        <source>No SCP allows %1 for %2</source>
        <translation>Keine SCP erlaubt %1 für %2</translation>
    </message>
    <message>
        <source>%1 allows %2, but at some level from the root down to account %3 no service control policy allows it: the permission never works.</source>
        <translation>%1 erlaubt %2, aber auf einer Ebene vom Root bis zum Konto %3 erlaubt es keine Service-Kontrollrichtlinie: die Berechtigung wirkt nie.</translation>
    </message>
</context>
<context>
    <name>FindingsWindow</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n hoch</numerusform>
            <numerusform>%n hoch</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning the account…</source>
        <translation>Das Konto wird geprüft…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Scan cancelled. Choose Refresh to scan again.</source>
        <translation>Prüfung abgebrochen. Wählen Sie „Aktualisieren“, um erneut zu prüfen.</translation>
    </message>
</context>
<context>
    <name>GroupMembersDialog</name>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>Find users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>LimitExceeded: Cannot exceed quota for GroupsPerUser: %1</source>
        <translation>LimitExceeded: Das Kontingent für GroupsPerUser kann nicht überschritten werden: %1</translation>
    </message>
</context>
<context>
    <name>HeadlessSignIn</name>
    <message>
        <source>a password is required: pass it on stdin with --password-stdin or in SWITCHBOARD_PASSWORD</source>
        <translation>ein Passwort ist erforderlich: Übergeben Sie es über stdin mit --password-stdin oder in SWITCHBOARD_PASSWORD</translation>
    </message>
    <message>
        <source>give either --root or --user, not both</source>
        <translation>geben Sie entweder --root oder --user an, nicht beides</translation>
    </message>
    <message>
        <source>--root needs --account (the account whose root user signs in) or --email</source>
        <translation>--root benötigt --account (das Konto, dessen Root-Benutzer sich anmeldet) oder --email</translation>
    </message>
    <message>
        <source>There is no account %1 in this directory.</source>
        <translation>In diesem Verzeichnis gibt es kein Konto %1.</translation>
    </message>
    <message>
        <source>switchboard: %1 reads the directory as a caller, authorized as the AWS action it stands for: give --user [ACCOUNT/]NAME or --root (with --account), and the password (--password-stdin or SWITCHBOARD_PASSWORD)</source>
        <translation>switchboard: %1 liest das Verzeichnis als Aufrufer, autorisiert als die AWS-Aktion, für die es steht: --user [ACCOUNT/]NAME oder --root (mit --account) angeben, und das Passwort (--password-stdin oder SWITCHBOARD_PASSWORD)</translation>
    </message>
</context>
<context>
    <name>IamCommand</name>
    <message>
        <source>switchboard: error: argument operation: Invalid choice, valid choices are:

%1</source>
        <translation>switchboard: Fehler: Argument operation: Ungültige Auswahl, gültige Werte sind:

%1</translation>
    </message>
    <message>
        <source>switchboard: error: the following arguments are required: --quota PoliciesPerUser|PoliciesPerRole, --value N, --user</source>
        <translation>switchboard: Fehler: die folgenden Argumente sind erforderlich: --quota PoliciesPerUser|PoliciesPerRole, --value N, --user</translation>
    </message>
    <message>
        <source>switchboard: error: the following arguments are required: --user</source>
        <translation>switchboard: Fehler: die folgenden Argumente sind erforderlich: --user</translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>Root user @ %1</source>
        <translation>Root-Benutzer @ %1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>IdpCommand</name>
    <message>
        <source>argument operation: Invalid choice, valid choices are:

assertion</source>
        <translation>Argument operation: Ungültige Auswahl, gültige Werte sind:

assertion</translation>
    </message>
    <message>
        <source>switchboard: error: %1</source>
        <translation>switchboard: Fehler: %1</translation>
    </message>
    <message>
        <source>argument --duration-seconds: invalid int value: &apos;%1&apos;</source>
        <translation>Argument --duration-seconds: ungültiger int-Wert: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>switchboard: the identity provider refused: %1 (%2)</source>
        <translation>switchboard: Der Identitätsanbieter hat abgelehnt: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>InMemorySecretStore</name>
    <message>
        <source>memory (not persistent)</source>
        <translation>Arbeitsspeicher (nicht dauerhaft)</translation>
    </message>
    <message>
        <source>No secret is stored under &apos;%1&apos;.</source>
        <translation>Unter &apos;%1&apos; ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>InlinePolicyDialog</name>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Create policy</source>
        <translation>Richtlinie erstellen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Edit inline policy %1 of %2</source>
        <translation>Eingebundene Richtlinie %1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>Create inline policy for %1</source>
        <translation>Eingebundene Richtlinie für %1 erstellen</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Richtlinienname</translation>
    </message>
    <message>
        <source>An inline policy named %1 already exists on %2.</source>
        <translation>Für %2 ist bereits eine eingebundene Richtlinie namens %1 vorhanden.</translation>
    </message>
</context>
<context>
    <name>InteropCommand</name>
    <message>
        <source>%1 needs a format: %1 %2</source>
        <translation>%1 benötigt ein Format: %1 %2</translation>
    </message>
    <message>
        <source>import %1 needs at least one FILE</source>
        <translation>import %1 benötigt mindestens eine Datei (FILE)</translation>
    </message>
    <message>
        <source>export %1 takes no FILE; write to one with --output</source>
        <translation>export %1 akzeptiert keine Datei (FILE); schreiben Sie mit --output in eine Datei</translation>
    </message>
    <message>
        <source>switchboard: %1 (see --help)</source>
        <translation>switchboard: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Imported into account %1: %2 users, %3 groups, %4 roles, %5 policies, %6 AWS managed policies.</source>
        <translation>In Konto %1 importiert: %2 Benutzer, %3 Gruppen, %4 Rollen, %5 Richtlinien, %6 von AWS verwaltete Richtlinien.</translation>
    </message>
    <message>
        <source>switchboard: cannot write %1: %2</source>
        <translation>switchboard: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported account %1 to %2.</source>
        <translation>Konto %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>import into a directory that has accounts is authorized as a caller: give --user [ACCOUNT/]NAME or --root, and the password (--password-stdin or SWITCHBOARD_PASSWORD)</source>
        <translation>ein Import in ein Verzeichnis, das Konten enthält, wird als Aufrufer autorisiert: Geben Sie --user [ACCOUNT/]NAME oder --root sowie das Passwort an (--password-stdin oder SWITCHBOARD_PASSWORD)</translation>
    </message>
    <message>
        <source>Added %1, trusting the management account %2: switch role into it to look at the account.</source>
        <translation>%1 hinzugefügt, vertraut dem Verwaltungskonto %2: Wechseln Sie per Rollenwechsel dorthin, um sich das Konto anzusehen.</translation>
    </message>
    <message>
        <source>root sign-in: %1 / %2 (shown once)</source>
        <translation>Root-Anmeldung: %1 / %2 (wird nur einmal angezeigt)</translation>
    </message>
    <message>
        <source>warning: account %1 has no root user; import with --email ADDRESS to give it one, the way to sign in to the new organization.</source>
        <translation>Warnung: Konto %1 hat keinen Root-Benutzer; importieren Sie mit --email ADDRESS, um ihm einen zu geben, als Weg zur Anmeldung bei der neuen Organisation.</translation>
    </message>
</context>
<context>
    <name>KeychainModel</name>
    <message>
        <source>Access key secret</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Session credentials</source>
        <translation>Sitzungsanmeldeinformationen</translation>
    </message>
    <message>
        <source>Virtual MFA seed</source>
        <translation>Seed des virtuellen MFA-Geräts</translation>
    </message>
    <message>
        <source>Session token signing key</source>
        <translation>Signaturschlüssel für Sitzungstoken</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Läuft nicht ab</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This directory (signs session tokens)</source>
        <translation>Dieses Verzeichnis (signiert Sitzungstoken)</translation>
    </message>
    <message>
        <source>Audit trail head</source>
        <translation>Kopf des Prüfpfads</translation>
    </message>
    <message>
        <source>Audit checkpoint signing key</source>
        <translation>Signaturschlüssel für Audit-Prüfpunkte</translation>
    </message>
    <message>
        <source>SAML identity provider signing key</source>
        <translation>Signaturschlüssel des SAML-Identitätsanbieters</translation>
    </message>
    <message>
        <source>This directory (detects a cut audit trail)</source>
        <translation>Dieses Verzeichnis (erkennt einen gekürzten Prüfpfad)</translation>
    </message>
    <message>
        <source>This directory (signs audit checkpoints)</source>
        <translation>Dieses Verzeichnis (signiert Audit-Prüfpunkte)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>macOS Keychain (QtKeychain)</source>
        <translation>macOS-Schlüsselbund (QtKeychain)</translation>
    </message>
    <message>
        <source>Windows Credential Store (QtKeychain)</source>
        <translation>Windows-Anmeldeinformationsverwaltung (QtKeychain)</translation>
    </message>
    <message>
        <source>Secret Service (QtKeychain)</source>
        <translation>Secret Service (QtKeychain)</translation>
    </message>
    <message>
        <source>No D-Bus session bus is reachable, so no Secret Service can be asked.</source>
        <translation>Es ist kein D-Bus-Sitzungsbus erreichbar, daher kann kein Secret Service abgefragt werden.</translation>
    </message>
    <message>
        <source>No Secret Service is running on the D-Bus session bus, or its keyring is locked and cannot be unlocked here.</source>
        <translation>Auf dem D-Bus-Sitzungsbus läuft kein Secret Service, oder sein Schlüsselbund ist gesperrt und kann hier nicht entsperrt werden.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (backend tried: Secret Service through QtKeychain; error: %1). %2 Start gnome-keyring-daemon (unlocked) or KWallet, or choose the encrypted file store with --secret-store=file.</source>
        <translation>Der Systemschlüsselbund konnte nicht verwendet werden (versuchtes Backend: Secret Service über QtKeychain; Fehler: %1). %2 Starten Sie gnome-keyring-daemon (entsperrt) oder KWallet, oder wählen Sie mit --secret-store=file den verschlüsselten Dateispeicher.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>No secret is stored under &apos;%1&apos;.</source>
        <translation>Unter &apos;%1&apos; ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Schlüsselbundfehler: %1</translation>
    </message>
</context>
<context>
    <name>KeychainWindow</name>
    <message>
        <source>Purge expired sessions</source>
        <translation>Abgelaufene Sitzungen bereinigen</translation>
    </message>
    <message>
        <source>Keychain — Switchboard</source>
        <translation>Schlüsselbund — Switchboard</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n secret(s).</source>
        <translation>
            <numerusform>%n Geheimnis entfernt.</numerusform>
            <numerusform>%n Geheimnisse entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets are kept in: %1. Only what they are and whose they are is shown here, never a value.</source>
        <translation>Geheimnisse werden aufbewahrt in: %1. Hier wird nur angezeigt, um welche Geheimnisse es sich handelt und wem sie gehören, niemals ein Wert.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s); %1 can be purged.</source>
        <translation>
            <numerusform>%n Geheimnis; davon bereinigbar: %1.</numerusform>
            <numerusform>%n Geheimnisse; davon bereinigbar: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removes the secrets of your sessions that expired or ended; an administrator also removes other users&apos; and those of entries whose owner no longer exists.</source>
        <translation>Entfernt die Geheimnisse Ihrer abgelaufenen oder beendeten Sitzungen; ein Administrator entfernt außerdem die anderer Benutzer und die von Einträgen, deren Besitzer nicht mehr existiert.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>NoSuchEntity: The account %1 is not in this directory.</source>
        <translation>NoSuchEntity: Das Konto %1 ist nicht in diesem Verzeichnis vorhanden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>usage: switchboard list users|groups|roles|policies [--account ID] [--json] (--user [ACCOUNT/]NAME | --root)</source>
        <translation>Verwendung: switchboard list users|groups|roles|policies [--account ID] [--json] (--user [ACCOUNT/]NAME | --root)</translation>
    </message>
</context>
<context>
    <name>LocalEndpointWindow</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Copy AWS CLI settings</source>
        <translation>AWS-CLI-Einstellungen &amp;kopieren</translation>
    </message>
    <message>
        <source>Local endpoint — Switchboard</source>
        <translation>Lokaler Endpunkt — Switchboard</translation>
    </message>
    <message>
        <source>Serves this directory&apos;s STS and IAM APIs to the AWS CLI and SDKs on this computer only (127.0.0.1, plain HTTP). Each request is signed with the caller&apos;s own access key and decided by that caller&apos;s policies, as in AWS, not by who started the endpoint. It keeps running when this window is closed and stops when the console quits.</source>
        <translation>Stellt die STS- und IAM-APIs dieses Verzeichnisses der AWS CLI und den SDKs nur auf diesem Computer bereit (127.0.0.1, unverschlüsseltes HTTP). Jede Anfrage wird mit dem eigenen Zugriffsschlüssel des Aufrufers signiert und nach dessen Richtlinien entschieden, wie bei AWS, nicht danach, wer den Endpunkt gestartet hat. Er läuft weiter, wenn dieses Fenster geschlossen wird, und endet, wenn die Konsole beendet wird.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>0 picks any free port.</source>
        <translation>0 wählt einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>The endpoint&apos;s address for the AWS CLI and an example command; the access keys come from your user&apos;s Security credentials tab.</source>
        <translation>Die Adresse des Endpunkts für die AWS CLI und ein Beispielbefehl; die Zugriffsschlüssel stammen aus dem Registerkarte „Sicherheitsanmeldeinformationen“ Ihres Benutzers.</translation>
    </message>
    <message>
        <source>AWS CLI settings copied to the clipboard.</source>
        <translation>AWS-CLI-Einstellungen in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source># Switchboard&apos;s local endpoint. Access keys: your user&apos;s Security credentials tab (aws configure).</source>
        <translation># Lokaler Endpunkt von Switchboard. Zugriffsschlüssel: Registerkarte „Sicherheitsanmeldeinformationen“ Ihres Benutzers (aws configure).</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Empfangsbereit unter %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Directory: %1</source>
        <translation>Verzeichnis: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter the navigator</source>
        <translation>Navigator &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>Ü&amp;ber Switchboard</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;A desktop console for IAM users, groups, roles and policies, and for switching roles with temporary credentials, over a local directory.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;Eine Desktop-Konsole für IAM-Benutzer, -Gruppen, -Rollen und -Richtlinien und zum Wechseln von Rollen mit temporären Anmeldeinformationen, auf Basis eines lokalen Verzeichnisses.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Policy &amp;simulator…</source>
        <translation>Richtlinien&amp;simulator…</translation>
    </message>
    <message>
        <source>&amp;Training clock</source>
        <translation>&amp;Trainingsuhr</translation>
    </message>
    <message>
        <source>&amp;Real time</source>
        <translation>&amp;Echtzeit</translation>
    </message>
    <message>
        <source>Secrets cannot be kept, so switching roles, access keys and MFA devices are unavailable. %1</source>
        <translation>Geheimnisse können nicht aufbewahrt werden, daher sind Rollenwechsel, Zugriffsschlüssel und MFA-Geräte nicht verfügbar. %1</translation>
    </message>
    <message>
        <source>Switch &amp;role…</source>
        <translation>&amp;Rolle wechseln…</translation>
    </message>
    <message>
        <source>Switch &amp;back</source>
        <translation>&amp;Zurückwechseln</translation>
    </message>
    <message>
        <source>&amp;Keychain…</source>
        <translation>Schlüssel&amp;bund…</translation>
    </message>
    <message>
        <source>Secret &amp;store…</source>
        <translation>&amp;Geheimnisspeicher…</translation>
    </message>
    <message>
        <source>Switch Role</source>
        <translation>Rolle wechseln</translation>
    </message>
    <message>
        <source>Could not switch to %1: %2</source>
        <translation>Wechsel zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Role session renewed.</source>
        <translation>Rollensitzung erneuert.</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Could not renew the role session: %1</source>
        <translation>Die Rollensitzung konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>Your role session %1 expired</source>
        <translation>Ihre Rollensitzung %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>Role session expired</source>
        <translation>Rollensitzung abgelaufen</translation>
    </message>
    <message>
        <source>Your role session %1 expires in less than a minute.</source>
        <translation>Ihre Rollensitzung %1 läuft in weniger als einer Minute ab.</translation>
    </message>
    <message>
        <source>Role session ending</source>
        <translation>Rollensitzung endet</translation>
    </message>
    <message>
        <source>IAM — %1 (role %2 in %3) — Switchboard</source>
        <translation>IAM — %1 (Rolle %2 in %3) — Switchboard</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>Änderungs&amp;verlauf</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>&lt;signed in&gt;</source>
        <translation>&lt;angemeldet&gt;</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Local &amp;endpoint…</source>
        <translation>Lokaler &amp;Endpunkt…</translation>
    </message>
    <message>
        <source>Role sessions &amp;10 times shorter</source>
        <translation>Rollensitzungen &amp;10-mal kürzer</translation>
    </message>
    <message>
        <source>Role sessions &amp;60 times shorter</source>
        <translation>Rollensitzungen &amp;60-mal kürzer</translation>
    </message>
    <message>
        <source>Warning: the audit trail was tampered with. %1 Events recorded from now on are chained to what is left; run switchboard audit verify for details.</source>
        <translation>Warnung: Der Prüfpfad wurde manipuliert. %1 Ab jetzt aufgezeichnete Ereignisse werden an das Verbliebene angekettet; führen Sie switchboard audit verify aus, um Details zu erhalten.</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>IAM — %1 — Switchboard</source>
        <translation>IAM — %1 — Switchboard</translation>
    </message>
</context>
<context>
    <name>MembershipMatrixModel</name>
    <message>
        <source>%1 is a member of %2</source>
        <translation>%1 ist Mitglied von %2</translation>
    </message>
    <message>
        <source>%1 is not a member of %2</source>
        <translation>%1 ist kein Mitglied von %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is in no group</source>
        <translation>%1 ist in keiner Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %n group(s)</source>
        <translation>
            <numerusform>%1 ist in %n Gruppe</numerusform>
            <numerusform>%1 ist in %n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no members</source>
        <translation>%1 hat keine Mitglieder</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s)</source>
        <translation>
            <numerusform>%1 hat %n Mitglied</numerusform>
            <numerusform>%1 hat %n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>Die Datei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>MembershipMatrixWindow</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Membership matrix</source>
        <translation>Mitgliedschaftsmatrix</translation>
    </message>
    <message>
        <source>Highlighted: users in no group and groups without members. Double-click a user or a group to open it.</source>
        <translation>Hervorgehoben: Benutzer ohne Gruppe und Gruppen ohne Mitglieder. Doppelklicken Sie auf einen Benutzer oder eine Gruppe, um ihn bzw. sie zu öffnen.</translation>
    </message>
    <message>
        <source>Filter users by name</source>
        <translation>Benutzer nach Name filtern</translation>
    </message>
    <message>
        <source>Filter groups by name</source>
        <translation>Gruppen nach Name filtern</translation>
    </message>
    <message>
        <source>Users by name, A to Z</source>
        <translation>Benutzer nach Name, A bis Z</translation>
    </message>
    <message>
        <source>Users by name, Z to A</source>
        <translation>Benutzer nach Name, Z bis A</translation>
    </message>
    <message>
        <source>Users in most groups first</source>
        <translation>Benutzer mit den meisten Gruppen zuerst</translation>
    </message>
    <message>
        <source>Users in fewest groups first</source>
        <translation>Benutzer mit den wenigsten Gruppen zuerst</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>showing %1 × %2</source>
        <translation>angezeigt: %1 × %2</translation>
    </message>
    <message>
        <source>Export membership matrix</source>
        <translation>Mitgliedschaftsmatrix exportieren</translation>
    </message>
    <message>
        <source>memberships-%1.csv</source>
        <translation>memberships-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1</source>
        <translation>
            <numerusform>%n Benutzer nach %1 exportiert</numerusform>
            <numerusform>%n Benutzer nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the memberships: %1</source>
        <translation>Die Mitgliedschaften konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>MessageStrip</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MfaDeviceManager</name>
    <message>
        <source>The MFA device&apos;s secret could not be stored: %1</source>
        <translation>Das Geheimnis des MFA-Geräts konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The device was removed, but its secret could not be deleted from %1: %2</source>
        <translation>Das Gerät wurde entfernt, aber sein Geheimnis konnte nicht aus %1 gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Only the root user of account %1 can manage its MFA devices.</source>
        <translation>Nur der Root-Benutzer des Kontos %1 kann dessen MFA-Geräte verwalten.</translation>
    </message>
</context>
<context>
    <name>MfaDeviceSection</name>
    <message>
        <source>Assign MFA device</source>
        <translation>MFA-Gerät zuweisen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Multi-factor authentication (MFA)</source>
        <translation>Multi-Faktor-Authentifizierung (MFA)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>MFA devices need a secret store, and this console has none.</source>
        <translation>MFA-Geräte erfordern einen Geheimnisspeicher, und diese Konsole hat keinen.</translation>
    </message>
    <message>
        <source>Virtual MFA device</source>
        <translation>Virtuelles MFA-Gerät</translation>
    </message>
    <message>
        <source>No MFA devices. Assign an MFA device to improve the security of this user&apos;s console sign-in.</source>
        <translation>Keine MFA-Geräte. Weisen Sie ein MFA-Gerät zu, um die Sicherheit der Konsolenanmeldung dieses Benutzers zu verbessern.</translation>
    </message>
    <message>
        <source>Remove MFA device</source>
        <translation>MFA-Gerät entfernen</translation>
    </message>
    <message>
        <source>Remove %1? %2 will sign in without MFA until a new device is assigned.</source>
        <translation>%1 entfernen? %2 meldet sich ohne MFA an, bis ein neues Gerät zugewiesen wird.</translation>
    </message>
</context>
<context>
    <name>MoveAccountDialog</name>
    <message>
        <source>Move AWS account</source>
        <translation>AWS-Konto verschieben</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>AWS-Konto</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Derzeit in</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
</context>
<context>
    <name>NamePathDialog</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Users (%1)</source>
        <translation>Benutzer (%1)</translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translation>Gruppen (%1)</translation>
    </message>
    <message>
        <source>Roles (%1)</source>
        <translation>Rollen (%1)</translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation>Richtlinien (%1)</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Root (%1)</source>
        <translation>Root (%1)</translation>
    </message>
    <message>
        <source>Service control policies (%1)</source>
        <translation>Service-Kontrollrichtlinien (%1)</translation>
    </message>
    <message>
        <source>Resource control policies (%1)</source>
        <translation>Ressourcenkontrollrichtlinien (%1)</translation>
    </message>
    <message>
        <source>Identity providers (%1)</source>
        <translation>Identitätsanbieter (%1)</translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation>Identitätsanbieter</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Filter by name or ARN</source>
        <translation>Nach Name oder ARN filtern</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>You must change your password to continue.</source>
        <translation>Sie müssen Ihr Passwort ändern, um fortzufahren.</translation>
    </message>
    <message>
        <source>Confirm password change</source>
        <translation>Passwortänderung bestätigen</translation>
    </message>
</context>
<context>
    <name>OrganizationAccessRole</name>
    <message>
        <source>The access role must be one of %1, not &apos;%2&apos;.</source>
        <translation>Die Zugriffsrolle muss eine von %1 sein, nicht &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>OrganizationActions</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>New &amp;organizational unit…</source>
        <translation>Neue &amp;Organisationseinheit…</translation>
    </message>
    <message>
        <source>&amp;Move account…</source>
        <translation>Konto &amp;verschieben…</translation>
    </message>
    <message>
        <source>New &amp;service control policy…</source>
        <translation>Neue &amp;Service-Kontrollrichtlinie…</translation>
    </message>
    <message>
        <source>New &amp;resource control policy…</source>
        <translation>Neue &amp;Ressourcenkontrollrichtlinie…</translation>
    </message>
    <message>
        <source>Attach policy…</source>
        <translation>Richtlinie anfügen…</translation>
    </message>
    <message>
        <source>Detach policy…</source>
        <translation>Richtlinie trennen…</translation>
    </message>
    <message>
        <source>Edit policy…</source>
        <translation>Richtlinie bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete policy %1?</source>
        <translation>Richtlinie %1 löschen?</translation>
    </message>
    <message>
        <source>Delete organizational unit %1?</source>
        <translation>Organisationseinheit %1 löschen?</translation>
    </message>
    <message>
        <source>Sign in to add an account.</source>
        <translation>Melden Sie sich an, um ein Konto hinzuzufügen.</translation>
    </message>
    <message>
        <source>Added account %1 (%2).</source>
        <translation>Konto %1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Switch role into %1 in account %2 to work in it.</source>
        <translation>Wechseln Sie im Konto %2 zur Rolle %1, um darin zu arbeiten.</translation>
    </message>
    <message>
        <source>Its root user signs in with %1 and the password %2; it is shown only now.</source>
        <translation>Sein Root-Benutzer meldet sich mit %1 und dem Passwort %2 an; es wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Add an AWS account</source>
        <translation>AWS-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Empty: generated and shown once</source>
        <translation>Leer: wird generiert und einmalig angezeigt</translation>
    </message>
    <message>
        <source>Administrator (AdministratorAccess)</source>
        <translation>Administrator (AdministratorAccess)</translation>
    </message>
    <message>
        <source>Read-only (SecurityAudit and ReadOnlyAccess)</source>
        <translation>Schreibgeschützt (SecurityAudit und ReadOnlyAccess)</translation>
    </message>
    <message>
        <source>None (no role)</source>
        <translation>Keine (keine Rolle)</translation>
    </message>
    <message>
        <source>AWS account name</source>
        <translation>Name des AWS-Kontos</translation>
    </message>
    <message>
        <source>Email address of the account&apos;s owner</source>
        <translation>E-Mail-Adresse des Kontoinhabers</translation>
    </message>
    <message>
        <source>Root user&apos;s password</source>
        <translation>Passwort des Root-Benutzers</translation>
    </message>
    <message>
        <source>%1 may</source>
        <translation>%1 darf</translation>
    </message>
    <message>
        <source>Create AWS account</source>
        <translation>AWS-Konto erstellen</translation>
    </message>
</context>
<context>
    <name>OrganizationAttachmentDialog</name>
    <message>
        <source>service control policy</source>
        <translation>Service-Kontrollrichtlinie</translation>
    </message>
    <message>
        <source>resource control policy</source>
        <translation>Ressourcenkontrollrichtlinie</translation>
    </message>
    <message>
        <source>%1 (%2, AWS managed)</source>
        <translation>%1 (%2, von AWS verwaltet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach a policy</source>
        <translation>Richtlinie anfügen</translation>
    </message>
    <message>
        <source>Attach policy</source>
        <translation>Richtlinie anfügen</translation>
    </message>
    <message>
        <source>Detach a policy</source>
        <translation>Richtlinie trennen</translation>
    </message>
    <message>
        <source>Detach policy</source>
        <translation>Richtlinie trennen</translation>
    </message>
    <message>
        <source>Attach to a target</source>
        <translation>An ein Ziel anfügen</translation>
    </message>
    <message>
        <source>Detach from a target</source>
        <translation>Von einem Ziel trennen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OrganizationChoices</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicyDialog</name>
    <message>
        <source>Create new service control policy</source>
        <translation>Neue Service-Kontrollrichtlinie erstellen</translation>
    </message>
    <message>
        <source>Create new resource control policy</source>
        <translation>Neue Ressourcenkontrollrichtlinie erstellen</translation>
    </message>
    <message>
        <source>Edit policy %1</source>
        <translation>Richtlinie %1 bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Create policy</source>
        <translation>Richtlinie erstellen</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Richtlinienname</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>OrganizationalUnitDialog</name>
    <message>
        <source>Create organizational unit</source>
        <translation>Organisationseinheit erstellen</translation>
    </message>
    <message>
        <source>e.g. Workloads</source>
        <translation>z. B. Workloads</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnetes Element</translation>
    </message>
    <message>
        <source>Organizational unit name</source>
        <translation>Name der Organisationseinheit</translation>
    </message>
</context>
<context>
    <name>OrganizationsCommand</name>
    <message>
        <source>switchboard: error: %1</source>
        <translation>switchboard: Fehler: %1</translation>
    </message>
    <message>
        <source>organizations needs an operation: %1</source>
        <translation>organizations benötigt eine Operation: %1</translation>
    </message>
    <message>
        <source>the following arguments are required: --user or --root</source>
        <translation>die folgenden Argumente sind erforderlich: --user oder --root</translation>
    </message>
    <message>
        <source>--%1 must be SERVICE_CONTROL_POLICY or RESOURCE_CONTROL_POLICY</source>
        <translation>--%1 muss SERVICE_CONTROL_POLICY oder RESOURCE_CONTROL_POLICY sein</translation>
    </message>
    <message>
        <source>cannot read --content %1: %2</source>
        <translation>--content %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>root sign-in: %1 / %2 (shown once)</source>
        <translation>Root-Anmeldung: %1 / %2 (wird nur einmal angezeigt)</translation>
    </message>
    <message>
        <source>Your account is not a member of an organization.</source>
        <translation>Ihr Konto ist kein Mitglied einer Organisation.</translation>
    </message>
    <message>
        <source>You specified an account that doesn&apos;t exist.</source>
        <translation>Sie haben ein Konto angegeben, das nicht existiert.</translation>
    </message>
    <message>
        <source>organizations import needs the files to read</source>
        <translation>organizations import benötigt die zu lesenden Dateien</translation>
    </message>
    <message numerus="yes">
        <source>Imported the organization: %n change(s).</source>
        <translation>
            <numerusform>Organisation importiert: %n Änderung.</numerusform>
            <numerusform>Organisation importiert: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>organizations export needs the folder to write to</source>
        <translation>organizations export benötigt den Ordner, in den geschrieben werden soll</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message numerus="yes">
        <source>Exported the organization: %n file(s) in %1.</source>
        <translation>
            <numerusform>Organisation exportiert: %n Datei in %1.</numerusform>
            <numerusform>Organisation exportiert: %n Dateien in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted secret store — Switchboard</source>
        <translation>Verschlüsselter Geheimnisspeicher — Switchboard</translation>
    </message>
    <message>
        <source>Secrets will be kept in an encrypted file instead of the system keychain:
%1
Choose a passphrase of at least %2 characters. Without it the secrets cannot be read, by anyone.</source>
        <translation>Geheimnisse werden in einer verschlüsselten Datei statt im Systemschlüsselbund aufbewahrt:
%1
Wählen Sie eine Passphrase mit mindestens %2 Zeichen. Ohne sie kann niemand die Geheimnisse lesen.</translation>
    </message>
    <message>
        <source>Secrets are kept in the encrypted file
%1
Enter its passphrase.</source>
        <translation>Geheimnisse werden aufbewahrt in der verschlüsselten Datei
%1
Geben Sie deren Passphrase ein.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Passphrase bestätigen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>User must create a new password at next sign-in</source>
        <translation>Benutzer muss bei der nächsten Anmeldung ein neues Passwort erstellen</translation>
    </message>
    <message>
        <source>Console password</source>
        <translation>Konsolenpasswort</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicyDialog</name>
    <message>
        <source>Require at least one uppercase letter from the Latin alphabet (A-Z)</source>
        <translation>Mindestens einen Großbuchstaben aus dem lateinischen Alphabet (A-Z) erfordern</translation>
    </message>
    <message>
        <source>Require at least one lowercase letter from the Latin alphabet (a-z)</source>
        <translation>Mindestens einen Kleinbuchstaben aus dem lateinischen Alphabet (a-z) erfordern</translation>
    </message>
    <message>
        <source>Require at least one number</source>
        <translation>Mindestens eine Zahl erfordern</translation>
    </message>
    <message>
        <source>Require at least one non-alphanumeric character (%1)</source>
        <translation>Mindestens ein nicht alphanumerisches Zeichen erfordern (%1)</translation>
    </message>
    <message>
        <source>Turn on password expiration</source>
        <translation>Ablauf von Passwörtern aktivieren</translation>
    </message>
    <message>
        <source>Password expiration requires administrator reset</source>
        <translation>Abgelaufene Passwörter müssen vom Administrator zurückgesetzt werden</translation>
    </message>
    <message>
        <source>Prevent password reuse</source>
        <translation>Wiederverwendung von Passwörtern verhindern</translation>
    </message>
    <message>
        <source>Allow users to change their own password</source>
        <translation>Benutzern erlauben, ihr eigenes Passwort zu ändern</translation>
    </message>
    <message>
        <source>Edit password policy</source>
        <translation>Passwortrichtlinie bearbeiten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> passwords</source>
        <translation> Passwörter</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Use AWS&apos;s default</source>
        <translation>AWS-Standard verwenden</translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation>Minimale Passwortlänge</translation>
    </message>
    <message>
        <source>Expire passwords after</source>
        <translation>Passwörter laufen ab nach</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Merken</translation>
    </message>
    <message>
        <source>This account uses AWS&apos;s default password policy: at least 8 characters and at least three of uppercase letters, lowercase letters, numbers and symbols.</source>
        <translation>Dieses Konto verwendet die Standard-Passwortrichtlinie von AWS: mindestens 8 Zeichen und mindestens drei der folgenden Zeichentypen: Großbuchstaben, Kleinbuchstaben, Zahlen und Symbole.</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Pretty-print the policy (Ctrl+Shift+F)</source>
        <translation>Richtlinie übersichtlich formatieren (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation> (in %1)</translation>
    </message>
    <message>
        <source>Valid policy</source>
        <translation>Gültige Richtlinie</translation>
    </message>
    <message>
        <source>Enter a policy document.</source>
        <translation>Geben Sie ein Richtliniendokument ein.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the action catalog (%1): %2</source>
        <translation>Nicht im Aktionskatalog (%1): %2</translation>
    </message>
</context>
<context>
    <name>PolicyPicker</name>
    <message>
        <source>Filter policies by name</source>
        <translation>Richtlinien nach Name filtern</translation>
    </message>
    <message>
        <source>%1 (AWS managed)</source>
        <translation>%1 (von AWS verwaltet)</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) selected</source>
        <translation>
            <numerusform>%n Richtlinie ausgewählt</numerusform>
            <numerusform>%n Richtlinien ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicySimulatorWindow</name>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>denied (explicit deny)</source>
        <translation>verweigert (explizit)</translation>
    </message>
    <message>
        <source>denied (implicit deny)</source>
        <translation>verweigert (implizit)</translation>
    </message>
    <message>
        <source>Policy simulator — Switchboard</source>
        <translation>Richtliniensimulator — Switchboard</translation>
    </message>
    <message>
        <source>e.g. iam:ListUsers, s3:GetObject</source>
        <translation>z. B. iam:ListUsers, s3:GetObject</translation>
    </message>
    <message>
        <source>Context key</source>
        <translation>Kontextschlüssel</translation>
    </message>
    <message>
        <source>Values (comma-separated)</source>
        <translation>Werte (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden durch</translation>
    </message>
    <message>
        <source>Run simulation</source>
        <translation>Simulation ausführen</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Context keys</source>
        <translation>Kontextschlüssel</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>no statement allows it</source>
        <translation>keine Anweisung erlaubt dies</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>service control policies: none allows it</source>
        <translation>Service-Kontrollrichtlinien: keine erlaubt es</translation>
    </message>
    <message>
        <source>service control policy %1</source>
        <translation>Service-Kontrollrichtlinie %1</translation>
    </message>
    <message>
        <source>resource control policies: none allows it</source>
        <translation>Ressourcenkontrollrichtlinien: keine erlaubt es</translation>
    </message>
    <message>
        <source>resource control policy %1</source>
        <translation>Ressourcenkontrollrichtlinie %1</translation>
    </message>
    <message>
        <source>Service control policy: %1</source>
        <translation>Service-Kontrollrichtlinie: %1</translation>
    </message>
</context>
<context>
    <name>PolicyVersionsDialog</name>
    <message>
        <source>Set as default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Als neue Version speichern</translation>
    </message>
    <message>
        <source>Policy versions — %1</source>
        <translation>Richtlinienversionen — %1</translation>
    </message>
    <message>
        <source>Versions (newest first)</source>
        <translation>Versionen (neueste zuerst)</translation>
    </message>
    <message>
        <source>AWS managed policies cannot be changed.</source>
        <translation>Von AWS verwaltete Richtlinien können nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 (default) — %2</source>
        <translation>%1 (Standard) — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 Delete a version that is not the default, then save again.</source>
        <translation>%1 Löschen Sie eine Version, die nicht die Standardversion ist, und speichern Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
</context>
<context>
    <name>QueryParameters</name>
    <message>
        <source>The request has a malformed percent escape at byte %1.</source>
        <translation>Die Anfrage enthält eine fehlerhafte Prozent-Maskierung bei Byte %1.</translation>
    </message>
    <message>
        <source>The request&apos;s parameters are not valid UTF-8.</source>
        <translation>Die Parameter der Anfrage sind kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Anfragetext ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The request has a parameter without a name.</source>
        <translation>Die Anfrage enthält einen Parameter ohne Namen.</translation>
    </message>
    <message>
        <source>The parameter %1 is given more than once.</source>
        <translation>Der Parameter %1 ist mehrfach angegeben.</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>Request %1 from %2
User agent: %3</source>
        <translation>Anfrage %1 von %2
User-Agent: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>(not authenticated)</source>
        <translation>(nicht authentifiziert)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>RoleSessionController</name>
    <message>
        <source>Invalid information in one or more fields. Check your information or contact your administrator.</source>
        <translation>Ungültige Informationen in einem oder mehreren Feldern. Überprüfen Sie Ihre Angaben oder wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>The role %1 cannot be found.</source>
        <translation>Die Rolle %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Sign in to switch roles.</source>
        <translation>Melden Sie sich an, um Rollen zu wechseln.</translation>
    </message>
    <message>
        <source>Switching roles is not available in this console.</source>
        <translation>Das Wechseln von Rollen ist in dieser Konsole nicht verfügbar.</translation>
    </message>
    <message>
        <source>Enter the account (12-digit id or alias) and the role.</source>
        <translation>Geben Sie das Konto (12-stellige ID oder Alias) und die Rolle ein.</translation>
    </message>
    <message>
        <source>The role&apos;s path and name together are %1 characters; the console can switch only to roles whose path and name fit in %2. Use the API or the CLI instead.</source>
        <translation>Pfad und Name der Rolle umfassen zusammen %1 Zeichen; die Konsole kann nur zu Rollen wechseln, deren Pfad und Name zusammen höchstens %2 Zeichen lang sind. Verwenden Sie stattdessen die API oder die CLI.</translation>
    </message>
    <message>
        <source>There is no account %1 in this directory.</source>
        <translation>Dieses Verzeichnis hat kein Konto %1.</translation>
    </message>
    <message>
        <source>The role with name %1 cannot be found in account %2.</source>
        <translation>Die Rolle mit dem Namen %1 wurde im Konto %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>Enter the role&apos;s path and name: %1.</source>
        <translation>Geben Sie den Pfad und den Namen der Rolle ein: %1.</translation>
    </message>
    <message>
        <source>The role %1 requires an external ID (sts:ExternalId), which the console cannot send. Assume it with the API or the CLI: switchboard sts assume-role --external-id ...</source>
        <translation>Die Rolle %1 erfordert eine externe ID (sts:ExternalId), die die Konsole nicht senden kann. Übernehmen Sie die Rolle über die API oder die CLI: switchboard sts assume-role --external-id ...</translation>
    </message>
    <message>
        <source>The role %1 requires MFA, which a federated session cannot give here. Sign in through your identity provider with MFA, or as an IAM user.</source>
        <translation>Die Rolle %1 erfordert MFA, die eine Verbundsitzung hier nicht bereitstellen kann. Melden Sie sich über Ihren Identitätsanbieter mit MFA oder als IAM-Benutzer an.</translation>
    </message>
    <message>
        <source>The role %1 requires MFA, and your user has no MFA device. Assign a virtual MFA device to your user first.</source>
        <translation>Die Rolle %1 erfordert MFA, aber Ihrem Benutzer ist kein MFA-Gerät zugewiesen. Weisen Sie Ihrem Benutzer zuerst ein virtuelles MFA-Gerät zu.</translation>
    </message>
    <message>
        <source>The role %1 requires MFA. Enter the code from your MFA device.</source>
        <translation>Die Rolle %1 erfordert MFA. Geben Sie den Code von Ihrem MFA-Gerät ein.</translation>
    </message>
    <message>
        <source>The role&apos;s trust policy does not trust %1.</source>
        <translation>Die Vertrauensrichtlinie der Rolle vertraut %1 nicht.</translation>
    </message>
    <message>
        <source>Your own policies do not allow sts:AssumeRole on this role.</source>
        <translation>Ihre eigenen Richtlinien erlauben sts:AssumeRole für diese Rolle nicht.</translation>
    </message>
    <message>
        <source>Your console session ends in less than 15 minutes. Sign in again to switch roles.</source>
        <translation>Ihre Konsolensitzung endet in weniger als 15 Minuten. Melden Sie sich erneut an, um Rollen zu wechseln.</translation>
    </message>
    <message>
        <source>There is no role session to renew.</source>
        <translation>Es gibt keine Rollensitzung, die erneuert werden kann.</translation>
    </message>
    <message>
        <source>There is no role session whose credentials to show.</source>
        <translation>Es gibt keine Rollensitzung, deren Anmeldeinformationen angezeigt werden könnten.</translation>
    </message>
</context>
<context>
    <name>RoleSettingsDialog</name>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Edit role %1</source>
        <translation>Rolle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Maximum session duration</source>
        <translation>Maximale Sitzungsdauer</translation>
    </message>
    <message>
        <source>Permissions boundary</source>
        <translation>Berechtigungsgrenze</translation>
    </message>
</context>
<context>
    <name>SamlIdentityProvider</name>
    <message>
        <source>The identity provider %1 is not Switchboard&apos;s own: this directory holds no signing key for it.</source>
        <translation>Der Identitätsanbieter %1 ist nicht der eigene von Switchboard: Dieses Verzeichnis enthält keinen Signaturschlüssel dafür.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No directory given to list secrets of.</source>
        <translation>Kein Verzeichnis angegeben, dessen Geheimnisse aufgelistet werden sollen.</translation>
    </message>
    <message>
        <source>Invalid secret key &apos;%1&apos;: expected &lt;directory-uuid&gt;/&lt;kind&gt;/&lt;id&gt;.</source>
        <translation>Ungültiger Geheimnisschlüssel &apos;%1&apos;: erwartet wird &lt;directory-uuid&gt;/&lt;kind&gt;/&lt;id&gt;.</translation>
    </message>
</context>
<context>
    <name>SecretStoreDialog</name>
    <message>
        <source>The system &amp;keychain (recommended)</source>
        <translation>Der System&amp;schlüsselbund (empfohlen)</translation>
    </message>
    <message>
        <source>An &amp;encrypted file beside the directory</source>
        <translation>Eine &amp;verschlüsselte Datei neben der Verzeichnisdatei</translation>
    </message>
    <message>
        <source>Secret store — Switchboard</source>
        <translation>Geheimnisspeicher — Switchboard</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Derzeit verwendet: %1</translation>
    </message>
    <message>
        <source>Secrets go to the Secret Service (GNOME Keyring, KWallet) of your desktop session.</source>
        <translation>Geheimnisse werden im Secret Service (GNOME Keyring, KWallet) Ihrer Desktop-Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>For machines without a keychain: secrets are encrypted with AES-256-GCM under a key derived from a passphrase that Switchboard asks for at start.</source>
        <translation>Für Rechner ohne Schlüsselbund: Geheimnisse werden mit AES-256-GCM verschlüsselt, und zwar mit einem Schlüssel, der aus einer Passphrase abgeleitet wird, die Switchboard beim Start abfragt.</translation>
    </message>
    <message>
        <source>The choice takes effect the next time Switchboard starts. Secrets already kept stay where they are.</source>
        <translation>Die Auswahl wird beim nächsten Start von Switchboard wirksam. Bereits gespeicherte Geheimnisse bleiben, wo sie sind.</translation>
    </message>
</context>
<context>
    <name>SecretStoreSetup</name>
    <message>
        <source>The secret store must be keychain or file, not %1.</source>
        <translation>Der Geheimnisspeicher muss keychain oder file sein, nicht %1.</translation>
    </message>
    <message>
        <source>No passphrase was given for the encrypted secret store %1.</source>
        <translation>Für den verschlüsselten Geheimnisspeicher %1 wurde keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>SecurityCredentialsPanel</name>
    <message>
        <source>Create access key</source>
        <translation>Zugriffsschlüssel erstellen</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotieren…</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Console password: enabled (reset required at next sign-in)</source>
        <translation>Konsolenpasswort: aktiviert (Zurücksetzen bei der nächsten Anmeldung erforderlich)</translation>
    </message>
    <message>
        <source>Console password: enabled</source>
        <translation>Konsolenpasswort: aktiviert</translation>
    </message>
    <message>
        <source>Console password: not enabled</source>
        <translation>Konsolenpasswort: nicht aktiviert</translation>
    </message>
    <message>
        <source>Access keys need a secret store, and this console has none.</source>
        <translation>Zugriffsschlüssel erfordern einen Geheimnisspeicher, und diese Konsole hat keinen.</translation>
    </message>
    <message>
        <source>No access keys. As a best practice, avoid using long-term credentials like access keys.</source>
        <translation>Keine Zugriffsschlüssel. Als bewährte Methode sollten Sie langfristige Anmeldeinformationen wie Zugriffsschlüssel vermeiden.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Older than %1 days: rotate it</source>
        <translation>Älter als %1 Tage: rotieren Sie ihn</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Delete the other key first: a user has at most %1 access keys.</source>
        <translation>Löschen Sie zuerst den anderen Schlüssel: Ein Benutzer hat höchstens %1 Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>Delete access key</source>
        <translation>Zugriffsschlüssel löschen</translation>
    </message>
    <message>
        <source>Delete %1? Applications using it will stop working, and it cannot be recovered. Deactivating it first lets you check that nothing still uses it.</source>
        <translation>%1 löschen? Anwendungen, die ihn verwenden, funktionieren dann nicht mehr, und er kann nicht wiederhergestellt werden. Wenn Sie ihn zuerst deaktivieren, können Sie prüfen, ob er noch irgendwo verwendet wird.</translation>
    </message>
    <message>
        <source>Rotate access key</source>
        <translation>Zugriffsschlüssel rotieren</translation>
    </message>
    <message>
        <source>Rotating %1 takes three steps:
1. A new access key is created and its secret is shown once: save it.
2. When you close that window, %1 is deactivated.
3. Update your applications to the new key; when nothing uses the old one, delete it.

Create the new key now?</source>
        <translation>Das Rotieren von %1 erfolgt in drei Schritten:
1. Ein neuer Zugriffsschlüssel wird erstellt und sein Geheimnis wird einmalig angezeigt: Speichern Sie es.
2. Wenn Sie dieses Fenster schließen, wird %1 deaktiviert.
3. Stellen Sie Ihre Anwendungen auf den neuen Schlüssel um; wenn der alte nicht mehr verwendet wird, löschen Sie ihn.

Den neuen Schlüssel jetzt erstellen?</translation>
    </message>
    <message>
        <source>%1 is now inactive. Delete it once your applications use the new key.</source>
        <translation>%1 ist jetzt inaktiv. Löschen Sie ihn, sobald Ihre Anwendungen den neuen Schlüssel verwenden.</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>switchboard: error: argument --port: invalid port: &apos;%1&apos;</source>
        <translation>switchboard: Fehler: Argument --port: ungültiger Port: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>switchboard: error: argument --bind: not an IP address: &apos;%1&apos;</source>
        <translation>switchboard: Fehler: Argument --bind: keine IP-Adresse: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
</context>
<context>
    <name>SessionBanner</name>
    <message>
        <source>Switch back</source>
        <translation>Zurückwechseln</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Assume the role again with the same settings: a fresh session</source>
        <translation>Die Rolle mit denselben Einstellungen erneut übernehmen: eine neue Sitzung</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>Role session %1 in %2</source>
        <translation>Rollensitzung %1 in %2</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Läuft in %1 ab</translation>
    </message>
    <message>
        <source>Expires in under a minute</source>
        <translation>Läuft in weniger als einer Minute ab</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>SessionDurationEdit</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom duration</source>
        <translation>Benutzerdefinierte Dauer</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
</context>
<context>
    <name>SessionTabs</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Turn on multi-session support</source>
        <translation>Unterstützung mehrerer Sitzungen einschalten</translation>
    </message>
    <message>
        <source>Sign in to up to %1 identities at once, each in its own tab</source>
        <translation>Bei bis zu %1 Identitäten gleichzeitig anmelden, jede in einem eigenen Tab</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Sign in as another identity in a new tab</source>
        <translation>Als andere Identität in einem neuen Tab anmelden</translation>
    </message>
    <message>
        <source>Switch role in a new session…</source>
        <translation>Rolle in einer neuen Sitzung wechseln…</translation>
    </message>
    <message>
        <source>Switch role as %1 in a new tab, keeping this session as it is</source>
        <translation>Als %1 in einem neuen Tab die Rolle wechseln; diese Sitzung bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>Turn off multi-session support</source>
        <translation>Unterstützung mehrerer Sitzungen ausschalten</translation>
    </message>
    <message>
        <source>Sign out of the other sessions first</source>
        <translation>Melden Sie sich zuerst von den anderen Sitzungen ab</translation>
    </message>
    <message>
        <source>Sign out of this session</source>
        <translation>Von dieser Sitzung abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation>Von %1 abmelden</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in — Switchboard</source>
        <translation>Anmelden — Switchboard</translation>
    </message>
    <message>
        <source>Sign in as IAM user</source>
        <translation>Als IAM-Benutzer anmelden</translation>
    </message>
    <message>
        <source>12-digit account ID or account alias</source>
        <translation>12-stellige Konto-ID oder Kontoalias</translation>
    </message>
    <message>
        <source>Account ID (12 digits) or account alias</source>
        <translation>Konto-ID (12 Ziffern) oder Kontoalias</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>IAM-Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Identity provider (SAML)</source>
        <translation>Identitätsanbieter (SAML)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>User name at the identity provider</source>
        <translation>Benutzername beim Identitätsanbieter</translation>
    </message>
    <message>
        <source>Sign in through your identity provider</source>
        <translation>Über Ihren Identitätsanbieter anmelden</translation>
    </message>
    <message>
        <source>Sign in through an identity provider (SAML)…</source>
        <translation>Über einen Identitätsanbieter (SAML) anmelden…</translation>
    </message>
    <message>
        <source>6 digits from your MFA device</source>
        <translation>6 Ziffern von Ihrem MFA-Gerät</translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation>MFA-Code</translation>
    </message>
    <message>
        <source>Root user</source>
        <translation>Root-Benutzer</translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation>IAM-Benutzer</translation>
    </message>
    <message>
        <source>Account owner that performs tasks requiring unrestricted access.</source>
        <translation>Kontoinhaber, der Aufgaben ausführt, die uneingeschränkten Zugriff erfordern.</translation>
    </message>
    <message>
        <source>User within an account that performs daily tasks.</source>
        <translation>Benutzer innerhalb eines Kontos, der tägliche Aufgaben ausführt.</translation>
    </message>
    <message>
        <source>username@example.com</source>
        <translation>benutzername@example.com</translation>
    </message>
    <message>
        <source>Root user email address</source>
        <translation>E-Mail-Adresse des Root-Benutzers</translation>
    </message>
    <message>
        <source>Sign in as root user</source>
        <translation>Als Root-Benutzer anmelden</translation>
    </message>
    <message>
        <source>Only if you have an MFA device</source>
        <translation>Nur wenn Sie ein MFA-Gerät haben</translation>
    </message>
    <message>
        <source>Switchboard&apos;s identity provider signs you in with your user name and password in the provider&apos;s account, then hands AWS a signed SAML assertion for the role. The role&apos;s trust policy still decides.</source>
        <translation>Der Identitätsanbieter von Switchboard meldet Sie mit Ihrem Benutzernamen und Passwort im Konto des Anbieters an und übergibt AWS dann eine signierte SAML-Assertion für die Rolle. Die Vertrauensrichtlinie der Rolle entscheidet weiterhin.</translation>
    </message>
    <message>
        <source>Sign in as root or IAM user instead</source>
        <translation>Stattdessen als Root- oder IAM-Benutzer anmelden</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>switchboard simulate: cannot read %1: %2</source>
        <translation>switchboard simulate: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>switchboard simulate: cannot write the answers</source>
        <translation>switchboard simulate: die Antworten können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>switchboard simulate: --context takes key=value, not &apos;%1&apos;</source>
        <translation>switchboard simulate: --context erwartet key=value, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: switchboard simulate --principal ARN --action ACTION [--action ...] [--resource ARN] [--context key=value ...] [--json]
       switchboard simulate --batch FILE|-</source>
        <translation>Verwendung: switchboard simulate --principal ARN --action ACTION [--action ...] [--resource ARN] [--context key=value ...] [--json]
            switchboard simulate --batch FILE|-</translation>
    </message>
</context>
<context>
    <name>StsCommand</name>
    <message>
        <source>argument operation: Invalid choice, valid choices are:

%1 | %2 | %3 | %4</source>
        <translation>Argument operation: Ungültige Auswahl, gültige Werte sind:

%1 | %2 | %3 | %4</translation>
    </message>
    <message>
        <source>argument --duration-seconds: invalid int value: &apos;%1&apos;</source>
        <translation>Argument --duration-seconds: ungültiger int-Wert: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>switchboard: error: %1</source>
        <translation>switchboard: Fehler: %1</translation>
    </message>
    <message>
        <source>Error parsing parameter &apos;--saml-assertion&apos;: Unable to load paramfile %1: %2</source>
        <translation>Fehler beim Parsen des Parameters &apos;--saml-assertion&apos;: Parameterdatei %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>the following arguments are required: --user</source>
        <translation>die folgenden Argumente sind erforderlich: --user</translation>
    </message>
    <message>
        <source>Error parsing parameter &apos;--tags&apos;: expected Key=KEY,Value=VALUE, received: %1</source>
        <translation>Fehler beim Parsen des Parameters &apos;--tags&apos;: erwartet Key=KEY,Value=VALUE, erhalten: %1</translation>
    </message>
    <message>
        <source>Error parsing parameter &apos;--tags&apos;: each tag needs Key= and Value=, received: %1</source>
        <translation>Fehler beim Parsen des Parameters &apos;--tags&apos;: jedes Tag braucht Key= und Value=, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>StsOperations</name>
    <message>
        <source>Session policies (Policy, PolicyArns) are not supported for AssumeRoleWithSAML by this directory: leave them out.</source>
        <translation>Sitzungsrichtlinien (Policy, PolicyArns) werden von diesem Verzeichnis für AssumeRoleWithSAML nicht unterstützt: Lassen Sie sie weg.</translation>
    </message>
</context>
<context>
    <name>SwitchRoleDialog</name>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Paste switch link</source>
        <translation>Rollenwechsel-Link einfügen</translation>
    </message>
    <message>
        <source>Switch Role</source>
        <translation>Rolle wechseln</translation>
    </message>
    <message>
        <source>Work in another account or with other permissions, with temporary credentials, without signing in again. The role must trust you, and your own policies must allow sts:AssumeRole on it.</source>
        <translation>Arbeiten Sie mit temporären Anmeldeinformationen in einem anderen Konto oder mit anderen Berechtigungen, ohne sich erneut anzumelden. Die Rolle muss Ihnen vertrauen, und Ihre eigenen Richtlinien müssen sts:AssumeRole für sie erlauben.</translation>
    </message>
    <message>
        <source>Account ID or alias, or paste a switch link</source>
        <translation>Konto-ID oder Alias, oder fügen Sie einen Rollenwechsel-Link ein</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Role path and name</source>
        <translation>Pfad und Name der Rolle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <source>Display &amp;color</source>
        <translation>Anzeige&amp;farbe</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <source>Fill the form from a switch link on the clipboard</source>
        <translation>Formular aus einem Rollenwechsel-Link in der Zwischenablage ausfüllen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Session duration in minutes</source>
        <translation>Sitzungsdauer in Minuten</translation>
    </message>
    <message>
        <source>Session &amp;duration</source>
        <translation>Sitzungs&amp;dauer</translation>
    </message>
    <message>
        <source>6-digit code from your MFA device</source>
        <translation>6-stelliger Code von Ihrem MFA-Gerät</translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation>MFA-Code</translation>
    </message>
    <message>
        <source>&amp;MFA code</source>
        <translation>&amp;MFA-Code</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Sitzungsname</translation>
    </message>
    <message>
        <source>Session &amp;name</source>
        <translation>Sitzungs&amp;name</translation>
    </message>
    <message>
        <source>This is not a switch link. A switch link looks like https://signin.aws.amazon.com/switchrole?account=…&amp;roleName=…</source>
        <translation>Dies ist kein Rollenwechsel-Link. Ein Rollenwechsel-Link sieht so aus: https://signin.aws.amazon.com/switchrole?account=…&amp;roleName=…</translation>
    </message>
    <message>
        <source>The clipboard holds no switch link.</source>
        <translation>Die Zwischenablage enthält keinen Rollenwechsel-Link.</translation>
    </message>
    <message>
        <source>Role @ account</source>
        <translation>Rolle @ Konto</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Switchboard&apos;s extension: AWS&apos;s Switch Role page has no such options. It always asks for one hour, names the session after you and uses the MFA of your sign-in.</source>
        <translation>Erweiterung von Switchboard: Die AWS-Seite „Rolle wechseln“ hat keine solchen Optionen. Sie fordert immer eine Stunde an, benennt die Sitzung nach Ihnen und verwendet die MFA Ihrer Anmeldung.</translation>
    </message>
</context>
<context>
    <name>TemporaryCredentialsDialog</name>
    <message>
        <source>Show secret</source>
        <translation>Geheime Werte anzeigen</translation>
    </message>
    <message>
        <source>Copy as environment variables</source>
        <translation>Als Umgebungsvariablen kopieren</translation>
    </message>
    <message>
        <source>Copy as credential_process JSON</source>
        <translation>Als credential_process-JSON kopieren</translation>
    </message>
    <message>
        <source>Temporary credentials</source>
        <translation>Temporäre Anmeldeinformationen</translation>
    </message>
    <message>
        <source>The credentials of your role session &lt;b&gt;%1&lt;/b&gt;. Anyone who has them acts as the role until they expire: keep them out of files you share.</source>
        <translation>Die Anmeldeinformationen Ihrer Rollensitzung &lt;b&gt;%1&lt;/b&gt;. Wer sie besitzt, handelt bis zu ihrem Ablauf als diese Rolle: Speichern Sie sie nicht in Dateien, die Sie weitergeben.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 UTC (%2 local time)</source>
        <translation>%1 UTC (%2 Ortszeit)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>ToolBar</name>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>IAM</source>
        <translation>IAM</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>Konto-ID: %1</translation>
    </message>
    <message>
        <source>Account alias: %1</source>
        <translation>Kontoalias: %1</translation>
    </message>
    <message>
        <source>IAM user: %1</source>
        <translation>IAM-Benutzer: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Federated user: %1</source>
        <translation>Verbundbenutzer: %1</translation>
    </message>
    <message>
        <source>Currently active as: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 in %3</source>
        <translation>Derzeit aktiv als: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 in %3</translation>
    </message>
    <message>
        <source>Role history</source>
        <translation>Rollenverlauf</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Switch role…</source>
        <translation>Rolle wechseln…</translation>
    </message>
    <message>
        <source>Switch back</source>
        <translation>Zurückwechseln</translation>
    </message>
    <message>
        <source>Copy switch link</source>
        <translation>Rollenwechsel-Link kopieren</translation>
    </message>
    <message>
        <source>A link that opens Switch Role filled in for this role</source>
        <translation>Ein Link, der „Rolle wechseln“ für diese Rolle vorausgefüllt öffnet</translation>
    </message>
    <message>
        <source>Temporary credentials…</source>
        <translation>Temporäre Anmeldeinformationen…</translation>
    </message>
    <message>
        <source>Saved roles</source>
        <translation>Gespeicherte Rollen</translation>
    </message>
    <message>
        <source>%1 in %2 (profile %3)</source>
        <translation>%1 in %2 (Profil %3)</translation>
    </message>
    <message>
        <source>Root user: %1</source>
        <translation>Root-Benutzer: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Willkommen bei Switchboard</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cat-photo company&apos;s directory is ready.&lt;/b&gt;&lt;br&gt;Two accounts, catphoto-prod and catphoto-dev, with developers, administrators and a security engineer, and roles that show what Switch Role teaches. Sign in as John, a developer, and try to list the IAM users; then switch to the SecurityEngineer role.</source>
        <translation>&lt;b&gt;Das Verzeichnis des Katzenfoto-Unternehmens ist bereit.&lt;/b&gt;&lt;br&gt;Zwei Konten, catphoto-prod und catphoto-dev, mit Entwicklern, Administratoren und einem Sicherheitsingenieur sowie Rollen, die zeigen, worum es bei „Rolle wechseln“ geht. Melden Sie sich als Entwickler John an und versuchen Sie, die IAM-Benutzer aufzulisten; wechseln Sie dann zur Rolle SecurityEngineer.</translation>
    </message>
    <message>
        <source>These passwords are shown only now. Switchboard keeps only their hashes: copy them before you close this window.</source>
        <translation>Diese Passwörter werden nur jetzt angezeigt. Switchboard speichert nur ihre Hashes: Kopieren Sie sie, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>switchboard: unknown command &apos;%1&apos; (see --help)</source>
        <translation>switchboard: unbekannter Befehl &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>switchboard: --clock-speed must be 1, 10 or 60, not %1</source>
        <translation>switchboard: --clock-speed muss 1, 10 oder 60 sein, nicht %1</translation>
    </message>
    <message>
        <source>switchboard: error: argument --port: invalid port: &apos;%1&apos;</source>
        <translation>switchboard: Fehler: Argument --port: ungültiger Port: „%1“</translation>
    </message>
    <message>
        <source>switchboard: %1 does not exist yet. To create the demo directory from the command line, set the demo users&apos; password in SWITCHBOARD_DEMO_PASSWORD; or use --empty; or open the console once, which shows generated passwords.</source>
        <translation>switchboard: %1 existiert noch nicht. Um das Demo-Verzeichnis von der Befehlszeile aus zu erstellen, legen Sie das Passwort der Demo-Benutzer in SWITCHBOARD_DEMO_PASSWORD fest; oder verwenden Sie --empty; oder öffnen Sie die Konsole einmal, die dann generierte Passwörter anzeigt.</translation>
    </message>
    <message>
        <source>switchboard: error: no completion script for &apos;%1&apos;; there is one for bash</source>
        <translation>switchboard: Fehler: kein Vervollständigungsskript für &apos;%1&apos;; es gibt eines für bash</translation>
    </message>
</context>
</TS>
