#include "attachpoliciesdialog.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "fielderror.h"
#include "messagestrip.h"
#include "policypicker.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int ArnRole = Qt::UserRole + 1;
}

AttachPoliciesDialog::AttachPoliciesDialog(DirectoryAdmin* admin, EntityKind kind,
                                           const QString& accountId, const QString& entityName,
                                           QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_kind(kind)
    , m_accountId(accountId)
    , m_entityName(entityName)
    , m_strip(new MessageStrip(this))
    , m_attached(new QListWidget(this))
    , m_detach(new QPushButton(tr("Detach"), this))
    , m_picker(new PolicyPicker(this))
    , m_listError(new FieldError(this))
    , m_attach(new QPushButton(tr("Attach policies"), this))
{
    setObjectName(QStringLiteral("AttachPoliciesDialog"));
    setWindowTitle(tr("Permissions policies of %1").arg(entityName));
    m_attached->setObjectName(QStringLiteral("AttachedPolicyList"));
    m_attached->setMaximumHeight(160);
    m_detach->setObjectName(QStringLiteral("DetachPolicyButton"));
    m_attach->setObjectName(QStringLiteral("AttachPoliciesButton"));
    m_strip->claim(QStringLiteral("LimitExceeded"), m_listError);

    auto* attachedBox = new QGroupBox(tr("Attached policies"), this);
    auto* attachedLayout = new QHBoxLayout(attachedBox);
    attachedLayout->addWidget(m_attached, 1);
    attachedLayout->addWidget(m_detach, 0, Qt::AlignTop);

    auto* addBox = new QGroupBox(tr("Other permissions policies"), this);
    auto* addLayout = new QVBoxLayout(addBox);
    addLayout->addWidget(m_picker, 1);
    addLayout->addWidget(m_listError);
    addLayout->addWidget(m_attach, 0, Qt::AlignRight);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_attach, &QPushButton::clicked, this, &AttachPoliciesDialog::attach);
    connect(m_detach, &QPushButton::clicked, this, &AttachPoliciesDialog::detach);
    connect(m_attached, &QListWidget::currentRowChanged, this,
            [this](int row) { m_detach->setEnabled(row >= 0); });
    connect(m_picker, &PolicyPicker::checkedChanged, this,
            [this] { m_attach->setEnabled(m_picker->checkedCount() > 0); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addWidget(attachedBox);
    layout->addWidget(addBox, 1);
    layout->addWidget(buttons);
    resize(560, 620);
    reload();
}

QString AttachPoliciesDialog::listError() const
{
    return m_listError->error();
}

void AttachPoliciesDialog::reload()
{
    const Directory* directory = &m_admin->directory();
    const QList<ManagedPolicy> attached =
        directory->attachedPolicies(m_kind, m_accountId, m_entityName);
    m_attached->clear();
    QStringList attachedArns;
    for (const ManagedPolicy& policy : attached) {
        auto* item = new QListWidgetItem(policy.name, m_attached);
        item->setData(ArnRole, policy.arn);
        item->setToolTip(policy.arn);
        attachedArns << policy.arn;
    }
    QList<ManagedPolicy> others;
    for (const ManagedPolicy& policy : PolicyPicker::attachablePolicies(*directory, m_accountId))
        if (!attachedArns.contains(policy.arn))
            others << policy;
    m_picker->setPolicies(others);
    m_detach->setEnabled(m_attached->currentRow() >= 0);
    m_attach->setEnabled(false);
}

void AttachPoliciesDialog::attach()
{
    const auto attached =
        m_admin->attachPolicies(m_kind, m_accountId, m_entityName, m_picker->checkedArns());
    if (!attached) {
        m_strip->showError(attached.error());
        return;
    }
    m_strip->clearAll();
    reload();
    Q_EMIT attachmentsChanged();
}

void AttachPoliciesDialog::detach()
{
    const QListWidgetItem* item = m_attached->currentItem();
    if (!item)
        return;
    const auto detached =
        m_admin->detachPolicy(m_kind, m_accountId, m_entityName, item->data(ArnRole).toString());
    if (!detached) {
        m_strip->showError(detached.error());
        return;
    }
    m_strip->clearAll();
    reload();
    Q_EMIT attachmentsChanged();
}
