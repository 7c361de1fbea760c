#include "policy/principalmatcher.h"
#include "policy/requestprincipal.h"

#include <QTest>

// Every Principal form of spec §5.5 and how it names a caller.
class TestPrincipalMatcher : public QObject
{
    Q_OBJECT

    static PrincipalMatch match(const PolicyPrincipal& principal, const RequestPrincipal& caller,
                                bool negated = false)
    {
        return PrincipalMatcher::compile(principal, negated).match(caller);
    }

    static PolicyPrincipal aws(const QStringList& values)
    {
        PolicyPrincipal principal;
        principal.aws = values;
        return principal;
    }

    const RequestPrincipal john =
        RequestPrincipal::fromArn(QStringLiteral("arn:aws:iam::111122223333:user/John"));
    const RequestPrincipal session = RequestPrincipal::fromArn(
        QStringLiteral("arn:aws:sts::111122223333:assumed-role/Dev/John"));
    const RequestPrincipal root =
        RequestPrincipal::fromArn(QStringLiteral("arn:aws:iam::111122223333:root"));
    const RequestPrincipal stranger =
        RequestPrincipal::fromArn(QStringLiteral("arn:aws:iam::999988887777:user/Eve"));

private slots:
    void anyone()
    {
        PolicyPrincipal star;
        star.anyone = true;
        QCOMPARE(match(star, john), PrincipalMatch::Direct);
        QCOMPARE(match(star, RequestPrincipal::fromService(QStringLiteral("ec2.amazonaws.com"))),
                 PrincipalMatch::Direct);
        QCOMPARE(match(aws({QStringLiteral("*")}), stranger), PrincipalMatch::Direct);
        // {"AWS": "*"} is about AWS identities, not services.
        QCOMPARE(match(aws({QStringLiteral("*")}),
                       RequestPrincipal::fromService(QStringLiteral("ec2.amazonaws.com"))),
                 PrincipalMatch::None);
    }

    void accounts()
    {
        for (const QString& form :
             {QStringLiteral("111122223333"), QStringLiteral("arn:aws:iam::111122223333:root")}) {
            QCOMPARE(match(aws({form}), john), PrincipalMatch::Account);
            QCOMPARE(match(aws({form}), session), PrincipalMatch::Account);
            QCOMPARE(match(aws({form}), root), PrincipalMatch::Account);
            QCOMPARE(match(aws({form}), stranger), PrincipalMatch::None);
        }
    }

    void usersRolesAndSessions()
    {
        QCOMPARE(match(aws({QStringLiteral("arn:aws:iam::111122223333:user/John")}), john),
                 PrincipalMatch::Direct);
        QCOMPARE(match(aws({QStringLiteral("arn:aws:iam::111122223333:user/Jane")}), john),
                 PrincipalMatch::None);
        QCOMPARE(match(aws({QStringLiteral("arn:aws:iam::111122223333:role/Dev")}), session),
                 PrincipalMatch::Role);
        QCOMPARE(match(aws({QStringLiteral("arn:aws:sts::111122223333:assumed-role/Dev/John")}),
                       session),
                 PrincipalMatch::Direct);
        QCOMPARE(match(aws({QStringLiteral("arn:aws:sts::111122223333:assumed-role/Dev/Jane")}),
                       session),
                 PrincipalMatch::None);
        // The strongest form in a list wins.
        QCOMPARE(match(aws({QStringLiteral("111122223333"),
                            QStringLiteral("arn:aws:iam::111122223333:role/Dev")}),
                       session),
                 PrincipalMatch::Role);
    }

    void servicesAndFederation()
    {
        PolicyPrincipal principal;
        principal.service = {QStringLiteral("ec2.amazonaws.com"),
                             QStringLiteral("lambda.amazonaws.com")};
        principal.federated = {QStringLiteral("accounts.google.com")};
        QCOMPARE(
            match(principal, RequestPrincipal::fromService(QStringLiteral("lambda.amazonaws.com"))),
            PrincipalMatch::Direct);
        QCOMPARE(
            match(principal, RequestPrincipal::fromService(QStringLiteral("s3.amazonaws.com"))),
            PrincipalMatch::None);
        QCOMPARE(match(principal, RequestPrincipal::fromFederatedProvider(
                                      QStringLiteral("accounts.google.com"))),
                 PrincipalMatch::Direct);
        QCOMPARE(match(principal,
                       RequestPrincipal::fromFederatedProvider(QStringLiteral("www.amazon.com"))),
                 PrincipalMatch::None);
        QCOMPARE(match(principal, john), PrincipalMatch::None);
    }

    void notPrincipalAppliesToEveryoneElse()
    {
        const PolicyPrincipal listed = aws({QStringLiteral("arn:aws:iam::111122223333:user/John")});
        QCOMPARE(match(listed, john, true), PrincipalMatch::None);
        QCOMPARE(match(listed, stranger, true), PrincipalMatch::Direct);
        // Naming the account excludes all of it.
        QCOMPARE(match(aws({QStringLiteral("111122223333")}), session, true), PrincipalMatch::None);
    }
};

QTEST_GUILESS_MAIN(TestPrincipalMatcher)
#include "tst_principalmatcher.moc"
