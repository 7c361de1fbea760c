#include "console/consolesession.h"
#include "console/samlidentityprovider.h"
#include "democonsole.h"
#include "detailpane.h"

#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

// The detail page of a SAML identity provider: ARN, dates, the entity id and
// the signing certificate read from its metadata; denied without
// iam:GetSAMLProvider.
class TestDetailPane : public QObject
{
    Q_OBJECT

private:
    static QStringList summaryTexts(const DetailPane& pane)
    {
        QStringList texts;
        if (const auto* summary = pane.findChild<QGroupBox*>(QStringLiteral("Summary")))
            for (const QLabel* label : summary->findChildren<QLabel*>())
                texts << label->text();
        return texts;
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
    void aProviderPageShowsItsCertificate()
    {
        DemoConsole c;
        SamlIdentityProvider idp(c.sts.get());
        std::optional<Result<void>> made;
        idp.createDemoProvider([&](Result<void> r) { made = r; });
        QTRY_VERIFY(made.has_value());
        QVERIFY(made->ok());
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        const QString arn = QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP");
        DetailPane pane(c.session.get());
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
