#include "admin/directoryadmin.h"
#include "attachpoliciesdialog.h"
#include "democonsole.h"
#include "messagestrip.h"
#include "policypicker.h"

#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

class TestAttachPoliciesDialog : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    const QString role = QStringLiteral("CatPhotoApp");
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<AttachPoliciesDialog> dialog;

    void open(const QString& user)
    {
        QVERIFY(c->signIn(user));
        admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                 c->accessKeys.get(), c->mfaDevices.get());
        dialog = std::make_unique<AttachPoliciesDialog>(admin.get(), EntityKind::Role, prod, role);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    QStringList attached() const
    {
        QStringList out;
        for (const ManagedPolicy& p : c->dir->attachedPolicies(EntityKind::Role, prod, role))
            out << p.name;
        out.sort();
        return out;
    }

    QStringList listed() const
    {
        QStringList out;
        for (int row = 0; row < dialog->attachedList()->count(); ++row)
            out << dialog->attachedList()->item(row)->text();
        out.sort();
        return out;
    }

    void selectAttached(const QString& name)
    {
        for (int row = 0; row < dialog->attachedList()->count(); ++row)
            if (dialog->attachedList()->item(row)->text() == name)
                dialog->attachedList()->setCurrentRow(row);
        QVERIFY(dialog->detachButton()->isEnabled());
    }

    // Customer policies enough to pass the quota of 10 together with AWS's 6.
    void addPolicies(int count)
    {
        for (int i = 0; i < count; ++i)
            QVERIFY(c->dir->createPolicy(
                prod, QStringLiteral("Extra%1").arg(i),
                QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": "
                               "\"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}")));
    }

private slots:
    void init() { REQUIRE_VALUE(c, DemoConsole::open()); }
    void cleanup()
    {
        dialog.reset();
        admin.reset();
        c.reset();
    }

    void attachesSeveralAtOnceAndDetachesOne()
    {
        open(QStringLiteral("Maria"));
        QCOMPARE(listed(), QStringList{QStringLiteral("CatPhotoUploadsAccess")});
        QVERIFY(!dialog->attachButton()->isEnabled());
        // The other 8 of the demo's 9 are offered; the filter narrows them by name.
        QAbstractItemModel* shown = dialog->picker()->listView()->model();
        QCOMPARE(shown->rowCount(), 8);
        QTest::keyClicks(dialog->picker()->filterEdit(), QStringLiteral("readonly"));
        QCOMPARE(shown->rowCount(), 2);
        dialog->picker()->filterEdit()->clear();
        QCOMPARE(shown->rowCount(), 8);
        dialog->picker()->setChecked(QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess"),
                                     true);
        dialog->picker()->setChecked(
            QStringLiteral("arn:aws:iam::111122223333:policy/DeveloperAccess"), true);
        QVERIFY(dialog->attachButton()->isEnabled());
        QTest::mouseClick(dialog->attachButton(), Qt::LeftButton);
        const QStringList three{QStringLiteral("CatPhotoUploadsAccess"),
                                QStringLiteral("DeveloperAccess"),
                                QStringLiteral("ReadOnlyAccess")};
        QCOMPARE(attached(), three);
        QCOMPARE(listed(), three);
        // One undo step for the whole attach.
        QCOMPARE(admin->undoStack()->count(), 1);

        selectAttached(QStringLiteral("DeveloperAccess"));
        QTest::mouseClick(dialog->detachButton(), Qt::LeftButton);
        QCOMPARE(attached(), (QStringList{QStringLiteral("CatPhotoUploadsAccess"),
                                          QStringLiteral("ReadOnlyAccess")}));
    }

    void moreThanTenShowLimitExceededAtTheListAndAttachNothing()
    {
        addPolicies(5);
        open(QStringLiteral("Maria"));
        // 1 attached + 10 checked = 11.
        const QList<ManagedPolicy> all = PolicyPicker::attachablePolicies(*c->dir, prod);
        int checked = 0;
        for (const ManagedPolicy& p : all)
            if (p.name != QLatin1String("CatPhotoUploadsAccess") && checked < 10) {
                dialog->picker()->setChecked(p.arn, true);
                ++checked;
            }
        QCOMPARE(dialog->picker()->checkedCount(), 10);
        QTest::mouseClick(dialog->attachButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("LimitExceeded"));
        QVERIFY2(dialog->listError().contains(
                     QStringLiteral("Cannot exceed quota for PoliciesPerRole: 10")),
                 qPrintable(dialog->listError()));
        QCOMPARE(attached(), QStringList{QStringLiteral("CatPhotoUploadsAccess")});
        QCOMPARE(dialog->picker()->checkedCount(), 10);
    }

    void johnIsRefusedWithAccessDenied()
    {
        open(QStringLiteral("John"));
        dialog->picker()->setChecked(QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess"),
                                     true);
        QTest::mouseClick(dialog->attachButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("AccessDenied"));
        QVERIFY(dialog->messageStrip()->error().contains(QStringLiteral("iam:AttachRolePolicy")));
        QCOMPARE(attached(), QStringList{QStringLiteral("CatPhotoUploadsAccess")});
    }
};

QTEST_MAIN(TestAttachPoliciesDialog)
#include "tst_attachpoliciesdialog.moc"
