#include "moveaccountdialog.h"

#include "admin/directoryadmin.h"
#include "fielderror.h"
#include "messagestrip.h"
#include "organizationchoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int ParentRole = Qt::UserRole + 1;
}

MoveAccountDialog::MoveAccountDialog(DirectoryAdmin* admin, const QString& accountId,
                                     QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_strip(new MessageStrip(this))
    , m_account(new QComboBox(this))
    , m_accountError(new FieldError(this))
    , m_source(new QLabel(this))
    , m_destination(new QComboBox(this))
    , m_destinationError(new FieldError(this))
    , m_move(new QPushButton(tr("Move AWS account"), this))
{
    setObjectName(QStringLiteral("MoveAccountDialog"));
    setWindowTitle(tr("Move AWS account"));
    m_account->setObjectName(QStringLiteral("MoveAccountBox"));
    m_source->setObjectName(QStringLiteral("MoveSourceLabel"));
    m_destination->setObjectName(QStringLiteral("MoveDestinationBox"));
    m_move->setObjectName(QStringLiteral("MoveAccountButton"));

    m_strip->setCodesInFields(true);
    for (const char* code : {"DuplicateAccountException", "DestinationParentNotFoundException",
                             "ConstraintViolationException"})
        m_strip->claim(QLatin1String(code), m_destinationError);
    for (const char* code : {"AccountNotFoundException", "SourceParentNotFoundException"})
        m_strip->claim(QLatin1String(code), m_accountError);

    const OrganizationChoices choices = OrganizationChoices::load(*admin);
    for (const OrganizationChoices::Choice& choice : choices.accounts) {
        m_account->addItem(choice.label, choice.id);
        m_account->setItemData(m_account->count() - 1, choice.parentId, ParentRole);
        m_sourceLabels.append(choices.labelOf(choice.parentId));
    }
    for (const OrganizationChoices::Choice& choice : choices.parents)
        m_destination->addItem(choice.label, choice.id);
    m_account->setCurrentIndex(qMax(0, m_account->findData(accountId)));
    if (!choices.denied.isNull())
        m_strip->showError(choices.denied);
    showSource();
    connect(m_account, &QComboBox::currentIndexChanged, this, &MoveAccountDialog::showSource);

    auto* form = new QFormLayout;
    form->addRow(tr("AWS account"), FieldError::stack(m_account, m_accountError));
    form->addRow(tr("Now in"), m_source);
    form->addRow(tr("Move to"), FieldError::stack(m_destination, m_destinationError));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_move, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_move, &QPushButton::clicked, this, [this] { (void)submit(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 240);
}

QString MoveAccountDialog::sourceParentId() const
{
    return m_account->currentData(ParentRole).toString();
}

QString MoveAccountDialog::accountError() const
{
    return m_accountError->error();
}

QString MoveAccountDialog::destinationError() const
{
    return m_destinationError->error();
}

void MoveAccountDialog::showSource()
{
    const int row = m_account->currentIndex();
    m_source->setText(row >= 0 && row < m_sourceLabels.size() ? m_sourceLabels.at(row) : QString());
    // Offer a move away from where it is, when there is somewhere else.
    const int here = m_destination->findData(sourceParentId());
    if (here >= 0 && here == m_destination->currentIndex() && m_destination->count() > 1)
        m_destination->setCurrentIndex(here == 0 ? 1 : 0);
}

bool MoveAccountDialog::submit()
{
    const QString accountId = m_account->currentData().toString();
    const QString destination = m_destination->currentData().toString();
    const auto moved = m_admin->moveAccount(accountId, sourceParentId(), destination);
    if (!moved) {
        m_strip->showError(moved.error());
        return false;
    }
    Q_EMIT accountMoved(accountId, destination);
    accept();
    return true;
}
