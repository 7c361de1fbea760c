#pragma once

#include "iam/iamerror.h"

#include <QLabel>
#include <QList>
#include <QPointer>

class FieldError;

// The error strip at the top of an administration dialog. An error whose
// code (and parameter) a field has claimed (a duplicate name next to the
// name, a malformed policy under the editor) goes to that field; any other
// error (access denied, a conflict) shows here with its AWS code and message.
// Errors are matched by code and IamError::parameter(), never by their text.
class MessageStrip : public QLabel
{
    Q_OBJECT

public:
    explicit MessageStrip(QWidget* parent = nullptr);

    // Errors with this code show in field from now on; with a parameter, only
    // those about it ("roleName", or a quota such as "PolicySize"). The first
    // matching claim wins, so parameter claims go before a code's catch-all.
    void claim(const QString& code, FieldError* field, const QString& parameter = {});
    // Fields show "Code: message", as the Organizations console does.
    void setCodesInFields(bool shown) { m_codesInFields = shown; }
    // Whether a field has claimed this error.
    bool claims(const IamError& error) const { return fieldFor(error) != nullptr; }
    // Clears every message first, so only this error shows.
    void showError(const IamError& error);
    // Clears the strip and every claimed field.
    void clearAll();
    // "Code: message" while shown; empty while hidden.
    QString error() const;
    // The code of the error shown last, wherever it went; empty after clearAll().
    QString lastCode() const { return m_lastCode; }

private:
    struct Claim
    {
        QString code;
        QString parameter;
        QPointer<FieldError> field;
    };
    FieldError* fieldFor(const IamError& error) const;

    QString m_lastCode;
    bool m_codesInFields = false;
    QList<Claim> m_claims;
};
