#include "console/accesskeymanager.h"

#include "console/auditrecorder.h"
#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "crypto/random.h"
#include "directory/directory.h"
#include "directory/directoryerrors.h"
#include "iam/arn.h"
#include "iam/clock.h"
#include "iam/quotas.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"

#include <QTimer>

#include <optional>

namespace {
// Calls done on a later event-loop turn, so every outcome takes one path.
template <typename T>
void finishLater(QObject* context, std::function<void(Result<T>)> done, Result<T> result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)]() mutable {
        done(std::move(result));
    });
}

IamError noSuchKey(const QString& accessKeyId)
{
    return IamError::noSuchEntity(
        QStringLiteral("The Access Key with id %1 cannot be found.").arg(accessKeyId));
}

IamError quotaExceeded()
{
    return DirectoryErrors::quotaExceeded(QStringLiteral("AccessKeysPerUser"),
                                          Quotas::AccessKeysPerUser);
}

// A fresh secret that never passes through a QString left behind in memory.
SecureBytes newSecret()
{
    QString text = Random::secretAccessKey();
    SecureBytes secret = SecureBytes::fromUtf8(text);
    text.fill(QChar(u'\0'));
    return secret;
}

const QString createAction = QStringLiteral("iam:CreateAccessKey");
const QString updateAction = QStringLiteral("iam:UpdateAccessKey");
const QString deleteAction = QStringLiteral("iam:DeleteAccessKey");
} // namespace

