#include "auditprogress.h"

#include "audit/backgroundaudit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

AuditProgress::AuditProgress(BackgroundAudit* audit, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_audit(audit)
    , m_label(new QLabel(text, this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("AuditProgress"));
    m_cancel->setObjectName(QStringLiteral("AuditCancel"));
    // The questions cannot tell how far they are: a busy indicator, not a percentage.
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(text);
    m_delay->setSingleShot(true);
    m_delay->setInterval(ShowAfterMs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    hide();

    connect(m_delay, &QTimer::timeout, this, &QWidget::show);
    connect(m_cancel, &QPushButton::clicked, m_audit, &BackgroundAudit::cancel);
    connect(m_audit, &BackgroundAudit::started, this, &AuditProgress::begin);
    connect(m_audit, &BackgroundAudit::ended, this, &AuditProgress::end);
}

void AuditProgress::begin()
{
    // A question that supersedes another goes on from where that one was.
    if (isHidden() && !m_delay->isActive())
        m_delay->start();
}

void AuditProgress::end()
{
    m_delay->stop();
    hide();
}
