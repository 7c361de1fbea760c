#include "endpoint/callerauthenticator.h"

#include "crypto/constanttime.h"
#include "directory/directory.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"
#include "sts/stsservice.h"

#include <QPointer>
#include <QUuid>

namespace {
const QString invalidTokenText =
    QStringLiteral("The security token included in the request is invalid.");
} // namespace

CallerAuthenticator::CallerAuthenticator(Directory* directory, StsService* sts, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_sts(sts)
    , m_clock(sts->clock())
    , m_verifier(*sts->clock())
{
    // A deactivated key, a deleted user or an ended session must stop working at once.
    connect(directory, &Directory::entityChanged, this, &CallerAuthenticator::forget);
    connect(directory, &Directory::entityRemoved, this, &CallerAuthenticator::forget);
    connect(directory, &Directory::entityRenamed, this, &CallerAuthenticator::forget);
    connect(directory, &Directory::accountsChanged, this, &CallerAuthenticator::forget);
    connect(directory, &Directory::temporarySessionsChanged, this, &CallerAuthenticator::forget);
    connect(directory, &Directory::directoryReset, this, &CallerAuthenticator::forget);
}

CallerAuthenticator::~CallerAuthenticator() = default;

IamError CallerAuthenticator::invalidToken()
{
    return IamError::invalidClientTokenId(invalidTokenText);
}

void CallerAuthenticator::forget()
{
    m_known.clear();
}

void CallerAuthenticator::authenticate(const SigV4Request& request, const QString& service,
                                       QObject* context,
                                       std::function<void(Result<EndpointCaller>)> done)
{
    auto authorization = m_verifier.parse(request);
    if (!authorization)
        return done(authorization.error());
    if (authorization->scope.service != service)
        return done(IamError(
            QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("Credential should be scoped to correct service: '%1'. ").arg(service),
            403));
    const QString accessKeyId = authorization->accessKeyId;
    if (const auto it = m_known.constFind(accessKeyId); it != m_known.constEnd())
        return done(checkKnownKey(**it, request, *authorization));

    QPointer<CallerAuthenticator> self(this);
    auto finish = [self, request, authorization = *authorization, accessKeyId,
                   done](Result<KnownKeyPtr> key) {
        if (!key)
            return done(key.error());
        if (!self)
            return done(IamError::serviceFailure(QStringLiteral("The endpoint stopped.")));
        auto caller = self->checkKnownKey(**key, request, authorization);
        if (caller)
            self->m_known.insert(accessKeyId, *key);
        done(std::move(caller));
    };
    if (accessKeyId.startsWith(QLatin1String("AKIA")))
        return lookUpUserKey(*authorization, context, finish);
    if (accessKeyId.startsWith(QLatin1String("ASIA")))
        return lookUpSession(*authorization, context, finish);
    done(invalidToken());
}

Result<EndpointCaller>
CallerAuthenticator::checkKnownKey(const KnownKey& key, const SigV4Request& request,
                                   const SigV4Authorization& authorization) const
{
    const bool temporary = key.caller.identity.credentials == Identity::Credentials::Temporary;
    if (temporary) {
        // The token must be the one issued with this key, byte for byte.
        const QByteArray sent = authorization.sessionToken.toUtf8();
        if (!ConstantTime::equals(sent, key.sessionToken.view()))
            return invalidToken();
        if (!key.caller.identity.session.isOpenAt(m_clock->now()))
            return IamError::expiredToken(
                QStringLiteral("The security token included in the request is expired"));
    } else if (!authorization.sessionToken.isEmpty()) {
        return invalidToken(); // a long-term key carries no token
    }
    if (auto verified = m_verifier.verify(request, authorization, key.secret); !verified)
        return verified.error();
    return key.caller;
}

void CallerAuthenticator::lookUpUserKey(const SigV4Authorization& authorization, QObject* context,
                                        Completion done)
{
    const auto info = m_directory->accessKey(authorization.accessKeyId);
    if (!info || !info->active)
        return done(invalidToken());
    auto identity = userIdentity(info->accountId, info->userName);
    if (!identity)
        return done(identity.error());
    identity->credentials = Identity::Credentials::AccessKey;

    const SecretKey secretKey(QUuid::fromString(m_directory->directoryId()),
                              SecretKey::Kind::AccessKey, info->accessKeyId);
    SecretJob* job = m_sts->secrets()->get(secretKey.toString());
    const QPointer<QObject> guard(context ? context : this);
    EndpointCaller caller;
    caller.identity = std::move(identity).value();
    caller.stsCaller = StsCaller::user(info->accountId, info->userName);
    caller.accessKeyId = info->accessKeyId;
    connect(job, &SecretJob::finished, this, [guard, caller, done](SecretJob* finished) {
        if (!guard)
            return;
        if (finished->error() == SecretStore::EntryNotFound)
            return done(invalidToken());
        if (finished->error() != SecretStore::NoError)
            return done(IamError::serviceFailure(finished->errorString()));
        done(std::make_shared<const KnownKey>(KnownKey{finished->takeValue(), {}, caller}));
    });
}

void CallerAuthenticator::lookUpSession(const SigV4Authorization& authorization, QObject* context,
                                        Completion done)
{
    if (authorization.sessionToken.isEmpty())
        return done(invalidToken());
    const QPointer<CallerAuthenticator> self(this);
    const QPointer<QObject> guard(context ? context : this);
    auto token = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(authorization.sessionToken));
    m_sts->resolveSession(
        authorization.accessKeyId, *token, this,
        [self, guard, token, done](Result<TemporarySession> session) {
            if (!self || !guard)
                return;
            if (!session)
                return done(session.error());
            auto identity = self->sessionIdentity(*session);
            if (!identity)
                return done(identity.error());
            EndpointCaller caller;
            caller.identity = std::move(identity).value();
            caller.stsCaller = StsCaller::session(session->accessKeyId);
            caller.accessKeyId = session->accessKeyId;
            self->m_sts->sessionCredentials(
                session->accessKeyId, self,
                [guard, caller, token, done](Result<TemporaryCredentials> credentials) {
                    if (!guard)
                        return;
                    if (!credentials)
                        return done(credentials.error());
                    done(std::make_shared<const KnownKey>(
                        KnownKey{std::move(credentials->secretAccessKey),
                                 SecureBytes::fromView(token->view()), caller}));
                });
        });
}

