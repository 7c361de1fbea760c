#include "sessionbanner.h"

#include "colormark.h"
#include "console/displaycolor.h"
#include "iam/clock.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr qint64 fiveMinutes = 5 * 60;
constexpr qint64 oneMinute = 60;

SessionBanner::WarningLevel levelFor(qint64 secondsLeft)
{
    if (secondsLeft <= oneMinute)
        return SessionBanner::WarningLevel::OneMinute;
    if (secondsLeft <= fiveMinutes)
        return SessionBanner::WarningLevel::FiveMinutes;
    return SessionBanner::WarningLevel::None;
}
} // namespace

SessionBanner::SessionBanner(const Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_mark(new QLabel(this))
    , m_name(new QLabel(this))
    , m_account(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_switchBack(new QPushButton(tr("Switch back"), this))
    , m_renew(new QPushButton(tr("Renew"), this))
{
    setObjectName(QStringLiteral("SessionBanner"));
    setAttribute(Qt::WA_StyledBackground);
    m_mark->setObjectName(QStringLiteral("BannerColorMark"));
    m_name->setObjectName(QStringLiteral("BannerDisplayName"));
    m_account->setObjectName(QStringLiteral("BannerAccount"));
    m_countdown->setObjectName(QStringLiteral("BannerCountdown"));
    m_badge->setObjectName(QStringLiteral("BannerBadge"));
    m_switchBack->setObjectName(QStringLiteral("BannerSwitchBack"));
    m_renew->setObjectName(QStringLiteral("BannerRenew"));
    m_renew->setToolTip(tr("Assume the role again with the same settings: a fresh session"));
    m_badge->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 8, 4);
    layout->setSpacing(12);
    layout->addWidget(m_mark);
    layout->addWidget(m_name);
    layout->addWidget(m_account);
    layout->addStretch(1);
    layout->addWidget(m_badge);
    layout->addWidget(m_countdown);
    layout->addWidget(m_switchBack);
    layout->addWidget(m_renew);

    // The countdown is read from the clock at each tick, never counted down,
    // so a late timer never makes it drift.
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &SessionBanner::refresh);
    connect(m_switchBack, &QPushButton::clicked, this, &SessionBanner::switchBackRequested);
    connect(m_renew, &QPushButton::clicked, this, &SessionBanner::renewRequested);
    clearSession();
}

void SessionBanner::showSession(const QString& displayName, const QString& accountLabel,
                                const QString& roleArn, const QString& colorId,
                                const QDateTime& expiresAt, const QString& sessionArn)
{
    const DisplayColor color =
        DisplayColor::parse(colorId).value_or(DisplayColor::all().at(DisplayColor::Blue));
    m_displayName = displayName;
    m_backgroundHex = color.hex();
    m_textHex = color.textHex();
    m_expiresAt = expiresAt;
    m_level = WarningLevel::None;
    m_oneMinuteSignalled = false;
    m_expiredSignalled = false;

    m_colorId = color.id();
    m_mark->setPixmap(
        ColorMark::pixmap(color, MarkSize, devicePixelRatioF(), ColorMark::Fill::Ink));
    m_mark->setAccessibleName(
        tr("%1, %2").arg(ColorMark::colorName(color), ColorMark::shapeName(color)));
    m_name->setText(displayName);
    m_account->setText(tr("Account: %1").arg(accountLabel));
    QString tip = tr("Role: %1").arg(roleArn);
    if (!sessionArn.isEmpty())
        tip += QLatin1Char('\n') + tr("Session: %1").arg(sessionArn);
    setToolTip(tip);
    setAccessibleName(tr("Role session %1 in %2").arg(displayName, accountLabel));
    setAccessibleDescription(m_mark->accessibleName());
    applyStyle();
    refresh();
}

void SessionBanner::clearSession()
{
    m_tick.stop();
    m_expiresAt = QDateTime();
    m_displayName.clear();
    m_level = WarningLevel::None;
    m_colorId.clear();
    m_mark->clear();
    m_name->clear();
    m_account->clear();
    m_countdown->clear();
    m_badge->hide();
    setToolTip(QString());
}

qint64 SessionBanner::millisecondsLeft() const
{
    if (!hasSession())
        return 0;
    // The training countdown: a session shortened by the training speed
    // still counts down from the duration it was asked for.
    return m_clock->sessionMsecsLeft(m_expiresAt);
}

