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
        <source>The Access Key with id %1 cannot be found.</source>
        <translation>Der Zugriffsschlüssel mit der ID %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot exceed quota for AccessKeysPerUser: %1</source>
        <translation>Das Kontingent für AccessKeysPerUser kann nicht überschritten werden: %1</translation>
    </message>
    <message>
        <source>The user with name %1 cannot be found.</source>
        <translation>Der Benutzer mit dem Namen %1 wurde nicht gefunden.</translation>
    </message>
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
    <name>AuditCommand</name>
    <message>
        <source>switchboard: audit: unknown query &apos;%1&apos;; known: verify</source>
        <translation>switchboard: audit: unbekannte Abfrage &apos;%1&apos;; bekannt: verify</translation>
    </message>
    <message>
        <source>The audit trail of 1 event is intact.</source>
        <translation>Der Prüfpfad mit 1 Ereignis ist intakt.</translation>
    </message>
    <message>
        <source>The audit trail of %1 events is intact.</source>
        <translation>Der Prüfpfad mit %1 Ereignissen ist intakt.</translation>
    </message>
    <message>
        <source>The audit trail does not verify from event %1 on: that event was altered, or one before it was inserted or deleted.</source>
        <translation>Der Prüfpfad lässt sich ab Ereignis %1 nicht verifizieren: Dieses Ereignis wurde verändert, oder ein Ereignis davor wurde eingefügt oder gelöscht.</translation>
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
        <source>After sign-in, switch to this role, given as ACCOUNT/ROLE (account id or alias, role path and name), for scripted demos.</source>
        <translation>Nach der Anmeldung zu dieser Rolle wechseln, angegeben als KONTO/ROLLE (Konto-ID oder Kontoalias, Pfad und Name der Rolle), für skriptgesteuerte Demos.</translation>
    </message>
    <message>
        <source>account/role</source>
        <translation>Konto/Rolle</translation>
    </message>
    <message>
        <source>The display color of --switch-role: red, orange, yellow, green or blue.</source>
        <translation>Die Anzeigefarbe für --switch-role: red, orange, yellow, green oder blue.</translation>
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
        <source>Training: run the console&apos;s clock this many times faster (1, 10 or 60), so sessions expire in minutes.</source>
        <translation>Training: die Uhr der Konsole um diesen Faktor schneller laufen lassen (1, 10 oder 60), sodass Sitzungen schon nach Minuten ablaufen.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Where secrets are kept: keychain (the system keychain, the default) or file (an encrypted file beside the directory; the passphrase is asked at start, or read from SWITCHBOARD_SECRETS_PASSPHRASE by headless commands). Remembered for the next start.</source>
        <translation>Wo Geheimnisse aufbewahrt werden: keychain (der Systemschlüsselbund, Standard) oder file (eine verschlüsselte Datei neben der Verzeichnisdatei; die Passphrase wird beim Start abgefragt bzw. von Befehlen ohne Oberfläche aus SWITCHBOARD_SECRETS_PASSPHRASE gelesen). Wird für den nächsten Start gespeichert.</translation>
    </message>
    <message>
        <source>keychain|file</source>
        <translation>keychain|file</translation>
    </message>
    <message>
        <source>sts: read the user&apos;s console password from stdin.</source>
        <translation>sts: das Konsolenpasswort des Benutzers von stdin lesen.</translation>
    </message>
    <message>
        <source>sts assume-role: the role to assume.</source>
        <translation>sts assume-role: die zu übernehmende Rolle.</translation>
    </message>
    <message>
        <source>sts assume-role: the session&apos;s name.</source>
        <translation>sts assume-role: der Name der Sitzung.</translation>
    </message>
    <message>
        <source>sts: how long the credentials last.</source>
        <translation>sts: wie lange die Anmeldeinformationen gültig sind.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>sts assume-role: the external id the role&apos;s trust policy asks for.</source>
        <translation>sts assume-role: die externe ID, die die Vertrauensrichtlinie der Rolle verlangt.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>sts: the ARN of the user&apos;s MFA device.</source>
        <translation>sts: der ARN des MFA-Geräts des Benutzers.</translation>
    </message>
    <message>
        <source>sts: the 6-digit code of the MFA device.</source>
        <translation>sts: der 6-stellige Code des MFA-Geräts.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>sts assume-role: a session policy (JSON) that narrows the session.</source>
        <translation>sts assume-role: eine Sitzungsrichtlinie (JSON), die die Sitzung einschränkt.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>sts assume-role-with-saml: the SAML identity provider&apos;s ARN.</source>
        <translation>sts assume-role-with-saml: der ARN des SAML-Identitätsanbieters.</translation>
    </message>
    <message>
        <source>sts assume-role-with-saml: the federated user&apos;s name, as the identity provider vouches for it (in place of a signed assertion).</source>
        <translation>sts assume-role-with-saml: der Name des Verbundbenutzers, für den der Identitätsanbieter bürgt (anstelle einer signierten Assertion).</translation>
    </message>
    <message>
        <source>sts assume-role-with-saml: the assertion&apos;s audience (default https://signin.aws.amazon.com/saml).</source>
        <translation>sts assume-role-with-saml: die Zielgruppe (Audience) der Assertion (Standard: https://signin.aws.amazon.com/saml).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A desktop console for IAM users, groups, roles and policies, with Switch Role.

Without a command, the console opens. Commands (headless):
  list users|groups|roles|policies   list the directory&apos;s entities
  simulate --batch FILE|-             decide JSON Lines requests (no directory needed)
  simulate --principal ARN --action A [--action B...] [--resource ARN] [--context k=v...]
                                      simulate a user or role of the directory
  sts get-caller-identity|assume-role|get-session-token --user NAME [--account ID]
                                      STS as the AWS CLI answers it (password on stdin
                                      with --password-stdin, or SWITCHBOARD_PASSWORD)
  audit verify                        check the audit trail&apos;s hash chain
  sts assume-role-with-saml --principal-arn PROVIDER --role-arn ARN --saml-subject NAME
                                      a federated user signs in to a role; Switchboard
                                      plays the identity provider
</source>
        <translation>Eine Desktop-Konsole für IAM-Benutzer, -Gruppen, -Rollen und -Richtlinien, mit „Rolle wechseln“.

Ohne Befehl öffnet sich die Konsole. Befehle (ohne Oberfläche):
  list users|groups|roles|policies   die Entitäten des Verzeichnisses auflisten
  simulate --batch FILE|-             Anfragen als JSON Lines entscheiden (ohne Verzeichnis)
  simulate --principal ARN --action A [--action B...] [--resource ARN] [--context k=v...]
                                      einen Benutzer oder eine Rolle des Verzeichnisses simulieren
  sts get-caller-identity|assume-role|get-session-token --user NAME [--account ID]
                                      STS mit den Antworten der AWS CLI (Passwort über stdin
                                      mit --password-stdin oder in SWITCHBOARD_PASSWORD)
  audit verify                        die Hash-Kette des Prüfpfads prüfen
  sts assume-role-with-saml --principal-arn PROVIDER --role-arn ARN --saml-subject NAME
                                      ein Verbundbenutzer meldet sich in einer Rolle an;
                                      Switchboard tritt als Identitätsanbieter auf
</translation>
    </message>
    <message>
        <source>After sign-in, open a tool window: simulator (with --open ARN as the principal and --action as the actions to simulate), switch-role (filled from --switch-role, --color and --display-name) or keychain.</source>
        <translation>Nach der Anmeldung ein Werkzeugfenster öffnen: simulator (mit --open ARN als Prinzipal und --action als zu simulierende Aktionen), switch-role (ausgefüllt aus --switch-role, --color und --display-name) oder keychain.</translation>
    </message>
    <message>
        <source>With --open, show the tab of the page with this title, e.g. &quot;Security credentials&quot;.</source>
        <translation>Mit --open die Registerkarte der Seite mit diesem Titel anzeigen, z. B. „Sicherheitsanmeldeinformationen“.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
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
    <message>
        <source>Sign in to switch roles.</source>
        <translation>Melden Sie sich an, um Rollen zu wechseln.</translation>
    </message>
    <message>
        <source>A federated session cannot switch roles in the console. Sign out and sign in as an IAM user.</source>
        <translation>In einer Verbundsitzung können in der Konsole keine Rollen gewechselt werden. Melden Sie sich ab und als IAM-Benutzer wieder an.</translation>
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
        <translation>In diesem Verzeichnis gibt es kein Konto %1.</translation>
    </message>
    <message>
        <source>The role with name %1 cannot be found in account %2.</source>
        <translation>Die Rolle mit dem Namen %1 wurde im Konto %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>The role %1 requires an external ID (sts:ExternalId), which the console cannot send. Assume it with the API or the CLI: switchboard sts assume-role --external-id ...</source>
        <translation>Die Rolle %1 erfordert eine externe ID (sts:ExternalId), die die Konsole nicht senden kann. Übernehmen Sie die Rolle über die API oder die CLI: switchboard sts assume-role --external-id ...</translation>
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
        <source>Federated sign-in is not available.</source>
        <translation>Die Verbundanmeldung ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The role %1 cannot be found.</source>
        <translation>Die Rolle %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>There is no role session whose credentials to show.</source>
        <translation>Es gibt keine Rollensitzung, deren Anmeldeinformationen angezeigt werden könnten.</translation>
    </message>
    <message>
        <source>Enter the code from your MFA device to finish signing in.</source>
        <translation>Geben Sie den Code von Ihrem MFA-Gerät ein, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>MFA sign-in needs the secret store.</source>
        <translation>Die MFA-Anmeldung erfordert den Geheimnisspeicher.</translation>
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
        <source>Removes the secrets of sessions that expired or ended, and of entries whose owner no longer exists.</source>
        <translation>Entfernt die Geheimnisse abgelaufener oder beendeter Sitzungen sowie von Einträgen, deren Besitzer nicht mehr existiert.</translation>
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
    <message>
        <source>&amp;Training clock</source>
        <translation>&amp;Trainingsuhr</translation>
    </message>
    <message>
        <source>&amp;Real time</source>
        <translation>&amp;Echtzeit</translation>
    </message>
    <message>
        <source>&amp;10 times faster</source>
        <translation>&amp;10-mal schneller</translation>
    </message>
    <message>
        <source>&amp;60 times faster</source>
        <translation>&amp;60-mal schneller</translation>
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
</context>
<context>
    <name>MfaDeviceManager</name>
    <message>
        <source>Authentication code for device is not valid.</source>
        <translation>Der Authentifizierungscode für das Gerät ist ungültig.</translation>
    </message>
    <message>
        <source>The user with name %1 cannot be found.</source>
        <translation>Der Benutzer mit dem Namen %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>MFADevice entity at the same path and name already exists.</source>
        <translation>Eine MFADevice-Entität mit demselben Pfad und Namen ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Cannot exceed quota for MFADevicesPerUser: %1</source>
        <translation>Das Kontingent für MFADevicesPerUser kann nicht überschritten werden: %1</translation>
    </message>
    <message>
        <source>The MFA device&apos;s secret could not be stored: %1</source>
        <translation>Das Geheimnis des MFA-Geräts konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>MFA device with serial number %1 does not exist.</source>
        <translation>Das MFA-Gerät mit der Seriennummer %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The device was removed, but its secret could not be deleted from %1: %2</source>
        <translation>Das Gerät wurde entfernt, aber sein Geheimnis konnte nicht aus %1 gelöscht werden: %2</translation>
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
    <name>QrCodeView</name>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
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
        <source>Cannot exceed quota for AccessKeysPerUser: %1</source>
        <translation>Das Kontingent für AccessKeysPerUser kann nicht überschritten werden: %1</translation>
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
        <source>e.g. alice@example.com</source>
        <translation>z. B. alice@example.com</translation>
    </message>
    <message>
        <source>Switchboard plays the identity provider: it vouches for the user name you enter. The role&apos;s trust policy still decides.</source>
        <translation>Switchboard tritt als Identitätsanbieter auf: Es bürgt für den Benutzernamen, den Sie eingeben. Die Entscheidung trifft weiterhin die Vertrauensrichtlinie der Rolle.</translation>
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
        <source>Sign in as IAM user instead</source>
        <translation>Stattdessen als IAM-Benutzer anmelden</translation>
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
        <source>the following arguments are required: %1</source>
        <translation>die folgenden Argumente sind erforderlich: %1</translation>
    </message>
    <message>
        <source>a password is required: pass it on stdin with --password-stdin or in SWITCHBOARD_PASSWORD</source>
        <translation>ein Passwort ist erforderlich: Übergeben Sie es über stdin mit --password-stdin oder in SWITCHBOARD_PASSWORD</translation>
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
    <message>
        <source>%1 ▾</source>
        <translation>%1 ▾</translation>
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
    <message>
        <source>switchboard: --clock-speed must be 1, 10 or 60, not %1</source>
        <translation>switchboard: --clock-speed muss 1, 10 oder 60 sein, nicht %1</translation>
    </message>
</context>
</TS>
