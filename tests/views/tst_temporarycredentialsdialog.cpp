#include "console/credentialexport.h"
#include "democonsole.h"
#include "temporarycredentialsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

class TestTemporaryCredentialsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoConsole> demo;
    std::unique_ptr<TemporaryCredentialsDialog> dialog;

private slots:
    void init()
    {
        REQUIRE_VALUE(demo, DemoConsole::open());
        QVERIFY(demo->signIn(QStringLiteral("John")));
        const auto switched =
            demo->switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"));
        QVERIFY2(switched.ok(),
                 qPrintable(switched.ok() ? QString() : switched.error().toString()));
        dialog = std::make_unique<TemporaryCredentialsDialog>(demo->session.get());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }
    void cleanup()
    {
        dialog.reset();
        demo.reset();
    }

    void showsTheKeyIdAndExpiryButNotTheSecret()
    {
        const TemporarySession& session = demo->session->identity().session;
        QVERIFY(session.accessKeyId.startsWith(QStringLiteral("ASIA")));
        QCOMPARE(dialog->accessKeyLabel()->text(), session.accessKeyId);
        QVERIFY(dialog->expiryLabel()->text().startsWith(
            session.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
            QStringLiteral(" UTC")));
        QVERIFY(dialog->expiryLabel()->text().contains(QStringLiteral("local time")));
        QCOMPARE(dialog->secretEdit()->text(), QString());
        QCOMPARE(dialog->tokenEdit()->toPlainText(), QString());
        QVERIFY(!dialog->copyEnvironmentButton()->isEnabled());
        QVERIFY(!dialog->copyJsonButton()->isEnabled());
        QVERIFY(dialog->secretEdit()->isReadOnly());
    }

    void showSecretRevealsAndEnablesTheCopies()
    {
        QTest::mouseClick(dialog->showSecretButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->isSecretRevealed());
        QCOMPARE(dialog->secretEdit()->text().size(), 40);
        QVERIFY(!dialog->tokenEdit()->toPlainText().isEmpty());
        QVERIFY(dialog->tokenEdit()->isReadOnly());
        QVERIFY(dialog->copyEnvironmentButton()->isEnabled());
        QVERIFY(dialog->copyJsonButton()->isEnabled());
        QCOMPARE(dialog->errorText(), QString());

        QTest::mouseClick(dialog->copyEnvironmentButton(), Qt::LeftButton);
        const QString env = QApplication::clipboard()->text();
        if (env.isEmpty())
            QSKIP("no clipboard on this platform");
        QVERIFY(env.startsWith(QStringLiteral("export AWS_ACCESS_KEY_ID=") +
                               dialog->accessKeyLabel()->text() + QLatin1Char('\n')));
        QVERIFY(env.contains(QStringLiteral("export AWS_SECRET_ACCESS_KEY=") +
                             dialog->secretEdit()->text()));
        QVERIFY(env.contains(QStringLiteral("export AWS_SESSION_TOKEN=")));

        QTest::mouseClick(dialog->copyJsonButton(), Qt::LeftButton);
        const QString json = QApplication::clipboard()->text();
        QVERIFY(json.contains(QStringLiteral("\"Version\": 1")));
        QVERIFY(json.contains(QStringLiteral("\"SecretAccessKey\": \"") +
                              dialog->secretEdit()->text() + QLatin1Char('"')));
    }

    void aDeniedRevealIsShownInline()
    {
        // John may no longer assume the role: he could not get these through the API either.
        const auto changed = demo->dir->putInlinePolicy(
            EntityKind::User, QStringLiteral("111122223333"), QStringLiteral("John"),
            InlinePolicy{QStringLiteral("NoRoles"),
                         QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{"
                                        "\"Effect\":\"Deny\",\"Action\":\"sts:AssumeRole\","
                                        "\"Resource\":\"*\"}]}")});
        QVERIFY(changed.ok());
        QTest::mouseClick(dialog->showSecretButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->errorText().isEmpty());
        QVERIFY2(dialog->errorText().startsWith(QStringLiteral("AccessDenied: ")),
                 qPrintable(dialog->errorText()));
        QVERIFY(!dialog->isSecretRevealed());
        QCOMPARE(dialog->secretEdit()->text(), QString());
        QVERIFY(!dialog->copyEnvironmentButton()->isEnabled());
        QVERIFY(dialog->showSecretButton()->isEnabled());
    }

    void closesWhenTheSessionEnds()
    {
        demo->session->switchBack();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestTemporaryCredentialsDialog)
#include "tst_temporarycredentialsdialog.moc"
