#include "common/resultassertions.h"
#include "common/testdata.h"
#include "common/testengine.h"
#include "crypto/passwordhasher.h"
#include "crypto/totp.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "directory/policyset.h"
#include "iam/clock.h"
#include "model/saml/samltesting.h"
#include "policy/policycache.h"
#include "policy/policyevaluator.h"
#include "saml/samlresponsesigner.h"
#include "saml/samlsigningkey.h"
#include "secrets/inmemorysecretstore.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "sts/stsservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

namespace {
const QString prod = QStringLiteral("111122223333");
const QString dev = QStringLiteral("444455556666");
const QString vendorAccount = QStringLiteral("999988887777");
// RFC 6238's SHA-1 seed and one of its times (Appendix B).
const QByteArray rfcSeed = QByteArrayLiteral("12345678901234567890");
const qint64 rfcTime = 1111111109;

QString roleArn(const QString& account, const QString& name)
{
    return QStringLiteral("arn:aws:iam::%1:role/%2").arg(account, name);
}

QString policyJson(const QJsonArray& statements)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                                  {QStringLiteral("Statement"), statements}})
            .toJson(QJsonDocument::Compact));
}

QJsonObject allow(const QJsonValue& action, const QString& resource = QStringLiteral("*"))
{
    return QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                       {QStringLiteral("Action"), action},
                       {QStringLiteral("Resource"), resource}};
}

} // namespace

