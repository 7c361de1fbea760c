#include "policyversionsdialog.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "fielderror.h"
#include "messagestrip.h"
#include "policyeditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int VersionRole = Qt::UserRole + 1;
constexpr int DocumentRole = Qt::UserRole + 2;
constexpr int DefaultRole = Qt::UserRole + 3;
} // namespace

PolicyVersionsDialog::PolicyVersionsDialog(DirectoryAdmin* admin, const QString& policyArn,
                                           QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_policyArn(policyArn)
    , m_strip(new MessageStrip(this))
    , m_versions(new QListWidget(this))
    , m_listError(new FieldError(this))
    , m_setDefault(new QPushButton(tr("Set as default"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_editor(new PolicyEditor(this))
    , m_editorError(new FieldError(this))
    , m_setAsDefault(new QCheckBox(tr("Set as default"), this))
    , m_create(new QPushButton(tr("Save as new version"), this))
{
    setObjectName(QStringLiteral("PolicyVersionsDialog"));
    const auto policy = admin->directory().policy(policyArn);
    m_readOnly = !policy || policy->isAwsManaged();
    setWindowTitle(tr("Policy versions — %1").arg(policy ? policy->name : policyArn));
    m_versions->setObjectName(QStringLiteral("PolicyVersionList"));
    m_versions->setMaximumHeight(120);
    m_setDefault->setObjectName(QStringLiteral("SetDefaultVersionButton"));
    m_delete->setObjectName(QStringLiteral("DeleteVersionButton"));
    m_create->setObjectName(QStringLiteral("CreateVersionButton"));
    m_setAsDefault->setObjectName(QStringLiteral("SetAsDefaultBox"));
    m_setAsDefault->setChecked(true);
    m_editor->setDocumentKind(PolicyEditor::DocumentKind::Identity);
    m_editor->setReadOnly(m_readOnly);

    m_strip->claim(QStringLiteral("LimitExceeded"), m_editorError, QStringLiteral("PolicySize"));
    // A sixth version is refused by the quota: the fix is deleting one from this list.
    m_strip->claim(QStringLiteral("LimitExceeded"), m_listError);
    m_strip->claim(QStringLiteral("DeleteConflict"), m_listError);
    m_strip->claim(QStringLiteral("MalformedPolicyDocument"), m_editorError);
    m_strip->claim(QStringLiteral("ValidationError"), m_editorError,
                   QStringLiteral("policyDocument"));

    auto* versionButtons = new QVBoxLayout;
    versionButtons->addWidget(m_setDefault);
    versionButtons->addWidget(m_delete);
    versionButtons->addStretch(1);
    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(m_versions, 1);
    versionRow->addLayout(versionButtons);

    auto* createRow = new QHBoxLayout;
    createRow->addStretch(1);
    createRow->addWidget(m_setAsDefault);
    createRow->addWidget(m_create);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_versions, &QListWidget::currentRowChanged, this, &PolicyVersionsDialog::showSelected);
    connect(m_setDefault, &QPushButton::clicked, this, &PolicyVersionsDialog::setDefault);
    connect(m_delete, &QPushButton::clicked, this, &PolicyVersionsDialog::deleteVersion);
    connect(m_create, &QPushButton::clicked, this, &PolicyVersionsDialog::createVersion);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addWidget(new QLabel(tr("Versions (newest first)"), this));
    layout->addLayout(versionRow);
    layout->addWidget(m_listError);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_editorError);
    if (!m_readOnly)
        layout->addLayout(createRow);
    else {
        m_setAsDefault->hide();
        m_create->hide();
        m_setDefault->hide();
        m_delete->hide();
        auto* note = new QLabel(tr("AWS managed policies cannot be changed."), this);
        layout->addWidget(note);
    }
    layout->addWidget(buttons);
    resize(680, 680);
    reload();
}

QStringList PolicyVersionsDialog::versionIds() const
{
    QStringList out;
    for (int row = 0; row < m_versions->count(); ++row)
        out << m_versions->item(row)->data(VersionRole).toString();
    return out;
}

QString PolicyVersionsDialog::selectedVersionId() const
{
    const QListWidgetItem* item = m_versions->currentItem();
    return item ? item->data(VersionRole).toString() : QString();
}

void PolicyVersionsDialog::selectVersion(const QString& versionId)
{
    const int row = int(versionIds().indexOf(versionId));
    if (row >= 0)
        m_versions->setCurrentRow(row);
}

QString PolicyVersionsDialog::listError() const
{
    return m_listError->error();
}

QString PolicyVersionsDialog::editorError() const
{
    return m_editorError->error();
}

void PolicyVersionsDialog::reload(const QString& select)
{
    QSignalBlocker blocker(m_versions);
    m_versions->clear();
    QString current = select;
    const QLocale locale;
    for (const PolicyVersion& version : m_admin->directory().policyVersions(m_policyArn)) {
        const QString date =
            locale.toString(version.createDate.toLocalTime(), QLocale::ShortFormat);
        auto* item = new QListWidgetItem(version.isDefault
                                             ? tr("%1 (default) — %2").arg(version.versionId, date)
                                             : tr("%1 — %2").arg(version.versionId, date),
                                         m_versions);
        item->setData(VersionRole, version.versionId);
        item->setData(DocumentRole, version.document);
        item->setData(DefaultRole, version.isDefault);
        if (version.isDefault) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            if (current.isEmpty())
                current = version.versionId;
        }
    }
    blocker.unblock();
    m_versions->setCurrentRow(-1);
    selectVersion(current);
}

void PolicyVersionsDialog::showSelected()
{
    const QListWidgetItem* item = m_versions->currentItem();
    const bool isDefault = item && item->data(DefaultRole).toBool();
    m_setDefault->setEnabled(item && !isDefault && !m_readOnly);
    m_delete->setEnabled(item && !isDefault && !m_readOnly);
    if (item)
        m_editor->setText(item->data(DocumentRole).toString());
}

void PolicyVersionsDialog::changed(const QString& select)
{
    m_strip->clearAll();
    reload(select);
    Q_EMIT versionsChanged();
}

void PolicyVersionsDialog::createVersion()
{
    const auto created =
        m_admin->createPolicyVersion(m_policyArn, m_editor->text(), m_setAsDefault->isChecked());
    if (!created) {
        m_strip->showError(created.error());
        if (!listError().isEmpty())
            m_listError->setError(
                tr("%1 Delete a version that is not the default, then save again.")
                    .arg(listError()));
        return;
    }
    changed(created->versionId);
}

void PolicyVersionsDialog::setDefault()
{
    const QString versionId = selectedVersionId();
    const auto set = m_admin->setDefaultPolicyVersion(m_policyArn, versionId);
    if (!set) {
        m_strip->showError(set.error());
        return;
    }
    changed(versionId);
}

void PolicyVersionsDialog::deleteVersion()
{
    const auto deleted = m_admin->deletePolicyVersion(m_policyArn, selectedVersionId());
    if (!deleted) {
        m_strip->showError(deleted.error());
        return;
    }
    changed({});
}
