#include "colormark.h"
#include "console/displaycolor.h"
#include "consoletheme.h"
#include "iam/clock.h"
#include "sessionbanner.h"

#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

class TestSessionBanner : public QObject
{
    Q_OBJECT

private:
    const QDateTime start = QDateTime(QDate(2026, 11, 29), QTime(10, 0, 0), Qt::UTC);
    const QString roleArn = QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer");
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<SessionBanner> banner;

    void showFor(qint64 msecs, const QString& color = QStringLiteral("green"))
    {
        banner->showSession(QStringLiteral("Sec @ prod"), QStringLiteral("catphoto-prod"), roleArn,
                            color, start.addMSecs(msecs),
                            QStringLiteral("arn:aws:sts::111122223333:assumed-role/"
                                           "SecurityEngineer/John"));
    }
    void advance(qint64 msecs)
    {
        clock->setNow(clock->now().addMSecs(msecs));
        banner->refresh();
    }
    QColor pixelAt(int x, int y) const { return banner->grab().toImage().pixelColor(x, y); }

private slots:
    void init()
    {
        clock = std::make_unique<ManualClock>(start);
        banner = std::make_unique<SessionBanner>(clock.get());
        banner->resize(900, 40);
        banner->show();
        QVERIFY(QTest::qWaitForWindowExposed(banner.get()));
    }
    void cleanup()
    {
        banner.reset();
        clock.reset();
    }

    void paintsTheRoleColorWithReadableText_data()
    {
        QTest::addColumn<QString>("color");
        for (const DisplayColor& c : DisplayColor::all())
            QTest::newRow(qPrintable(c.id())) << c.id();
        QTest::newRow("hex") << QStringLiteral("#fbc8aa");
    }
    void paintsTheRoleColorWithReadableText()
    {
        QFETCH(QString, color);
        const DisplayColor expected = *DisplayColor::parse(color);
        showFor(3600 * 1000, color);
        QCOMPARE(banner->backgroundHex(), expected.hex());
        QCOMPARE(banner->textHex(), expected.textHex());
        QVERIFY(DisplayColor::contrastRatio(banner->textHex(), banner->backgroundHex()) >= 4.5);
        // What is drawn, not only what is set.
        QCOMPARE(pixelAt(banner->width() / 2, banner->height() / 2).name(), expected.hex());
        auto* name = banner->findChild<QLabel*>(QStringLiteral("BannerDisplayName"));
        QCOMPARE(name->text(), QStringLiteral("Sec @ prod"));
        QCOMPARE(name->palette().color(QPalette::WindowText).name(), expected.textHex());
        QVERIFY(name->font().bold());
    }

    // Not by color alone: each color has its shape, and the banner says both.
    void showsTheColorsShapeAndSaysIt()
    {
        QSet<QString> names;
        for (const DisplayColor& color : DisplayColor::all()) {
            showFor(3600 * 1000, color.id());
            auto* mark = banner->findChild<QLabel*>(QStringLiteral("BannerColorMark"));
            QVERIFY(mark && mark->isVisible());
            QCOMPARE(mark->pixmap().toImage(),
                     ColorMark::pixmap(color, 18, banner->devicePixelRatioF(), ColorMark::Fill::Ink)
                         .toImage());
            QVERIFY(mark->accessibleName().contains(ColorMark::colorName(color)));
            QVERIFY(mark->accessibleName().contains(ColorMark::shapeName(color)));
            QCOMPARE(banner->accessibleDescription(), mark->accessibleName());
            names << mark->accessibleName();
        }
        QCOMPARE(names.size(), 5);
        banner->clearSession();
        QVERIFY(banner->findChild<QLabel*>(QStringLiteral("BannerColorMark"))->pixmap().isNull());
    }

    // The role's color is the banner's in the dark scheme too, and as readable.
    void keepsItsColorsInTheDarkScheme()
    {
        ConsoleTheme::setCurrent(ConsoleTheme::Scheme::Dark);
        const auto restore =
            qScopeGuard([] { ConsoleTheme::setCurrent(ConsoleTheme::Scheme::Light); });
        for (const DisplayColor& color : DisplayColor::all()) {
            showFor(3600 * 1000, color.id());
            QCOMPARE(pixelAt(banner->width() / 2, banner->height() / 2).name(), color.hex());
            QVERIFY(DisplayColor::contrastRatio(banner->textHex(), banner->backgroundHex()) >= 4.5);
        }
    }

