#include "console/consolesession.h"
#include "console/samlidentityprovider.h"
#include "democonsole.h"
#include "detailpane.h"
#include "detailpanetexts.h"

#include "accessdeniedpanel.h"
#include "common/resultassertions.h"

#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using DetailPaneTexts::labelText;
using DetailPaneTexts::summaryTexts;

// The right-hand pane: each entry's page (title, summary, tabs) as the
// active identity may read it, AWS's access-denied message where it may not,
// and the page shown again when the identity changes. A SAML identity
// provider's page shows the entity id and signing certificate of its metadata.
class TestDetailPane : public QObject
{
    Q_OBJECT

private:
    static QStringList tabTexts(const DetailPane& pane)
    {
        QStringList texts;
        if (pane.tabs())
            for (int i = 0; i < pane.tabs()->count(); ++i)
                texts << pane.tabs()->tabText(i);
        return texts;
    }

    static QStringList deniedMessages(const DetailPane& pane)
    {
        QStringList messages;
        for (const AccessDeniedPanel* panel : pane.findChildren<AccessDeniedPanel*>())
            messages << panel->message();
        return messages;
    }

    static NavigatorModel::NodeRef entry(EntityKind kind, const QString& name)
    {
        NavigatorModel::NodeRef node;
        node.type = NavigatorModel::NodeType::Entry;
        node.kind = kind;
        node.accountId = QStringLiteral("111122223333");
        node.name = name;
        return node;
    }

