#pragma once

#include "iam/result.h"
#include "sts/stscaller.h"
#include "sts/temporarycredentials.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ConsoleSession;
class StsService;

// Temporary credentials of a role for an application, so that no key is
// written into it: what an instance profile does for an EC2 instance.
//
// The role is assumed for the user signed in on session (with a password or
// an access key): as the user when its trust policy trusts the user or the
// user's account; as the AWS service it trusts otherwise, which takes the
// user's iam:PassRole on the role, as launching an instance with it does.
// A refusal is AWS's AccessDenied naming the missing permission.
//
// The credentials are renewed before they run out: new ones are handed out
// from renewalTime() on, at least MinimumRenewalLeadSeconds (and at most
// MaximumRenewalLeadSeconds) before the old ones expire, so that an SDK that
// refreshes ahead of expiry (botocore: 15 minutes, 10 at the latest) always
// gets credentials it accepts.
class RoleCredentialSource : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinimumRenewalLeadSeconds = 5 * 60;
    static constexpr int MaximumRenewalLeadSeconds = 15 * 60;

    struct Request
    {
        QString roleArn;
        QString roleSessionName;            // default: the user's name
        std::optional<int> durationSeconds; // default: STS's (one hour)
    };
    using Completion = std::function<void(Result<TemporaryCredentials>)>;

    // session must be signed in; sts assumes the role (without it, nothing is
    // issued); the session's clock decides renewal.
    RoleCredentialSource(ConsoleSession* session, StsService* sts, Request request,
                         QObject* parent = nullptr);
    ~RoleCredentialSource() override;

    // Who assumes the role: the user, or the service the user may pass it to.
    Result<StsCaller> assumer() const;
    // The current credentials until their renewal time, fresh ones from then
    // on. done is called once, possibly before this returns; requests made
    // while a renewal runs share it.
    void credentials(Completion done);

    // When the current credentials are due for renewal (null before the first).
    QDateTime renewalTime() const;
    // The ARN of the current session ("arn:aws:sts::...:assumed-role/...").
    QString sessionArn() const { return m_sessionArn; }
    // How many sessions this source has had issued.
    int issuedCount() const { return m_issued; }
    const Request& request() const { return m_request; }

private:
    void finish(Result<TemporaryCredentials> result);
    static TemporaryCredentials copy(const TemporaryCredentials& credentials);

    ConsoleSession* m_session;
    StsService* m_sts;
    Request m_request;
    std::optional<TemporaryCredentials> m_current;
    QDateTime m_renewalTime;
    QString m_sessionArn;
    QList<Completion> m_waiting;
    bool m_fetching = false;
    int m_issued = 0;
};
