#include "secretclipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>

namespace {
const QString markFormat = QStringLiteral("application/x-switchboard-secret-mark");
} // namespace

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultClearAfter);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::expire);
}

SecretClipboard* SecretClipboard::instance()
{
    static SecretClipboard* shared = new SecretClipboard(QCoreApplication::instance());
    return shared;
}

void SecretClipboard::copy(const QString& secret)
{
    m_mark = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    auto* data = new QMimeData;
    data->setText(secret);
    data->setData(QString::fromLatin1(PasswordManagerHint), QByteArrayLiteral("secret"));
    data->setData(markFormat, m_mark);
    QGuiApplication::clipboard()->setMimeData(data);
    m_timer.start();
}

void SecretClipboard::setClearAfter(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds SecretClipboard::clearAfter() const
{
    return m_timer.intervalAsDuration();
}

bool SecretClipboard::stillOurs() const
{
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    return data && !m_mark.isEmpty() && data->data(markFormat) == m_mark;
}

void SecretClipboard::expire()
{
    const bool ours = stillOurs();
    if (ours)
        QGuiApplication::clipboard()->clear();
    m_mark.clear();
    Q_EMIT expired(ours);
}
