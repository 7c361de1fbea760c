#pragma once

#include "iam/role.h"
#include "items/trustpolicybuilder.h"

#include <QMap>
#include <QWizard>

class BoundaryComboBox;
class DirectoryAdmin;
class FieldError;
class MessageStrip;
class PolicyEditor;
class PolicyPicker;
class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;
class QTableWidget;
class SessionDurationEdit;

// The console's "Create role": (1) the trusted entity, from which the trust
// policy is written and shown (or a custom trust policy typed in), (2) the
// managed policies to attach and an optional permissions boundary, (3) name,
// path, description, maximum session duration and tags, (4) review and
// Create role. A problem shows next to its field and the wizard stays on, or
// returns to, the page that has it; nothing is created until everything is
// accepted.
class CreateRoleWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        TrustPage,
        PermissionsPage,
        DetailsPage,
        ReviewPage
    };
    enum class TrustChoice
    {
        AwsService,
        AwsAccount,
        WebIdentity,
        Saml,
        Custom
    };

    CreateRoleWizard(DirectoryAdmin* admin, const QString& accountId, QWidget* parent = nullptr);

    void chooseTrust(TrustChoice choice);
    TrustChoice trustChoice() const;
    // The trust policy the role would get, as shown on the first page.
    QString trustPolicy() const;
    // The role as the form describes it (not yet created).
    Role role() const;

    QAbstractButton* trustButton(TrustChoice choice) const;
    QComboBox* serviceBox() const { return m_service; }
    QRadioButton* thisAccountButton() const { return m_thisAccount; }
    QRadioButton* otherAccountButton() const { return m_otherAccount; }
    QLineEdit* otherAccountEdit() const { return m_otherAccountId; }
    QCheckBox* requireExternalIdBox() const { return m_requireExternalId; }
    QLineEdit* externalIdEdit() const { return m_externalId; }
    QCheckBox* requireMfaBox() const { return m_requireMfa; }
    QComboBox* webProviderBox() const { return m_webProvider; }
    QLineEdit* webAudienceEdit() const { return m_webAudience; }
    QLineEdit* samlProviderEdit() const { return m_samlProvider; }
    QLineEdit* samlAudienceEdit() const { return m_samlAudience; }
    PolicyEditor* trustEditor() const { return m_trustEditor; }
    PolicyPicker* policyPicker() const { return m_picker; }
    BoundaryComboBox* boundaryBox() const { return m_boundary; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* descriptionEdit() const { return m_description; }
    SessionDurationEdit* durationEdit() const { return m_duration; }
    QTableWidget* tagTable() const { return m_tags; }
    void addTag(const QString& key, const QString& value);
    // The strip on the review page: access denied and other errors of Create.
    MessageStrip* messageStrip() const { return m_reviewStrip; }

    enum class Field
    {
        Services,
        Account,
        ExternalId,
        WebProvider,
        WebAudience,
        SamlProvider,
        SamlAudience,
        TrustPolicy,
        Policies,
        Name,
        Path,
        Description,
        Duration,
        Tags
    };
    // The error shown next to a field; empty when none.
    QString fieldError(Field field) const;

    bool validateCurrentPage() override;
    void initializePage(int id) override;

Q_SIGNALS:
    void roleCreated(const Role& role);

private:
    QWizardPage* createTrustPage();
    QWidget* createServiceOptions();
    QWidget* createAccountOptions();
    QWidget* createWebIdentityOptions();
    QWidget* createSamlOptions();
    QWizardPage* createPermissionsPage();
    QWizardPage* createDetailsPage();
    QWizardPage* createReviewPage();
    FieldError* addFieldError(Field field, QWidget* parent);

    TrustPolicyBuilder builder() const;
    void trustChanged();
    bool validateTrust();
    bool validatePermissions();
    bool validateDetails();
    bool create();
    void fillReview();
    QString trustedEntity() const;
    TagList tags() const;
    // Sends an error to the page and field it concerns; false when none claims it.
    bool showOnPage(int page, const IamError& error);

    DirectoryAdmin* m_admin;
    QString m_accountId;
    QMap<Field, FieldError*> m_errors;
    QMap<int, MessageStrip*> m_strips;

    QButtonGroup* m_trustChoices = nullptr;
    QStackedWidget* m_trustOptions = nullptr;
    QComboBox* m_service = nullptr;
    QRadioButton* m_thisAccount = nullptr;
    QRadioButton* m_otherAccount = nullptr;
    QLineEdit* m_otherAccountId = nullptr;
    QCheckBox* m_requireExternalId = nullptr;
    QLineEdit* m_externalId = nullptr;
    QCheckBox* m_requireMfa = nullptr;
    QComboBox* m_webProvider = nullptr;
    QLineEdit* m_webAudience = nullptr;
    QLineEdit* m_samlProvider = nullptr;
    QLineEdit* m_samlAudience = nullptr;
    PolicyEditor* m_trustEditor = nullptr;

    PolicyPicker* m_picker = nullptr;
    BoundaryComboBox* m_boundary = nullptr;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_description = nullptr;
    SessionDurationEdit* m_duration = nullptr;
    QTableWidget* m_tags = nullptr;

    QLabel* m_summary = nullptr;
    PolicyEditor* m_reviewTrust = nullptr;
    MessageStrip* m_reviewStrip = nullptr;
};
