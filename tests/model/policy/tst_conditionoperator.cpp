#include "policy/conditionoperator.h"

#include <QTest>

using Family = ConditionOperator::Family;
using Comparison = ConditionOperator::Comparison;
using Set = ConditionOperator::SetOperator;

// Condition operator names taken apart.
class TestConditionOperator : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryOperator_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Family>("family");
        QTest::addColumn<Comparison>("comparison");
        QTest::addColumn<bool>("negated");
        const auto row = [](const char* name, Family f, Comparison c, bool negated) {
            QTest::newRow(name) << QString::fromLatin1(name) << f << c << negated;
        };
        row("StringEquals", Family::String, Comparison::Equals, false);
        row("StringNotEquals", Family::String, Comparison::Equals, true);
        row("StringEqualsIgnoreCase", Family::StringIgnoreCase, Comparison::Equals, false);
        row("StringNotEqualsIgnoreCase", Family::StringIgnoreCase, Comparison::Equals, true);
        row("StringLike", Family::StringLike, Comparison::Equals, false);
        row("StringNotLike", Family::StringLike, Comparison::Equals, true);
        row("NumericEquals", Family::Numeric, Comparison::Equals, false);
        row("NumericNotEquals", Family::Numeric, Comparison::Equals, true);
        row("NumericLessThan", Family::Numeric, Comparison::LessThan, false);
        row("NumericLessThanEquals", Family::Numeric, Comparison::LessThanEquals, false);
        row("NumericGreaterThan", Family::Numeric, Comparison::GreaterThan, false);
        row("NumericGreaterThanEquals", Family::Numeric, Comparison::GreaterThanEquals, false);
        row("DateEquals", Family::Date, Comparison::Equals, false);
        row("DateNotEquals", Family::Date, Comparison::Equals, true);
        row("DateLessThan", Family::Date, Comparison::LessThan, false);
        row("DateLessThanEquals", Family::Date, Comparison::LessThanEquals, false);
        row("DateGreaterThan", Family::Date, Comparison::GreaterThan, false);
        row("DateGreaterThanEquals", Family::Date, Comparison::GreaterThanEquals, false);
        row("Bool", Family::Bool, Comparison::Equals, false);
        row("BinaryEquals", Family::Binary, Comparison::Equals, false);
        row("IpAddress", Family::IpAddress, Comparison::Equals, false);
        row("NotIpAddress", Family::IpAddress, Comparison::Equals, true);
        row("ArnEquals", Family::Arn, Comparison::Equals, false);
        row("ArnNotEquals", Family::Arn, Comparison::Equals, true);
        row("ArnLike", Family::Arn, Comparison::Equals, false);
        row("ArnNotLike", Family::Arn, Comparison::Equals, true);
        row("Null", Family::Null, Comparison::Equals, false);
    }
    void parsesEveryOperator()
    {
        QFETCH(QString, name);
        QFETCH(Family, family);
        QFETCH(Comparison, comparison);
        QFETCH(bool, negated);
        const auto op = ConditionOperator::parse(name);
        QVERIFY(op);
        QCOMPARE(op->family(), family);
        QCOMPARE(op->comparison(), comparison);
        QCOMPARE(op->isNegated(), negated);
        QVERIFY(!op->isIfExists());
        QCOMPARE(op->setOperator(), Set::None);
        if (family != Family::Null) {
            const auto ifExists = ConditionOperator::parse(name + QStringLiteral("IfExists"));
            QVERIFY(ifExists);
            QVERIFY(ifExists->isIfExists());
            QCOMPARE(ifExists->family(), family);
            QCOMPARE(ifExists->isNegated(), negated);
        }
    }

    void parsesSetOperators()
    {
        const auto all = ConditionOperator::parse(u"ForAllValues:StringLikeIfExists");
        QVERIFY(all);
        QCOMPARE(all->setOperator(), Set::ForAllValues);
        QCOMPARE(all->family(), Family::StringLike);
        QVERIFY(all->isIfExists());
        const auto any = ConditionOperator::parse(u"ForAnyValue:StringNotEquals");
        QVERIFY(any);
        QCOMPARE(any->setOperator(), Set::ForAnyValue);
        QVERIFY(any->isNegated());
    }

    void namesAreCaseInsensitive()
    {
        const auto op = ConditionOperator::parse(u"forallvalues:stringequalsifexists");
        QVERIFY(op);
        QCOMPARE(op->setOperator(), Set::ForAllValues);
        QVERIFY(op->isIfExists());
    }

    void rejectsUnknownNames()
    {
        QVERIFY(!ConditionOperator::parse(u"StringLikee"));
        QVERIFY(!ConditionOperator::parse(u"NullIfExists"));
        QVERIFY(!ConditionOperator::parse(u"ForSomeValues:StringEquals"));
        QVERIFY(!ConditionOperator::parse(u"IfExists"));
        QVERIFY(!ConditionOperator::parse(u""));
    }

    void knowsWhichUseWildcards()
    {
        QVERIFY(ConditionOperator::parse(u"StringLike")->usesWildcards());
        QVERIFY(ConditionOperator::parse(u"ArnEquals")->usesWildcards());
        QVERIFY(!ConditionOperator::parse(u"StringEquals")->usesWildcards());
        QVERIFY(!ConditionOperator::parse(u"StringEqualsIgnoreCase")->usesWildcards());
    }
};

QTEST_GUILESS_MAIN(TestConditionOperator)
#include "tst_conditionoperator.moc"
