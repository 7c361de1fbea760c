#include "directory/awsmanagedpolicies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestAwsManagedPolicies : public QObject
{
    Q_OBJECT

private:
    static QJsonArray statements(const QString& name)
    {
        const auto all = AwsManagedPolicies::builtIn();
        if (!all)
            return {};
        for (const auto& d : all.value())
            if (d.name == name)
                return QJsonDocument::fromJson(d.document.toUtf8())
                    .object()
                    .value(QStringLiteral("Statement"))
                    .toArray();
        return {};
    }

    static QStringList strings(const QJsonValue& value)
    {
        if (value.isString())
            return {value.toString()};
        QStringList out;
        for (const QJsonValue& v : value.toArray())
            out << v.toString();
        return out;
    }

    static int sizeWithoutWhitespace(const QString& text)
    {
        int n = 0;
        for (QChar c : text)
            n += c.isSpace() ? 0 : 1;
        return n;
    }

private slots:
    void theSixBuiltInsWithTheirArns()
    {
        const auto all = AwsManagedPolicies::builtIn();
        QVERIFY2(all.ok(), all.ok() ? "" : qPrintable(all.error().toString()));
        QStringList names;
        for (const auto& d : all.value()) {
            names << d.name;
            QCOMPARE(d.path, QStringLiteral("/"));
            QCOMPARE(d.arn(), QStringLiteral("arn:aws:iam::aws:policy/") + d.name);
            QVERIFY(!d.description.isEmpty());
            const QJsonObject document = QJsonDocument::fromJson(d.document.toUtf8()).object();
            QCOMPARE(document.value(QStringLiteral("Version")).toString(),
                     QStringLiteral("2012-10-17"));
            QVERIFY(!document.value(QStringLiteral("Statement")).toArray().isEmpty());
            QVERIFY2(sizeWithoutWhitespace(d.document) <= 6144, qPrintable(d.name));
        }
        QCOMPARE(
            names,
            (QStringList{QStringLiteral("AdministratorAccess"), QStringLiteral("PowerUserAccess"),
                         QStringLiteral("ReadOnlyAccess"), QStringLiteral("IAMFullAccess"),
                         QStringLiteral("IAMReadOnlyAccess"), QStringLiteral("SecurityAudit")}));
    }

    void administratorAccessAllowsEverything()
    {
        const QJsonArray s = statements(QStringLiteral("AdministratorAccess"));
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].toObject().value(QStringLiteral("Effect")).toString(),
                 QStringLiteral("Allow"));
        QCOMPARE(strings(s[0].toObject().value(QStringLiteral("Action"))),
                 QStringList{QStringLiteral("*")});
        QCOMPARE(strings(s[0].toObject().value(QStringLiteral("Resource"))),
                 QStringList{QStringLiteral("*")});
    }

    void powerUserAccessExcludesIdentityManagementWithAwssExceptions()
    {
        const QJsonArray s = statements(QStringLiteral("PowerUserAccess"));
        QCOMPARE(s.size(), 2);
        QCOMPARE(strings(s[0].toObject().value(QStringLiteral("NotAction"))),
                 (QStringList{QStringLiteral("iam:*"), QStringLiteral("organizations:*"),
                              QStringLiteral("account:*")}));
        const QStringList exceptions = strings(s[1].toObject().value(QStringLiteral("Action")));
        for (const char* action :
             {"iam:CreateServiceLinkedRole", "iam:DeleteServiceLinkedRole", "iam:ListRoles",
              "organizations:DescribeOrganization", "account:ListRegions"})
            QVERIFY2(exceptions.contains(QLatin1String(action)), action);
    }

    void iamPolicies()
    {
        const QStringList full =
            strings(statements(QStringLiteral("IAMFullAccess"))[0].toObject().value(
                QStringLiteral("Action")));
        QVERIFY(full.contains(QStringLiteral("iam:*")));
        QVERIFY(full.contains(QStringLiteral("organizations:ListRoots")));
        const QStringList read =
            strings(statements(QStringLiteral("IAMReadOnlyAccess"))[0].toObject().value(
                QStringLiteral("Action")));
        for (const char* action :
             {"iam:GenerateCredentialReport", "iam:Get*", "iam:List*", "iam:Simulate*"})
            QVERIFY2(read.contains(QLatin1String(action)), action);
        QVERIFY(!read.contains(QStringLiteral("iam:*")));
    }

    void readOnlyPoliciesOnlyRead()
    {
        for (const QString& name :
             {QStringLiteral("ReadOnlyAccess"), QStringLiteral("SecurityAudit")}) {
            for (const QJsonValue& statement : statements(name)) {
                QCOMPARE(statement.toObject().value(QStringLiteral("Effect")).toString(),
                         QStringLiteral("Allow"));
                for (const QString& action :
                     strings(statement.toObject().value(QStringLiteral("Action")))) {
                    const QString verb = action.section(QLatin1Char(':'), 1);
                    const bool reads = verb.startsWith(QLatin1String("Get")) ||
                                       verb.startsWith(QLatin1String("List")) ||
                                       verb.startsWith(QLatin1String("Describe")) ||
                                       verb.startsWith(QLatin1String("BatchGet")) ||
                                       verb == QLatin1String("GET") ||
                                       verb.startsWith(QLatin1String("Generate")) ||
                                       verb.startsWith(QLatin1String("Simulate")) ||
                                       verb == QLatin1String("Query") ||
                                       verb == QLatin1String("Scan") ||
                                       verb.startsWith(QLatin1String("Lookup")) ||
                                       verb == QLatin1String("FilterLogEvents") ||
                                       verb.startsWith(QLatin1String("Receive"));
                    QVERIFY2(reads, qPrintable(name + QLatin1Char(' ') + action));
                }
            }
        }
    }

    void parseRejectsBrokenDefinitions()
    {
        QVERIFY(!AwsManagedPolicies::parse("{").ok());
        QVERIFY(!AwsManagedPolicies::parse("{\"policies\":[{\"name\":\"X\"}]}").ok());
        const auto one =
            AwsManagedPolicies::parse("{\"policies\":[{\"name\":\"X\",\"document\":{\"Version\":"
                                      "\"2012-10-17\",\"Statement\":[]}}]}");
        QVERIFY(one.ok());
        QCOMPARE(one.value().size(), 1);
        QCOMPARE(one.value().first().path, QStringLiteral("/"));
    }
};

QTEST_GUILESS_MAIN(TestAwsManagedPolicies)
#include "tst_awsmanagedpolicies.moc"
