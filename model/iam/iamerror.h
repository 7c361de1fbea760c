#pragma once

#include "iam/entitykind.h"

#include <QString>

// An error as AWS reports it: a code clients branch on, a message people read,
// and the HTTP status the query API would answer with. Crosses module
// boundaries as a value.
class IamError
{
public:
    IamError() = default;
    IamError(QString code, QString message, int httpStatus);

    static IamError validation(const QString& message);
    static IamError invalidInput(const QString& message);
    static IamError entityAlreadyExists(const QString& message);
    static IamError noSuchEntity(const QString& message);
    // "The user with name X cannot be found." (users, groups, roles)
    static IamError noSuchEntity(EntityKind kind, const QString& name);
    // "Policy ARN does not exist or is not attachable."
    static IamError noSuchPolicy(const QString& policyArn);
    static IamError limitExceeded(const QString& message);
    static IamError deleteConflict(const QString& message);
    static IamError malformedPolicyDocument(const QString& message);
    static IamError unmodifiableEntity(const QString& message);
    static IamError accessDenied(const QString& message);
    static IamError expiredToken(const QString& message);
    // STS: credentials that are unknown or whose session token does not verify (403).
    static IamError invalidClientTokenId(const QString& message);
    // STS: session policies too large once packed (400).
    static IamError packedPolicyTooLarge(const QString& message);
    static IamError serviceFailure(const QString& message);
    // A password the account's password policy refuses (400).
    static IamError passwordPolicyViolation(const QString& message);
    // Another request changed the same object at the same moment (409).
    static IamError concurrentModification();
    // An undo or redo over rows that changed since the edit (409).
    static IamError undoConflict(const QString& message);

    // "1 validation error detected: Value 'x' at 'userName' failed to satisfy
    // constraint: Member must ..." as the service words it.
    static IamError constraintViolation(const QString& value, const QString& field,
                                        const QString& constraint);

    const QString& code() const { return m_code; }
    const QString& message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    bool isNull() const { return m_code.isEmpty(); }

    // "Code: message", for logs and the command line.
    QString toString() const;

    bool operator==(const IamError& other) const = default;

private:
    QString m_code;
    QString m_message;
    int m_httpStatus = 0;
};
