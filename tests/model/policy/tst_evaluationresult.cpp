#include "policy/evaluationresult.h"

#include <QTest>

// How decisions and deciding statements are named.
class TestEvaluationResult : public QObject
{
    Q_OBJECT

private slots:
    void namesDecisions()
    {
        QCOMPARE(EvaluationResult::decisionName(Decision::Allow), QStringLiteral("allow"));
        QCOMPARE(EvaluationResult::decisionName(Decision::ExplicitDeny),
                 QStringLiteral("explicitDeny"));
        QCOMPARE(EvaluationResult::decisionName(Decision::ImplicitDeny),
                 QStringLiteral("implicitDeny"));
    }

    void labelsStatements()
    {
        const MatchedStatement withSid{QStringLiteral("group Developers: DevPolicy"),
                                       PolicyType::Identity, 2, QStringLiteral("AllowS3"), 4};
        QCOMPARE(withSid.label(), QStringLiteral("group Developers: DevPolicy: AllowS3"));
        const MatchedStatement withoutSid{QStringLiteral("John/inline/DevPolicy"),
                                          PolicyType::Identity, 0, QString(), 0};
        QCOMPARE(withoutSid.label(), QStringLiteral("John/inline/DevPolicy: statement 1"));
    }

    void defaultsToImplicitDeny()
    {
        const EvaluationResult result;
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QVERIFY(!result.isAllowed());
    }
};

QTEST_GUILESS_MAIN(TestEvaluationResult)
#include "tst_evaluationresult.moc"
