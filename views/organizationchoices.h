#pragma once

#include "iam/iamerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class DirectoryAdmin;

// What a dialog of the organization may offer: the root and its OUs (nested,
// labelled with their path) and the accounts in each, as far as the caller
// may list them (organizations:ListRoots, ListOrganizationalUnitsForParent,
// ListAccountsForParent). Parts the caller may not list are left out; the
// first refusal is kept to say why.
struct OrganizationChoices
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationChoices)

public:
    struct Choice
    {
        QString id;       // "r-...", "ou-..." or an account id
        QString label;    // "Root / Workloads" or "catphoto-dev (444455556666)"
        QString parentId; // accounts: where the account is now
    };

    QList<Choice> parents;  // the root first, then its OUs depth-first
    QList<Choice> accounts; // in parents' order
    IamError denied;        // null when everything could be listed

    static OrganizationChoices load(const DirectoryAdmin& admin);

    // The label of a parent or account, or the id itself when not offered.
    QString labelOf(const QString& id) const;
};