    // A screen reader is told at each warning (QAccessible's Alert, which the
    // offscreen platform does not carry: the announcement signal stands for it).
    void announcesTheWarningsToScreenReaders()
    {
        QSignalSpy announced(banner.get(), &SessionBanner::announced);
        auto* badge = banner->findChild<QLabel*>(QStringLiteral("BannerBadge"));
        showFor((5 * 60 + 1) * 1000);
        QCOMPARE(announced.count(), 0);
        advance(1000); // 5:00
        QCOMPARE(announced.count(), 1);
        QCOMPARE(announced.last().at(0).toString(),
                 QStringLiteral("Expires soon: Expires in 0:05:00"));
        QCOMPARE(badge->accessibleName(), announced.last().at(0).toString());
        advance(1000); // each second's tick is not announced
        QCOMPARE(announced.count(), 1);
        advance(239 * 1000); // 1:00
        QCOMPARE(announced.count(), 2);
        QCOMPARE(announced.last().at(0).toString(),
                 QStringLiteral("Expires in under a minute: Expires in 0:01:00"));
    }

    void namesTheAccountAndTheArns()
    {
        showFor(3600 * 1000);
        QCOMPARE(banner->findChild<QLabel*>(QStringLiteral("BannerAccount"))->text(),
                 QStringLiteral("Account: catphoto-prod"));
        QVERIFY(banner->toolTip().contains(roleArn));
        QVERIFY(banner->toolTip().contains(QStringLiteral("assumed-role/SecurityEngineer/John")));
    }

    void countsDownFromTheDeadline()
    {
        showFor(3600 * 1000);
        QCOMPARE(banner->countdownText(), QStringLiteral("1:00:00"));
        advance(1);
        QCOMPARE(banner->countdownText(), QStringLiteral("1:00:00")); // rounded up
        advance(999);
        QCOMPARE(banner->countdownText(), QStringLiteral("0:59:59"));
        advance(3600 * 1000 - 1000 - 61 * 1000);
        QCOMPARE(banner->countdownText(), QStringLiteral("0:01:01"));
        QVERIFY(banner->findChild<QLabel*>(QStringLiteral("BannerCountdown"))
                    ->text()
                    .contains(QStringLiteral("0:01:01")));
        clock->setNow(start);
        showFor(12 * 3600 * 1000);
        QCOMPARE(banner->countdownText(), QStringLiteral("12:00:00"));
    }

    void ticksOnTheSecond()
    {
        // 90.25 s left: the next change of the display is 250 ms away.
        showFor(90250);
        QCOMPARE(banner->countdownText(), QStringLiteral("0:01:31"));
        QCOMPARE(banner->nextTickInterval(), 250);
        advance(250);
        QCOMPARE(banner->countdownText(), QStringLiteral("0:01:30"));
        QCOMPARE(banner->nextTickInterval(), 1000);
    }

    void aFasterClockTicksSooner()
    {
        class FastClock : public ManualClock
        {
        public:
            using ManualClock::ManualClock;
            double speed() const override { return 10; }
        } fast(start);
        SessionBanner fastBanner(&fast);
        fastBanner.show();
        fastBanner.showSession(QStringLiteral("x"), QStringLiteral("y"), roleArn,
                               QStringLiteral("red"), start.addSecs(600));
        QCOMPARE(fastBanner.nextTickInterval(), 100); // a clock second in a tenth of a real one
    }

