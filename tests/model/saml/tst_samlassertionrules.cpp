#include "common/resultassertions.h"
#include "saml/samlassertionrules.h"
#include "samltesting.h"

#include <QTest>

// AWS's checks of a verified assertion: issuer, audience, recipient, time
// windows with a small skew, the role/provider pair, the session attributes.
class TestSamlAssertionRules : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    const QString m_entity = QStringLiteral("https://idp.example.com");
    const QString m_role = QStringLiteral("arn:aws:iam::111122223333:role/CatAdmins");
    const QString m_provider = QStringLiteral("arn:aws:iam::111122223333:saml-provider/Cat");

    SamlAssertion valid() const { return awsAssertion(m_now, m_entity, m_role, m_provider); }
    Result<void> check(const SamlAssertion& a, const QDateTime& at) const
    {
        return SamlAssertionRules::check(a, m_entity, m_provider, m_role, at);
    }

private Q_SLOTS:
    void acceptsAValidAssertion()
    {
        REQUIRE_OK(check(valid(), m_now));
        REQUIRE_OK(check(valid(), m_now.addSecs(299)));
        // Pairs may name the provider first, as some IdPs write them.
        SamlAssertion reversed = valid();
        reversed.roles = {m_provider + QStringLiteral(", ") + m_role};
        REQUIRE_OK(check(reversed, m_now));
    }

    void refusesAnExpiredAssertion()
    {
        REQUIRE_ERROR(check(valid(), m_now.addSecs(300 + SamlAssertionRules::ClockSkewSeconds)),
                      "ExpiredTokenException", "Response is expired");
        SamlAssertion subjectEnded = valid();
        subjectEnded.subjectNotOnOrAfter = m_now.addSecs(-120);
        REQUIRE_CODE(check(subjectEnded, m_now), "ExpiredTokenException");
    }

    // Each end, the Conditions' and the SubjectConfirmationData's, holds on its
    // own, and NotOnOrAfter means the assertion is over at that instant (plus the skew).
    void eachNotOnOrAfterEndsTheAssertion_data()
    {
        QTest::addColumn<bool>("subject");
        QTest::newRow("Conditions") << false;
        QTest::newRow("SubjectConfirmationData") << true;
    }
    void eachNotOnOrAfterEndsTheAssertion()
    {
        QFETCH(bool, subject);
        SamlAssertion a = valid();
        a.notOnOrAfter = m_now.addSecs(subject ? 600 : 300);
        a.subjectNotOnOrAfter = m_now.addSecs(subject ? 300 : 600);
        const QDateTime end = m_now.addSecs(300 + SamlAssertionRules::ClockSkewSeconds);
        REQUIRE_OK(check(a, end.addSecs(-1)));
        REQUIRE_ERROR(check(a, end), "ExpiredTokenException", "Response is expired");
    }

    void refusesAnAssertionNotYetValid()
    {
        REQUIRE_CODE(check(valid(), m_now.addSecs(-600)), "InvalidIdentityToken");
    }

    void refusesAnAssertionWithoutEnd()
    {
        SamlAssertion endless = valid();
        endless.notOnOrAfter = {};
        endless.subjectNotOnOrAfter = {};
        REQUIRE_CODE(check(endless, m_now), "InvalidIdentityToken");
    }

    void refusesAnotherAudience()
    {
        SamlAssertion other = valid();
        other.audiences = {QStringLiteral("https://other.example.com/saml")};
        REQUIRE_ERROR(check(other, m_now), "InvalidIdentityToken",
                      "Audience restriction condition not satisfied");
        other.audiences.clear();
        REQUIRE_CODE(check(other, m_now), "InvalidIdentityToken");
    }

    void refusesAnotherRecipient()
    {
        SamlAssertion other = valid();
        other.recipient = QStringLiteral("https://evil.example.com/acs");
        REQUIRE_CODE(check(other, m_now), "InvalidIdentityToken");
    }

    void refusesAnotherIssuer()
    {
        SamlAssertion other = valid();
        other.issuer = QStringLiteral("https://evil.example.com");
        REQUIRE_CODE(check(other, m_now), "InvalidIdentityToken");
    }

    void refusesARoleTheAssertionDoesNotGrant_data()
    {
        QTest::addColumn<QStringList>("roles");
        const QString other = QStringLiteral("arn:aws:iam::111122223333:role/Other");
        const QString otherProvider = QStringLiteral("arn:aws:iam::111122223333:saml-provider/X");
        QTest::newRow("none") << QStringList{};
        QTest::newRow("another role") << QStringList{other + QLatin1Char(',') + m_provider};
        QTest::newRow("another provider") << QStringList{m_role + QLatin1Char(',') + otherProvider};
        QTest::newRow("role alone") << QStringList{m_role};
        QTest::newRow("split across values") << QStringList{m_role, m_provider};
    }

    void refusesARoleTheAssertionDoesNotGrant()
    {
        QFETCH(QStringList, roles);
        SamlAssertion a = valid();
        a.roles = roles;
        REQUIRE_ERROR(check(a, m_now), "AccessDenied",
                      "Not authorized to perform sts:AssumeRoleWithSAML");
    }

    void requiresASessionName()
    {
        SamlAssertion a = valid();
        a.roleSessionName.clear();
        REQUIRE_ERROR(check(a, m_now), "InvalidIdentityToken",
                      "RoleSessionName is required in AuthnResponse");
    }

    void boundsTheSessionDuration()
    {
        SamlAssertion a = valid();
        a.sessionDuration = 899;
        REQUIRE_CODE(check(a, m_now), "InvalidIdentityToken");
        a.sessionDuration = 43201;
        REQUIRE_CODE(check(a, m_now), "InvalidIdentityToken");
        a.sessionDuration = std::nullopt;
        REQUIRE_OK(check(a, m_now));
    }

    void listsTheRolesForAProvider()
    {
        SamlAssertion a = valid();
        a.roles << QStringLiteral(
            "arn:aws:iam::111122223333:saml-provider/X,arn:aws:iam::1:role/Y");
        QCOMPARE(SamlAssertionRules::rolesFor(a, m_provider), QStringList{m_role});
    }
};

QTEST_GUILESS_MAIN(TestSamlAssertionRules)
#include "tst_samlassertionrules.moc"
