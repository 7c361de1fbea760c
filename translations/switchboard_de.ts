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
    <name>Authorizer</name>
    <message>
        <source>Sign in to use the console.</source>
        <translation>Melden Sie sich an, um die Konsole zu verwenden.</translation>
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
        <source>The directory file (SQLite). Created with the demo directory when absent.</source>
        <translation>Die Verzeichnisdatei (SQLite). Fehlt sie, wird sie mit dem Demo-Verzeichnis angelegt.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Create a missing directory file empty, without the demo.</source>
        <translation>Eine fehlende Verzeichnisdatei leer anlegen, ohne Demo.</translation>
    </message>
    <message>
        <source>Password for every demo user when the demo directory is created (also SWITCHBOARD_DEMO_PASSWORD).</source>
        <translation>Passwort für alle Demo-Benutzer beim Anlegen des Demo-Verzeichnisses (auch SWITCHBOARD_DEMO_PASSWORD).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
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
        <source>Sign in as this IAM user at start (with --account; the password is read from SWITCHBOARD_PASSWORD), for scripted demos.</source>
        <translation>Beim Start als dieser IAM-Benutzer anmelden (mit --account; das Passwort wird aus SWITCHBOARD_PASSWORD gelesen), für skriptgesteuerte Demos.</translation>
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
        <source>A headless command, e.g. list.</source>
        <translation>Ein Befehl ohne Oberfläche, z. B. list.</translation>
    </message>
    <message>
        <source>A desktop console for IAM users, groups, roles and policies, with Switch Role.

Without a command, the console opens. Commands (headless):
  list users|groups|roles|policies   list the directory&apos;s entities
  simulate --batch FILE|-             decide JSON Lines requests (no directory needed)
  simulate --principal ARN --action A [--action B...] [--resource ARN] [--context k=v...]
                                      simulate a user or role of the directory
</source>
        <translation>Eine Desktop-Konsole für IAM-Benutzer, -Gruppen, -Rollen und -Richtlinien, mit „Rolle wechseln“.

Ohne Befehl wird die Konsole geöffnet. Befehle (ohne Oberfläche):
  list users|groups|roles|policies   die Entitäten des Verzeichnisses auflisten
  simulate --batch FILE|-             über JSON-Lines-Anfragen entscheiden (kein Verzeichnis nötig)
  simulate --principal ARN --action A [--action B...] [--resource ARN] [--context k=v...]
                                      einen Benutzer oder eine Rolle des Verzeichnisses simulieren
</translation>
    </message>
    <message>
        <source>simulate: JSON Lines of requests to decide (&apos;-&apos; for stdin).</source>
        <translation>simulate: zu entscheidende Anfragen als JSON Lines (&apos;-&apos; für stdin).</translation>
    </message>
    <message>
        <source>simulate: the user or role ARN to simulate.</source>
        <translation>simulate: ARN des zu simulierenden Benutzers oder der zu simulierenden Rolle.</translation>
    </message>
    <message>
        <source>simulate: an action to decide (repeatable).</source>
        <translation>simulate: eine zu entscheidende Aktion (wiederholbar).</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>simulate: the resource ARN (default *).</source>
        <translation>simulate: ARN der Ressource (Standard: *).</translation>
    </message>
    <message>
        <source>simulate: a context key and value, key=value (repeatable).</source>
        <translation>simulate: ein Kontextschlüssel mit Wert, key=value (wiederholbar).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>After sign-in, open a tool window: simulator (with --open ARN as the principal and --action as the actions to simulate).</source>
        <translation>Nach der Anmeldung ein Werkzeugfenster öffnen: simulator (mit --open ARN als Prinzipal und --action als zu simulierende Aktionen).</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>(no group)</source>
        <translation>(keine Gruppe)</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Your authentication information is incorrect. Please try again.</source>
        <translation>Ihre Authentifizierungsinformationen sind falsch. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. The user %1 is locked out for %n more minute(s), until %2 UTC.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Der Benutzer %1 ist für weitere %n Minute gesperrt, bis %2 UTC.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Der Benutzer %1 ist für weitere %n Minuten gesperrt, bis %2 UTC.</numerusform>
        </translation>
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
        <source>Virtual MFA device</source>
        <translation>Virtuelles MFA-Gerät</translation>
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
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
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
        <source>Never</source>
        <translation>Nie</translation>
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
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
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
        <source>only part of the file could be written (disk full or file size limit?)</source>
        <translation>nur ein Teil der Datei konnte geschrieben werden (Datenträger voll oder Dateigrößenlimit erreicht?)</translation>
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
    <name>ListCommand</name>
    <message>
        <source>usage: switchboard list users|groups|roles|policies [--account ID] [--json]</source>
        <translation>Verwendung: switchboard list users|groups|roles|policies [--account ID] [--json]</translation>
    </message>
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
        <source>IAM — %1 @ %2 — Switchboard</source>
        <translation>IAM — %1 @ %2 — Switchboard</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Policy &amp;simulator…</source>
        <translation>Richtlinien&amp;simulator…</translation>
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
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Filter by name or ARN</source>
        <translation>Nach Name oder ARN filtern</translation>
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
        <source>%1 @ %2 ▾</source>
        <translation>%1 @ %2 ▾</translation>
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
        <source>demo sign-in: %1 / %2 / %3</source>
        <translation>Demo-Anmeldung: %1 / %2 / %3</translation>
    </message>
</context>
</TS>
