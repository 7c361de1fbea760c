#include "rolecredentialsource.h"

#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "iam/clock.h"
#include "sts/assumerolerequest.h"
#include "sts/assumeroleresult.h"
#include "sts/stsservice.h"

#include <algorithm>

RoleCredentialSource::RoleCredentialSource(ConsoleSession* session, StsService* sts,
                                           Request request, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_sts(sts)
    , m_request(std::move(request))
{}

RoleCredentialSource::~RoleCredentialSource() = default;

Result<StsCaller> RoleCredentialSource::assumer() const
{
    StsService* sts = m_sts;
    const Identity& me = m_session->userIdentity();
    if (sts && me.isRoot())
        return IamError::accessDenied(ConsoleSession::rootCannotSwitchMessage());
    if (!sts || me.kind != Identity::Kind::User)
        return IamError::accessDenied(ConsoleSession::authenticationFailedMessage());
    StsCaller user = StsCaller::user(me.account.id, me.user.name);
    user.mfaAuthenticated = me.mfaAuthenticated;
    user.mfaAuthTime = me.mfaAuthTime;
    const auto asUser = sts->authorizeAssumeRole(user, m_request.roleArn, me.mfaAuthenticated);
    if (asUser)
        return user;
    const QStringList services = sts->trustedServices(m_request.roleArn);
    if (services.isEmpty())
        return asUser.error();
    // Launching a workload with a role hands the role over: AWS asks for
    // iam:PassRole then, and the service assumes the role, not the user.
    const Authorization pass = m_session->authorize(ConsoleAction::passRole(m_request.roleArn));
    if (!pass.allowed())
        return IamError::accessDenied(pass.message);
    return StsCaller::service(services.first());
}

void RoleCredentialSource::credentials(Completion done)
{
    // Credentials are only ever current when STS issued them, on its clock.
    if (m_current && m_sts && m_sts->clock()->now() < m_renewalTime)
        return done(copy(*m_current));
    m_waiting.append(std::move(done));
    if (m_fetching)
        return;
    const auto caller = assumer();
    if (!caller)
        return finish(caller.error());
    m_fetching = true;
    AssumeRoleRequest request;
    request.roleArn = m_request.roleArn;
    request.roleSessionName = m_request.roleSessionName.isEmpty()
                                  ? m_session->userIdentity().user.name
                                  : m_request.roleSessionName;
    request.durationSeconds = m_request.durationSeconds;
    m_sts->assumeRole(*caller, request, this, [this](Result<AssumeRoleResult> result) {
        m_fetching = false;
        if (!result)
            return finish(result.error());
        ++m_issued;
        const QDateTime issued = result->session.issuedAt;
        const QDateTime expires = result->credentials.expiration;
        const qint64 lifetime = issued.isValid() ? issued.secsTo(expires) : 0;
        const qint64 lead =
            std::clamp<qint64>(lifetime / 4, MinimumRenewalLeadSeconds, MaximumRenewalLeadSeconds);
        m_renewalTime = expires.addSecs(-lead);
        m_sessionArn = result->arn;
        m_current = std::move(result->credentials);
        finish(copy(*m_current));
    });
}

QDateTime RoleCredentialSource::renewalTime() const
{
    return m_renewalTime;
}

void RoleCredentialSource::finish(Result<TemporaryCredentials> result)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const Completion& done : waiting) {
        if (result)
            done(copy(*result));
        else
            done(result.error());
    }
}

TemporaryCredentials RoleCredentialSource::copy(const TemporaryCredentials& credentials)
{
    TemporaryCredentials out;
    out.accessKeyId = credentials.accessKeyId;
    out.secretAccessKey = credentials.secretAccessKey.clone();
    out.sessionToken = credentials.sessionToken.clone();
    out.expiration = credentials.expiration;
    return out;
}
