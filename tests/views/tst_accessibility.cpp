#include "accessgraphwindow.h"
#include "auditmenu.h"
#include "audittrailwindow.h"
#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "democonsole.h"
#include "findingswindow.h"
#include "items/navigatormodel.h"
#include "keychainwindow.h"
#include "mainwindow.h"
#include "membershipmatrixwindow.h"
#include "navigatorview.h"
#include "signindialog.h"
#include "switchroledialog.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

// What a screen reader meets: every control a user can operate has a name,
// walked through the accessibility tree as assistive technology walks it.
class TestAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoConsole> demo;

    static bool isOperable(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::PushButton:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::SpinBox:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
        case QAccessible::PageTab:
        case QAccessible::Slider:
            return true;
        default:
            return false;
        }
    }

    // Every visible, operable control without a name, by its path in the tree.
    static inline int operableSeen = 0;

    static void collectUnnamed(QAccessibleInterface* node, const QString& path,
                               QStringList& unnamed, int depth = 0)
    {
        if (!node || !node->isValid() || depth > 60)
            return;
        if (qEnvironmentVariableIsSet("A11Y_DUMP"))
            qInfo().noquote() << QString(depth * 2, QLatin1Char(' ')) << node->role()
                              << node->text(QAccessible::Name) << node->childCount()
                              << node->state().invisible
                              << (node->object() ? node->object()->metaObject()->className() : "");
        if (node->state().invisible)
            return;
        const QString here = path + QLatin1Char('/') +
                             (node->object() && !node->object()->objectName().isEmpty()
                                  ? node->object()->objectName()
                                  : QString::number(int(node->role()), 16));
        if (isOperable(node->role()))
            ++operableSeen;
        if (isOperable(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty() &&
            node->text(QAccessible::Description).trimmed().isEmpty())
            unnamed << here + QStringLiteral(" (") +
                           QLatin1String(node->object() ? node->object()->metaObject()->className()
                                                        : "?") +
                           QLatin1Char(')');
        for (int i = 0; i < node->childCount(); ++i)
            collectUnnamed(node->child(i), here, unnamed, depth + 1);
    }

    static QStringList unnamedIn(QWidget* top)
    {
        QStringList unnamed;
        operableSeen = 0;
        collectUnnamed(QAccessible::queryAccessibleInterface(top), QString(), unnamed);
        return unnamed;
    }

private slots:
    void init()
    {
        REQUIRE_VALUE(demo, DemoConsole::open());
        REQUIRE_OK(demo->signIn(QStringLiteral("Maria")));
    }
    void cleanup() { demo.reset(); }

    void mainWindowPagesAreNamed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("user") << int(EntityKind::User) << QStringLiteral("John");
        QTest::newRow("group") << int(EntityKind::Group) << QStringLiteral("Developers");
        QTest::newRow("role") << int(EntityKind::Role) << QStringLiteral("SecurityEngineer");
        QTest::newRow("policy") << int(EntityKind::Policy) << QStringLiteral("DeveloperAccess");
    }
    void mainWindowPagesAreNamed()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        NavigatorModel model(demo->dir.get(), demo->session.get());
        MainWindow window(demo->session.get(), demo->services(), &model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.navigator()->selectEntity(EntityKind(kind), QStringLiteral("111122223333"), name);
        // The page is shown once its title is.
        QTRY_VERIFY(std::ranges::any_of(window.findChildren<QLabel*>(), [&name](QLabel* l) {
            return l->objectName() == QLatin1String("PageTitle") && l->text() == name &&
                   l->isVisible();
        }));
        const QStringList unnamed = unnamedIn(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        // The walk reached the page's controls, not only the frame.
        QVERIFY2(operableSeen >= 4, qPrintable(QString::number(operableSeen)));
        // Each tab of the page is walked too.
        if (QTabWidget* tabs = window.findChild<QTabWidget*>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                const QStringList inTab = unnamedIn(&window);
                QVERIFY2(inTab.isEmpty(), qPrintable(tabs->tabText(i) + QStringLiteral(": ") +
                                                     inTab.join(QLatin1Char('\n'))));
            }
        }
    }

    void auditWindowsAreNamed()
    {
        NavigatorModel model(demo->dir.get(), demo->session.get());
        MainWindow window(demo->session.get(), demo->services(), &model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QWidget*> windows{
            static_cast<QWidget*>(window.auditMenu()->openMembershipMatrix()),
            static_cast<QWidget*>(window.auditMenu()->openAccessGraph()),
            static_cast<QWidget*>(window.auditMenu()->openFindings()),
            static_cast<QWidget*>(window.auditMenu()->openAuditTrail()),
            static_cast<QWidget*>(window.openKeychain())};
        for (QWidget* opened : windows) {
            QVERIFY(QTest::qWaitForWindowExposed(opened));
            const QStringList unnamed = unnamedIn(opened);
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(QLatin1String(opened->metaObject()->className()) +
                                QStringLiteral(": ") + unnamed.join(QLatin1Char('\n'))));
        }
    }

    void dialogsAreNamed()
    {
        SwitchRoleDialog switchRole(demo->session.get(), *demo->dir);
        switchRole.show();
        QVERIFY(QTest::qWaitForWindowExposed(&switchRole));
        QStringList unnamed = unnamedIn(&switchRole);
        QVERIFY2(operableSeen >= 5, qPrintable(QString::number(operableSeen)));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));

        ConsoleSession signedOut(demo->dir.get());
        SignInDialog signIn(&signedOut, *demo->dir);
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        unnamed = unnamedIn(&signIn);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    // The walk finds what it is meant to find: a control without a name.
    void anUnnamedControlIsFound()
    {
        QWidget form;
        auto* edit = new QLineEdit(&form);
        edit->setObjectName(QStringLiteral("Nameless"));
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QCOMPARE(unnamedIn(&form).size(), 1);
        QVERIFY(unnamedIn(&form).first().contains(QLatin1String("Nameless")));
        edit->setAccessibleName(QStringLiteral("Account ID"));
        QVERIFY(unnamedIn(&form).isEmpty());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
