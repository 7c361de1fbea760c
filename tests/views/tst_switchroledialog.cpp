#include "console/switchlink.h"
#include "democonsole.h"
#include "switchroledialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTest>
#include <QToolButton>

class TestSwitchRoleDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoConsole> demo;
    std::unique_ptr<SwitchRoleDialog> dialog;

    void fill(const QString& account, const QString& role)
    {
        dialog->accountEdit()->setText(account);
        dialog->roleEdit()->setText(role);
    }

private slots:
    void init()
    {
        REQUIRE_VALUE(demo, DemoConsole::open());
        QVERIFY(demo->signIn(QStringLiteral("John")));
        dialog = std::make_unique<SwitchRoleDialog>(demo->session.get(), *demo->dir);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }
    void cleanup()
    {
        dialog.reset();
        demo.reset();
    }

    void fillsFromASwitchLink()
    {
        const QString link =
            QStringLiteral("https://signin.aws.amazon.com/switchrole?account=catphoto-dev"
                           "&roleName=CrossAccountAuditor&displayName=Dev%20audit&color=F2B0A9");
        QVERIFY(dialog->fillFromLink(link));
        QCOMPARE(dialog->accountEdit()->text(), QStringLiteral("catphoto-dev"));
        QCOMPARE(dialog->roleEdit()->text(), QStringLiteral("CrossAccountAuditor"));
        QCOMPARE(dialog->displayNameEdit()->text(), QStringLiteral("Dev audit"));
        QVERIFY(dialog->colorSwatch(QStringLiteral("red"))->isChecked());
        const SwitchRoleRequest r = dialog->request();
        QCOMPARE(r.color, QStringLiteral("red"));
        QCOMPARE(r.account, QStringLiteral("catphoto-dev"));

        // Not a link: false, and the form stays.
        QVERIFY(!dialog->fillFromLink(QStringLiteral("https://example.com/switchrole")));
        QCOMPARE(dialog->roleEdit()->text(), QStringLiteral("CrossAccountAuditor"));
    }

    void aLinkPastedIntoTheAccountFieldFillsTheForm()
    {
        dialog->accountEdit()->setFocus();
        dialog->accountEdit()->insert(
            QStringLiteral("https://signin.aws.amazon.com/switchrole?account=111122223333"
                           "&roleName=SecurityEngineer&color=green"));
        QCOMPARE(dialog->accountEdit()->text(), QStringLiteral("111122223333"));
        QCOMPARE(dialog->roleEdit()->text(), QStringLiteral("SecurityEngineer"));
        QVERIFY(dialog->colorSwatch(QStringLiteral("green"))->isChecked());

        dialog->accountEdit()->setText(QStringLiteral("https://example.com/nothing"));
        QVERIFY(dialog->errorText().contains(QStringLiteral("not a switch link")));
    }

    void thePasteButtonReadsTheClipboard()
    {
        SwitchRoleRequest r;
        r.account = QStringLiteral("catphoto-prod");
        r.roleName = QStringLiteral("SecurityEngineer");
        r.color = QStringLiteral("yellow");
        QApplication::clipboard()->setText(SwitchLink::toUrl(r).toString());
        if (QApplication::clipboard()->text().isEmpty())
            QSKIP("no clipboard on this platform");
        QTest::mouseClick(dialog->pasteLinkButton(), Qt::LeftButton);
        QCOMPARE(dialog->roleEdit()->text(), QStringLiteral("SecurityEngineer"));
        QVERIFY(dialog->colorSwatch(QStringLiteral("yellow"))->isChecked());
    }

    void fiveSwatchesOneChosenKeyboardToo()
    {
        const QStringList ids{QStringLiteral("red"), QStringLiteral("orange"),
                              QStringLiteral("yellow"), QStringLiteral("green"),
                              QStringLiteral("blue")};
        const QStringList names{QStringLiteral("Red"), QStringLiteral("Orange"),
                                QStringLiteral("Yellow"), QStringLiteral("Green"),
                                QStringLiteral("Blue")};
        int checked = 0;
        for (int i = 0; i < ids.size(); ++i) {
            QAbstractButton* swatch = dialog->colorSwatch(ids[i]);
            QVERIFY(swatch);
            QCOMPARE(swatch->accessibleName(), names[i]);
            QVERIFY(swatch->isCheckable());
            QVERIFY(swatch->focusPolicy() & Qt::TabFocus);
            checked += swatch->isChecked();
        }
        QCOMPARE(checked, 1);
        QCOMPARE(dialog->request().color, QStringLiteral("blue")); // the console's default
        QCOMPARE(dialog->colorSwatch(QStringLiteral("blue"))->text(), QStringLiteral("\u2713"));

        QTest::mouseClick(dialog->colorSwatch(QStringLiteral("green")), Qt::LeftButton);
        QCOMPARE(dialog->request().color, QStringLiteral("green"));
        QVERIFY(!dialog->colorSwatch(QStringLiteral("blue"))->isChecked());
        QCOMPARE(dialog->colorSwatch(QStringLiteral("blue"))->text(), QString());

        QAbstractButton* red = dialog->colorSwatch(QStringLiteral("red"));
        red->setFocus();
        QTest::keyClick(red, Qt::Key_Space);
        QCOMPARE(dialog->request().color, QStringLiteral("red"));
        QTest::keyClick(red, Qt::Key_Right);
        QCOMPARE(dialog->request().color, QStringLiteral("orange"));
    }

    void proposesTheDefaultDisplayName()
    {
        fill(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"));
        QCOMPARE(dialog->displayNameEdit()->placeholderText(),
                 QStringLiteral("SecurityEngineer @ catphoto-prod"));
        QCOMPARE(dialog->request().displayName, QString());
        QCOMPARE(dialog->request().effectiveDisplayName(),
                 QStringLiteral("SecurityEngineer @ catphoto-prod"));
        fill(QStringLiteral("444455556666"), QStringLiteral("ops/Reader"));
        QCOMPARE(dialog->displayNameEdit()->placeholderText(),
                 QStringLiteral("Reader @ 444455556666"));
        QCOMPARE(dialog->roleEdit()->maxLength(), 64);
    }

    void completesAccountsAndTheirRoles()
    {
        auto completions = [](QLineEdit* edit) {
            return qobject_cast<QStringListModel*>(edit->completer()->model())->stringList();
        };
        const QStringList accounts = completions(dialog->accountEdit());
        QVERIFY(accounts.contains(QStringLiteral("catphoto-prod")));
        QVERIFY(accounts.contains(QStringLiteral("444455556666")));
        dialog->accountEdit()->setText(QStringLiteral("catphoto-dev"));
        QCOMPARE(completions(dialog->roleEdit()),
                 QStringList{QStringLiteral("CrossAccountAuditor")});
        dialog->accountEdit()->setText(QStringLiteral("catphoto-prod"));
        QVERIFY(completions(dialog->roleEdit()).contains(QStringLiteral("VendorAccess")));
    }

    void preflightSaysWhyASwitchWouldFail_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("error");
        QTest::newRow("ExternalId") << "VendorAccess"
                                    << "AccessDenied";
        QTest::newRow("not trusted") << "FederatedReadOnly"
                                     << "AccessDenied";
        QTest::newRow("unknown role") << "Nobody"
                                      << "NoSuchEntity";
    }
    void preflightSaysWhyASwitchWouldFail()
    {
        QFETCH(QString, role);
        QFETCH(QString, error);
        fill(QStringLiteral("catphoto-prod"), role);
        QTRY_VERIFY(dialog->errorText().startsWith(error + QStringLiteral(": ")));
        QVERIFY(!dialog->switchButton()->isEnabled());
        // The same words as the session's own check.
        SwitchRoleRequest r = dialog->request();
        QCOMPARE(dialog->errorText(), demo->session->checkSwitchRole(r).error().toString());
        if (role == QLatin1String("VendorAccess"))
            QVERIFY(dialog->errorText().contains(QStringLiteral("external ID")));
        if (role == QLatin1String("FederatedReadOnly"))
            QVERIFY(dialog->errorText().contains(QStringLiteral("does not trust")));

        // Fixing the form clears the message and enables the button.
        dialog->roleEdit()->setText(QStringLiteral("SecurityEngineer"));
        QTRY_VERIFY(dialog->switchButton()->isEnabled());
        QCOMPARE(dialog->errorText(), QString());
    }

    void moreOptionsShowTheRolesDurationRangeAndMfaWhenNeeded()
    {
        QVERIFY(!dialog->durationBox()->isVisible());
        QTest::mouseClick(dialog->moreOptionsButton(), Qt::LeftButton);
        QVERIFY(dialog->durationBox()->isVisible());

        fill(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer")); // 4 hours
        QCOMPARE(dialog->durationRangeLabel()->text(), QStringLiteral("15 minutes to 4 hours"));
        QCOMPARE(dialog->durationBox()->minimum(), 15);
        QCOMPARE(dialog->durationBox()->maximum(), 240);
        QCOMPARE(dialog->durationBox()->value(), 60);
        QCOMPARE(*dialog->request().durationSeconds, 3600);
        QVERIFY(!dialog->isMfaCodeShown());
        dialog->durationBox()->setValue(90);
        QCOMPARE(*dialog->request().durationSeconds, 5400);

        fill(QStringLiteral("catphoto-dev"), QStringLiteral("CrossAccountAuditor")); // 2 hours
        QCOMPARE(dialog->durationRangeLabel()->text(), QStringLiteral("15 minutes to 2 hours"));
        QCOMPARE(dialog->durationBox()->value(), 60);

        fill(QStringLiteral("catphoto-prod"), QStringLiteral("BreakGlassAdmin")); // needs MFA
        QVERIFY(dialog->isMfaCodeShown());
        QVERIFY(dialog->mfaCodeEdit()->isVisible());
        QTest::keyClicks(dialog->mfaCodeEdit(), QStringLiteral("12ab345678"));
        QCOMPARE(dialog->mfaCodeEdit()->text(), QStringLiteral("123456"));
        QCOMPARE(dialog->request().tokenCode, QStringLiteral("123456"));
        QCOMPARE(dialog->sessionNameEdit()->placeholderText(), QStringLiteral("John"));
    }

    // AWS's Switch Role page asks for account, role, display name and color only:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
    // The options beyond them say they are Switchboard's own.
    void moreOptionsAreMarkedAsSwitchboardsExtension()
    {
        auto* note = dialog->findChild<QLabel*>(QStringLiteral("ExtensionNote"));
        QVERIFY(note);
        QVERIFY(!note->isVisible());
        QTest::mouseClick(dialog->moreOptionsButton(), Qt::LeftButton);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(QStringLiteral("Switchboard's extension")),
                 qPrintable(note->text()));
        QVERIFY(note->wordWrap());
    }

    void theDefaultDurationNeverOutlivesTheUsersSession()
    {
        // 40 minutes of John's 12-hour console session left.
        demo->clock.advance(12 * 3600 - 40 * 60);
        fill(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"));
        QCOMPARE(dialog->durationBox()->maximum(), 40);
        QCOMPARE(dialog->durationBox()->value(), 40);
        QCOMPARE(dialog->durationRangeLabel()->text(), QStringLiteral("15 minutes to 40 minutes"));
    }

    void switchesThroughTheSession()
    {
        fill(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"));
        dialog->displayNameEdit()->setText(QStringLiteral("Security"));
        QTest::mouseClick(dialog->colorSwatch(QStringLiteral("orange")), Qt::LeftButton);
        QTRY_VERIFY(dialog->switchButton()->isEnabled());
        QTest::mouseClick(dialog->switchButton(), Qt::LeftButton);
        QTRY_VERIFY(demo->session->isInRole());
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        const Identity& identity = demo->session->identity();
        QCOMPARE(identity.displayName, QStringLiteral("Security"));
        QCOMPARE(identity.color, QStringLiteral("orange"));
        QCOMPARE(identity.role.name, QStringLiteral("SecurityEngineer"));
        QVERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(TestSwitchRoleDialog)
#include "tst_switchroledialog.moc"