qint64 SessionBanner::secondsLeft() const
{
    return (millisecondsLeft() + 999) / 1000;
}

QString SessionBanner::countdownText() const
{
    if (!hasSession())
        return {};
    const qint64 s = secondsLeft();
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

int SessionBanner::nextTickInterval() const
{
    return m_tick.isActive() ? m_tick.interval() : -1;
}

void SessionBanner::refresh()
{
    if (!hasSession())
        return;
    m_countdown->setText(tr("Expires in %1").arg(countdownText()));
    updateWarning();
    if (secondsLeft() == 0) {
        m_tick.stop();
        if (!m_expiredSignalled) {
            m_expiredSignalled = true;
            Q_EMIT expired();
        }
        return;
    }
    scheduleTick();
}

void SessionBanner::scheduleTick()
{
    // Hidden, nobody reads the countdown: wake only when the warning level
    // changes, so the one-minute notice still comes.
    qint64 clockMs = millisecondsLeft() % 1000;
    if (clockMs == 0)
        clockMs = 1000;
    if (!isVisible()) {
        const qint64 left = millisecondsLeft();
        const qint64 nextThreshold = left > fiveMinutes * 1000 ? fiveMinutes * 1000
                                     : left > oneMinute * 1000 ? oneMinute * 1000
                                                               : 0;
        clockMs = left - nextThreshold;
    }
    // A training countdown runs faster than real time: wait proportionally less.
    const double speed = m_clock->speed() > 0 ? m_clock->speed() : 1.0;
    const qint64 realMs = qint64(std::ceil(double(clockMs) / speed));
    m_tick.start(int(std::clamp<qint64>(realMs, 1, std::numeric_limits<int>::max())));
}

void SessionBanner::updateWarning()
{
    const WarningLevel level = levelFor(secondsLeft());
    if (level != m_level) {
        m_level = level;
        applyStyle();
        announceWarning();
        Q_EMIT warningLevelChanged(level);
    }
    if (level == WarningLevel::OneMinute && !m_oneMinuteSignalled && secondsLeft() > 0) {
        m_oneMinuteSignalled = true;
        Q_EMIT oneMinuteLeft();
    }
}

void SessionBanner::announceWarning()
{
    // A screen reader says the badge at each warning, not every second's tick.
    if (m_level == WarningLevel::None)
        return;
    m_badge->setAccessibleName(m_badge->text() + QStringLiteral(": ") + m_countdown->text());
    QAccessibleEvent alert(m_badge, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    Q_EMIT announced(m_badge->accessibleName());
}

void SessionBanner::applyStyle()
{
    // The role's own color; the warnings only add ink (an outline, a badge),
    // so the text keeps its WCAG AA contrast at every level.
    const int border = m_level == WarningLevel::None          ? 0
                       : m_level == WarningLevel::FiveMinutes ? 2
                                                              : 4;
    setProperty("warning", m_level == WarningLevel::None          ? QStringLiteral("none")
                           : m_level == WarningLevel::FiveMinutes ? QStringLiteral("soon")
                                                                  : QStringLiteral("urgent"));
    setStyleSheet(
        QStringLiteral("#SessionBanner { background: %1; border: %3px solid %2; }"
                       "#SessionBanner QLabel { color: %2; background: transparent; }"
                       "#SessionBanner #BannerDisplayName { font-weight: bold; }"
                       "#SessionBanner #BannerBadge { font-weight: bold; border: 1px solid %2;"
                       " border-radius: 2px; padding: 1px 6px; }"
                       "#SessionBanner[warning=\"urgent\"] #BannerBadge { background: %2;"
                       " color: %1; }"
                       "#SessionBanner QPushButton { color: %2; background: transparent;"
                       " border: 1px solid %2; border-radius: 2px; padding: 3px 12px; }"
                       "#SessionBanner QPushButton:hover { background: rgba(255, 255, 255, 90); }")
            .arg(m_backgroundHex, m_textHex)
            .arg(border));
    m_countdown->setStyleSheet(
        m_level == WarningLevel::None ? QString() : QStringLiteral("font-weight: bold;"));
    m_badge->setVisible(m_level != WarningLevel::None);
    m_badge->setText(m_level == WarningLevel::OneMinute ? tr("Expires in under a minute")
                                                        : tr("Expires soon"));
}

void SessionBanner::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void SessionBanner::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // Back to waking only for the warnings.
    if (hasSession() && secondsLeft() > 0)
        scheduleTick();
}
