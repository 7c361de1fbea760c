#pragma once

#include "iam/entitykind.h"

#include <QString>

// An error as AWS reports it: a code clients branch on, a message people read,
// and the HTTP status the query API would answer with. Crosses module
// boundaries as a value. It may also name the request parameter it is about
// ("userName", or a quota such as "PolicySize"), so a form can put it beside
// the right field without reading the message; the wire never carries it.
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
    // constraint: Member must ..." as the service words it; its parameter is field.
    static IamError constraintViolation(const QString& value, const QString& field,
                                        const QString& constraint);

    const QString& code() const { return m_code; }
    const QString& message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    // The request parameter or quota the error is about; empty when it is about none.
    const QString& parameter() const { return m_parameter; }
    bool isNull() const { return m_code.isEmpty(); }

    // The same error, about this parameter; code, message and status unchanged.
    [[nodiscard]] IamError withParameter(const QString& parameter) const;

    // "Code: message", for logs and the command line.
    QString toString() const;

    // The parameter takes part: the same words about another field are another error.
    bool operator==(const IamError& other) const = default;

private:
    QString m_code;
    QString m_message;
    int m_httpStatus = 0;
    QString m_parameter;
};
