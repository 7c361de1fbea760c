#include "organizationattachmentdialog.h"

#include "admin/directoryadmin.h"
#include "fielderror.h"
#include "organizationchoices.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr OrganizationPolicy::Type policyTypes[] = {OrganizationPolicy::Type::ServiceControl,
                                                    OrganizationPolicy::Type::ResourceControl};

QString policyLabel(const OrganizationPolicy& policy)
{
    const QString type = policy.type == OrganizationPolicy::Type::ServiceControl
                             ? OrganizationAttachmentDialog::tr("service control policy")
                             : OrganizationAttachmentDialog::tr("resource control policy");
    return policy.awsManaged
               ? OrganizationAttachmentDialog::tr("%1 (%2, AWS managed)").arg(policy.name, type)
               : OrganizationAttachmentDialog::tr("%1 (%2)").arg(policy.name, type);
}

// The policies of both types, attached to targetId or not, as the caller may list them.
struct PolicyChoices
{
    QList<OrganizationAttachmentDialog::Choice> choices;
    IamError denied;
};

PolicyChoices policiesFor(const DirectoryAdmin& admin, const QString& targetId, bool attached)
{
    PolicyChoices out;
    for (const auto type : policyTypes) {
        const auto onTarget = admin.listPoliciesForTarget(targetId, type);
        if (!onTarget) {
            out.denied = onTarget.error();
            return out;
        }
        QStringList attachedIds;
        for (const OrganizationPolicy& policy : onTarget.value())
            attachedIds.append(policy.id);
        const auto all = attached ? onTarget : admin.listOrganizationPolicies(type);
        if (!all) {
            out.denied = all.error();
            return out;
        }
        for (const OrganizationPolicy& policy : all.value())
            if (attached || !attachedIds.contains(policy.id))
                out.choices.append({policy.id, policyLabel(policy)});
    }
    return out;
}

PolicyChoices targetsFor(const DirectoryAdmin& admin, const QString& policyId, bool attached)
{
    PolicyChoices out;
    const auto targets = admin.listTargetsForPolicy(policyId);
    if (!targets) {
        out.denied = targets.error();
        return out;
    }
    const OrganizationChoices organization = OrganizationChoices::load(admin);
    QStringList attachedIds;
    for (const OrganizationTarget& target : targets.value()) {
        attachedIds.append(target.id);
        if (attached)
            out.choices.append({target.id, organization.labelOf(target.id)});
    }
    if (attached)
        return out;
    out.denied = organization.denied;
    for (const QList<OrganizationChoices::Choice>* list :
         {&organization.parents, &organization.accounts})
        for (const OrganizationChoices::Choice& choice : *list)
            if (!attachedIds.contains(choice.id))
                out.choices.append({choice.id, choice.label});
    return out;
}

OrganizationAttachmentDialog* make(const QString& title, const QString& button,
                                   const PolicyChoices& choices,
                                   OrganizationAttachmentDialog::Apply apply, QWidget* parent)
{
    auto* dialog =
        new OrganizationAttachmentDialog(title, button, choices.choices, std::move(apply), parent);
    if (!choices.denied.isNull())
        dialog->showError(choices.denied);
    return dialog;
}

} // namespace

OrganizationAttachmentDialog::OrganizationAttachmentDialog(const QString& title,
                                                           const QString& buttonText,
                                                           const QList<Choice>& choices,
                                                           Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_error(new FieldError(this))
    , m_apply(new QPushButton(buttonText, this))
    , m_applyAction(std::move(apply))
{
    setObjectName(QStringLiteral("OrganizationAttachmentDialog"));
    setWindowTitle(title);
    m_list->setObjectName(QStringLiteral("AttachmentChoices"));
    m_apply->setObjectName(QStringLiteral("ApplyAttachmentButton"));
    for (const Choice& choice : choices) {
        auto* item = new QListWidgetItem(choice.label, m_list);
        item->setData(Qt::UserRole, choice.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_apply->setEnabled(m_list->count() > 0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] { (void)submit(); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { (void)submit(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 360);
}

OrganizationAttachmentDialog* OrganizationAttachmentDialog::attachToTarget(DirectoryAdmin* admin,
                                                                           const QString& targetId,
                                                                           QWidget* parent)
{
    return make(
        tr("Attach a policy"), tr("Attach policy"), policiesFor(*admin, targetId, false),
        [admin, targetId](const QString& policyId) {
            return admin->attachOrganizationPolicy(policyId, targetId);
        },
        parent);
}

OrganizationAttachmentDialog*
OrganizationAttachmentDialog::detachFromTarget(DirectoryAdmin* admin, const QString& targetId,
                                               QWidget* parent)
{
    return make(
        tr("Detach a policy"), tr("Detach policy"), policiesFor(*admin, targetId, true),
        [admin, targetId](const QString& policyId) {
            return admin->detachOrganizationPolicy(policyId, targetId);
        },
        parent);
}

OrganizationAttachmentDialog* OrganizationAttachmentDialog::attachPolicy(DirectoryAdmin* admin,
                                                                         const QString& policyId,
                                                                         QWidget* parent)
{
    return make(
        tr("Attach to a target"), tr("Attach policy"), targetsFor(*admin, policyId, false),
        [admin, policyId](const QString& targetId) {
            return admin->attachOrganizationPolicy(policyId, targetId);
        },
        parent);
}

OrganizationAttachmentDialog* OrganizationAttachmentDialog::detachPolicy(DirectoryAdmin* admin,
                                                                         const QString& policyId,
                                                                         QWidget* parent)
{
    return make(
        tr("Detach from a target"), tr("Detach policy"), targetsFor(*admin, policyId, true),
        [admin, policyId](const QString& targetId) {
            return admin->detachOrganizationPolicy(policyId, targetId);
        },
        parent);
}

QStringList OrganizationAttachmentDialog::choiceIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(Qt::UserRole).toString());
    return ids;
}

bool OrganizationAttachmentDialog::choose(const QString& id)
{
    const int row = int(choiceIds().indexOf(id));
    if (row < 0)
        return false;
    m_list->setCurrentRow(row);
    return true;
}

QString OrganizationAttachmentDialog::error() const
{
    return m_error->error();
}

void OrganizationAttachmentDialog::showError(const IamError& error)
{
    m_error->setError(tr("%1: %2").arg(error.code(), error.message()));
}

bool OrganizationAttachmentDialog::submit()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    const QString id = item->data(Qt::UserRole).toString();
    if (const auto done = m_applyAction(id); !done) {
        showError(done.error());
        return false;
    }
    Q_EMIT applied(id);
    accept();
    return true;
}
