#include "confirmdeletedialog.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "messagestrip.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ConfirmDeleteDialog::ConfirmDeleteDialog(const QString& title, const QString& name,
                                         const QStringList& alsoRemoved, DeleteAction action,
                                         QWidget* parent)
    : QDialog(parent)
    , m_name(name)
    , m_alsoRemoved(alsoRemoved)
    , m_action(std::move(action))
    , m_strip(new MessageStrip(this))
    , m_confirm(new QLineEdit(this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("ConfirmDeleteDialog"));
    setWindowTitle(title);
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    auto* intro = new QLabel(tr("Delete <b>%1</b>?").arg(name.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!alsoRemoved.isEmpty()) {
        layout->addWidget(new QLabel(tr("These are removed with it:"), this));
        auto* list = new QListWidget(this);
        list->setObjectName(QStringLiteral("AlsoRemovedList"));
        list->addItems(alsoRemoved);
        list->setSelectionMode(QAbstractItemView::NoSelection);
        layout->addWidget(list);
    }
    layout->addWidget(
        new QLabel(tr("To confirm, type <b>%1</b> in the field.").arg(name.toHtmlEscaped()), this));
    m_confirm->setObjectName(QStringLiteral("ConfirmNameEdit"));
    m_confirm->setPlaceholderText(name);
    layout->addWidget(m_confirm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete->setObjectName(QStringLiteral("DeleteButton"));
    m_delete->setEnabled(false);
    buttons->addButton(m_delete, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    // accepted() stays unconnected: Delete acts itself and closes only on success.
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &ConfirmDeleteDialog::runDelete);
    connect(m_confirm, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_delete->setEnabled(text == m_name); });
}

ConfirmDeleteDialog* ConfirmDeleteDialog::forRole(DirectoryAdmin* admin, const QString& accountId,
                                                  const QString& roleName, QWidget* parent)
{
    const Directory* directory = &admin->directory();
    QStringList removed;
    for (const ManagedPolicy& policy :
         directory->attachedPolicies(EntityKind::Role, accountId, roleName))
        removed << tr("Attached policy %1 (detached)").arg(policy.name);
    for (const InlinePolicy& policy :
         directory->inlinePolicies(EntityKind::Role, accountId, roleName))
        removed << tr("Inline policy %1").arg(policy.name);
    const bool removePolicies = !removed.isEmpty();
    return new ConfirmDeleteDialog(
        tr("Delete role %1").arg(roleName), roleName, removed,
        [admin, accountId, roleName, removePolicies] {
            return admin->deleteRole(accountId, roleName, removePolicies);
        },
        parent);
}

ConfirmDeleteDialog* ConfirmDeleteDialog::forPolicy(DirectoryAdmin* admin, const QString& policyArn,
                                                    QWidget* parent)
{
    const Directory* directory = &admin->directory();
    const auto policy = directory->policy(policyArn);
    const QString name = policy ? policy->name : policyArn;
    QStringList removed;
    for (const Directory::EntityRef& ref : directory->policyAttachments(policyArn))
        removed << tr("Attachment to %1 %2 (detached)").arg(entityKindName(ref.kind), ref.name);
    for (const PolicyVersion& version : directory->policyVersions(policyArn))
        if (!version.isDefault)
            removed << tr("Version %1").arg(version.versionId);
    return new ConfirmDeleteDialog(
        tr("Delete policy %1").arg(name), name, removed,
        [admin, policyArn] { return admin->deletePolicy(policyArn, true); }, parent);
}

void ConfirmDeleteDialog::runDelete()
{
    if (m_confirm->text() != m_name)
        return;
    const Result<void> result = m_action();
    if (!result) {
        m_strip->showError(result.error());
        return;
    }
    Q_EMIT deleted();
    accept();
}
