#include "accessdeniedpanel.h"

#include <QLabel>
#include <QVBoxLayout>

AccessDeniedPanel::AccessDeniedPanel(const QString& message, QWidget* parent)
    : QFrame(parent)
    , m_message(new QLabel(message, this))
{
    setObjectName(QStringLiteral("AccessDenied"));
    setAttribute(Qt::WA_StyledBackground);
    auto* title = new QLabel(tr("Access denied"), this);
    title->setObjectName(QStringLiteral("AccessDeniedTitle"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* hint = new QLabel(tr("Ask your administrator for permission, or switch to a role that "
                               "has it."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(hint);
}

QString AccessDeniedPanel::message() const
{
    return m_message->text();
}