    static NavigatorModel::NodeRef providerNode(const QString& arn)
    {
        NavigatorModel::NodeRef node;
        node.type = NavigatorModel::NodeType::Provider;
        node.accountId = QStringLiteral("111122223333");
        node.name = QStringLiteral("CatPhotoIdP");
        node.arn = arn;
        return node;
    }

private slots:
    void showsNothingUntilAnEntryIsChosen()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("Maria")));
        DetailPane pane(c.session.get(), c.services());
        QVERIFY(summaryTexts(pane).isEmpty());
        QVERIFY(!pane.tabs());
        QVERIFY(pane.currentNode().name.isEmpty());
    }

    void aUsersPageHasItsSummaryAndTabs()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("Maria")));
        DetailPane pane(c.session.get(), c.services());
        pane.showNode(entry(EntityKind::User, QStringLiteral("John")));
        QCOMPARE(pane.currentNode().name, QStringLiteral("John"));
        QCOMPARE(labelText(pane, "PageTitle"), QStringLiteral("John"));
        QCOMPARE(labelText(pane, "PageKind"), QStringLiteral("IAM user"));
        const QStringList texts = summaryTexts(pane);
        QVERIFY2(texts.contains(QStringLiteral("arn:aws:iam::111122223333:user/John")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        const auto john = c.dir->user(QStringLiteral("111122223333"), QStringLiteral("John"));
        QVERIFY(john);
        QVERIFY(texts.contains(john->userId));
        QVERIFY(texts.contains(QStringLiteral("Enabled"))); // console access
        QCOMPARE(
            tabTexts(pane),
            (QStringList{QStringLiteral("Permissions"), QStringLiteral("Effective permissions"),
                         QStringLiteral("Groups"), QStringLiteral("Security credentials")}));
        QVERIFY(deniedMessages(pane).isEmpty());
    }

    void aGroupsPageListsItsMembers()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("Maria")));
        DetailPane pane(c.session.get(), c.services());
        pane.showNode(entry(EntityKind::Group, QStringLiteral("Auditors")));
        QCOMPARE(labelText(pane, "PageKind"), QStringLiteral("IAM user group"));
        QVERIFY(summaryTexts(pane).contains(
            QStringLiteral("arn:aws:iam::111122223333:group/Auditors")));
        QVERIFY(pane.tabs());
        QCOMPARE(pane.tabs()->tabText(0), QStringLiteral("Users"));
        const auto* table = pane.findChild<QTableWidget*>(QStringLiteral("GroupUsersTable"));
        QVERIFY(table);
        QCOMPARE(pane.tabs()->widget(0), table);
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row)
            names << table->item(row, 0)->text();
        QCOMPARE(names, QStringList{QStringLiteral("Li")});
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("arn:aws:iam::111122223333:user/Li"));
        // A member opens on a double click.
        QSignalSpy activated(&pane, &DetailPane::entityActivated);
        Q_EMIT const_cast<QTableWidget*>(table)->cellDoubleClicked(0, 0);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(2).toString(), QStringLiteral("Li"));
    }

    void aRolesPageShowsItsTrustAndDuration()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("Maria")));
        DetailPane pane(c.session.get(), c.services());
        pane.showNode(entry(EntityKind::Role, QStringLiteral("SecurityEngineer")));
        QCOMPARE(labelText(pane, "PageKind"), QStringLiteral("IAM role"));
        const QStringList texts = summaryTexts(pane);
        QVERIFY(texts.contains(QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer")));
        // 14400 s, in hours (the plural form is the translation's).
        QVERIFY2(
            std::any_of(texts.cbegin(), texts.cend(),
                        [](const QString& t) { return t.startsWith(QLatin1String("4 hour")); }),
            qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(tabTexts(pane).contains(QStringLiteral("Trust relationships")));
    }

    void whatTheIdentityMayNotReadShowsAwsMessage()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("Maria")));
        DetailPane pane(c.session.get(), c.services());
        pane.showNode(entry(EntityKind::User, QStringLiteral("John")));
        QVERIFY(!summaryTexts(pane).isEmpty());
        // Paulo may not read IAM: the same page, shown again for him, is denied.
        c.session->signOut();
        REQUIRE_OK(c.signIn(QStringLiteral("Paulo")));
        pane.showNode(entry(EntityKind::User, QStringLiteral("John")));
        QVERIFY(summaryTexts(pane).isEmpty());
        const QStringList denied = deniedMessages(pane);
        QCOMPARE(denied.size(), 1);
        QVERIFY2(denied.first().contains(
                     QStringLiteral("is not authorized to perform: iam:GetUser on resource: "
                                    "arn:aws:iam::111122223333:user/John")),
                 qPrintable(denied.first()));
        // A node the navigator already found denied shows its message.
        NavigatorModel::NodeRef node = entry(EntityKind::User, QStringLiteral("John"));
        node.denied = QStringLiteral("denied by the navigator");
        pane.showNode(node);
        QCOMPARE(labelText(pane, "PageTitle"), QStringLiteral("Access denied"));
        QCOMPARE(deniedMessages(pane), QStringList{QStringLiteral("denied by the navigator")});
    }

    void aNewIdentityGetsThePageAsItMayReadIt()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("Maria")));
        DetailPane pane(c.session.get(), c.services());
        pane.showNode(entry(EntityKind::Role, QStringLiteral("SecurityEngineer")));
        QVERIFY(!summaryTexts(pane).isEmpty());
        c.session->signOut();
        REQUIRE_OK(c.signIn(QStringLiteral("Paulo")));
        // No showNode: the pane follows activeIdentityChanged.
        QVERIFY(summaryTexts(pane).isEmpty());
        QCOMPARE(deniedMessages(pane).size(), 1);
        QVERIFY(deniedMessages(pane).first().contains(QStringLiteral("iam:GetRole")));
    }

    void aProviderPageShowsItsCertificate()
    {
        OPEN_DEMO_CONSOLE(c);
        SamlIdentityProvider idp(c.sts.get());
        std::optional<Result<void>> made;
        idp.createDemoProvider([&](Result<void> r) { made = r; });
        QTRY_VERIFY(made.has_value());
        QVERIFY(made->ok());
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        const QString arn = QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP");
        DetailPane pane(c.session.get(), c.services());
        pane.showNode(providerNode(arn));
        const QStringList texts = summaryTexts(pane);
        QVERIFY2(texts.contains(arn), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("urn:switchboard:saml:111122223333:CatPhotoIdP")));
        QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [](const QString& t) {
            return t.startsWith(QLatin1String("CN=CatPhotoIdP, expires "));
        }));
        const auto* metadata =
            pane.findChild<QPlainTextEdit*>(QStringLiteral("SamlMetadataDocument"));
        QVERIFY(metadata);
        QVERIFY(metadata->toPlainText().contains(QLatin1String("IDPSSODescriptor")));

        // Paulo may not read IAM: the page says so instead.
        c.session->signOut();
        QVERIFY(c.signIn(QStringLiteral("Paulo")).ok());
        pane.showNode(providerNode(arn));
        QVERIFY(summaryTexts(pane).isEmpty());
        QVERIFY(!pane.findChild<QPlainTextEdit*>(QStringLiteral("SamlMetadataDocument")));
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
