<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>A desktop console for IAM users, groups, roles and policies, with Switch Role.

Without a command, the console opens. Commands (headless):
  list users|groups|roles|policies   list the directory&apos;s entities
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory file (SQLite). Created with the demo directory when absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a missing directory file empty, without the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for every demo user when the demo directory is created (also SWITCHBOARD_DEMO_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id or alias the command applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this IAM user at start (with --account; the password is read from SWITCHBOARD_PASSWORD), for scripted demos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After sign-in, show this user, group, role or policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the console&apos;s window to this file once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A headless command, e.g. list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Your authentication information is incorrect. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. The user %1 is locked out for %n more minute(s), until %2 UTC.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a user, group, role or policy in the navigator to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer managed policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum session duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and applications that switch to this role get temporary credentials for at most %1. It can be set from 1 to 12 hours; a switch from the console lasts no longer than what is left of the user&apos;s own session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS managed policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer managed policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console password: enabled (reset required at next sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console password: enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console password: not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual MFA device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-factor authentication (MFA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>usage: switchboard list users|groups|roles|policies [--account ID] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NoSuchEntity: The account %1 is not in this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;A desktop console for IAM users, groups, roles and policies, and for switching roles with temporary credentials, over a local directory.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM — %1 @ %2 — Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Filter by name or ARN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as IAM user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-digit account ID or account alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID (12 digits) or account alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ %2 ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account alias: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The cat-photo company&apos;s directory is ready.&lt;/b&gt;&lt;br&gt;Two accounts, catphoto-prod and catphoto-dev, with developers, administrators and a security engineer, and roles that show what Switch Role teaches. Sign in as John, a developer, and try to list the IAM users; then switch to the SecurityEngineer role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These passwords are shown only now. Switchboard keeps only their hashes: copy them before you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>switchboard: unknown command &apos;%1&apos; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo sign-in: %1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
