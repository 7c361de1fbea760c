#include "topbar.h"

#include "console/consolesession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace {
// "111122223333" → "1111-2222-3333", as the console prints account ids.
QString groupedAccountId(const QString& id)
{
    if (id.size() != 12)
        return id;
    return id.left(4) + QLatin1Char('-') + id.mid(4, 4) + QLatin1Char('-') + id.mid(8);
}
} // namespace

TopBar::TopBar(ConsoleSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_accountButton(new QToolButton(this))
    , m_accountMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("TopBar"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedHeight(40);

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/switchboard/icons/switchboard.svg")).pixmap(22, 22));
    auto* brand = new QLabel(tr("Switchboard"), this);
    brand->setObjectName(QStringLiteral("Brand"));
    auto* service = new QLabel(tr("IAM"), this);
    service->setObjectName(QStringLiteral("Service"));

    m_accountButton->setObjectName(QStringLiteral("AccountButton"));
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_accountButton->setMenu(m_accountMenu);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 0, 8, 0);
    layout->setSpacing(8);
    layout->addWidget(logo);
    layout->addWidget(brand);
    layout->addSpacing(12);
    layout->addWidget(service);
    layout->addStretch(1);
    layout->addWidget(m_accountButton);

    connect(session, &ConsoleSession::activeIdentityChanged, this, &TopBar::refresh);
    refresh();
}

void TopBar::refresh()
{
    m_accountMenu->clear();
    const Identity& identity = m_session->identity();
    if (identity.isNull()) {
        m_accountButton->setText(QString());
        m_accountButton->setVisible(false);
        return;
    }
    m_accountButton->setVisible(true);
    m_accountButton->setText(
        tr("%1 @ %2 \u25BE").arg(identity.user.name, identity.account.displayName()));
    m_accountButton->setToolTip(identity.arn());

    auto addInfo = [this](const QString& text) {
        m_accountMenu->addAction(text)->setEnabled(false);
    };
    addInfo(tr("Account ID: %1").arg(groupedAccountId(identity.account.id)));
    if (!identity.account.alias.isEmpty())
        addInfo(tr("Account alias: %1").arg(identity.account.alias));
    addInfo(tr("IAM user: %1").arg(identity.user.name));
    m_accountMenu->addSeparator();
    QAction* signOut = m_accountMenu->addAction(tr("Sign out"));
    signOut->setObjectName(QStringLiteral("SignOutAction"));
    connect(signOut, &QAction::triggered, this, &TopBar::signOutRequested);
}
