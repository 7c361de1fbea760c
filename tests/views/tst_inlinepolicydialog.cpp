#include "admin/directoryadmin.h"
#include "democonsole.h"
#include "inlinepolicydialog.h"
#include "messagestrip.h"
#include "policyeditor.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestInlinePolicyDialog : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    const QString role = QStringLiteral("CatPhotoApp");
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<InlinePolicyDialog> dialog;

    void open(const QString& user, EntityKind kind, const QString& entity,
              const QString& policyName = {})
    {
        if (!c->session->isSignedIn())
            QVERIFY(c->signIn(user));
        if (!admin)
            admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                     c->accessKeys.get(), c->mfaDevices.get());
        dialog = std::make_unique<InlinePolicyDialog>(admin.get(), kind, prod, entity, policyName);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    static QString document(const QString& action)
    {
        return QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": "
                              "\"Allow\", \"Action\": \"%1\", \"Resource\": \"*\"}]}")
            .arg(action);
    }

    QList<InlinePolicy> policiesOf(EntityKind kind, const QString& entity) const
    {
        return c->dir->inlinePolicies(kind, prod, entity);
    }

private slots:
    void init() { REQUIRE_VALUE(c, DemoConsole::open()); }
    void cleanup()
    {
        dialog.reset();
        admin.reset();
        c.reset();
    }

    void createsEditsAndDeletesAnInlinePolicy()
    {
        const int before = int(policiesOf(EntityKind::Role, role).size());
        open(QStringLiteral("Maria"), EntityKind::Role, role);
        QVERIFY(!dialog->isEditing());
        QVERIFY(dialog->deleteButton()->isHidden());
        dialog->nameEdit()->setText(QStringLiteral("ReadQueue"));
        dialog->editor()->setText(document(QStringLiteral("sqs:ReceiveMessage")));
        QSignalSpy saved(dialog.get(), &InlinePolicyDialog::saved);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QList<InlinePolicy> policies = policiesOf(EntityKind::Role, role);
        QCOMPARE(policies.size(), before + 1);

        open(QStringLiteral("Maria"), EntityKind::Role, role, QStringLiteral("ReadQueue"));
        QVERIFY(dialog->isEditing());
        QVERIFY(dialog->nameEdit()->isReadOnly());
        QVERIFY(dialog->editor()->text().contains(QStringLiteral("sqs:ReceiveMessage")));
        dialog->editor()->setText(document(QStringLiteral("sqs:SendMessage")));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        bool found = false;
        for (const InlinePolicy& p : policiesOf(EntityKind::Role, role))
            if (p.name == QLatin1String("ReadQueue")) {
                found = true;
                QVERIFY(p.document.contains(QStringLiteral("sqs:SendMessage")));
            }
        QVERIFY(found);

        open(QStringLiteral("Maria"), EntityKind::Role, role, QStringLiteral("ReadQueue"));
        QVERIFY(!dialog->deleteButton()->isHidden());
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QCOMPARE(policiesOf(EntityKind::Role, role).size(), before);
    }

    void aMalformedPolicyShowsUnderTheEditorAndNothingIsStored()
    {
        open(QStringLiteral("Maria"), EntityKind::User, QStringLiteral("Ana"));
        const QList<InlinePolicy> before = policiesOf(EntityKind::User, QStringLiteral("Ana"));
        dialog->nameEdit()->setText(QStringLiteral("Broken"));
        // "Effect": "Permit" is not a policy.
        dialog->editor()->setText(
            QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Permit\", "
                           "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("MalformedPolicyDocument"));
        QVERIFY(!dialog->editorError().isEmpty());
        QVERIFY(dialog->messageStrip()->error().isEmpty());
        QVERIFY(dialog->nameError().isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(policiesOf(EntityKind::User, QStringLiteral("Ana")).size(), before.size());
    }

    void aBadOrUsedNameShowsNextToTheName()
    {
        open(QStringLiteral("Maria"), EntityKind::Group, QStringLiteral("Interns"));
        dialog->nameEdit()->setText(QStringLiteral("bad name"));
        dialog->editor()->setText(document(QStringLiteral("s3:GetObject")));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("ValidationError"));
        QVERIFY(dialog->nameError().contains(QStringLiteral("'policyName'")));
        QVERIFY(policiesOf(EntityKind::Group, QStringLiteral("Interns")).isEmpty());

        dialog->nameEdit()->setText(QStringLiteral("Reader"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(policiesOf(EntityKind::Group, QStringLiteral("Interns")).size(), 1);

        open(QStringLiteral("Maria"), EntityKind::Group, QStringLiteral("Interns"));
        dialog->nameEdit()->setText(QStringLiteral("READER"));
        dialog->editor()->setText(document(QStringLiteral("s3:PutObject")));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("EntityAlreadyExists"));
        QVERIFY(!dialog->nameError().isEmpty());
        QVERIFY(policiesOf(EntityKind::Group, QStringLiteral("Interns"))
                    .first()
                    .document.contains(QStringLiteral("s3:GetObject")));
    }

    void johnIsRefusedWithAccessDenied()
    {
        open(QStringLiteral("John"), EntityKind::User, QStringLiteral("John"));
        dialog->nameEdit()->setText(QStringLiteral("MoreForMe"));
        dialog->editor()->setText(document(QStringLiteral("*")));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("AccessDenied"));
        QVERIFY(dialog->messageStrip()->error().contains(QStringLiteral("iam:PutUserPolicy")));
        QVERIFY(policiesOf(EntityKind::User, QStringLiteral("John")).isEmpty());
    }
};

QTEST_MAIN(TestInlinePolicyDialog)
#include "tst_inlinepolicydialog.moc"
