<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditTrailWindow</name>
    <message numerus="yes">
        <source>Chain intact (%n event(s))</source>
        <translation>
            <numerusform>Chain intact (%n event)</numerusform>
            <numerusform>Chain intact (%n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. The user %1 is locked out for %n more minute(s), until %2 UTC.</source>
        <translation>
            <numerusform>Too many failed sign-in attempts. The user %1 is locked out for %n more minute, until %2 UTC.</numerusform>
            <numerusform>Too many failed sign-in attempts. The user %1 is locked out for %n more minutes, until %2 UTC.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthzDetailsImporter</name>
    <message numerus="yes">
        <source>%1 (%n entities)</source>
        <translation>
            <numerusform>%1 (%n entity)</numerusform>
            <numerusform>%1 (%n entities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account %1 already has %n users, groups, roles or policies; import with --replace to replace them.</source>
        <translation>
            <numerusform>Account %1 already has %n user, group, role or policy; import with --replace to replace it.</numerusform>
            <numerusform>Account %1 already has %n users, groups, roles or policies; import with --replace to replace them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities of account %1 are left out: the import is of account %2.</source>
        <translation>
            <numerusform>%n entity of account %1 is left out: the import is of account %2.</numerusform>
            <numerusform>%n entities of account %1 are left out: the import is of account %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthzDetailsParser</name>
    <message numerus="yes">
        <source>%n versions are marked as the default; exactly one must be</source>
        <translation>
            <numerusform>%n version is marked as the default; exactly one must be</numerusform>
            <numerusform>%n versions are marked as the default; exactly one must be</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateRoleWizard</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryAdmin</name>
    <message numerus="yes">
        <source>Import the organization (%n step(s))</source>
        <translation>
            <numerusform>Import the organization (%n step)</numerusform>
            <numerusform>Import the organization (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EffectivePermissionsPanel</name>
    <message numerus="yes">
        <source>%1 of %n permission(s) match the filter.</source>
        <translation>
            <numerusform>%1 of %n permission matches the filter.</numerusform>
            <numerusform>%1 of %n permissions match the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s).</source>
        <translation>
            <numerusform>%n permission.</numerusform>
            <numerusform>%n permissions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsWindow</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n high</numerusform>
            <numerusform>%n high</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainWindow</name>
    <message numerus="yes">
        <source>Removed %n secret(s).</source>
        <translation>
            <numerusform>Removed %n secret.</numerusform>
            <numerusform>Removed %n secrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s); %1 can be purged.</source>
        <translation>
            <numerusform>%n secret; %1 can be purged.</numerusform>
            <numerusform>%n secrets; %1 can be purged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipMatrixModel</name>
    <message numerus="yes">
        <source>%1 is in %n group(s)</source>
        <translation>
            <numerusform>%1 is in %n group</numerusform>
            <numerusform>%1 is in %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s)</source>
        <translation>
            <numerusform>%1 has %n member</numerusform>
            <numerusform>%1 has %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipMatrixWindow</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1</source>
        <translation>
            <numerusform>Exported %n user to %1</numerusform>
            <numerusform>Exported %n users to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationsCommand</name>
    <message numerus="yes">
        <source>Imported the organization: %n change(s).</source>
        <translation>
            <numerusform>Imported the organization: %n change.</numerusform>
            <numerusform>Imported the organization: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the organization: %n file(s) in %1.</source>
        <translation>
            <numerusform>Exported the organization: %n file in %1.</numerusform>
            <numerusform>Exported the organization: %n files in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyPicker</name>
    <message numerus="yes">
        <source>%n policy(ies) selected</source>
        <translation>
            <numerusform>%n policy selected</numerusform>
            <numerusform>%n policies selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityCredentialsPanel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDurationEdit</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
</TS>
