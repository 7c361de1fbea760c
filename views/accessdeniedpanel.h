#pragma once

#include <QFrame>

class QLabel;

// What a screen shows instead of data the active identity may not read:
// AWS's access-denied message, in the console's error style.
class AccessDeniedPanel : public QFrame
{
    Q_OBJECT

public:
    explicit AccessDeniedPanel(const QString& message, QWidget* parent = nullptr);
    QString message() const;

private:
    QLabel* m_message;
};
