#include "keychainwindow.h"

#include "console/consolesession.h"
#include "items/keychainmodel.h"
#include "sts/stsservice.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

KeychainWindow::KeychainWindow(ConsoleSession* session, const ConsoleServices& services,
                               StsService* sts, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_sts(sts)
    , m_model(new KeychainModel(session, &services.directory, sts ? sts->secrets() : nullptr,
                                &services.clock, this))
    , m_backend(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_purge(new QPushButton(tr("Purge expired sessions"), this))
{
    setWindowTitle(tr("Keychain — Switchboard"));
    resize(1040, 420);
    m_backend->setObjectName(QStringLiteral("KeychainBackend"));
    m_backend->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("KeychainStatus"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("KeychainTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(KeychainModel::OwnerColumn,
                                                      QHeaderView::Stretch);
    m_purge->setObjectName(QStringLiteral("PurgeButton"));
    m_purge->setToolTip(tr("Removes the secrets of your sessions that expired or ended; an "
                           "administrator also removes other users' and those of entries "
                           "whose owner no longer exists."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_purge, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(refresh, &QPushButton::clicked, m_model, &KeychainModel::refresh);
    connect(m_purge, &QPushButton::clicked, this, [this] {
        m_purge->setEnabled(false);
        m_model->purge(m_sts);
    });
    connect(m_model, &KeychainModel::refreshed, this, &KeychainWindow::showListing);
    connect(m_model, &KeychainModel::purged, this,
            [this](int count) { m_status->setText(tr("Removed %n secret(s).", nullptr, count)); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_backend);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_backend->setText(tr("Secrets are kept in: %1. Only what they are and whose they are is "
                          "shown here, never a value.")
                           .arg(m_model->backendName()));
    m_model->refresh();
}

void KeychainWindow::showListing()
{
    // The caller's own, and others' only for an administrator.
    const int purgeable = m_model->purgeableCount();
    m_purge->setEnabled(purgeable > 0);
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    if (!m_model->error().isEmpty())
        m_status->setText(m_model->error());
    else
        m_status->setText(
            tr("%n secret(s); %1 can be purged.", nullptr, int(m_model->entries().size()))
                .arg(purgeable));
}
