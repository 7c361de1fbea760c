#include "welcomedialog.h"

#include "secretclipboard.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(const QList<Credential>& credentials, QWidget* parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_table(new QTableWidget(int(credentials.size()), 4, this))
{
    setWindowTitle(tr("Welcome to Switchboard"));
    resize(760, 520);

    auto* intro = new QLabel(
        tr("<b>The cat-photo company's directory is ready.</b><br>Two accounts, catphoto-prod "
           "and catphoto-dev, with developers, administrators and a security engineer, and roles "
           "that show what Switch Role teaches. Sign in as John, a developer, and try to list "
           "the IAM users; then switch to the SecurityEngineer role."),
        this);
    intro->setWordWrap(true);

    auto* notice = new QLabel(tr("These passwords are shown only now. Switchboard keeps only "
                                 "their hashes: copy them before you close this window."),
                              this);
    notice->setObjectName(QStringLiteral("Notice"));
    notice->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("CredentialsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Account"), tr("User name"), tr("Password"), tr("Groups")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < credentials.size(); ++row) {
        const Credential& c = credentials[row];
        const QStringList cells{c.account, c.userName, c.password, c.note};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("CopyButton"));
    connect(copy, &QPushButton::clicked, this,
            [this] { SecretClipboard::instance()->copy(credentialsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(notice);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

QString WelcomeDialog::credentialsText() const
{
    QStringList lines;
    for (const Credential& c : m_credentials)
        lines << c.account + QLatin1Char('\t') + c.userName + QLatin1Char('\t') + c.password;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