    void warnsAtFiveMinutesAndAtOneMinute()
    {
        showFor((5 * 60 + 2) * 1000);
        QSignalSpy levels(banner.get(), &SessionBanner::warningLevelChanged);
        QSignalSpy oneMinute(banner.get(), &SessionBanner::oneMinuteLeft);
        auto* badge = banner->findChild<QLabel*>(QStringLiteral("BannerBadge"));
        QCOMPARE(banner->warningLevel(), SessionBanner::WarningLevel::None);
        QVERIFY(!badge->isVisible());
        QCOMPARE(pixelAt(0, 0).name(), QStringLiteral("#b7ca9d")); // no outline yet

        advance(1000); // 5:01
        QCOMPARE(banner->warningLevel(), SessionBanner::WarningLevel::None);
        advance(1000); // 5:00
        QCOMPARE(banner->countdownText(), QStringLiteral("0:05:00"));
        QCOMPARE(banner->warningLevel(), SessionBanner::WarningLevel::FiveMinutes);
        QCOMPARE(levels.count(), 1);
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->text(), QStringLiteral("Expires soon"));
        QCOMPARE(pixelAt(0, 0).name(), QStringLiteral("#16191f")); // the dark outline

        advance(239 * 1000); // 1:01
        QCOMPARE(banner->warningLevel(), SessionBanner::WarningLevel::FiveMinutes);
        QCOMPARE(oneMinute.count(), 0);
        advance(1000); // 1:00
        QCOMPARE(banner->warningLevel(), SessionBanner::WarningLevel::OneMinute);
        QCOMPARE(levels.count(), 2);
        QCOMPARE(levels.at(1).at(0).value<SessionBanner::WarningLevel>(),
                 SessionBanner::WarningLevel::OneMinute);
        QCOMPARE(oneMinute.count(), 1);
        QCOMPARE(badge->text(), QStringLiteral("Expires in under a minute"));
        QCOMPARE(pixelAt(3, 3).name(), QStringLiteral("#16191f")); // a thicker outline
        advance(1000);
        QCOMPARE(oneMinute.count(), 1); // once per session
    }

    void reachesZeroAndSaysSoOnce()
    {
        showFor(2000);
        QSignalSpy expired(banner.get(), &SessionBanner::expired);
        advance(1999);
        QCOMPARE(banner->countdownText(), QStringLiteral("0:00:01"));
        QCOMPARE(expired.count(), 0);
        advance(1);
        QCOMPARE(banner->countdownText(), QStringLiteral("0:00:00"));
        QCOMPARE(expired.count(), 1);
        QCOMPARE(banner->nextTickInterval(), -1);
        advance(5000);
        QCOMPARE(banner->countdownText(), QStringLiteral("0:00:00"));
        QCOMPARE(expired.count(), 1);
    }

    void expiresByItsRealTimer()
    {
        // 300 ms before the end, nothing but the banner's own timer runs.
        showFor(300);
        QSignalSpy expired(banner.get(), &SessionBanner::expired);
        clock->setNow(start.addMSecs(300)); // the clock moves; nobody calls refresh()
        QVERIFY(expired.wait(2000));
        QCOMPARE(banner->countdownText(), QStringLiteral("0:00:00"));
    }

    void stopsTickingWhenHidden()
    {
        showFor(3600 * 1000 + 400);
        QCOMPARE(banner->nextTickInterval(), 400);
        banner->hide();
        // Only the five-minute warning is left to wake for.
        QCOMPARE(banner->nextTickInterval(), (3600 - 300) * 1000 + 400);
        clock->setNow(start.addSecs(1800));
        banner->show();
        QCOMPARE(banner->countdownText(), QStringLiteral("0:30:01"));
        QCOMPARE(banner->nextTickInterval(), 400);
    }

    void buttonsAskForSwitchBackAndRenew()
    {
        showFor(3600 * 1000);
        QSignalSpy back(banner.get(), &SessionBanner::switchBackRequested);
        QSignalSpy renew(banner.get(), &SessionBanner::renewRequested);
        QTest::mouseClick(banner->switchBackButton(), Qt::LeftButton);
        QTest::mouseClick(banner->renewButton(), Qt::LeftButton);
        QCOMPARE(back.count(), 1);
        QCOMPARE(renew.count(), 1);
        QCOMPARE(banner->switchBackButton()->text(), QStringLiteral("Switch back"));
    }

    void clearSessionStopsEverything()
    {
        showFor(3600 * 1000);
        banner->clearSession();
        QVERIFY(!banner->hasSession());
        QCOMPARE(banner->countdownText(), QString());
        QCOMPARE(banner->nextTickInterval(), -1);
    }
};

QTEST_MAIN(TestSessionBanner)
#include "tst_sessionbanner.moc"
