#include "items/trustpolicybuilder.h"
#include "policy/policydocument.h"
#include "sts/trustconditions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Field = TrustPolicyBuilder::Field;

class TestTrustPolicyBuilder : public QObject
{
    Q_OBJECT

private:
    static QJsonObject statementOf(const TrustPolicyBuilder& builder)
    {
        const QJsonObject document = builder.toJson();
        const QJsonArray statements = document.value(QStringLiteral("Statement")).toArray();
        return statements.size() == 1 ? statements.first().toObject() : QJsonObject();
    }
    static QList<Field> fieldsOf(const QList<TrustPolicyBuilder::Problem>& problems)
    {
        QList<Field> out;
        for (const auto& p : problems)
            out << p.field;
        return out;
    }

private slots:
    void anotherAccountWithExternalIdAndMfa()
    {
        const auto builder = TrustPolicyBuilder::forAccount(QStringLiteral("444455556666"))
                                 .requireExternalId(QStringLiteral("vendor-42"))
                                 .requireMfa();
        QVERIFY(builder.problems().isEmpty());
        const QString expected =
            QStringLiteral("{\n"
                           "    \"Version\": \"2012-10-17\",\n"
                           "    \"Statement\": [\n"
                           "        {\n"
                           "            \"Effect\": \"Allow\",\n"
                           "            \"Principal\": {\n"
                           "                \"AWS\": \"arn:aws:iam::444455556666:root\"\n"
                           "            },\n"
                           "            \"Action\": \"sts:AssumeRole\",\n"
                           "            \"Condition\": {\n"
                           "                \"Bool\": {\n"
                           "                    \"aws:MultiFactorAuthPresent\": \"true\"\n"
                           "                },\n"
                           "                \"StringEquals\": {\n"
                           "                    \"sts:ExternalId\": \"vendor-42\"\n"
                           "                }\n"
                           "            }\n"
                           "        }\n"
                           "    ]\n"
                           "}");
        QCOMPARE(builder.toText(), expected);

        const auto parsed = PolicyDocument::parse(builder.toText(), PolicyKind::Trust);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->statements().size(), 1);
        QCOMPARE(parsed->statements().first().principal->aws,
                 QStringList{QStringLiteral("arn:aws:iam::444455556666:root")});
        const TrustConditions conditions = TrustConditions::of(builder.toText());
        QVERIFY(conditions.requiresExternalId);
        QVERIFY(conditions.requiresMfa);
    }

    void anAccountWithoutConditionsHasNoConditionBlock()
    {
        const auto builder = TrustPolicyBuilder::forAccount(QStringLiteral("111122223333"));
        const QJsonObject statement = statementOf(builder);
        QVERIFY(!statement.contains(QStringLiteral("Condition")));
        const TrustConditions conditions = TrustConditions::of(builder.toText());
        QVERIFY(!conditions.requiresExternalId);
        QVERIFY(!conditions.requiresMfa);
    }

    void oneServiceIsAStringSeveralAList()
    {
        auto one = TrustPolicyBuilder::forServices({QStringLiteral("ec2.amazonaws.com")});
        QCOMPARE(statementOf(one).value(QStringLiteral("Principal")).toObject(),
                 (QJsonObject{{QStringLiteral("Service"), QStringLiteral("ec2.amazonaws.com")}}));
        QCOMPARE(statementOf(one).value(QStringLiteral("Action")).toString(),
                 QStringLiteral("sts:AssumeRole"));

        // Duplicates and blanks are dropped; MFA and ExternalId do not apply to services.
        auto several =
            TrustPolicyBuilder::forServices(
                {QStringLiteral("lambda.amazonaws.com"), QStringLiteral(" "),
                 QStringLiteral("ecs-tasks.amazonaws.com"), QStringLiteral("lambda.amazonaws.com")})
                .requireMfa()
                .requireExternalId(QStringLiteral("ignored"));
        const QJsonObject statement = statementOf(several);
        QCOMPARE(statement.value(QStringLiteral("Principal"))
                     .toObject()
                     .value(QStringLiteral("Service"))
                     .toArray(),
                 (QJsonArray{QStringLiteral("lambda.amazonaws.com"),
                             QStringLiteral("ecs-tasks.amazonaws.com")}));
        QVERIFY(!statement.contains(QStringLiteral("Condition")));
        QVERIFY(PolicyDocument::parse(several.toText(), PolicyKind::Trust).ok());
    }

    void webIdentityChecksTheProvidersAudienceKey()
    {
        const auto google = TrustPolicyBuilder::forWebIdentity(
            QStringLiteral("accounts.google.com"), QStringLiteral("client-1"));
        QVERIFY(google.problems().isEmpty());
        const QJsonObject statement = statementOf(google);
        QCOMPARE(statement.value(QStringLiteral("Action")).toString(),
                 QStringLiteral("sts:AssumeRoleWithWebIdentity"));
        QCOMPARE(
            statement.value(QStringLiteral("Principal")).toObject(),
            (QJsonObject{{QStringLiteral("Federated"), QStringLiteral("accounts.google.com")}}));
        QCOMPARE(statement.value(QStringLiteral("Condition")).toObject(),
                 (QJsonObject{{QStringLiteral("StringEquals"),
                               QJsonObject{{QStringLiteral("accounts.google.com:aud"),
                                            QStringLiteral("client-1")}}}}));
        QVERIFY(PolicyDocument::parse(google.toText(), PolicyKind::Trust).ok());

        QCOMPARE(TrustPolicyBuilder::audienceConditionKey(QStringLiteral("www.amazon.com")),
                 QStringLiteral("www.amazon.com:app_id"));
        QCOMPARE(TrustPolicyBuilder::audienceConditionKey(
                     QStringLiteral("arn:aws:iam::111122223333:oidc-provider/"
                                    "oidc.eks.eu-west-1.amazonaws.com/id/AB12")),
                 QStringLiteral("oidc.eks.eu-west-1.amazonaws.com/id/AB12:aud"));
    }

    void samlUsesTheSignInAudienceByDefault()
    {
        const QString provider =
            QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP");
        const auto saml = TrustPolicyBuilder::forSaml(provider);
        QVERIFY(saml.problems().isEmpty());
        const QJsonObject statement = statementOf(saml);
        QCOMPARE(statement.value(QStringLiteral("Action")).toString(),
                 QStringLiteral("sts:AssumeRoleWithSAML"));
        QCOMPARE(
            statement.value(QStringLiteral("Condition")).toObject(),
            (QJsonObject{{QStringLiteral("StringEquals"),
                          QJsonObject{{QStringLiteral("SAML:aud"),
                                       QStringLiteral("https://signin.aws.amazon.com/saml")}}}}));
        QVERIFY(PolicyDocument::parse(saml.toText(), PolicyKind::Trust).ok());
    }

    void problemsNameTheirField()
    {
        const auto badAccount = TrustPolicyBuilder::forAccount(QStringLiteral("12345"))
                                    .requireExternalId(QStringLiteral("x"));
        const auto problems = badAccount.problems();
        QCOMPARE(fieldsOf(problems), (QList<Field>{Field::Account, Field::ExternalId}));
        QCOMPARE(problems[0].error.code(), QStringLiteral("ValidationError"));
        QVERIFY(problems[0].error.message().contains(QStringLiteral("'accountId'")));
        QCOMPARE(problems[1].error.code(), QStringLiteral("ValidationError"));
        QVERIFY(problems[1].error.message().contains(QStringLiteral("'externalId'")));

        const auto badService = TrustPolicyBuilder::forServices({QStringLiteral("ec2")});
        QCOMPARE(fieldsOf(badService.problems()), QList<Field>{Field::Services});
        QCOMPARE(badService.problems().first().error.code(),
                 QStringLiteral("MalformedPolicyDocument"));
        QCOMPARE(fieldsOf(TrustPolicyBuilder::forServices({}).problems()),
                 QList<Field>{Field::Services});

        const auto badSaml = TrustPolicyBuilder::forSaml(
            QStringLiteral("arn:aws:iam::111122223333:oidc-provider/x"), QString());
        QCOMPARE(fieldsOf(badSaml.problems()), (QList<Field>{Field::Provider, Field::Audience}));
        QCOMPARE(fieldsOf(TrustPolicyBuilder::forWebIdentity(QStringLiteral("example.com"),
                                                             QStringLiteral("a"))
                              .problems()),
                 QList<Field>{Field::Provider});
    }

    void everyCommonServiceIsAValidPrincipal()
    {
        const QStringList services = TrustPolicyBuilder::commonServicePrincipals();
        QVERIFY(services.contains(QStringLiteral("ec2.amazonaws.com")));
        QVERIFY(services.contains(QStringLiteral("lambda.amazonaws.com")));
        QVERIFY(services.contains(QStringLiteral("ecs-tasks.amazonaws.com")));
        QVERIFY(TrustPolicyBuilder::forServices(services).problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrustPolicyBuilder)
#include "tst_trustpolicybuilder.moc"