Result<Identity> CallerAuthenticator::userIdentity(const QString& accountId,
                                                   const QString& userName) const
{
    const auto account = m_directory->findAccount(accountId);
    const auto user = m_directory->user(accountId, userName);
    if (!account || !user)
        return invalidToken();
    Identity identity;
    identity.kind = Identity::Kind::User;
    identity.account = *account;
    identity.user = *user;
    identity.userAccount = *account;
    return identity;
}

Result<Identity> CallerAuthenticator::sessionIdentity(const TemporarySession& session) const
{
    const auto account = m_directory->findAccount(session.accountId);
    if (!account)
        return invalidToken();
    // Bound to the principal's unique id: a deleted and re-created one is another principal.
    if (auto principal = StsService::checkSessionPrincipal(*m_directory, session); !principal)
        return principal.error();
    Identity identity;
    identity.credentials = Identity::Credentials::Temporary;
    identity.session = session;
    identity.issuedAt = session.issuedAt;
    identity.expiresAt = session.expiresAt;
    identity.account = *account;
    if (session.type == TemporarySession::Type::SessionToken) {
        // A user's own permissions, as a session.
        const auto user = m_directory->userById(session.assumedRoleId);
        if (!user)
            return invalidToken();
        identity.kind = Identity::Kind::User;
        identity.user = *user;
        identity.userAccount = *account;
        identity.mfaAuthenticated = session.mfaAuthenticated;
        identity.mfaAuthTime = session.issuedAt;
        return identity;
    }
    const auto role = m_directory->roleByArn(session.roleArn);
    if (!role)
        return invalidToken(); // the role is gone: nothing may be decided for it
    identity.kind = Identity::Kind::RoleSession;
    identity.role = *role;
    return identity;
}
