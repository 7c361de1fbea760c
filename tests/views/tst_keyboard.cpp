#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "democonsole.h"
#include "detailpane.h"
#include "items/navigatormodel.h"
#include "mainwindow.h"
#include "sessionbanner.h"
#include "switchroledialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

// The main flows by key presses only, as someone who does not use a mouse
// goes through them: find an entity, open it, switch role, switch back.
class TestKeyboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoConsole> demo;
    std::unique_ptr<NavigatorModel> model;
    std::unique_ptr<MainWindow> window;

    void openAs(const QString& user)
    {
        REQUIRE_VALUE(demo, DemoConsole::open());
        REQUIRE_OK(demo->signIn(user));
        model = std::make_unique<NavigatorModel>(demo->dir.get(), demo->session.get());
        window = std::make_unique<MainWindow>(demo->session.get(), demo->services(), model.get());
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }
    QString pageTitle() const
    {
        auto* title = window->detailPane()->findChild<QLabel*>(QStringLiteral("PageTitle"));
        return title ? title->text() : QString();
    }
    static void press(QWidget* target, Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(target, key, modifiers);
    }

private slots:
    void cleanup()
    {
        window.reset();
        model.reset();
        demo.reset();
    }

    void findAndOpenAUserByKeys()
    {
        REQUIRE_HELPER(openAs(QStringLiteral("Maria")));
        press(window.get(), Qt::Key_F, Qt::ControlModifier); // View → Filter the navigator
        auto* filter = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("Kiri"));
        press(filter, Qt::Key_Tab); // into the tree
        auto* tree = qobject_cast<QTreeView*>(QApplication::focusWidget());
        QVERIFY2(tree, QApplication::focusWidget()
                           ? QApplication::focusWidget()->metaObject()->className()
                           : "nothing has focus");
        // Down through the filtered tree until the user's page opens.
        for (int i = 0; i < 12 && pageTitle() != QLatin1String("Kiri"); ++i)
            press(tree, Qt::Key_Down);
        QTRY_COMPARE(pageTitle(), QStringLiteral("Kiri"));
    }

    void switchRoleAndBackByKeys()
    {
        REQUIRE_HELPER(openAs(QStringLiteral("John")));
        press(window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        SwitchRoleDialog* dialog = window->switchRoleDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The dialog's focus, where its keys go once the window system activates it.
        const auto focused = [dialog] { return dialog->focusWidget(); };
        // The form is filled in field by field with Tab, as its tab order goes.
        QWidget* account = focused();
        QVERIFY2(qobject_cast<QLineEdit*>(account),
                 account ? qPrintable(account->objectName()) : "nothing has focus");
        QTest::keyClicks(account, QStringLiteral("111122223333"));
        press(account, Qt::Key_Tab);
        QWidget* role = focused();
        QVERIFY(qobject_cast<QLineEdit*>(role) && role != account);
        QTest::keyClicks(role, QStringLiteral("SecurityEngineer"));
        press(role, Qt::Key_Tab);
        QWidget* displayName = focused();
        QVERIFY(qobject_cast<QLineEdit*>(displayName) && displayName != role);
        QTest::keyClicks(displayName, QStringLiteral("Prod security"));
        QTRY_VERIFY(dialog->switchButton()->isEnabled()); // once the role is found
        press(displayName, Qt::Key_Return);               // the default button: Switch Role
        auto* banner = window->findChild<SessionBanner*>();
        // The dialog closes itself (and is deleted) once the switch is done.
        const QPointer<QLabel> error =
            dialog->findChild<QLabel*>(QStringLiteral("SwitchRoleError"));
        QTRY_VERIFY2(banner->hasSession(), error ? qPrintable(error->text()) : "");
        QCOMPARE(banner->displayName(), QStringLiteral("Prod security"));
        QVERIFY(demo->session->identity().isRoleSession());

        // The dialog closed; the window system gives the console its activation back.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        press(window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier); // Switch back
        QTRY_VERIFY(!banner->hasSession());
        QVERIFY(!demo->session->identity().isRoleSession());
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
