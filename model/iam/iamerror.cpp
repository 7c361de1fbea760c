#include "iam/iamerror.h"

#include <utility>

IamError::IamError(QString code, QString message, int httpStatus)
    : m_code(std::move(code))
    , m_message(std::move(message))
    , m_httpStatus(httpStatus)
{}

IamError IamError::validation(const QString& message)
{
    return {QStringLiteral("ValidationError"), message, 400};
}

IamError IamError::invalidInput(const QString& message)
{
    return {QStringLiteral("InvalidInput"), message, 400};
}

IamError IamError::entityAlreadyExists(const QString& message)
{
    return {QStringLiteral("EntityAlreadyExists"), message, 409};
}

IamError IamError::noSuchEntity(const QString& message)
{
    return {QStringLiteral("NoSuchEntity"), message, 404};
}

IamError IamError::limitExceeded(const QString& message)
{
    return {QStringLiteral("LimitExceeded"), message, 409};
}

IamError IamError::deleteConflict(const QString& message)
{
    return {QStringLiteral("DeleteConflict"), message, 409};
}

IamError IamError::malformedPolicyDocument(const QString& message)
{
    return {QStringLiteral("MalformedPolicyDocument"), message, 400};
}

IamError IamError::unmodifiableEntity(const QString& message)
{
    return {QStringLiteral("UnmodifiableEntity"), message, 400};
}

IamError IamError::accessDenied(const QString& message)
{
    return {QStringLiteral("AccessDenied"), message, 403};
}

IamError IamError::expiredToken(const QString& message)
{
    return {QStringLiteral("ExpiredToken"), message, 403};
}

IamError IamError::invalidClientTokenId(const QString& message)
{
    return {QStringLiteral("InvalidClientTokenId"), message, 403};
}

IamError IamError::packedPolicyTooLarge(const QString& message)
{
    return {QStringLiteral("PackedPolicyTooLarge"), message, 400};
}

IamError IamError::passwordPolicyViolation(const QString& message)
{
    return {QStringLiteral("PasswordPolicyViolation"), message, 400};
}

IamError IamError::concurrentModification()
{
    // AWS's wording of ConcurrentModificationException.
    return {QStringLiteral("ConcurrentModification"),
            QStringLiteral("The request was rejected because multiple requests to change this "
                           "object were submitted simultaneously. Wait a few minutes and submit "
                           "your request again."),
            409};
}

IamError IamError::undoConflict(const QString& message)
{
    return {QStringLiteral("UndoConflict"), message, 409};
}

IamError IamError::serviceFailure(const QString& message)
{
    return {QStringLiteral("ServiceFailure"), message, 500};
}

IamError IamError::constraintViolation(const QString& value, const QString& field,
                                       const QString& constraint)
{
    return validation(QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to "
                                     "satisfy constraint: Member must %3")
                          .arg(value, field, constraint))
        .withParameter(field);
}

IamError IamError::withParameter(const QString& parameter) const
{
    IamError about = *this;
    about.m_parameter = parameter;
    return about;
}

QString IamError::toString() const
{
    return m_code + QStringLiteral(": ") + m_message;
}

IamError IamError::noSuchEntity(EntityKind kind, const QString& name)
{
    return noSuchEntity(
        QStringLiteral("The %1 with name %2 cannot be found.").arg(entityKindName(kind), name));
}

IamError IamError::noSuchPolicy(const QString& policyArn)
{
    return noSuchEntity(
        QStringLiteral("Policy %1 does not exist or is not attachable.").arg(policyArn));
}