AccessKeyManager::AccessKeyManager(ConsoleSession* session, Directory* directory,
                                   const Clock* clock, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_directory(directory)
    , m_clock(clock ? clock : Clock::system())
    , m_secrets(secrets)
{}

QList<AccessKeyInfo> AccessKeyManager::keys(const QString& accountId, const QString& userName) const
{
    return m_directory->accessKeys(accountId, userName);
}

bool AccessKeyManager::isStale(const AccessKeyInfo& key) const
{
    return key.createDate.isValid() && key.createDate.daysTo(m_clock->now()) > StaleAfterDays;
}

QString AccessKeyManager::secretKey(const QString& accessKeyId) const
{
    return SecretKey(QUuid::fromString(m_directory->directoryId()), SecretKey::Kind::AccessKey,
                     accessKeyId)
        .toString();
}

QString AccessKeyManager::userArn(const QString& accountId, const QString& userName) const
{
    const auto user = m_directory->user(accountId, userName);
    return user ? user->arn().toString()
                : Arn::user(accountId, QStringLiteral("/"), userName).toString();
}

Result<void> AccessKeyManager::authorize(const ConsoleAction& action) const
{
    const Authorization answer = m_session->authorize(action);
    if (!answer.allowed())
        return IamError::accessDenied(answer.message);
    return {};
}

Result<void> AccessKeyManager::audit(const QString& action, const QString& target, bool success,
                                     const QString& detail)
{
    return m_session->recordEvent(action, target, success, detail);
}

IamError AccessKeyManager::refused(const QString& action, const QString& target,
                                   const IamError& error)
{
    return AuditRecorder::unlessFailed(audit(action, target, false, error.code()), error);
}

void AccessKeyManager::create(const QString& accountId, const QString& userName,
                              std::function<void(Result<NewAccessKey>)> done)
{
    const QString arn = userArn(accountId, userName);
    Directory* directory = m_directory;
    Result<void> allowed = authorize(ConsoleAction::createAccessKey(arn));
    if (allowed && !directory->user(accountId, userName))
        allowed = IamError::noSuchEntity(
            QStringLiteral("The user with name %1 cannot be found.").arg(userName));
    if (allowed && directory->accessKeys(accountId, userName).size() >= Quotas::AccessKeysPerUser)
        allowed = quotaExceeded();
    if (!allowed) {
        finishLater<NewAccessKey>(this, std::move(done),
                                  refused(createAction, arn, allowed.error()));
        return;
    }
    const QString accessKeyId = Random::accessKeyId(false);
    const QString key = secretKey(accessKeyId);
    // std::function needs a copyable lambda; the secret itself is never copied.
    auto secret = std::make_shared<SecureBytes>(newSecret());
    SecretJob* job = m_secrets->put(key, secret->clone());
    connect(job, &SecretJob::finished, this, [=, this, done = std::move(done)](SecretJob* put) {
        if (put->error() != SecretStore::NoError) {
            const IamError failed =
                IamError::serviceFailure(tr("The secret access key could not be stored in %1: %2")
                                             .arg(m_secrets->backendName(), put->errorString()));
            done(AuditRecorder::unlessFailed(
                audit(createAction, accessKeyId, false, QStringLiteral("SecretStoreError")),
                failed));
            return;
        }
        // The key and its record are one transaction: no key without its record.
        std::optional<AccessKeyInfo> info;
        const auto added = m_directory->runInTransaction([&]() -> Result<void> {
            auto stored = m_directory->addAccessKey(accountId, userName, accessKeyId);
            if (!stored)
                return stored.error();
            info = std::move(stored).value();
            return audit(createAction, accessKeyId, true, {});
        });
        if (!added) {
            // Nothing may stay behind: the secret goes with the failed key.
            m_secrets->remove(key);
            done(refused(createAction, accessKeyId, added.error()));
            return;
        }
        Q_EMIT keysChanged(accountId, userName);
        done(NewAccessKey{std::move(*info), std::move(*secret)});
    });
}

void AccessKeyManager::setActive(const QString& accessKeyId, bool active,
                                 std::function<void(Result<void>)> done)
{
    Directory* directory = m_directory;
    const auto key = directory->accessKey(accessKeyId);
    Result<void> result =
        key ? authorize(ConsoleAction::updateAccessKey(userArn(key->accountId, key->userName)))
            : Result<void>(noSuchKey(accessKeyId));
    const QString status = active ? QStringLiteral("Active") : QStringLiteral("Inactive");
    if (result)
        result = directory->runInTransaction([&]() -> Result<void> {
            if (auto r = directory->setAccessKeyActive(accessKeyId, active); !r)
                return r;
            return audit(updateAction, accessKeyId, true, status);
        });
    if (!result) {
        finishLater<void>(this, std::move(done),
                          refused(updateAction, accessKeyId, result.error()));
        return;
    }
    Q_EMIT keysChanged(key->accountId, key->userName);
    finishLater<void>(this, std::move(done), result);
}

void AccessKeyManager::remove(const QString& accessKeyId, std::function<void(Result<void>)> done)
{
    Directory* directory = m_directory;
    const auto key = directory->accessKey(accessKeyId);
    Result<void> result =
        key ? authorize(ConsoleAction::deleteAccessKey(userArn(key->accountId, key->userName)))
            : Result<void>(noSuchKey(accessKeyId));
    if (result)
        result = directory->deleteAccessKey(accessKeyId);
    if (!result) {
        finishLater<void>(this, std::move(done),
                          refused(deleteAction, accessKeyId, result.error()));
        return;
    }
    const QString accountId = key->accountId;
    const QString userName = key->userName;
    SecretJob* job = m_secrets->remove(secretKey(accessKeyId));
    connect(job, &SecretJob::finished, this, [=, this, done = std::move(done)](SecretJob* removed) {
        const bool ok = removed->error() == SecretStore::NoError;
        const auto recorded = audit(deleteAction, accessKeyId, ok,
                                    ok ? QString() : QStringLiteral("SecretStoreError"));
        Q_EMIT keysChanged(accountId, userName);
        // The key is gone either way; a lost record is still the caller's failure.
        if (!recorded) {
            done(recorded);
            return;
        }
        if (!ok) {
            done(IamError::serviceFailure(
                tr("The access key was deleted, but its secret could not be removed from %1: %2")
                    .arg(m_secrets->backendName(), removed->errorString())));
            return;
        }
        done({});
    });
}

void AccessKeyManager::removeAll(const QString& accountId, const QString& userName,
                                 std::function<void(Result<void>)> done)
{
    QStringList ids;
    for (const AccessKeyInfo& key : keys(accountId, userName))
        ids << key.accessKeyId;
    removeEach(ids, std::move(done));
}

void AccessKeyManager::removeEach(QStringList accessKeyIds, std::function<void(Result<void>)> done)
{
    if (accessKeyIds.isEmpty()) {
        finishLater<void>(this, std::move(done), Result<void>());
        return;
    }
    const QString first = accessKeyIds.takeFirst();
    remove(first, [this, rest = std::move(accessKeyIds), done = std::move(done)](Result<void> r) {
        if (!r) {
            done(r);
            return;
        }
        removeEach(rest, done);
    });
}

SecureBytes AccessKeyManager::csv(const NewAccessKey& key)
{
    SecureBytes out = SecureBytes::fromView("Access key ID,Secret access key\r\n");
    out.append(key.info.accessKeyId.toLatin1());
    out.append(",");
    out.append(key.secretAccessKey);
    out.append("\r\n");
    return out;
}
