#pragma once

#include <QDialog>

class ConsoleSession;
class Directory;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class SamlIdentityProvider;
class StsService;

// AWS's sign-in choice: "Root user" (the account's email address and
// password) or "IAM user" (account id or alias, user name, password). Or, as
// a federated user, through an identity provider (SAML) straight into a role
// that trusts it: Switchboard's identity provider authenticates the person
// (a user of the provider's account: password, MFA code when they have a
// device) and signs an assertion, which the sign-in then posts to
// AssumeRoleWithSAML, as AWS's sign-in page does. Accepted once the session
// has signed the user in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // Without sts there is no federated sign-in through the built-in identity provider.
    explicit SignInDialog(ConsoleSession* session, const Directory& directory,
                          StsService* sts = nullptr, QWidget* parent = nullptr);

    void setAccount(const QString& account);
    void setUserName(const QString& userName);
    QLineEdit* accountEdit() const { return m_account; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    // The choice between the root user and an IAM user, as on AWS's sign-in page.
    QRadioButton* rootUserButton() const { return m_rootChoice; }
    QRadioButton* iamUserButton() const { return m_iamChoice; }
    QLineEdit* emailEdit() const { return m_email; }
    bool isRootSignIn() const;
    void showRootSignIn(bool root);
    QPushButton* signInButton() const { return m_signIn; }
    // Shown after the password of a user with an MFA device was accepted:
    // the code from the device finishes the sign-in.
    QLineEdit* mfaCodeEdit() const { return m_mfaCode; }
    bool isAskingForMfaCode() const;
    QString errorText() const;

    // The federated page: provider, role, and the person at the provider
    // (user name, password, MFA code).
    void showFederatedSignIn(bool federated);
    bool isFederatedSignIn() const;
    QComboBox* providerBox() const { return m_provider; }
    QComboBox* federatedRoleBox() const { return m_federatedRole; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QLineEdit* idpPasswordEdit() const { return m_idpPassword; }
    QLineEdit* idpMfaCodeEdit() const { return m_idpMfaCode; }

    // Clears the password and any error, for the next sign-in.
    void reset();

private:
    void submit();
    void submitFederated();
    void submitMfaCode();
    void askForMfaCode(bool ask);
    // Shows the fields of the root or the IAM user sign-in.
    void applySignInKind();
    void updateButton();
    QWidget* createUserPage();
    QWidget* createFederatedPage();
    void loadProviders();
    void loadFederatedRoles();
    void showError(const QString& message);
    // The password must be changed before the sign-in completes.
    void askForNewPassword(const QString& reason);

    ConsoleSession* m_session;
    const Directory& m_directory;
    QLineEdit* m_account;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_email;
    QRadioButton* m_rootChoice;
    QRadioButton* m_iamChoice;
    QLineEdit* m_mfaCode;
    QFormLayout* m_userForm = nullptr;
    QComboBox* m_provider;
    QComboBox* m_federatedRole;
    QLineEdit* m_subject;
    QLineEdit* m_idpPassword;
    QLineEdit* m_idpMfaCode;
    SamlIdentityProvider* m_identityProvider = nullptr; // none without STS
    QStackedWidget* m_pages;
    QLabel* m_title;
    QPushButton* m_switchMode;
    QLabel* m_error;
    QPushButton* m_signIn;
};
