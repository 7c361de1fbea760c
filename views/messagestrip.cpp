#include "messagestrip.h"

#include "fielderror.h"

MessageStrip::MessageStrip(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("MessageStrip"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageStrip::claim(const QString& code, FieldError* field, const QString& parameter)
{
    m_claims.append({code, parameter, field});
}

FieldError* MessageStrip::fieldFor(const IamError& error) const
{
    for (const Claim& claim : m_claims)
        if (claim.field && claim.code == error.code() &&
            (claim.parameter.isEmpty() || claim.parameter == error.parameter()))
            return claim.field;
    return nullptr;
}

void MessageStrip::showError(const IamError& error)
{
    clearAll();
    if (error.isNull())
        return;
    m_lastCode = error.code();
    if (FieldError* field = fieldFor(error)) {
        field->setError(m_codesInFields ? tr("%1: %2").arg(error.code(), error.message())
                                        : error.message());
        return;
    }
    setText(tr("%1: %2").arg(error.code(), error.message()));
    show();
}

void MessageStrip::clearAll()
{
    clear();
    hide();
    m_lastCode.clear();
    for (const Claim& claim : std::as_const(m_claims))
        if (claim.field)
            claim.field->setError({});
}

QString MessageStrip::error() const
{
    return isHidden() ? QString() : text();
}
