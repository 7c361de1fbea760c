#pragma once

#include "iam/passwordpolicy.h"

#include <QWidget>

class FieldError;
class QCheckBox;
class QLabel;
class QLineEdit;

// A console password with its confirmation, the account policy's rules
// listed under it and checked as the user types, and "require a new password
// at next sign-in". Errors about the password (PasswordPolicyViolation) show
// in its own error line.
class PasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordField(const PasswordPolicy& policy, QWidget* parent = nullptr);

    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QCheckBox* requireResetBox() const { return m_requireReset; }
    FieldError* error() const { return m_error; }
    QLabel* rulesLabel() const { return m_rules; }

    QString password() const;
    bool requireReset() const;
    // A password typed twice alike. Whether it meets the policy is the
    // service's answer (the rules above say it beforehand), so the error
    // shows here exactly as IAM words it.
    bool isComplete() const;

Q_SIGNALS:
    void changed();

private:
    void refresh();
    QString rulesText() const;

    PasswordPolicy m_policy;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QCheckBox* m_requireReset;
    QLabel* m_rules;
    FieldError* m_error;
};
