#pragma once

#include "iam/arn.h"

#include <QDateTime>
#include <QString>

// An IAM SAML identity provider (CreateSAMLProvider): a name in an account
// and the provider's SAML metadata document, whose signing certificates
// decide which assertions AssumeRoleWithSAML accepts.
struct SamlProvider
{
    QString accountId;
    QString name;
    QString metadataDocument;
    QDateTime createDate;
    QDateTime validUntil; // from the metadata

    // arn:aws:iam::<account>:saml-provider/<name>
    static Arn arnFor(const QString& accountId, const QString& name)
    {
        return Arn(QStringLiteral("iam"), QString(), accountId,
                   QStringLiteral("saml-provider/") + name);
    }
    Arn arn() const { return arnFor(accountId, name); }
};
