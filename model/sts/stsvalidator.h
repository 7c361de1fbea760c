#pragma once

#include "iam/result.h"
#include "iam/tag.h"

#include <QString>
#include <QStringList>

// Checks STS parameters the way the service does before anything else, and
// reports every violation in one ValidationError: "2 validation errors
// detected: Value 'x' at 'roleSessionName' failed to satisfy constraint:
// Member must ...; Value ...", about the first parameter that failed.
class StsValidator
{
public:
    // Parameters that must be present: "Value null at 'roleArn' ... Member must not be null".
    void required(const QString& field, const QString& value);
    void roleArn(const QString& field, const QString& value);
    // RoleSessionName, and the SAML subject that becomes one: 2-64 of [\w+=,.@-].
    void roleSessionName(const QString& field, const QString& value);
    void sourceIdentity(const QString& value);
    // An AWS service principal assuming a role: "ec2.amazonaws.com".
    void servicePrincipal(const QString& value);
    void externalId(const QString& value);
    void tokenCode(const QString& value);
    void serialNumber(const QString& value);
    // The inline session Policy: at most 2,048 characters, whitespace counted.
    void sessionPolicy(const QString& value);
    void policyArnCount(qsizetype count);
    // Session Tags and TransitiveTagKeys: up to 50 each, keys 1-128 and
    // values 0-256 characters of [\p{L}\p{Z}\p{N}_.:/=+\-@].
    void sessionTags(const TagList& tags, const QStringList& transitiveTagKeys);
    void duration(int value, int min, int max);

    bool ok() const { return m_violations.isEmpty(); }
    Result<void> result() const;

private:
    void pattern(const QString& field, const QString& value, const QString& regex,
                 const QString& shown);
    void length(const QString& field, const QString& value, int min, int max);
    void violation(const QString& value, const QString& field, const QString& constraint);
    void record(const QString& field, const QString& violation);

    QStringList m_violations;
    QString m_firstField;
};
