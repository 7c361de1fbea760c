#pragma once

#include <QHash>
#include <QList>
#include <QString>

// An AWS config file (~/.aws/config) as the AWS CLI reads it: its sections,
// each with its settings and the lines they were on, for messages that point
// at the line to fix.
struct AwsConfigFile
{
    struct Setting
    {
        QString value;
        int line = 0;
    };

    struct Section
    {
        enum Kind
        {
            Profile,    // [default] or [profile NAME]
            SsoSession, // [sso-session NAME]
            Services,   // [services NAME]
            Other       // anything else: the AWS CLI does not read it as a profile
        };
        Kind kind = Other;
        QString header; // between the brackets, as written
        QString name;   // the profile's name ("default" for [default])
        int line = 0;   // of the header
        // Keys in lower case, as the AWS CLI reads them; sub-sections
        // ("s3 =" followed by indented lines) are left out.
        QHash<QString, Setting> settings;

        bool has(const QString& key) const { return settings.contains(key); }
        QString value(const QString& key) const { return settings.value(key).value; }
        int lineOf(const QString& key) const { return settings.value(key, {{}, line}).line; }
    };

    QString fileName; // as messages name it
    QList<Section> sections;

    QList<Section> profiles() const
    {
        QList<Section> out;
        for (const Section& s : sections)
            if (s.kind == Section::Profile)
                out.append(s);
        return out;
    }
    const Section* profile(const QString& name) const
    {
        for (const Section& s : sections)
            if (s.kind == Section::Profile && s.name == name)
                return &s;
        return nullptr;
    }
};