class TestStsService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<Directory> dir;
    std::unique_ptr<InMemorySecretStore> secrets;
    std::unique_ptr<StsService> sts;

    template <typename T, typename Call>
    Result<T> wait(Call call)
    {
        std::optional<Result<T>> outcome;
        call([&](Result<T> r) { outcome.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
            return IamError::serviceFailure(QStringLiteral("never finished"));
        return std::move(*outcome);
    }

    Result<AssumeRoleResult> assume(const StsCaller& caller, const AssumeRoleRequest& request)
    {
        return wait<AssumeRoleResult>(
            [&](auto done) { sts->assumeRole(caller, request, this, done); });
    }
    Result<AssumeRoleResult> assume(const QString& user, const QString& role,
                                    std::optional<int> duration = std::nullopt,
                                    const QString& account = prod)
    {
        AssumeRoleRequest request;
        request.roleArn = roleArn(account, role);
        request.roleSessionName = QStringLiteral("s-") + user;
        request.durationSeconds = duration;
        return assume(StsCaller::user(prod, user), request);
    }
    Result<AssumeRoleResult> sessionToken(const StsCaller& caller,
                                          const GetSessionTokenRequest& request)
    {
        return wait<AssumeRoleResult>(
            [&](auto done) { sts->getSessionToken(caller, request, this, done); });
    }
    Result<AssumeRoleResult> saml(const SamlSignIn& signIn)
    {
        return wait<AssumeRoleResult>(
            [&](auto done) { sts->assumeRoleWithSaml(signIn, this, done); });
    }
    // An external identity provider registered as CatPhotoIdP (the name the
    // demo's FederatedReadOnly trusts), with its own key.
    struct SamlFixture
    {
        QString arn;
        QString entityId;
        std::shared_ptr<SamlSigningKey> key;
    };
    static QDateTime realNow() { return QDateTime::currentDateTimeUtc(); }
    SamlFixture addSamlProvider()
    {
        SamlFixture idp;
        idp.entityId = QStringLiteral("https://keycloak.catphoto.example/realms/staff");
        auto key = SamlSigningKey::generate(QStringLiteral("staff"), realNow().addDays(-1));
        if (!CHECK_OK(key))
            return idp;
        idp.key = std::make_shared<SamlSigningKey>(std::move(key).value());
        const auto provider = dir->createSamlProvider(
            prod, QStringLiteral("CatPhotoIdP"),
            QString::fromUtf8(keycloakMetadata(idp.entityId, idp.key->certificateDer())), {});
        if (!CHECK_OK(provider))
            return idp;
        idp.arn = provider->arn().toString();
        return idp;
    }
    static SamlAssertion federatedAssertion(const SamlFixture& idp)
    {
        return awsAssertion(realNow(), idp.entityId,
                            roleArn(prod, QStringLiteral("FederatedReadOnly")), idp.arn,
                            QStringLiteral("jane@catphoto.example"));
    }
    static QByteArray sign(const SamlFixture& idp, const SamlAssertion& assertion)
    {
        auto xml = SamlResponseSigner::sign(assertion, *idp.key);
        return CHECK_OK(xml) ? xml->toBase64() : QByteArray();
    }
    static SamlSignIn samlSignIn(const SamlFixture& idp, const QByteArray& base64)
    {
        SamlSignIn signIn;
        signIn.principalArn = idp.arn;
        signIn.roleArn = roleArn(prod, QStringLiteral("FederatedReadOnly"));
        signIn.samlAssertion = base64;
        return signIn;
    }
    Result<TemporarySession> resolve(const QString& accessKeyId, const SecureBytes& token)
    {
        return wait<TemporarySession>(
            [&](auto done) { sts->resolveSession(accessKeyId, token, this, done); });
    }
    Result<void> end(const QString& accessKeyId)
    {
        return wait<void>([&](auto done) {
            sts->endSession(accessKeyId, QStringLiteral("SwitchBack"), this, done);
        });
    }
    SecretStore::Error storedSecret(const QString& accessKeyId, SecureBytes* value = nullptr)
    {
        SecretJob* job = secrets->get(
            SecretKey(QUuid::fromString(dir->directoryId()), SecretKey::Kind::Session, accessKeyId)
                .toString());
        std::optional<SecretStore::Error> error;
        connect(job, &SecretJob::finished, this, [&](SecretJob* j) {
            error = j->error();
            if (value)
                *value = j->takeValue();
        });
        if (!QTest::qWaitFor([&] { return error.has_value(); }, 5000))
            return SecretStore::OtherError;
        return *error;
    }
    void putSeed(const QString& serial, const QByteArray& seed)
    {
        SecretJob* job = secrets->put(
            SecretKey(QUuid::fromString(dir->directoryId()), SecretKey::Kind::MfaSeed, serial)
                .toString(),
            SecureBytes::fromView(seed));
        bool finished = false;
        connect(job, &SecretJob::finished, this, [&](SecretJob*) { finished = true; });
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 5000));
    }
    void createRole(const QString& name, int maxSessionDuration, const QString& policyArn)
    {
        Role role;
        role.accountId = prod;
        role.name = name;
        role.maxSessionDuration = maxSessionDuration;
        role.trustPolicy = policyJson(
            {QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                         {QStringLiteral("Principal"),
                          QJsonObject{{QStringLiteral("AWS"),
                                       QStringLiteral("arn:aws:iam::%1:root").arg(prod)}}},
                         {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")}}});
        REQUIRE_OK(dir->createRole(role));
        REQUIRE_OK(dir->attachPolicy(EntityKind::Role, prod, name, policyArn));
    }
    static void expectError(const IamError& error, const QString& code, const QString& message)
    {
        QCOMPARE(error.code(), code);
        QCOMPARE(error.message(), message);
    }
    static QString deniedMessage(const QString& caller, const QString& role)
    {
        return QStringLiteral("User: %1 is not authorized to perform: sts:AssumeRole on "
                              "resource: %2")
            .arg(caller, role);
    }
    bool sessionAllows(const TemporarySession& session, const QString& action)
    {
        PolicyCache cache;
        EvaluationRequest request;
        QStringList errors;
        PolicySet::forSession(*dir, session).compileInto(cache, request, errors);
        request.action = action;
        request.resource = QStringLiteral("*");
        request.principal = RequestPrincipal::fromArn(session.arn, session.roleArn);
        return PolicyEvaluator::evaluate(request).isAllowed();
    }

private slots:
    void initTestCase() { PasswordHasher::setCostLog2(10); }

    void init()
    {
        REQUIRE_TEST_ENGINE();
        clock = std::make_unique<ManualClock>(
            QDateTime(QDate(2026, 11, 28), QTime(12, 0, 0, 250), Qt::UTC));
        auto opened = Directory::open(TestEngine::freshLocation(), clock.get());
        REQUIRE_OK(opened);
        dir = std::move(opened).value();
        REQUIRE_OK(DemoDirectory::seed(*dir, QStringLiteral("pw")));
        const QString admin = QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess");
        createRole(QStringLiteral("LongRole"), 43200, admin);
        createRole(QStringLiteral("ShortRole"), 3600, admin);
        secrets = std::make_unique<InMemorySecretStore>();
        sts = std::make_unique<StsService>(dir.get(), secrets.get(), clock.get());
    }

    void cleanup()
    {
        sts.reset();
        secrets.reset();
        dir.reset();
        TestEngine::dropDatabases();
    }

    void validationNamesEveryViolation_data()
    {
        QTest::addColumn<QString>("sessionName");
        QTest::addColumn<QString>("message");
        QTest::newRow("pattern") << QStringLiteral("bad name")
                                 << QStringLiteral(
                                        "1 validation error detected: Value 'bad name' at "
                                        "'roleSessionName' failed to satisfy constraint: Member "
                                        "must satisfy regular expression pattern: [\\w+=,.@-]*");
        QTest::newRow("short") << QStringLiteral("a")
                               << QStringLiteral(
                                      "1 validation error detected: Value 'a' at "
                                      "'roleSessionName' failed to satisfy constraint: Member "
                                      "must have length greater than or equal to 2");
        QTest::newRow("long") << QString(65, QLatin1Char('x'))
                              << QStringLiteral("1 validation error detected: Value '%1' at "
                                                "'roleSessionName' failed to satisfy constraint: "
                                                "Member must have length less than or equal to 64")
                                     .arg(QString(65, QLatin1Char('x')));
        QTest::newRow("both") << QStringLiteral("!")
                              << QStringLiteral(
                                     "2 validation errors detected: Value '!' at "
                                     "'roleSessionName' failed to satisfy constraint: Member must "
                                     "satisfy regular expression pattern: [\\w+=,.@-]*; Value '!' "
                                     "at 'roleSessionName' failed to satisfy constraint: Member "
                                     "must have length greater than or equal to 2");
    }
    void validationNamesEveryViolation()
    {
        QFETCH(QString, sessionName);
        QFETCH(QString, message);
        AssumeRoleRequest request;
        request.roleArn = roleArn(prod, QStringLiteral("SecurityEngineer"));
        request.roleSessionName = sessionName;
        const auto r = assume(StsCaller::user(prod, QStringLiteral("John")), request);
        QVERIFY(!r);
        expectError(r.error(), QStringLiteral("ValidationError"), message);
        QCOMPARE(r.error().httpStatus(), 400);
        QCOMPARE(StsService::checkRoleSessionName(sessionName).error().message(), message);
    }

    void validationOfOtherParameters()
    {
        AssumeRoleRequest request;
        request.roleArn = QStringLiteral("arn:aws:iam::1:role");
        request.roleSessionName = QStringLiteral("ok-name");
        request.externalId = QStringLiteral("x");
        request.serialNumber = QStringLiteral("short");
        request.tokenCode = QStringLiteral("12a");
        const auto r = assume(StsCaller::user(prod, QStringLiteral("John")), request);
        QVERIFY(!r);
        const QString message = r.error().message();
        QVERIFY2(message.startsWith(QStringLiteral("5 validation errors detected: ")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral(
            "Value 'arn:aws:iam::1:role' at 'roleArn' failed to satisfy constraint: Member must "
            "have length greater than or equal to 20")));
        QVERIFY(message.contains(QStringLiteral(
            "Value 'x' at 'externalId' failed to satisfy constraint: Member must have length "
            "greater than or equal to 2")));
        QVERIFY(message.contains(QStringLiteral(
            "Value 'short' at 'serialNumber' failed to satisfy constraint: Member must have "
            "length greater than or equal to 9")));
        QVERIFY(message.contains(QStringLiteral(
            "Value '12a' at 'tokenCode' failed to satisfy constraint: Member must satisfy "
            "regular expression pattern: [\\d]*")));
        QVERIFY(message.contains(QStringLiteral(
            "Value '12a' at 'tokenCode' failed to satisfy constraint: Member must have length "
            "greater than or equal to 6")));

        QVERIFY(StsService::checkExternalId(QStringLiteral("catphoto-7Q2KX9")));
        // AWS prints this pattern with an escaped slash (AssumeRole, ExternalId:
        // https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html).
        QCOMPARE(StsService::checkExternalId(QStringLiteral("a b")).error().message(),
                 QStringLiteral("1 validation error detected: Value 'a b' at 'externalId' failed "
                                "to satisfy constraint: Member must satisfy regular expression "
                                "pattern: [\\w+=,.@:\\/-]*"));
        QVERIFY(StsService::checkTokenCode(QStringLiteral("123456")));
        QCOMPARE(StsService::checkTokenCode(QStringLiteral("1234567")).error().message(),
                 QStringLiteral("1 validation error detected: Value '1234567' at 'tokenCode' "
                                "failed to satisfy constraint: Member must have length less than "
                                "or equal to 6"));
        QVERIFY(StsService::checkSerialNumber(QStringLiteral("arn:aws:iam::111122223333:mfa/x")));
        QVERIFY(
            !StsService::checkSerialNumber(QStringLiteral("arn:aws:iam::111122223333:mfa/x y")));

        AssumeRoleRequest tooMany;
        tooMany.roleArn = roleArn(prod, QStringLiteral("LongRole"));
        tooMany.roleSessionName = QStringLiteral("arns");
        for (int i = 0; i < 11; ++i)
            tooMany.policyArns << QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess");
        const auto arns = assume(StsCaller::user(prod, QStringLiteral("Maria")), tooMany);
        QVERIFY(!arns);
        QCOMPARE(arns.error().message(),
                 QStringLiteral("1 validation error detected: Value '11 policy ARNs' at "
                                "'policyArns' failed to satisfy constraint: Member must have "
                                "length less than or equal to 10"));
    }

    void assumeRoleDurations_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("duration");
        QTest::addColumn<QString>("error");
        const QString below = QStringLiteral(
            "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy "
            "constraint: Member must have value greater than or equal to 900");
        const QString above = QStringLiteral(
            "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy "
            "constraint: Member must have value less than or equal to 43200");
        const QString overMax = QStringLiteral(
            "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        for (const QString& role : {QStringLiteral("LongRole"), QStringLiteral("ShortRole")}) {
            const bool isLong = role == QLatin1String("LongRole");
            const QByteArray r = role.toLatin1();
            QTest::newRow(r + " 899") << role << 899 << below;
            QTest::newRow(r + " 900") << role << 900 << QString();
            QTest::newRow(r + " 3600") << role << 3600 << QString();
            QTest::newRow(r + " 3601") << role << 3601 << (isLong ? QString() : overMax);
            QTest::newRow(r + " 43200") << role << 43200 << (isLong ? QString() : overMax);
            QTest::newRow(r + " 43201") << role << 43201 << above;
        }
    }
    void assumeRoleDurations()
    {
        QFETCH(QString, role);
        QFETCH(int, duration);
        QFETCH(QString, error);
        const auto r = assume(QStringLiteral("Maria"), role, duration);
        if (error.isEmpty()) {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            QCOMPARE(r->credentials.expiration,
                     QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC).addSecs(duration));
            return;
        }
        QVERIFY(!r);
        expectError(r.error(), QStringLiteral("ValidationError"), error);
    }

    void defaultDurationIsOneHour()
    {
        const auto r = assume(QStringLiteral("Maria"), QStringLiteral("LongRole"));
        QVERIFY(r);
        QCOMPARE(r->session.issuedAt.secsTo(r->session.expiresAt), 3600);
        QCOMPARE(StsService::assumeRoleDuration(std::nullopt, 43200, false).value(), 3600);
    }

    void sessionTokenDurations_data()
    {
        QTest::addColumn<int>("duration");
        QTest::addColumn<QString>("error");
        QTest::newRow("899") << 899
                             << QStringLiteral(
                                    "1 validation error detected: Value '899' at "
                                    "'durationSeconds' failed to satisfy constraint: Member must "
                                    "have value greater than or equal to 900");
        QTest::newRow("900") << 900 << QString();
        QTest::newRow("129600") << 129600 << QString();
        QTest::newRow("129601") << 129601
                                << QStringLiteral(
                                       "1 validation error detected: Value '129601' at "
                                       "'durationSeconds' failed to satisfy constraint: Member "
                                       "must have value less than or equal to 129600");
    }
    void sessionTokenDurations()
    {
        QFETCH(int, duration);
        QFETCH(QString, error);
        GetSessionTokenRequest request;
        request.durationSeconds = duration;
        const auto r = sessionToken(StsCaller::user(prod, QStringLiteral("John")), request);
        if (error.isEmpty()) {
            QVERIFY(r);
            QCOMPARE(r->session.issuedAt.secsTo(r->session.expiresAt), duration);
            return;
        }
        QVERIFY(!r);
        expectError(r.error(), QStringLiteral("ValidationError"), error);
    }

    void sessionTokenDefaultsAndRoot()
    {
        const auto user = sessionToken(StsCaller::user(prod, QStringLiteral("John")), {});
        QVERIFY(user);
        QCOMPARE(user->session.issuedAt.secsTo(user->session.expiresAt), 43200);
        QCOMPARE(user->arn, QStringLiteral("arn:aws:iam::111122223333:user/John"));
        QVERIFY(user->assumedRoleId.isEmpty());
        QCOMPARE(user->session.type, TemporarySession::Type::SessionToken);

        const auto root = sessionToken(StsCaller::root(prod), {});
        QVERIFY(root);
        QCOMPARE(root->session.issuedAt.secsTo(root->session.expiresAt), 3600);
        // "If the duration is longer than one hour, the session for AWS account
        // owners defaults to one hour" (GetSessionToken, DurationSeconds:
        // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html).
        GetSessionTokenRequest longer;
        longer.durationSeconds = 3601;
        const auto rootCapped = sessionToken(StsCaller::root(prod), longer);
        REQUIRE_OK(rootCapped);
        QCOMPARE(rootCapped->session.issuedAt.secsTo(rootCapped->session.expiresAt), 3600);
        longer.durationSeconds = 129600;
        const auto rootLongest = sessionToken(StsCaller::root(prod), longer);
        REQUIRE_OK(rootLongest);
        QCOMPARE(rootLongest->session.issuedAt.secsTo(rootLongest->session.expiresAt), 3600);
        GetSessionTokenRequest shorter;
        shorter.durationSeconds = 900;
        const auto rootShort = sessionToken(StsCaller::root(prod), shorter);
        REQUIRE_OK(rootShort);
        QCOMPARE(rootShort->session.issuedAt.secsTo(rootShort->session.expiresAt), 900);
        // Outside the parameter's own range it is still a ValidationError.
        longer.durationSeconds = 129601;
        const auto rootTooLong = sessionToken(StsCaller::root(prod), longer);
        QVERIFY(!rootTooLong);
        QCOMPARE(rootTooLong.error().code(), QStringLiteral("ValidationError"));

        const auto fromSession =
            sessionToken(StsCaller::session(user->credentials.accessKeyId), {});
        QVERIFY(!fromSession);
        expectError(fromSession.error(), QStringLiteral("AccessDenied"),
                    QStringLiteral("Cannot call GetSessionToken with session credentials"));
    }

    void roleChainingIsLimitedToOneHour()
    {
        const auto first = assume(QStringLiteral("Maria"), QStringLiteral("LongRole"), 7200);
        QVERIFY(first);
        QVERIFY(!first->session.chained);
        AssumeRoleRequest request;
        request.roleArn = roleArn(prod, QStringLiteral("LongRole"));
        request.roleSessionName = QStringLiteral("chained");
        request.durationSeconds = 3601;
        const StsCaller caller = StsCaller::session(first->credentials.accessKeyId);
        const auto tooLong = assume(caller, request);
        QVERIFY(!tooLong);
        expectError(tooLong.error(), QStringLiteral("ValidationError"),
                    QStringLiteral("The requested DurationSeconds exceeds the 1 hour session "
                                   "limit for roles assumed by role chaining."));
        request.durationSeconds.reset();
        const auto chained = assume(caller, request);
        QVERIFY(chained);
        QVERIFY(chained->session.chained);
        QCOMPARE(chained->session.callerArn,
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/LongRole/s-Maria"));
        QCOMPARE(chained->session.issuedAt.secsTo(chained->session.expiresAt), 3600);
    }

    void rootMayNotAssumeRoles()
    {
        AssumeRoleRequest request;
        request.roleArn = roleArn(prod, QStringLiteral("SecurityEngineer"));
        request.roleSessionName = QStringLiteral("root");
        const auto r = assume(StsCaller::root(prod), request);
        QVERIFY(!r);
        expectError(r.error(), QStringLiteral("AccessDenied"),
                    QStringLiteral("Roles may not be assumed by root accounts."));
        QCOMPARE(r.error().httpStatus(), 403);
    }

    void trustAndIdentityDecide()
    {
        const QString john = QStringLiteral("arn:aws:iam::111122223333:user/John");
        const QString paulo = QStringLiteral("arn:aws:iam::111122223333:user/Paulo");
        QVERIFY(assume(QStringLiteral("John"), QStringLiteral("SecurityEngineer")));

        // Trusted by the account, but Paulo's own policies do not allow it.
        const auto paulos = assume(QStringLiteral("Paulo"), QStringLiteral("SecurityEngineer"));
        QVERIFY(!paulos);
        expectError(paulos.error(), QStringLiteral("AccessDenied"),
                    deniedMessage(paulo, roleArn(prod, QStringLiteral("SecurityEngineer"))));
        // Only EC2 is trusted.
        const auto app = assume(QStringLiteral("Maria"), QStringLiteral("CatPhotoApp"));
        QVERIFY(!app);
        QCOMPARE(app.error().code(), QStringLiteral("AccessDenied"));
        // Unknown role and unknown account: the same answer, as AWS gives.
        const auto unknown = assume(QStringLiteral("John"), QStringLiteral("NoSuchRole"));
        QVERIFY(!unknown);
        expectError(unknown.error(), QStringLiteral("AccessDenied"),
                    deniedMessage(john, roleArn(prod, QStringLiteral("NoSuchRole"))));
        const auto nowhere = assume(QStringLiteral("John"), QStringLiteral("SecurityEngineer"),
                                    std::nullopt, QStringLiteral("000000000000"));
        QVERIFY(!nowhere);
        expectError(nowhere.error(), QStringLiteral("AccessDenied"),
                    deniedMessage(john, roleArn(QStringLiteral("000000000000"),
                                                QStringLiteral("SecurityEngineer"))));

        // The pre-flight check agrees.
        QVERIFY(sts->authorizeAssumeRole(StsCaller::user(prod, QStringLiteral("John")),
                                         roleArn(prod, QStringLiteral("SecurityEngineer")), false));
        QCOMPARE(sts->authorizeAssumeRole(StsCaller::user(prod, QStringLiteral("Paulo")),
                                          roleArn(prod, QStringLiteral("SecurityEngineer")), false)
                     .error()
                     .message(),
                 paulos.error().message());
        // BreakGlassAdmin wants MFA: Maria is trusted only with it.
        const QString breakGlass = roleArn(prod, QStringLiteral("BreakGlassAdmin"));
        QVERIFY(!sts->authorizeAssumeRole(StsCaller::user(prod, QStringLiteral("Maria")),
                                          breakGlass, false));
        QVERIFY(sts->authorizeAssumeRole(StsCaller::user(prod, QStringLiteral("Maria")), breakGlass,
                                         true));
        QCOMPARE(
            sts->authorizeAssumeRole(StsCaller::root(prod), breakGlass, true).error().message(),
            QStringLiteral("Roles may not be assumed by root accounts."));
    }

    void crossAccount()
    {
        const auto r = assume(QStringLiteral("John"), QStringLiteral("CrossAccountAuditor"),
                              std::nullopt, dev);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->arn, QStringLiteral(
                             "arn:aws:sts::444455556666:assumed-role/CrossAccountAuditor/s-John"));
        QCOMPARE(r->session.accountId, dev);
        // Ana's Developers policy allows it too; Li's (Auditors, read only) does not.
        const auto li =
            assume(QStringLiteral("Li"), QStringLiteral("CrossAccountAuditor"), std::nullopt, dev);
        QVERIFY(!li);
        QCOMPARE(li.error().code(), QStringLiteral("AccessDenied"));
    }

    void externalId()
    {
        REQUIRE_OK(dir->createAccount(vendorAccount, QStringLiteral("vendor")));
        REQUIRE_OK(dir->createUser(vendorAccount, QStringLiteral("Monitor")));
        REQUIRE_OK(dir->putInlinePolicy(
            EntityKind::User, vendorAccount, QStringLiteral("Monitor"),
            InlinePolicy{QStringLiteral("AssumeAnything"),
                         policyJson({allow(QStringLiteral("sts:AssumeRole"))})}));
        AssumeRoleRequest request;
        request.roleArn = roleArn(prod, QStringLiteral("VendorAccess"));
        request.roleSessionName = QStringLiteral("monitor");
        const StsCaller vendor = StsCaller::user(vendorAccount, QStringLiteral("Monitor"));
        const QString denied = deniedMessage(
            QStringLiteral("arn:aws:iam::999988887777:user/Monitor"), request.roleArn);

        const auto missing = assume(vendor, request);
        QVERIFY(!missing);
        expectError(missing.error(), QStringLiteral("AccessDenied"), denied);
        request.externalId = QStringLiteral("catphoto-WRONG");
        const auto wrong = assume(vendor, request);
        QVERIFY(!wrong);
        expectError(wrong.error(), QStringLiteral("AccessDenied"), denied);
        request.externalId = QStringLiteral("catphoto-7Q2KX9");
        const auto right = assume(vendor, request);
        QVERIFY2(right, qPrintable(right ? QString() : right.error().toString()));
    }

    void mfa()
    {
        const QString path = TestData::path(QStringLiteral("totp/rfc6238_totp_vectors.tsv"));
        REQUIRE_TESTDATA(path);
        QFile vectors(path);
        QVERIFY2(vectors.open(QIODevice::ReadOnly), qPrintable(path));
        QString expected8;
        for (const QByteArray& line : vectors.readAll().split('\n')) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() >= 10 && f.at(0) == QByteArray::number(rfcTime) && f.at(3) == "SHA1")
                expected8 = QString::fromLatin1(f.at(9));
        }
        QVERIFY(!expected8.isEmpty());
        const QDateTime t = QDateTime::fromSecsSinceEpoch(rfcTime, Qt::UTC);
        const SecureBytes seed = SecureBytes::fromView(rfcSeed);
        QCOMPARE(Totp::code(seed, t, {Hmac::Algorithm::Sha1, 8, 30}), expected8);
        clock->setNow(t);

        const auto device =
            dir->addMfaDevice(prod, QStringLiteral("Maria"), QStringLiteral("maria-phone"));
        REQUIRE_OK(device);
        putSeed(device->serialNumber, rfcSeed);
        const auto anas =
            dir->addMfaDevice(prod, QStringLiteral("Ana"), QStringLiteral("ana-phone"));
        REQUIRE_OK(anas);
        putSeed(anas->serialNumber, rfcSeed);

        const StsCaller maria = StsCaller::user(prod, QStringLiteral("Maria"));
        AssumeRoleRequest request;
        request.roleArn = roleArn(prod, QStringLiteral("BreakGlassAdmin"));
        request.roleSessionName = QStringLiteral("glass");
        const QString invalidCode =
            QStringLiteral("MultiFactorAuthentication failed with invalid MFA one time pass code.");
        // AWS's message has two spaces after the first sentence.
        const QString unknownDevice = QStringLiteral(
            "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your "
            "MFA serial number is valid and associated with this user.");
        auto attempt = [&](const QString& serial, const QString& code) {
            AssumeRoleRequest r = request;
            r.serialNumber = serial;
            r.tokenCode = code;
            return assume(maria, r);
        };

        // Without MFA the trust policy refuses.
        const auto without = assume(maria, request);
        QVERIFY(!without);
        QCOMPARE(without.error().code(), QStringLiteral("AccessDenied"));

        // Two steps ahead is out of the window (and uses nothing up).
        const auto twoAhead = attempt(device->serialNumber, Totp::code(seed, t.addSecs(60)));
        QVERIFY(!twoAhead);
        expectError(twoAhead.error(), QStringLiteral("AccessDenied"), invalidCode);

        const auto now = attempt(device->serialNumber, Totp::code(seed, t));
        QVERIFY2(now, qPrintable(now ? QString() : now.error().toString()));
        QVERIFY(now->session.mfaAuthenticated);

        const auto replay = attempt(device->serialNumber, Totp::code(seed, t));
        QVERIFY(!replay);
        expectError(replay.error(), QStringLiteral("AccessDenied"), invalidCode);

        const auto oneAhead = attempt(device->serialNumber, Totp::code(seed, t.addSecs(30)));
        QVERIFY2(oneAhead, qPrintable(oneAhead ? QString() : oneAhead.error().toString()));

        QString wrongCode = QStringLiteral("000000");
        if (wrongCode == Totp::code(seed, t.addSecs(60)))
            wrongCode = QStringLiteral("000001");
        clock->advance(60);
        const auto wrong = attempt(device->serialNumber, wrongCode);
        QVERIFY(!wrong);
        expectError(wrong.error(), QStringLiteral("AccessDenied"), invalidCode);

        const auto someoneElses = attempt(anas->serialNumber, Totp::code(seed, clock->now()));
        QVERIFY(!someoneElses);
        expectError(someoneElses.error(), QStringLiteral("AccessDenied"), unknownDevice);
        const auto unknown = attempt(QStringLiteral("arn:aws:iam::111122223333:mfa/nothing"),
                                     Totp::code(seed, clock->now()));
        QVERIFY(!unknown);
        expectError(unknown.error(), QStringLiteral("AccessDenied"), unknownDevice);
        const auto noCode = attempt(device->serialNumber, QString());
        QVERIFY(!noCode);
        expectError(noCode.error(), QStringLiteral("AccessDenied"), invalidCode);
        const auto noSerial = attempt(QString(), Totp::code(seed, clock->now()));
        QVERIFY(!noSerial);
        expectError(noSerial.error(), QStringLiteral("AccessDenied"), unknownDevice);

        // GetSessionToken with MFA marks the session.
        GetSessionTokenRequest token;
        token.serialNumber = device->serialNumber;
        token.tokenCode = Totp::code(seed, clock->now());
        const auto withMfa = sessionToken(maria, token);
        QVERIFY2(withMfa, qPrintable(withMfa ? QString() : withMfa.error().toString()));
        QVERIFY(withMfa->session.mfaAuthenticated);
    }

    void sessionPoliciesNarrow()
    {
        AssumeRoleRequest request;
        request.roleArn = roleArn(prod, QStringLiteral("LongRole"));
        request.roleSessionName = QStringLiteral("narrow");
        request.policy = policyJson({allow(QStringLiteral("s3:GetObject"))});
        const StsCaller maria = StsCaller::user(prod, QStringLiteral("Maria"));
        const auto narrow = assume(maria, request);
        QVERIFY2(narrow, qPrintable(narrow ? QString() : narrow.error().toString()));
        QCOMPARE(narrow->session.sessionPolicy, request.policy);
        QVERIFY(narrow->packedPolicySize > 0);
        request.policy.clear();
        const auto wide = assume(maria, request);
        QVERIFY(wide);

        QVERIFY(sessionAllows(wide->session, QStringLiteral("iam:ListUsers")));
        QVERIFY(!sessionAllows(narrow->session, QStringLiteral("iam:ListUsers")));
        QVERIFY(sessionAllows(narrow->session, QStringLiteral("s3:GetObject")));

        // Chaining from the narrowed session: its session policy lacks sts:AssumeRole.
        AssumeRoleRequest chain;
        chain.roleArn = roleArn(prod, QStringLiteral("ShortRole"));
        chain.roleSessionName = QStringLiteral("next");
        const auto fromNarrow = assume(StsCaller::session(narrow->credentials.accessKeyId), chain);
        QVERIFY(!fromNarrow);
        expectError(fromNarrow.error(), QStringLiteral("AccessDenied"),
                    deniedMessage(narrow->arn, chain.roleArn));
        QVERIFY(assume(StsCaller::session(wide->credentials.accessKeyId), chain));

        // Managed session policies narrow the same way.
        request.policyArns = {QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess")};
        const auto readOnly = assume(maria, request);
        QVERIFY(readOnly);
        QVERIFY(!sessionAllows(readOnly->session, QStringLiteral("iam:CreateUser")));
        request.policyArns = {QStringLiteral("arn:aws:iam::aws:policy/NoSuchPolicy")};
        QVERIFY(!assume(maria, request));
    }

    void sessionPolicyErrors()
    {
        AssumeRoleRequest request;
        request.roleArn = roleArn(prod, QStringLiteral("LongRole"));
        request.roleSessionName = QStringLiteral("bad");
        request.policy = QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[");
        const StsCaller maria = StsCaller::user(prod, QStringLiteral("Maria"));
        const auto malformed = assume(maria, request);
        QVERIFY(!malformed);
        QCOMPARE(malformed.error().code(), QStringLiteral("MalformedPolicyDocument"));

        QJsonArray many;
        for (int i = 0; i < 60; ++i)
            many.append(allow(QStringLiteral("s3:GetObject"),
                              QStringLiteral("arn:aws:s3:::bucket-%1/*").arg(i)));
        request.policy = policyJson(many);
        QVERIFY(request.policy.size() > 2048);
        const auto large = assume(maria, request);
        QVERIFY(!large);
        expectError(large.error(), QStringLiteral("ValidationError"),
                    QStringLiteral("1 validation error detected: Value '%1' at 'policy' failed to "
                                   "satisfy constraint: Member must have length less than or "
                                   "equal to 2048")
                        .arg(request.policy));
        // "The plaintext that you use for both inline and managed session
        // policies can't exceed 2,048 characters" (AssumeRole, Policy:
        // https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html):
        // whitespace counts, unlike the packed size.
        const QString small = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                                      {QStringLiteral("Statement"), QJsonArray{many.first()}}})
                .toJson(QJsonDocument::Compact));
        request.policy = small + QString(2048 - small.size(), QLatin1Char(' '));
        QCOMPARE(request.policy.size(), 2048);
        const auto exactly = assume(maria, request);
        REQUIRE_OK(exactly);
        QCOMPARE(exactly->packedPolicySize, int((small.size() * 100 + 2047) / 2048));
        request.policy += QLatin1Char(' ');
        const auto oneMore = assume(maria, request);
        REQUIRE_CODE(oneMore, "ValidationError");
        QVERIFY(oneMore.error().message().endsWith(
            QStringLiteral("at 'policy' failed to satisfy constraint: Member must have length "
                           "less than or equal to 2048")));
    }

    void credentialsAndToken()
    {
        const auto r = assume(QStringLiteral("John"), QStringLiteral("SecurityEngineer"));
        QVERIFY(r);
        const TemporaryCredentials& c = r->credentials;
        QVERIFY(QRegularExpression(QStringLiteral("^ASIA[A-Z2-7]{16}$"))
                    .match(c.accessKeyId)
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9+/]{40}$"))
                    .match(c.secretAccessKey.insecureUtf8String())
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9+/]+=*$"))
                    .match(c.sessionToken.insecureUtf8String())
                    .hasMatch());
        QCOMPARE(c.expiration.timeSpec(), Qt::UTC);
        QCOMPARE(c.expiration.time().msec(), 0);
        const auto role = dir->role(prod, QStringLiteral("SecurityEngineer"));
        QCOMPARE(r->assumedRoleId, role->roleId + QStringLiteral(":s-John"));
        QVERIFY(r->assumedRoleId.startsWith(QStringLiteral("AROA")));
        QCOMPARE(r->arn,
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/SecurityEngineer/s-John"));

        const auto resolved = resolve(c.accessKeyId, c.sessionToken);
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().toString()));
        QCOMPARE(resolved->arn, r->arn);

        // A token changed in one character, or another session's token, is refused.
        QByteArray tampered = c.sessionToken.insecureCopy();
        tampered[10] = tampered[10] == 'A' ? 'B' : 'A';
        const auto forged = resolve(c.accessKeyId, SecureBytes::fromView(tampered));
        QVERIFY(!forged);
        expectError(forged.error(), QStringLiteral("InvalidClientTokenId"),
                    QStringLiteral("The security token included in the request is invalid."));
        const auto other = assume(QStringLiteral("Maria"), QStringLiteral("LongRole"));
        QVERIFY(other);
        QCOMPARE(resolve(c.accessKeyId, other->credentials.sessionToken).error().code(),
                 QStringLiteral("InvalidClientTokenId"));

        // At expiry the token is refused, and so is the session as a caller.
        clock->advance(3600);
        const auto expired = resolve(c.accessKeyId, c.sessionToken);
        QVERIFY(!expired);
        expectError(expired.error(), QStringLiteral("ExpiredToken"),
                    QStringLiteral("The security token included in the request is expired"));
        QCOMPARE(expired.error().httpStatus(), 403);
        QCOMPARE(sts->getCallerIdentity(StsCaller::session(c.accessKeyId)).error().code(),
                 QStringLiteral("ExpiredToken"));
        AssumeRoleRequest chain;
        chain.roleArn = roleArn(prod, QStringLiteral("SecurityEngineer"));
        chain.roleSessionName = QStringLiteral("late");
        QCOMPARE(assume(StsCaller::session(c.accessKeyId), chain).error().code(),
                 QStringLiteral("ExpiredToken"));
    }

    void aDeletedUsersSessionTokenIsRefusedNeverRoot()
    {
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("Temp")));
        const auto issued = sessionToken(StsCaller::user(prod, QStringLiteral("Temp")), {});
        QVERIFY(issued);
        const QString id = issued->credentials.accessKeyId;
        const StsCaller caller = StsCaller::session(id);
        QCOMPARE(sts->getCallerIdentity(caller)->arn,
                 QStringLiteral("arn:aws:iam::111122223333:user/Temp"));

        REQUIRE_OK(dir->deleteUser(prod, QStringLiteral("Temp")));
        // The deletion ended the session and its secrets went from the store.
        QCOMPARE(dir->temporarySession(id)->endReason, Directory::principalDeletedReason());
        QTRY_COMPARE(storedSecret(id), SecretStore::EntryNotFound);
        const auto who = sts->getCallerIdentity(caller);
        QVERIFY2(!who, qPrintable(who ? who->arn : QString()));
        QCOMPARE(who.error().code(), QStringLiteral("ExpiredToken"));
        QCOMPARE(resolve(id, issued->credentials.sessionToken).error().code(),
                 QStringLiteral("ExpiredToken"));

        // Re-created under the same name, the user is another principal.
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("Temp")));
        QVERIFY(!sts->getCallerIdentity(caller));

        // Bound by id even where the record were still open: never root.
        TemporarySession open = *dir->temporarySession(id);
        open.endedAt = {};
        const auto check = StsService::checkSessionPrincipal(*dir, open);
        QVERIFY(!check);
        QCOMPARE(check.error().code(), QStringLiteral("InvalidClientTokenId"));
        // The root's own session token is still the root's.
        const auto root = sessionToken(StsCaller::root(prod), {});
        QVERIFY(root);
        QVERIFY(StsService::checkSessionPrincipal(*dir, root->session));
        QCOMPARE(sts->getCallerIdentity(StsCaller::session(root->credentials.accessKeyId))->arn,
                 QStringLiteral("arn:aws:iam::111122223333:root"));
    }

    void aRoleSessionIsBoundToTheRolesUniqueId()
    {
        const auto r = assume(QStringLiteral("John"), QStringLiteral("ShortRole"));
        QVERIFY(r);
        QVERIFY(StsService::checkSessionPrincipal(*dir, r->session));
        // Another role of the same name (the old one gone, by any path) is not it.
        TemporarySession other = r->session;
        other.assumedRoleId = QStringLiteral("AROAOTHERROLE0000000:") + other.sessionName;
        QCOMPARE(StsService::checkSessionPrincipal(*dir, other).error().code(),
                 QStringLiteral("InvalidClientTokenId"));
    }

    void secretsLiveInTheStoreOnly()
    {
        const auto r = assume(QStringLiteral("John"), QStringLiteral("SecurityEngineer"));
        QVERIFY(r);
        const QString id = r->credentials.accessKeyId;
        const QString secret = r->credentials.secretAccessKey.insecureUtf8String();
        const QString token = r->credentials.sessionToken.insecureUtf8String();
        SecureBytes stored;
        QCOMPARE(storedSecret(id, &stored), SecretStore::NoError);
        QVERIFY(stored.view().contains(r->credentials.secretAccessKey.view()));
        QVERIFY(stored.view().contains(r->credentials.sessionToken.view()));

        const auto back =
            wait<TemporaryCredentials>([&](auto done) { sts->sessionCredentials(id, this, done); });
        QVERIFY(back);
        QVERIFY(back->secretAccessKey == r->credentials.secretAccessKey);
        QVERIFY(back->sessionToken == r->credentials.sessionToken);
        QCOMPARE(back->expiration, r->credentials.expiration);

        const auto row = dir->temporarySession(id);
        QVERIFY(row);
        for (const QString& field :
             {row->accessKeyId, row->accountId, row->callerArn, row->arn, row->roleArn,
              row->assumedRoleId, row->sessionName, row->sessionPolicy,
              row->sessionPolicyArns.join(u' '), row->sourceIdentity, row->endReason}) {
            QVERIFY(!field.contains(secret));
            QVERIFY(!field.contains(token.left(20)));
        }
        for (const AuditEvent& event : dir->auditEvents()) {
            QVERIFY(!event.detail.contains(secret));
            QVERIFY(!event.target.contains(secret));
        }

        QVERIFY(end(id));
        QCOMPARE(storedSecret(id), SecretStore::EntryNotFound);
        QCOMPARE(dir->temporarySession(id)->endReason, QStringLiteral("SwitchBack"));
        QVERIFY(dir->temporarySession(id)->endedAt.isValid());
        const auto after =
            wait<TemporaryCredentials>([&](auto done) { sts->sessionCredentials(id, this, done); });
        QCOMPARE(after.error().code(), QStringLiteral("ExpiredToken"));
        QCOMPARE(sts->getCallerIdentity(StsCaller::session(id)).error().code(),
                 QStringLiteral("ExpiredToken"));
    }

    void endExpiredSessions()
    {
        QVERIFY(assume(QStringLiteral("John"), QStringLiteral("SecurityEngineer"), 900));
        QVERIFY(assume(QStringLiteral("Maria"), QStringLiteral("LongRole"), 900));
        const auto lasting = assume(QStringLiteral("Maria"), QStringLiteral("LongRole"), 7200);
        QVERIFY(lasting);
        clock->advance(901);
        const auto count = wait<int>([&](auto done) { sts->endExpiredSessions(this, done); });
        QVERIFY(count);
        QCOMPARE(count.value(), 2);
        QCOMPARE(dir->temporarySessions(clock->now()).size(), 1);
        QCOMPARE(storedSecret(lasting->credentials.accessKeyId), SecretStore::NoError);
    }

    void callerIdentity()
    {
        const auto john = sts->getCallerIdentity(StsCaller::user(prod, QStringLiteral("John")));
        QVERIFY(john);
        QVERIFY(john->userId.startsWith(QStringLiteral("AIDA")));
        QCOMPARE(john->account, prod);
        QCOMPARE(john->arn, QStringLiteral("arn:aws:iam::111122223333:user/John"));
        const auto root = sts->getCallerIdentity(StsCaller::root(prod));
        QVERIFY(root);
        QCOMPARE(root->userId, prod);
        QCOMPARE(root->arn, QStringLiteral("arn:aws:iam::111122223333:root"));
        const auto r = assume(QStringLiteral("John"), QStringLiteral("SecurityEngineer"));
        QVERIFY(r);
        const auto session = sts->getCallerIdentity(StsCaller::session(r->credentials.accessKeyId));
        QVERIFY(session);
        QCOMPARE(session->userId, r->assumedRoleId);
        QCOMPARE(session->arn, r->arn);
        QCOMPARE(session->account, prod);
        QCOMPARE(sts->getCallerIdentity(StsCaller::session(QStringLiteral("ASIAUNKNOWNUNKNOWN00")))
                     .error()
                     .code(),
                 QStringLiteral("InvalidClientTokenId"));
    }

    void serviceAssumesTheRoleItIsTrustedWith()
    {
        const QString catPhoto = roleArn(prod, QStringLiteral("CatPhotoApp"));
        QCOMPARE(sts->trustedServices(catPhoto), QStringList{QStringLiteral("ec2.amazonaws.com")});
        QVERIFY(sts->trustedServices(roleArn(prod, QStringLiteral("SecurityEngineer"))).isEmpty());

        AssumeRoleRequest request;
        request.roleArn = catPhoto;
        request.roleSessionName = QStringLiteral("i-0123456789abcdef0");
        const auto r = assume(StsCaller::service(QStringLiteral("ec2.amazonaws.com")), request);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->arn, QStringLiteral("arn:aws:sts::111122223333:assumed-role/CatPhotoApp/"
                                        "i-0123456789abcdef0"));
        // The session records the service as its caller, and acts as the role.
        QCOMPARE(r->session.callerArn, QStringLiteral("ec2.amazonaws.com"));
        QCOMPARE(r->session.roleArn, catPhoto);
        QVERIFY(!r->session.chained);
        const auto identity =
            sts->getCallerIdentity(StsCaller::session(r->credentials.accessKeyId));
        QVERIFY(identity);
        QCOMPARE(identity->arn, r->arn);
        QVERIFY(!sessionAllows(r->session, QStringLiteral("iam:ListUsers")));

        // No person can switch to it: the trust policy names only the service.
        AssumeRoleRequest asJohn = request;
        asJohn.roleSessionName = QStringLiteral("john");
        expectError(
            assume(StsCaller::user(prod, QStringLiteral("Maria")), asJohn).error(),
            QStringLiteral("AccessDenied"),
            deniedMessage(QStringLiteral("arn:aws:iam::111122223333:user/Maria"), catPhoto));
    }

    void serviceIsRefusedWhereNotTrusted()
    {
        AssumeRoleRequest request;
        request.roleArn = roleArn(prod, QStringLiteral("CatPhotoApp"));
        request.roleSessionName = QStringLiteral("fn");
        expectError(
            assume(StsCaller::service(QStringLiteral("lambda.amazonaws.com")), request).error(),
            QStringLiteral("AccessDenied"),
            deniedMessage(QStringLiteral("lambda.amazonaws.com"), request.roleArn));
        // A role trusting people only is no service's.
        request.roleArn = roleArn(prod, QStringLiteral("SecurityEngineer"));
        QCOMPARE(
            assume(StsCaller::service(QStringLiteral("ec2.amazonaws.com")), request).error().code(),
            QStringLiteral("AccessDenied"));
        // Not a service principal at all.
        request.roleArn = roleArn(prod, QStringLiteral("CatPhotoApp"));
        QCOMPARE(assume(StsCaller::service(QStringLiteral("John")), request).error().code(),
                 QStringLiteral("ValidationError"));
        // A service has no session token and no identity to report.
        QCOMPARE(sessionToken(StsCaller::service(QStringLiteral("ec2.amazonaws.com")), {})
                     .error()
                     .code(),
                 QStringLiteral("AccessDenied"));
        QCOMPARE(sts->getCallerIdentity(StsCaller::service(QStringLiteral("ec2.amazonaws.com")))
                     .error()
                     .code(),
                 QStringLiteral("InvalidClientTokenId"));
    }

    // ---- AssumeRoleWithSAML: an external identity provider (Keycloak-style
    // metadata, a key made here) signs; only what its key signed, unchanged,
    // fresh, for AWS and naming the role gets credentials.

    void samlAcceptsAValidAssertionAndIssuesCredentials()
    {
        const SamlFixture idp = addSamlProvider();
        SamlSignIn signIn = samlSignIn(idp, sign(idp, federatedAssertion(idp)));
        const auto ok = saml(signIn);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QCOMPARE(ok->arn, QStringLiteral("arn:aws:sts::111122223333:assumed-role/FederatedReadOnly/"
                                         "jane@catphoto.example"));
        QCOMPARE(ok->session.callerArn, idp.arn);
        QCOMPARE(ok->session.sessionName, QStringLiteral("jane@catphoto.example"));
        QVERIFY(ok->credentials.accessKeyId.startsWith(QLatin1String("ASIA")));
        QCOMPARE(ok->session.issuedAt.secsTo(ok->session.expiresAt), 3600);
        QCOMPARE(ok->saml.issuer, idp.entityId);
        QCOMPARE(ok->saml.subject, QStringLiteral("jane@catphoto.example"));
        QCOMPARE(ok->saml.subjectType, QStringLiteral("persistent"));
        QCOMPARE(ok->saml.audience, SamlAssertion::AwsSignInUrl);
        QVERIFY(!ok->saml.nameQualifier.isEmpty());
        QCOMPARE(storedSecret(ok->credentials.accessKeyId), SecretStore::NoError);
        QVERIFY(sessionAllows(ok->session, QStringLiteral("s3:GetObject")));
        QVERIFY(!sessionAllows(ok->session, QStringLiteral("iam:CreateUser")));
    }

    void samlDurationComesFromTheAssertionCappedByTheRequest()
    {
        const SamlFixture idp = addSamlProvider();
        SamlAssertion a = federatedAssertion(idp);
        a.sessionDuration = 2400;
        auto ok = saml(samlSignIn(idp, sign(idp, a)));
        REQUIRE_OK(ok);
        QCOMPARE(ok->session.issuedAt.secsTo(ok->session.expiresAt), 2400);
        SamlSignIn capped = samlSignIn(idp, sign(idp, a));
        capped.durationSeconds = 900;
        ok = saml(capped);
        REQUIRE_OK(ok);
        QCOMPARE(ok->session.issuedAt.secsTo(ok->session.expiresAt), 900);
        // Beyond the role's maximum: capped to it (the role allows one hour).
        a.sessionDuration = 43200;
        ok = saml(samlSignIn(idp, sign(idp, a)));
        REQUIRE_OK(ok);
        QCOMPARE(ok->session.issuedAt.secsTo(ok->session.expiresAt), 3600);
    }

    void samlRefusesAnAssertionSignedByAnotherKey()
    {
        const SamlFixture idp = addSamlProvider();
        const auto otherKey = SamlSigningKey::generate(QStringLiteral("forger"), realNow());
        REQUIRE_OK(otherKey);
        const auto forged = SamlResponseSigner::sign(federatedAssertion(idp), *otherKey);
        REQUIRE_OK(forged);
        REQUIRE_ERROR(saml(samlSignIn(idp, forged->toBase64())), "InvalidIdentityToken",
                      "Response signature invalid");
    }

    void samlRefusesAnAttributeChangedAfterSigning()
    {
        const SamlFixture idp = addSamlProvider();
        QByteArray xml = QByteArray::fromBase64(sign(idp, federatedAssertion(idp)));
        QVERIFY(xml.contains("jane@catphoto.example"));
        xml.replace("jane@catphoto.example", "ceo@catphoto.example");
        REQUIRE_ERROR(saml(samlSignIn(idp, xml.toBase64())), "InvalidIdentityToken",
                      "Response signature invalid");
    }

    void samlRefusesAReplayedAssertion()
    {
        const SamlFixture idp = addSamlProvider();
        const QByteArray response = sign(idp, federatedAssertion(idp));
        REQUIRE_OK(saml(samlSignIn(idp, response)));
        REQUIRE_ERROR(saml(samlSignIn(idp, response)), "InvalidIdentityToken",
                      "SAML Assertion ID already used");
    }

    void samlRefusesAnExpiredAssertion()
    {
        const SamlFixture idp = addSamlProvider();
        SamlAssertion a = federatedAssertion(idp);
        a.issueInstant = realNow().addSecs(-900);
        a.notBefore = a.issueInstant;
        a.notOnOrAfter = a.issueInstant.addSecs(300);
        a.subjectNotOnOrAfter = a.notOnOrAfter;
        REQUIRE_ERROR(saml(samlSignIn(idp, sign(idp, a))), "ExpiredTokenException",
                      "Response is expired");
    }

    void samlRefusesAnotherAudience()
    {
        const SamlFixture idp = addSamlProvider();
        SamlAssertion a = federatedAssertion(idp);
        a.audiences = {QStringLiteral("https://elsewhere.example/saml")};
        REQUIRE_ERROR(saml(samlSignIn(idp, sign(idp, a))), "InvalidIdentityToken",
                      "Audience restriction condition not satisfied");
    }

    void samlRefusesARoleTheAssertionDoesNotName()
    {
        const SamlFixture idp = addSamlProvider();
        SamlAssertion a = federatedAssertion(idp);
        a.roles = {roleArn(prod, QStringLiteral("SecurityEngineer")) + QLatin1Char(',') + idp.arn};
        REQUIRE_ERROR(saml(samlSignIn(idp, sign(idp, a))), "AccessDenied",
                      "Not authorized to perform sts:AssumeRoleWithSAML");
    }

    void samlRefusesARoleWhoseTrustPolicyDoesNotTrustTheProvider()
    {
        const SamlFixture idp = addSamlProvider();
        SamlAssertion a = federatedAssertion(idp);
        const QString other = roleArn(prod, QStringLiteral("SecurityEngineer"));
        a.roles = {other + QLatin1Char(',') + idp.arn};
        SamlSignIn signIn = samlSignIn(idp, sign(idp, a));
        signIn.roleArn = other;
        REQUIRE_ERROR(saml(signIn), "AccessDenied",
                      "Not authorized to perform sts:AssumeRoleWithSAML");
    }

    void samlRefusesASignatureWrappingAttempt()
    {
        const SamlFixture idp = addSamlProvider();
        const QString xml =
            QString::fromUtf8(QByteArray::fromBase64(sign(idp, federatedAssertion(idp))));
        const QLatin1String close("</saml:Assertion>");
        const qsizetype start = xml.indexOf(QLatin1String("<saml:Assertion"));
        const QString original = xml.mid(start, xml.indexOf(close) + close.size() - start);
        QString evil = original;
        evil.replace(QStringLiteral("jane@catphoto.example"),
                     QStringLiteral("ceo@catphoto.example"));
        QString wrapped = xml;
        wrapped.replace(original, evil + QStringLiteral("<samlp:Extensions>") + original +
                                      QStringLiteral("</samlp:Extensions>"));
        REQUIRE_CODE(saml(samlSignIn(idp, wrapped.toUtf8().toBase64())), "InvalidIdentityToken");
    }

    void samlRefusesAnUnknownProvider()
    {
        const SamlFixture idp = addSamlProvider();
        SamlSignIn signIn = samlSignIn(idp, sign(idp, federatedAssertion(idp)));
        signIn.principalArn = QStringLiteral("arn:aws:iam::111122223333:saml-provider/Other");
        REQUIRE_ERROR(saml(signIn), "InvalidIdentityToken", "Specified provider doesn't exist.");
        signIn.principalArn = idp.arn;
        signIn.samlAssertion = "@@not base64@@";
        REQUIRE_CODE(saml(signIn), "InvalidIdentityToken");
    }

    void auditTrail()
    {
        const int before = dir->auditEventCount();
        QVERIFY(assume(QStringLiteral("John"), QStringLiteral("SecurityEngineer")));
        QVERIFY(!assume(QStringLiteral("Paulo"), QStringLiteral("SecurityEngineer")));
        const QList<AuditEvent> events = dir->auditEvents(before);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).action, QStringLiteral("AssumeRole"));
        QCOMPARE(events.at(0).actorArn, QStringLiteral("arn:aws:iam::111122223333:user/John"));
        QCOMPARE(events.at(0).target, roleArn(prod, QStringLiteral("SecurityEngineer")));
        QCOMPARE(events.at(0).outcome, QStringLiteral("Success"));
        QCOMPARE(events.at(1).outcome, QStringLiteral("Failure"));
        QCOMPARE(events.at(1).detail, QStringLiteral("AccessDenied"));
    }

    // An explicit deny in the role's trust policy: "... with an explicit deny
    // in a resource-based policy"; a trust policy that merely does not allow
    // gives the bare form ending at the role's ARN (IAM User Guide,
    // troubleshoot access denied error messages:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html).
    void anExplicitDenyInTheTrustPolicyIsNamed()
    {
        Role role;
        role.accountId = prod;
        role.name = QStringLiteral("GuardedRole");
        role.trustPolicy = policyJson(
            {QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                         {QStringLiteral("Principal"),
                          QJsonObject{{QStringLiteral("AWS"),
                                       QStringLiteral("arn:aws:iam::%1:root").arg(prod)}}},
                         {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")}},
             QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Deny")},
                         {QStringLiteral("Principal"),
                          QJsonObject{{QStringLiteral("AWS"),
                                       QStringLiteral("arn:aws:iam::%1:user/Maria").arg(prod)}}},
                         {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")}}});
        REQUIRE_OK(dir->createRole(role));
        const QString arn = roleArn(prod, QStringLiteral("GuardedRole"));
        const auto denied = assume(QStringLiteral("Maria"), QStringLiteral("GuardedRole"));
        QVERIFY(!denied);
        expectError(denied.error(), QStringLiteral("AccessDenied"),
                    deniedMessage(QStringLiteral("arn:aws:iam::111122223333:user/Maria"), arn) +
                        QStringLiteral(" with an explicit deny in a resource-based policy"));
        // Not trusted at all: the bare form.
        const auto untrusted = assume(QStringLiteral("Maria"), QStringLiteral("FederatedReadOnly"));
        QVERIFY(!untrusted);
        expectError(untrusted.error(), QStringLiteral("AccessDenied"),
                    deniedMessage(QStringLiteral("arn:aws:iam::111122223333:user/Maria"),
                                  roleArn(prod, QStringLiteral("FederatedReadOnly"))));
    }

    // "Your role session lasts for the duration that you specify, or until the
    // time specified in the SAML authentication response's SessionNotOnOrAfter
    // value, whichever is shorter" (AssumeRoleWithSAML:
    // https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html).
    void samlSessionEndsBySessionNotOnOrAfter()
    {
        const SamlFixture idp = addSamlProvider();
        SamlAssertion a = federatedAssertion(idp);
        a.sessionDuration = 3600;
        a.sessionNotOnOrAfter = realNow().addSecs(1200);
        const auto ok = saml(samlSignIn(idp, sign(idp, a)));
        REQUIRE_OK(ok);
        const qint64 seconds = ok->session.issuedAt.secsTo(ok->session.expiresAt);
        QVERIFY2(seconds <= 1200 && seconds >= 1190, qPrintable(QString::number(seconds)));
        // Later than the SessionDuration: the SessionDuration decides.
        a = federatedAssertion(idp);
        a.sessionDuration = 1800;
        a.sessionNotOnOrAfter = realNow().addSecs(7200);
        const auto longer = saml(samlSignIn(idp, sign(idp, a)));
        REQUIRE_OK(longer);
        QCOMPARE(longer->session.issuedAt.secsTo(longer->session.expiresAt), 1800);
        // Already past: nothing is issued.
        a = federatedAssertion(idp);
        a.sessionNotOnOrAfter = realNow().addSecs(-10);
        REQUIRE_ERROR(saml(samlSignIn(idp, sign(idp, a))), "ExpiredTokenException",
                      "Response is expired");
    }

    // The session's name is the assertion's RoleSessionName attribute, not the
    // subject (IAM User Guide, configuring SAML assertions for the
    // authentication response, RoleSessionName:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml_assertions.html).
    void samlSessionNameComesFromTheRoleSessionNameAttribute()
    {
        const SamlFixture idp = addSamlProvider();
        SamlAssertion a = federatedAssertion(idp);
        a.subject = QStringLiteral("S-1-5-21-1004");
        a.roleSessionName = QStringLiteral("jane.doe");
        const auto ok = saml(samlSignIn(idp, sign(idp, a)));
        REQUIRE_OK(ok);
        QCOMPARE(ok->session.sessionName, QStringLiteral("jane.doe"));
        QCOMPARE(ok->arn, QStringLiteral("arn:aws:sts::111122223333:assumed-role/"
                                         "FederatedReadOnly/jane.doe"));
        QCOMPARE(ok->saml.subject, QStringLiteral("S-1-5-21-1004"));
    }

    void samlDurationHelperHonoursEveryLimit()
    {
        QCOMPARE(*StsService::samlDuration(std::nullopt, 7200, 43200, 600), 600);
        QCOMPARE(*StsService::samlDuration(std::nullopt, 7200, 3600, 6000), 3600);
        QCOMPARE(*StsService::samlDuration(1000, 7200, 43200, 6000), 1000);
        QCOMPARE(*StsService::samlDuration(std::nullopt, std::nullopt, 43200, {}), 3600);
        REQUIRE_CODE(StsService::samlDuration(std::nullopt, 3600, 43200, 0),
                     "ExpiredTokenException");
    }

    void nothingAfterContextIsGone()
    {
        auto context = std::make_unique<QObject>();
        bool called = false;
        AssumeRoleRequest request;
        request.roleArn = roleArn(prod, QStringLiteral("SecurityEngineer"));
        request.roleSessionName = QStringLiteral("gone");
        sts->assumeRole(StsCaller::user(prod, QStringLiteral("John")), request, context.get(),
                        [&](Result<AssumeRoleResult>) { called = true; });
        QVERIFY(!called); // never inside the call
        context.reset();
        // The session is still issued; only the answer is dropped.
        QTRY_COMPARE(dir->temporarySessions().size(), 1);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestStsService)
#include "tst_stsservice.moc"
