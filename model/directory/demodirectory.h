#pragma once

#include "iam/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class Directory;

// The cat-photo demo directory, declared in the resource
// :/switchboard/demo/demo-directory.json: two accounts, users in groups,
// customer-managed policies and roles that each show one idea of IAM and
// Switch Role.
class DemoDirectory
{
public:
    // A demo user's or an account's root user's console sign-in; the
    // password exists only here, the directory keeps its scrypt hash.
    struct Credential
    {
        QString account; // the alias, as typed at sign-in
        QString accountId;
        QString userName; // empty for a root user
        QString userArn;  // arn:aws:iam::<account>:root for a root user
        QString password;
        QString email; // root users only: what they sign in with
        bool isRoot() const { return !email.isEmpty(); }
    };

    // The email address of a demo account's root user: root@<alias>.example.
    static QString rootEmail(const QString& accountAlias);

    // Creates the demo in one transaction. Every user, and every account's
    // root user, gets a console password: the hash of password when given,
    // else of a freshly generated password each. Returns every user's and
    // root user's credentials, to be shown once.
    static Result<QList<Credential>> seed(Directory& directory, const QString& password = {});
    // The same from another definition of the same shape.
    static Result<QList<Credential>> seed(Directory& directory, const QString& password,
                                          const QByteArray& definition);

    // Seeds a new directory, in the transaction that claims its first
    // contents (Directory::claimFirstContents): once, however many consoles
    // open it at once; a failed seed leaves it awaiting them. None when
    // another caller had claimed them, or the directory holds accounts.
    static Result<std::optional<QList<Credential>>>
    seedNew(Directory& directory, const QString& password = {},
            const QByteArray& definition = builtInDefinition());

    static QByteArray builtInDefinition();
};
