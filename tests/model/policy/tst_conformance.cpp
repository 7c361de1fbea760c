#include "common/testdata.h"
#include "policy/batchsimulator.h"
#include "policy/compiledpolicy.h"
#include "policy/evaluationrequest.h"
#include "policy/policyevaluator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Runs every case of the public policy-evaluation conformance data (see its
// PROVENANCE.md): identity policies, same account, the context exactly as the
// case gives it; and the generated SCP/RCP cases decided by the reference
// simulator, each line a batch-simulator request.
class TestConformance : public QObject
{
    Q_OBJECT

    static QString casesPath() { return TestData::path(QStringLiteral("policy-eval/cases.jsonl")); }

    static QString scpCasesPath()
    {
        return TestData::path(QStringLiteral("policy-eval/scp-cases.jsonl"));
    }

    // Where the reference simulator and AWS's documentation disagree, the documentation wins:
    // the case's name, and the reason.
    static QString documentedDifference(const QString& name)
    {
        // Organizations User Guide, "Resource control policies (RCPs)", "List of AWS services
        // that support RCPs": IAM and EC2 are not among them, so an RCP naming their actions
        // limits nothing; the reference applies it anyway.
        if (name.startsWith(QLatin1String("rcp on an unsupported service")))
            return QStringLiteral("allow");
        return QString();
    }

    static Decision expectedDecision(const QJsonObject& testCase)
    {
        const QString detail = testCase.value(QStringLiteral("expected_detail")).toString();
        if (detail == QLatin1String("ExplicitlyDenied"))
            return Decision::ExplicitDeny;
        if (detail == QLatin1String("ImplicitlyDenied"))
            return Decision::ImplicitDeny;
        return Decision::Allow;
    }

private slots:
    void initTestCase() { REQUIRE_TESTDATA(casesPath()); }

    void evaluatesCase_data()
    {
        QTest::addColumn<QByteArray>("line");
        QFile file(casesPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        int number = 0;
        int rows = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++number;
            if (line.isEmpty())
                continue;
            const QString name =
                QJsonDocument::fromJson(line).object().value(QStringLiteral("name")).toString();
            QTest::newRow(qPrintable(QStringLiteral("line %1: %2").arg(number).arg(name))) << line;
            ++rows;
        }
        QCOMPARE(rows, 252); // PROVENANCE.md: 252 cases
    }

    void evaluatesCase()
    {
        QFETCH(QByteArray, line);
        QJsonParseError error;
        const QJsonObject testCase = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        EvaluationRequest request;
        request.action = testCase.value(QStringLiteral("action")).toString();
        request.resource = testCase.value(QStringLiteral("resource")).toString();
        request.principal =
            RequestPrincipal::fromArn(testCase.value(QStringLiteral("principal")).toString());
        const QJsonArray policies = testCase.value(QStringLiteral("policies")).toArray();
        for (int i = 0; i < policies.size(); ++i) {
            const QString text = QString::fromUtf8(
                QJsonDocument(policies.at(i).toObject()).toJson(QJsonDocument::Indented));
            const auto compiled = CompiledPolicy::compile(text, PolicyKind::Identity);
            QVERIFY2(compiled.ok(),
                     qPrintable(compiled.ok() ? QString() : compiled.error().message()));
            request.identityPolicies.append(
                {QStringLiteral("policies[%1]").arg(i), compiled.value()});
        }
        const QJsonObject context = testCase.value(QStringLiteral("context")).toObject();
        for (auto it = context.begin(); it != context.end(); ++it) {
            QStringList values;
            if (it.value().isArray()) {
                for (const QJsonValue& value : it.value().toArray())
                    values.append(value.toString());
            } else {
                values.append(it.value().toString());
            }
            request.context.set(it.key(), values);
        }

        const EvaluationResult result = PolicyEvaluator::evaluate(request);
        const bool expectAllow =
            testCase.value(QStringLiteral("expected")).toString() == QLatin1String("allow");
        QCOMPARE(result.isAllowed(), expectAllow);
        if (testCase.contains(QStringLiteral("expected_detail")))
            QCOMPARE(EvaluationResult::decisionName(result.decision),
                     EvaluationResult::decisionName(expectedDecision(testCase)));
        // The statements reported are the ones that decided.
        QCOMPARE(result.matched.isEmpty(), result.decision == Decision::ImplicitDeny);
    }

    void decidesScpCase_data()
    {
        REQUIRE_TESTDATA(scpCasesPath());
        QTest::addColumn<QByteArray>("line");
        QFile file(scpCasesPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        int rows = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QString name =
                QJsonDocument::fromJson(line).object().value(QStringLiteral("name")).toString();
            QTest::newRow(qPrintable(name)) << line;
            ++rows;
        }
        QCOMPARE(rows, 302); // PROVENANCE.md: 302 generated cases
    }

    void decidesScpCase()
    {
        QFETCH(QByteArray, line);
        const QJsonObject testCase = QJsonDocument::fromJson(line).object();
        QVERIFY(!testCase.isEmpty());
        static BatchSimulator simulator;
        const QJsonObject answer = QJsonDocument::fromJson(simulator.answer(line)).object();
        QVERIFY2(!answer.contains(QStringLiteral("error")),
                 QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
        const QString decision = answer.value(QStringLiteral("decision")).toString();
        const QString documented =
            documentedDifference(testCase.value(QStringLiteral("name")).toString());
        if (!documented.isEmpty()) {
            QVERIFY(testCase.value(QStringLiteral("expected")).toString() != documented);
            QCOMPARE(decision, documented);
            return;
        }
        QCOMPARE(decision, EvaluationResult::decisionName(expectedDecision(testCase)));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
