#pragma once

#include <QWidget>

class BackgroundAudit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// A busy bar with a Cancel button for an audit question answered in the
// background. Shown only once the question has taken longer than ShowAfterMs,
// so quick answers do not flicker; hidden when it ends in any way.
class AuditProgress : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ShowAfterMs = 200;

    AuditProgress(BackgroundAudit* audit, const QString& text, QWidget* parent = nullptr);

    QPushButton* cancelButton() const { return m_cancel; }

private:
    void begin();
    void end();

    BackgroundAudit* m_audit;
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QTimer* m_delay;
};
