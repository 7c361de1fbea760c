#pragma once

#include "iam/passwordpolicy.h"

#include <QDialog>

class DirectoryAdmin;
class MessageStrip;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

// The account's password policy, as the console's "Edit password policy":
// length, character classes, expiry, reuse prevention, whether users may
// change their own password. An account without a policy shows AWS's
// default; "Use AWS's default" deletes the account's policy.
class PasswordPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordPolicyDialog(DirectoryAdmin* admin, const QString& accountId,
                         QWidget* parent = nullptr);

    // The policy the fields describe.
    PasswordPolicy policy() const;
    void setPolicy(const PasswordPolicy& policy);
    bool showsAwsDefault() const;

    QSpinBox* minimumLengthBox() const { return m_minimumLength; }
    QCheckBox* uppercaseBox() const { return m_uppercase; }
    QCheckBox* lowercaseBox() const { return m_lowercase; }
    QCheckBox* numbersBox() const { return m_numbers; }
    QCheckBox* symbolsBox() const { return m_symbols; }
    QCheckBox* expireBox() const { return m_expire; }
    QSpinBox* maxAgeBox() const { return m_maxAge; }
    QCheckBox* hardExpiryBox() const { return m_hardExpiry; }
    QCheckBox* reuseBox() const { return m_reuse; }
    QSpinBox* reuseCountBox() const { return m_reuseCount; }
    QCheckBox* allowChangeBox() const { return m_allowChange; }
    QLabel* defaultNote() const { return m_defaultNote; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* useDefaultButton() const { return m_useDefault; }
    MessageStrip* messageStrip() const { return m_strip; }

Q_SIGNALS:
    void policyChanged(const QString& accountId);

private:
    void updateEnabled();
    void save();
    void useDefault();

    DirectoryAdmin* m_admin;
    QString m_accountId;
    MessageStrip* m_strip;
    QLabel* m_defaultNote;
    QSpinBox* m_minimumLength;
    QCheckBox* m_uppercase;
    QCheckBox* m_lowercase;
    QCheckBox* m_numbers;
    QCheckBox* m_symbols;
    QCheckBox* m_expire;
    QSpinBox* m_maxAge;
    QCheckBox* m_hardExpiry;
    QCheckBox* m_reuse;
    QSpinBox* m_reuseCount;
    QCheckBox* m_allowChange;
    QPushButton* m_save;
    QPushButton* m_useDefault;
};
