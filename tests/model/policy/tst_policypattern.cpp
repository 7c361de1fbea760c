#include "policy/policypattern.h"
#include "policy/requestcontext.h"

#include <QTest>

// Wildcards, case rules and policy variables of compiled policy values.
class TestPolicyPattern : public QObject
{
    Q_OBJECT

    using W = PolicyPattern::Wildcards;
    using V = PolicyPattern::Variables;

    static bool glob(const QString& pattern, const QString& subject,
                     Qt::CaseSensitivity cs = Qt::CaseSensitive)
    {
        return PolicyPattern::compile(pattern, W::On, V::Off, cs).matches(subject);
    }

    static bool withVariables(const QString& pattern, const QString& subject,
                              const RequestContext& context, W wildcards = W::On)
    {
        return PolicyPattern::compile(pattern, wildcards, V::On).matches(subject, &context);
    }

    static bool arn(const QString& pattern, const QString& subject)
    {
        return PolicyPattern::compile(pattern, W::ArnSegments, V::Off).matches(subject);
    }

    static RequestContext context()
    {
        RequestContext c;
        c.set(QStringLiteral("aws:username"), QStringLiteral("John"));
        c.set(QStringLiteral("aws:PrincipalTag/team"), QStringLiteral("blue*"));
        c.set(QStringLiteral("aws:TagKeys"), QStringList{"a", "b"});
        return c;
    }

private slots:
    void matchesWildcards_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "arn:aws:s3:::b"
                               << "arn:aws:s3:::b" << true;
        QTest::newRow("exact differs") << "arn:aws:s3:::b"
                                       << "arn:aws:s3:::bb" << false;
        QTest::newRow("star alone") << "*"
                                    << "anything:at/all" << true;
        QTest::newRow("star matches empty") << "*"
                                            << "" << true;
        QTest::newRow("empty matches empty") << ""
                                             << "" << true;
        QTest::newRow("empty vs text") << ""
                                       << "x" << false;
        QTest::newRow("prefix") << "arn:aws:s3:::b/*"
                                << "arn:aws:s3:::b/x/y" << true;
        QTest::newRow("prefix needs the slash") << "arn:aws:s3:::b/*"
                                                << "arn:aws:s3:::b" << false;
        QTest::newRow("star spans slash and colon") << "arn:*:b"
                                                    << "arn:aws:s3:::b" << true;
        QTest::newRow("suffix") << "*/object"
                                << "arn:aws:s3:::any/object" << true;
        QTest::newRow("suffix differs") << "*/object"
                                        << "arn:aws:s3:::any/objects" << false;
        QTest::newRow("middle star") << "arn:aws:s3:::b/*/log"
                                     << "arn:aws:s3:::b/x/y/log" << true;
        QTest::newRow("question one char") << "test???value"
                                           << "test123value" << true;
        QTest::newRow("question not zero") << "a?c"
                                           << "ac" << false;
        QTest::newRow("question not two") << "a?c"
                                          << "abbc" << false;
        QTest::newRow("backtracking") << "a*b*c"
                                      << "aXbYbZc" << true;
        QTest::newRow("backtracking fails") << "a*b*c"
                                            << "aXbYbZ" << false;
        QTest::newRow("stars collapse") << "a**c"
                                        << "abc" << true;
        QTest::newRow("trailing stars") << "ab***"
                                        << "ab" << true;
        QTest::newRow("star then question") << "*?"
                                            << "" << false;
        QTest::newRow("star then question one") << "*?"
                                                << "x" << true;
        QTest::newRow("repeated prefix") << "*aab"
                                         << "aaaab" << true;
    }
    void matchesWildcards()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, subject);
        QFETCH(bool, matches);
        QCOMPARE(glob(pattern, subject), matches);
    }

    // IAM User Guide, "IAM JSON policy elements: Resource", "Using wildcards in resource ARNs"
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html):
    // "You can use wildcard characters (* and ?) within the individual segments of an ARN (the
    // parts separated by colons) ... If the * wildcard is the last character of a resource ARN
    // segment, it can expand to match beyond the colon boundaries."
    void matchesWithinArnSegments_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("matches");
        const QString docBucket = QStringLiteral("arn:aws:s3:::amzn-s3-demo-bucket/*/test/*");
        const QString bucket = QStringLiteral("arn:aws:s3:::amzn-s3-demo-bucket/");
        // The documentation's own lists: "The wildcards in the ARN apply to all of the
        // following objects" and "The ARN would not match the following objects".
        for (const char* object :
             {"1/test/object.jpg", "1/2/test/object.jpg", "1/2/test/3/object.jpg",
              "1/2/3/test/4/object.jpg", "1///test///object.jpg", "1/test/.jpg", "/test/object.jpg",
              "1/test/"})
            QTest::newRow(qPrintable(QStringLiteral("doc matches %1").arg(object)))
                << docBucket << bucket + QLatin1String(object) << true;
        for (const char* object : {"1-test/object.jpg", "test/object.jpg", "1/2/test.jpg"})
            QTest::newRow(qPrintable(QStringLiteral("doc does not match %1").arg(object)))
                << docBucket << bucket + QLatin1String(object) << false;
        QTest::newRow("doc users under a path")
            << "arn:aws:iam::111122223333:user/accounting/*"
            << "arn:aws:iam::111122223333:user/accounting/Ana" << true;
        QTest::newRow("star alone") << "*"
                                    << "arn:aws:iam::111122223333:user/Ana" << true;
        QTest::newRow("star ending a segment crosses colons")
            << "arn:aws:iam::*:user/Ana"
            << "arn:aws:iam::111122223333:user/Ana" << true;
        QTest::newRow("star ending the pattern crosses colons")
            << "arn:aws:logs:us-east-1:111122223333:log-group:app*"
            << "arn:aws:logs:us-east-1:111122223333:log-group:app:log-stream:x" << true;
        QTest::newRow("star ending a segment spans several")
            << "arn:aws:*:111122223333:role/R"
            << "arn:aws:iam:us-east-1:111122223333:role/R" << true;
        QTest::newRow("star inside a segment stays in it")
            << "arn:aws:iam::1*3:user/Ana"
            << "arn:aws:iam::1:2:3:user/Ana" << false;
        QTest::newRow("star inside a segment matches within it")
            << "arn:aws:iam::1*3:user/Ana"
            << "arn:aws:iam::123:user/Ana" << true;
        QTest::newRow("leading star does not cross into the next segment")
            << "*Ana"
            << "arn:aws:iam::1:user/Ana" << false;
        QTest::newRow("leading star before a colon crosses") << "*:user/Ana"
                                                             << "arn:aws:iam::1:user/Ana" << true;
        QTest::newRow("question never matches a colon") << "arn:aws:iam:?:1:user/Ana"
                                                        << "arn:aws:iam:::1:user/Ana" << false;
        QTest::newRow("question within a segment") << "arn:aws:iam::11112222333?:user/Ana"
                                                   << "arn:aws:iam::111122223333:user/Ana" << true;
        QTest::newRow("question in the resource part is not a colon")
            << "arn:aws:s3:::b/a?b"
            << "arn:aws:s3:::b/a:b" << false;
        QTest::newRow("earlier free star retried after a bounded one") << "*:a*b"
                                                                       << "x:a:q:ab" << true;
        QTest::newRow("bounded star cannot reach the end") << "arn:aws:s3:::b/*x"
                                                           << "arn:aws:s3:::b/1:x" << false;
    }
    void matchesWithinArnSegments()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, subject);
        QFETCH(bool, matches);
        QCOMPARE(arn(pattern, subject), matches);
    }

    void arnSegmentsWithVariables()
    {
        // The substituted value is text; a '*' before it ends its segment only if it starts
        // with ':'.
        const RequestContext c = context();
        QVERIFY(PolicyPattern::compile(QStringLiteral("arn:aws:iam::1:user/*${aws:username}"),
                                       W::ArnSegments, V::On)
                    .matches(QStringLiteral("arn:aws:iam::1:user/x/John"), &c));
        QVERIFY(!PolicyPattern::compile(QStringLiteral("arn:aws:iam::1:user/*${aws:username}"),
                                        W::ArnSegments, V::On)
                     .matches(QStringLiteral("arn:aws:iam::1:user/x:John"), &c));
    }

    void caseRules()
    {
        QVERIFY(!glob(QStringLiteral("arn:aws:s3:::Bucket/*"),
                      QStringLiteral("arn:aws:s3:::bucket/x")));
        QVERIFY(
            glob(QStringLiteral("iam:Get*"), QStringLiteral("IAM:getuser"), Qt::CaseInsensitive));
        QVERIFY(glob(QStringLiteral("*User"), QStringLiteral("iam:GETUSER"), Qt::CaseInsensitive));
        QVERIFY(
            glob(QStringLiteral("i?m:*user"), QStringLiteral("IAM:GetUser"), Qt::CaseInsensitive));
        QVERIFY(PolicyPattern::compile(QStringLiteral("ABC"), W::Off, V::Off, Qt::CaseInsensitive)
                    .matches(QStringLiteral("abc")));
    }

    void wildcardsOffAreLiteral()
    {
        const auto pattern = PolicyPattern::compile(QStringLiteral("a*"), W::Off, V::Off);
        QVERIFY(pattern.matches(QStringLiteral("a*")));
        QVERIFY(!pattern.matches(QStringLiteral("ab")));
        QVERIFY(pattern.isLiteral());
        QVERIFY(!PolicyPattern::compile(QStringLiteral("a*"), W::On, V::Off).isLiteral());
        QVERIFY(PolicyPattern::compile(QStringLiteral("*"), W::On, V::Off).matchesEverything());
    }

    void substitutesVariables()
    {
        const RequestContext c = context();
        QVERIFY(withVariables(QStringLiteral("arn:aws:iam::1:user/${aws:username}"),
                              QStringLiteral("arn:aws:iam::1:user/John"), c));
        QVERIFY(!withVariables(QStringLiteral("arn:aws:iam::1:user/${aws:username}"),
                               QStringLiteral("arn:aws:iam::1:user/Jane"), c));
        // Key names are case-insensitive; values keep their case.
        QVERIFY(withVariables(QStringLiteral("home/${AWS:UserName}/*"),
                              QStringLiteral("home/John/notes"), c));
        QVERIFY(!withVariables(QStringLiteral("home/${aws:username}/*"),
                               QStringLiteral("home/john/notes"), c));
        QVERIFY(PolicyPattern::compile(QStringLiteral("x${aws:username}"), W::Off, V::On)
                    .hasVariables());
    }

    void substitutedValuesAreLiteral()
    {
        // A '*' inside a variable's value is not a wildcard.
        const RequestContext c = context();
        QVERIFY(withVariables(QStringLiteral("team/${aws:PrincipalTag/team}"),
                              QStringLiteral("team/blue*"), c));
        QVERIFY(!withVariables(QStringLiteral("team/${aws:PrincipalTag/team}"),
                               QStringLiteral("team/blueberry"), c));
    }

    void unresolvableVariableMatchesNothing()
    {
        const RequestContext c = context();
        QVERIFY(!withVariables(QStringLiteral("${aws:userid}"), QString(), c));
        QVERIFY(!withVariables(QStringLiteral("*${aws:userid}*"), QStringLiteral("anything"), c));
        QVERIFY(!PolicyPattern::compile(QStringLiteral("${aws:username}"), W::On, V::On)
                     .matches(QStringLiteral("John"))); // no context at all
        // Multi-valued keys cannot be substituted.
        QVERIFY(!withVariables(QStringLiteral("${aws:TagKeys}"), QStringLiteral("a"), c));
        QCOMPARE(
            PolicyPattern::compile(QStringLiteral("u/${aws:userid}"), W::On, V::On).resolve(&c),
            std::nullopt);
    }

    void usesDefaults()
    {
        const RequestContext c = context();
        QVERIFY(
            withVariables(QStringLiteral("${aws:userid, 'nobody'}"), QStringLiteral("nobody"), c));
        QVERIFY(
            withVariables(QStringLiteral("${aws:username, 'nobody'}"), QStringLiteral("John"), c));
        QVERIFY(withVariables(QStringLiteral("${ aws:userid ,  'no one' }/x"),
                              QStringLiteral("no one/x"), c));
        // '' inside the default stands for a quote; the default is literal.
        QVERIFY(
            withVariables(QStringLiteral("${aws:userid, 'it''s *'}"), QStringLiteral("it's *"), c));
        QVERIFY(!withVariables(QStringLiteral("${aws:userid, 'it''s *'}"), QStringLiteral("it's x"),
                               c));
        QVERIFY(withVariables(QStringLiteral("${aws:TagKeys, 'many'}"), QStringLiteral("many"), c));
        QCOMPARE(PolicyPattern::compile(QStringLiteral("a/${aws:userid, 'd'}/*"), W::On, V::On)
                     .resolve(&c),
                 std::optional<QString>(QStringLiteral("a/d/*")));
    }

    void escapesSpecialCharacters()
    {
        const RequestContext c = context();
        QVERIFY(withVariables(QStringLiteral("a${*}b"), QStringLiteral("a*b"), c));
        QVERIFY(!withVariables(QStringLiteral("a${*}b"), QStringLiteral("axb"), c));
        QVERIFY(withVariables(QStringLiteral("a${?}b"), QStringLiteral("a?b"), c));
        QVERIFY(!withVariables(QStringLiteral("a${?}b"), QStringLiteral("axb"), c));
        QVERIFY(withVariables(QStringLiteral("cost${$}"), QStringLiteral("cost$"), c));
        QVERIFY(withVariables(QStringLiteral("${$}{aws:username}"),
                              QStringLiteral("${aws:username}"), c));
        QVERIFY(!PolicyPattern::compile(QStringLiteral("a${*}b"), W::On, V::On).hasVariables());
    }

    void malformedVariablesAreText()
    {
        const RequestContext c = context();
        QVERIFY(
            withVariables(QStringLiteral("${aws:username"), QStringLiteral("${aws:username"), c));
        QVERIFY(withVariables(QStringLiteral("${}"), QStringLiteral("${}"), c));
        QVERIFY(withVariables(QStringLiteral("${a b}"), QStringLiteral("${a b}"), c));
        QVERIFY(withVariables(QStringLiteral("${k, 'unterminated}"),
                              QStringLiteral("${k, 'unterminated}"), c, W::Off));
    }

    void variablesOffAreText()
    {
        // Version 2008-10-17 policies take "${...}" literally.
        const RequestContext c = context();
        const auto pattern =
            PolicyPattern::compile(QStringLiteral("u/${aws:username}"), W::On, V::Off);
        QVERIFY(pattern.matches(QStringLiteral("u/${aws:username}"), &c));
        QVERIFY(!pattern.matches(QStringLiteral("u/John"), &c));
        QVERIFY(!pattern.hasVariables());
    }

    void resolvesForTypedOperators()
    {
        const RequestContext c = context();
        const auto pattern =
            PolicyPattern::compile(QStringLiteral("user-${aws:username}-?"), W::On, V::On);
        QCOMPARE(pattern.resolve(&c), std::optional<QString>(QStringLiteral("user-John-?")));
        QCOMPARE(pattern.text(), QStringLiteral("user-${aws:username}-?"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyPattern)
#include "tst_policypattern.moc"
