#include "queryendpointfixture.h"
#include "rawsql.h"
#include "resultassertions.h"

#include "directory/auditevent.h"
#include "endpoint/queryxmlwriter.h"

#include <QTemporaryDir>
#include <QTest>

// QueryEndpoint in-process: dispatch by Version and Action, SigV4 callers,
// AWS's rules for session credentials, the XML envelopes and the audit trail.
class TestQueryEndpoint : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QueryEndpointFixture> client;
    SigV4Credentials maria;
    SigV4Credentials john;

    static QString code(const EndpointResponse& response)
    {
        return QueryEndpointFixture::text(response.body, QStringLiteral("Code"));
    }

    // Maria assumes SecurityEngineer through the endpoint and gets its credentials.
    SigV4Credentials assumeSecurityEngineer(const SigV4Credentials& as)
    {
        const auto response =
            client->call(QStringLiteral("AssumeRole"), as,
                         {{QStringLiteral("RoleArn"),
                           QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer")},
                          {QStringLiteral("RoleSessionName"), QStringLiteral("maria-cli")}});
        SigV4Credentials credentials;
        if (response.status != 200)
            return credentials;
        credentials.accessKeyId =
            QueryEndpointFixture::text(response.body, QStringLiteral("AccessKeyId"));
        credentials.secretAccessKey = SecureBytes::fromUtf8(
            QueryEndpointFixture::text(response.body, QStringLiteral("SecretAccessKey")));
        credentials.sessionToken =
            QueryEndpointFixture::text(response.body, QStringLiteral("SessionToken"));
        return credentials;
    }

    // Deletes the role (its policies first, as IAM requires) and creates it
    // again under the same name, with the same trust and policies: a new role
    // id behind the same ARN.
    void recreateRole(const QString& name)
    {
        Directory& dir = *client->demo->dir;
        const QString account = QStringLiteral("111122223333");
        const auto role = dir.role(account, name);
        QVERIFY(role);
        const QList<ManagedPolicy> attached = dir.attachedPolicies(EntityKind::Role, account, name);
        const QList<InlinePolicy> inlines = dir.inlinePolicies(EntityKind::Role, account, name);
        for (const ManagedPolicy& policy : attached)
            REQUIRE_OK(dir.detachPolicy(EntityKind::Role, account, name, policy.arn));
        for (const InlinePolicy& policy : inlines)
            REQUIRE_OK(dir.deleteInlinePolicy(EntityKind::Role, account, name, policy.name));
        REQUIRE_OK(dir.deleteRole(account, name));
        const auto created = dir.createRole(*role);
        REQUIRE_OK(created);
        QVERIFY(created->roleId != role->roleId);
        for (const ManagedPolicy& policy : attached)
            REQUIRE_OK(dir.attachPolicy(EntityKind::Role, account, name, policy.arn));
        for (const InlinePolicy& policy : inlines)
            REQUIRE_OK(dir.putInlinePolicy(EntityKind::Role, account, name, policy));
    }

private Q_SLOTS:
    void init()
    {
        REQUIRE_VALUE(client, QueryEndpointFixture::open());
        maria = client->createKey(QStringLiteral("Maria"));
        john = client->createKey(QStringLiteral("John"));
        QVERIFY(maria.accessKeyId.startsWith(QLatin1String("AKIA")));
        QVERIFY(john.accessKeyId.startsWith(QLatin1String("AKIA")));
    }

    void getCallerIdentityAnswersTheKeysUser()
    {
        const auto response = client->call(QStringLiteral("GetCallerIdentity"), maria);
        QCOMPARE(response.status, 200);
        QCOMPARE(QueryEndpointFixture::text(response.body, QStringLiteral("Arn")),
                 QStringLiteral("arn:aws:iam::111122223333:user/Maria"));
        QCOMPARE(QueryEndpointFixture::text(response.body, QStringLiteral("Account")),
                 QStringLiteral("111122223333"));
        QVERIFY(response.body.startsWith(
            "<GetCallerIdentityResponse "
            "xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"));
        QVERIFY(!QueryEndpointFixture::text(response.body, QStringLiteral("RequestId")).isEmpty());
    }

    void anyRegionInTheScopeIsAccepted()
    {
        client->region = QStringLiteral("ap-southeast-2");
        QCOMPARE(client->call(QStringLiteral("GetCallerIdentity"), maria).status, 200);
    }

    void aWrongSecretIsSignatureDoesNotMatch()
    {
        SigV4Credentials wrong = QueryEndpointFixture::copy(maria);
        wrong.secretAccessKey = SecureBytes::fromUtf8(QString(40, QLatin1Char('x')));
        const auto response = client->call(QStringLiteral("GetCallerIdentity"), wrong);
        QCOMPARE(response.status, 403);
        QCOMPARE(code(response), QStringLiteral("SignatureDoesNotMatch"));
        QVERIFY(response.body.contains("<Type>Sender</Type>"));
    }

    void anUnknownKeyIsInvalidClientTokenId()
    {
        SigV4Credentials unknown = QueryEndpointFixture::copy(maria);
        unknown.accessKeyId = QStringLiteral("AKIAZZZZZZZZZZZZZZZZ");
        const auto response = client->call(QStringLiteral("GetCallerIdentity"), unknown);
        QCOMPARE(response.status, 403);
        QCOMPARE(code(response), QStringLiteral("InvalidClientTokenId"));
    }

    void anInactiveKeyStopsWorkingAtOnce()
    {
        QCOMPARE(client->call(QStringLiteral("GetCallerIdentity"), john).status, 200);
        REQUIRE_OK(client->demo->dir->setAccessKeyActive(john.accessKeyId, false));
        const auto response = client->call(QStringLiteral("GetCallerIdentity"), john);
        QCOMPARE(response.status, 403);
        QCOMPARE(code(response), QStringLiteral("InvalidClientTokenId"));
    }

    void anUnsignedRequestIsMissingAuthenticationToken()
    {
        const auto response = client->send(QueryEndpointFixture::unsignedRequest(
            {{QStringLiteral("Action"), QStringLiteral("ListUsers")},
             {QStringLiteral("Version"), QStringLiteral("2010-05-08")}}));
        QCOMPARE(response.status, 403);
        QCOMPARE(code(response), QStringLiteral("MissingAuthenticationToken"));
    }

    void anOldSignatureIsRequestExpired()
    {
        const EndpointRequest request =
            client->signedRequest({{QStringLiteral("Action"), QStringLiteral("GetCallerIdentity")},
                                   {QStringLiteral("Version"), QStringLiteral("2011-06-15")}},
                                  maria);
        client->demo->clock.advance(16 * 60);
        const auto response = client->send(request);
        QCOMPARE(code(response), QStringLiteral("RequestExpired"));
    }

    void aScopeForAnotherServiceIsRefused()
    {
        const auto response = client->send(
            client->signedRequest({{QStringLiteral("Action"), QStringLiteral("GetCallerIdentity")},
                                   {QStringLiteral("Version"), QStringLiteral("2011-06-15")}},
                                  maria, QStringLiteral("iam")));
        QCOMPARE(response.status, 403);
        QCOMPARE(code(response), QStringLiteral("SignatureDoesNotMatch"));
        QVERIFY(QueryEndpointFixture::text(response.body, QStringLiteral("Message"))
                    .contains(QLatin1String("'sts'")));
    }

    void unknownActionsAndVersionsAreInvalidAction()
    {
        auto response = client->call(QStringLiteral("ListUnicorns"), maria);
        QCOMPARE(response.status, 400);
        QCOMPARE(code(response), QStringLiteral("InvalidAction"));
        QCOMPARE(QueryEndpointFixture::text(response.body, QStringLiteral("Message")),
                 QStringLiteral("Could not find operation ListUnicorns for version 2010-05-08"));
        response = client->send(
            client->signedRequest({{QStringLiteral("Action"), QStringLiteral("ListUsers")},
                                   {QStringLiteral("Version"), QStringLiteral("2099-01-01")}},
                                  maria, QStringLiteral("iam")));
        QCOMPARE(code(response), QStringLiteral("InvalidAction"));
        response = client->send(client->signedRequest(
            {{QStringLiteral("Version"), QStringLiteral("2010-05-08")}}, maria));
        QCOMPARE(code(response), QStringLiteral("MissingAction"));
    }

    void malformedFormsAreRefusedWithoutRunning()
    {
        EndpointRequest request = QueryEndpointFixture::unsignedRequest({});
        request.http.body = "Action=ListUsers&Version=2010-05-08&Marker=%zz";
        auto response = client->send(request);
        QCOMPARE(response.status, 400);
        QCOMPARE(code(response), QStringLiteral("MalformedQueryString"));
        request.http.body = "Action=ListUsers&Version=2010-05-08&UserName=%C3%28";
        response = client->send(request);
        QCOMPARE(code(response), QStringLiteral("MalformedQueryString"));
        request.http.body = QByteArray(QueryParameters::MaxBodyBytes + 1, 'a');
        response = client->send(request);
        QCOMPARE(response.status, 413);
    }

    void aMissingParameterIsAwsValidationError()
    {
        const auto response =
            client->call(QStringLiteral("AssumeRole"), maria,
                         {{QStringLiteral("RoleSessionName"), QStringLiteral("s")}});
        QCOMPARE(response.status, 400);
        QCOMPARE(code(response), QStringLiteral("ValidationError"));
        QCOMPARE(QueryEndpointFixture::text(response.body, QStringLiteral("Message")),
                 QStringLiteral("1 validation error detected: Value null at 'roleArn' failed to "
                                "satisfy constraint: Member must not be null"));
    }

    void theSamePoliciesDecideAsInTheConsole()
    {
        auto response = client->call(QStringLiteral("ListUsers"), john);
        QCOMPARE(response.status, 403);
        QCOMPARE(code(response), QStringLiteral("AccessDenied"));
        // Word for word what the console says to John.
        REQUIRE_OK(client->demo->signIn(QStringLiteral("John")));
        const Authorization console = client->demo->session->authorize(
            QStringLiteral("iam:ListUsers"), QStringLiteral("arn:aws:iam::111122223333:user/"));
        QVERIFY(!console.allowed());
        QCOMPARE(QueryEndpointFixture::text(response.body, QStringLiteral("Message")),
                 console.message);
        QVERIFY(QueryEndpointFixture::text(response.body, QStringLiteral("Message"))
                    .startsWith(QLatin1String("User: arn:aws:iam::111122223333:user/John is not "
                                              "authorized to perform: iam:ListUsers")));
        response = client->call(QStringLiteral("ListUsers"), maria);
        QCOMPARE(response.status, 200);
        QVERIFY(QueryEndpointFixture::texts(response.body, QStringLiteral("UserName"))
                    .contains(QStringLiteral("John")));
    }

    void aRefusedEditChangesNothing()
    {
        const auto response =
            client->call(QStringLiteral("CreateUser"), john,
                         {{QStringLiteral("UserName"), QStringLiteral("mallory")}});
        QCOMPARE(code(response), QStringLiteral("AccessDenied"));
        QVERIFY(
            !client->demo->dir->user(QStringLiteral("111122223333"), QStringLiteral("mallory")));
    }

    void roleCredentialsActAsTheRoleOnly()
    {
        const SigV4Credentials role = assumeSecurityEngineer(maria);
        QVERIFY(role.accessKeyId.startsWith(QLatin1String("ASIA")));
        const auto who = client->call(QStringLiteral("GetCallerIdentity"), role);
        QCOMPARE(who.status, 200);
        QCOMPARE(
            QueryEndpointFixture::text(who.body, QStringLiteral("Arn")),
            QStringLiteral("arn:aws:sts::111122223333:assumed-role/SecurityEngineer/maria-cli"));
        // The role's policies decide, not Maria's: CreateUser is hers, not the role's.
        const bool roleMayCreate =
            client
                ->call(QStringLiteral("CreateUser"), role,
                       {{QStringLiteral("UserName"), QStringLiteral("viaRole")}})
                .status == 200;
        QVERIFY(client
                    ->call(QStringLiteral("CreateUser"), maria,
                           {{QStringLiteral("UserName"), QStringLiteral("viaMaria")}})
                    .status == 200);
        Identity roleIdentity;
        roleIdentity.kind = Identity::Kind::RoleSession;
        roleIdentity.credentials = Identity::Credentials::Temporary;
        roleIdentity.role = *client->demo->dir->role(QStringLiteral("111122223333"),
                                                     QStringLiteral("SecurityEngineer"));
        roleIdentity.account = *client->demo->dir->findAccount(QStringLiteral("111122223333"));
        roleIdentity.session = *client->demo->dir->temporarySession(role.accessKeyId);
        roleIdentity.expiresAt = roleIdentity.session.expiresAt;
        client->demo->session->actAs(roleIdentity);
        QCOMPARE(roleMayCreate,
                 client->demo->session
                     ->authorize(QStringLiteral("iam:CreateUser"),
                                 QStringLiteral("arn:aws:iam::111122223333:user/viaRole"))
                     .allowed());
    }

    void aWrongSessionTokenIsInvalid()
    {
        SigV4Credentials role = assumeSecurityEngineer(maria);
        role.sessionToken.chop(2);
        role.sessionToken += QStringLiteral("AA");
        QCOMPARE(code(client->call(QStringLiteral("GetCallerIdentity"), role)),
                 QStringLiteral("InvalidClientTokenId"));
        role.sessionToken.clear();
        QCOMPARE(code(client->call(QStringLiteral("GetCallerIdentity"), role)),
                 QStringLiteral("InvalidClientTokenId"));
    }

    void expiredSessionsAreExpiredToken()
    {
        const SigV4Credentials role = assumeSecurityEngineer(maria);
        QCOMPARE(client->call(QStringLiteral("GetCallerIdentity"), role).status, 200);
        client->demo->clock.advance(3601);
        const auto response = client->call(QStringLiteral("GetCallerIdentity"), role);
        QCOMPARE(response.status, 403);
        QCOMPARE(code(response), QStringLiteral("ExpiredToken"));
    }

    void roleChainingIsLimitedToOneHour()
    {
        // A role that may assume roles itself, so that only the duration is wrong.
        REQUIRE_OK(client->demo->dir->attachPolicy(
            EntityKind::Role, QStringLiteral("111122223333"), QStringLiteral("SecurityEngineer"),
            QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess")));
        const SigV4Credentials role = assumeSecurityEngineer(maria);
        const auto response =
            client->call(QStringLiteral("AssumeRole"), role,
                         {{QStringLiteral("RoleArn"),
                           QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer")},
                          {QStringLiteral("RoleSessionName"), QStringLiteral("chained")},
                          {QStringLiteral("DurationSeconds"), QStringLiteral("7200")}});
        QCOMPARE(response.status, 400);
        QCOMPARE(QueryEndpointFixture::text(response.body, QStringLiteral("Message")),
                 QStringLiteral("The requested DurationSeconds exceeds the 1 hour session limit "
                                "for roles assumed by role chaining."));
    }

    void sessionTokenCredentialsFollowAwsRules()
    {
        const auto issued = client->call(QStringLiteral("GetSessionToken"), maria);
        QCOMPARE(issued.status, 200);
        SigV4Credentials session;
        session.accessKeyId =
            QueryEndpointFixture::text(issued.body, QStringLiteral("AccessKeyId"));
        session.secretAccessKey = SecureBytes::fromUtf8(
            QueryEndpointFixture::text(issued.body, QStringLiteral("SecretAccessKey")));
        session.sessionToken =
            QueryEndpointFixture::text(issued.body, QStringLiteral("SessionToken"));
        QCOMPARE(client->call(QStringLiteral("GetCallerIdentity"), session).status, 200);
        // Without MFA, IAM does not take them.
        QCOMPARE(code(client->call(QStringLiteral("ListUsers"), session)),
                 QStringLiteral("InvalidClientTokenId"));
        const auto again = client->call(QStringLiteral("GetSessionToken"), session);
        QCOMPARE(code(again), QStringLiteral("AccessDenied"));
        QCOMPARE(QueryEndpointFixture::text(again.body, QStringLiteral("Message")),
                 QStringLiteral("Cannot call GetSessionToken with session credentials"));
    }

    void aRoleSessionDiesWithItsRoleAndStaysDeadWhenTheRoleIsRecreated()
    {
        const SigV4Credentials session = assumeSecurityEngineer(maria);
        QVERIFY(session.accessKeyId.startsWith(QLatin1String("ASIA")));
        QCOMPARE(client->call(QStringLiteral("GetCallerIdentity"), session).status, 200);
        recreateRole(QStringLiteral("SecurityEngineer"));
        // The deletion ended the session and took its secrets from the store.
        const auto ended = client->demo->dir->temporarySession(session.accessKeyId);
        QVERIFY(ended);
        QCOMPARE(ended->endReason, Directory::principalDeletedReason());
        QTRY_VERIFY(!client->demo->secretKeys().join(u' ').contains(session.accessKeyId));
        // The same role name now is another role: the old credentials are refused.
        for (const QString& action :
             {QStringLiteral("GetCallerIdentity"), QStringLiteral("ListUsers")}) {
            const auto refused = client->call(action, session);
            QVERIFY2(refused.status == 403 || refused.status == 400,
                     qPrintable(QString::fromUtf8(refused.body)));
            QVERIFY2(code(refused) == QLatin1String("ExpiredToken") ||
                         code(refused) == QLatin1String("InvalidClientTokenId"),
                     qPrintable(code(refused)));
        }
        // A session of the new role works.
        const SigV4Credentials fresh = assumeSecurityEngineer(maria);
        QCOMPARE(client->call(QStringLiteral("GetCallerIdentity"), fresh).status, 200);
    }

    void samlAssertionsAreNotTakenOnTrust()
    {
        const auto response = client->send(QueryEndpointFixture::unsignedRequest(
            {{QStringLiteral("Action"), QStringLiteral("AssumeRoleWithSAML")},
             {QStringLiteral("Version"), QStringLiteral("2011-06-15")},
             {QStringLiteral("RoleArn"),
              QStringLiteral("arn:aws:iam::111122223333:role/FederatedReadOnly")},
             {QStringLiteral("PrincipalArn"),
              QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP")},
             {QStringLiteral("SAMLAssertion"), QStringLiteral("PHNhbWw+PC9zYW1sPg==")}}));
        QCOMPARE(response.status, 400);
        QCOMPARE(code(response), QStringLiteral("InvalidIdentityToken"));
        QVERIFY(!response.body.contains("AccessKeyId"));
    }

    void everyCallIsAnAuditEventWithItsOrigin()
    {
        const int before = client->demo->dir->auditEventCount();
        client->call(QStringLiteral("ListUsers"), john);
        // Appended with the other calls of this event-loop turn, before any of them is answered.
        QVERIFY(client->demo->dir->auditEventCount() > before);
        const QList<AuditEvent> events = client->demo->dir->auditEvents(before);
        QVERIFY(!events.isEmpty());
        const AuditEvent& event = events.last();
        QCOMPARE(event.actorArn, QStringLiteral("arn:aws:iam::111122223333:user/John"));
        QCOMPARE(event.action, QStringLiteral("iam:ListUsers"));
        QCOMPARE(event.outcome, QStringLiteral("Failure"));
        QVERIFY(event.detail.contains(QLatin1String("AccessDenied")));
        QCOMPARE(event.sourceAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(event.userAgent, QStringLiteral("endpoint-test/1.0"));
        QVERIFY(client->demo->dir->verifyAuditChain() == std::nullopt);
    }

    // A call the trail cannot record is not answered with what it read or did:
    // each call of the failed batch gets ServiceFailure, and the log says so.
    void aCallTheTrailCannotRecordFailsClosed()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("directory.sqlite"));
        std::unique_ptr<QueryEndpointFixture> onFile;
        REQUIRE_VALUE(onFile, QueryEndpointFixture::open(path));
        const SigV4Credentials key = onFile->createKey(QStringLiteral("Maria"));
        QVERIFY(key.accessKeyId.startsWith(QLatin1String("AKIA")));
        QCOMPARE(onFile->call(QStringLiteral("ListUsers"), key).status, 200);
        QList<RequestLogEntry> entries;
        connect(onFile->endpoint.get(), &QueryEndpoint::requestHandled, this,
                [&](const RequestLogEntry& entry) { entries << entry; });
        const int before = onFile->demo->dir->auditEventCount();
        QVERIFY(RawSql::refuseAuditWrites(path));

        for (const QString& action :
             {QStringLiteral("ListUsers"), QStringLiteral("GetCallerIdentity")}) {
            const EndpointResponse response = onFile->call(action, key);
            QCOMPARE(response.status, 500);
            QCOMPARE(code(response), QStringLiteral("ServiceFailure"));
            QVERIFY(!response.body.contains("Maria"));
            QVERIFY(!response.body.contains(key.accessKeyId.toUtf8()));
        }
        QCOMPARE(entries.size(), 2);
        for (const RequestLogEntry& entry : std::as_const(entries)) {
            QCOMPARE(entry.status, 500);
            QCOMPARE(entry.errorCode, QStringLiteral("ServiceFailure"));
        }
        QCOMPARE(onFile->demo->dir->auditEventCount(), before);
        QVERIFY(onFile->demo->dir->verifyAuditChain() == std::nullopt);
    }

    void requestsAreLogged()
    {
        QList<RequestLogEntry> entries;
        connect(client->endpoint.get(), &QueryEndpoint::requestHandled, this,
                [&](const RequestLogEntry& entry) { entries << entry; });
        client->call(QStringLiteral("GetCallerIdentity"), maria);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].action, QStringLiteral("sts:GetCallerIdentity"));
        QCOMPARE(entries[0].status, 200);
        QCOMPARE(entries[0].caller, QStringLiteral("arn:aws:iam::111122223333:user/Maria"));
        QCOMPARE(entries[0].userAgent, QStringLiteral("endpoint-test/1.0"));
        QVERIFY(entries[0].toLogLine().contains(QLatin1String("sts:GetCallerIdentity 200")));
    }

    // Tags.member.N.Key/Value and TransitiveTagKeys.member.N on AssumeRole,
    // PackedPolicySize in the answer when tags were passed ("Passing session
    // tags in AWS STS": https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html;
    // https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html).
    void assumeRoleTakesSessionTags()
    {
        Directory& dir = *client->demo->dir;
        Role role;
        role.accountId = QStringLiteral("111122223333");
        role.name = QStringLiteral("Tagged");
        role.trustPolicy = QStringLiteral(
            R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":)"
            R"({"AWS":"arn:aws:iam::111122223333:user/Maria"},"Action":["sts:AssumeRole",)"
            R"("sts:TagSession"],"Condition":{"StringEquals":{"aws:RequestTag/project":"blue"}}}]})");
        REQUIRE_OK(dir.createRole(role));
        const QString arn = QStringLiteral("arn:aws:iam::111122223333:role/Tagged");
        const QList<std::pair<QString, QString>> tagged{
            {QStringLiteral("RoleArn"), arn},
            {QStringLiteral("RoleSessionName"), QStringLiteral("tags")},
            {QStringLiteral("Tags.member.1.Key"), QStringLiteral("project")},
            {QStringLiteral("Tags.member.1.Value"), QStringLiteral("blue")},
            {QStringLiteral("Tags.member.2.Key"), QStringLiteral("dept")},
            {QStringLiteral("Tags.member.2.Value"), QStringLiteral("eng")},
            {QStringLiteral("TransitiveTagKeys.member.1"), QStringLiteral("dept")}};
        auto response = client->call(QStringLiteral("AssumeRole"), maria, tagged);
        QCOMPARE(response.status, 200);
        // 18 of 2,048 packed bytes, rounded up.
        QCOMPARE(QueryEndpointFixture::text(response.body, QStringLiteral("PackedPolicySize")),
                 QStringLiteral("1"));
        const auto session = dir.temporarySession(
            QueryEndpointFixture::text(response.body, QStringLiteral("AccessKeyId")));
        QVERIFY(session);
        QCOMPARE(session->sessionTags, (TagList{{QStringLiteral("project"), QStringLiteral("blue")},
                                                {QStringLiteral("dept"), QStringLiteral("eng")}}));
        QCOMPARE(session->transitiveTagKeys, QStringList{QStringLiteral("dept")});

        // Without tags the condition on aws:RequestTag/project fails.
        response = client->call(QStringLiteral("AssumeRole"), maria, tagged.mid(0, 2));
        QCOMPARE(response.status, 403);
        QCOMPARE(code(response), QStringLiteral("AccessDenied"));
        // A transitive key that is no tag: AWS's InvalidParameterValue.
        response =
            client->call(QStringLiteral("AssumeRole"), maria,
                         tagged.mid(0, 4) + QList<std::pair<QString, QString>>{
                                                {QStringLiteral("TransitiveTagKeys.member.1"),
                                                 QStringLiteral("dept")}});
        QCOMPARE(response.status, 400);
        QCOMPARE(code(response), QStringLiteral("InvalidParameterValue"));
        QCOMPARE(QueryEndpointFixture::text(response.body, QStringLiteral("Message")),
                 QStringLiteral("The specified transitive tag key must be included in the "
                                "requested tags."));
    }
};

QTEST_GUILESS_MAIN(TestQueryEndpoint)
#include "tst_queryendpoint.moc"
