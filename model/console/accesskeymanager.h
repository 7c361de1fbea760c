#pragma once

#include "crypto/securebytes.h"
#include "iam/accesskeyinfo.h"
#include "iam/result.h"

#include <QObject>

#include <functional>

class Clock;
class ConsoleSession;
class Directory;
struct ConsoleAction;
class SecretStore;

// A new access key as CreateAccessKey answers it: the only time the secret
// is ever shown.
struct NewAccessKey
{
    AccessKeyInfo info;
    SecureBytes secretAccessKey; // 40 characters of the base64 alphabet
};

// The "Security credentials" tab's access keys, like the console's: create
// (at most 2 per user), activate / deactivate, delete. Each action is
// authorized as the console's active identity (iam:CreateAccessKey,
// iam:UpdateAccessKey, iam:DeleteAccessKey on the user's ARN), changes the
// directory's metadata and the secret store together, and is audited. The
// secret lives only in the store, under SecretKey kind AccessKey, id = key id.
class AccessKeyManager : public QObject
{
    Q_OBJECT

public:
    static constexpr int StaleAfterDays = 90;

    // Acts as session's identity on directory; secrets holds the keys.
    AccessKeyManager(ConsoleSession* session, Directory* directory, const Clock* clock,
                     SecretStore* secrets, QObject* parent = nullptr);

    QList<AccessKeyInfo> keys(const QString& accountId, const QString& userName) const;
    // Older than 90 days: the console flags it for rotation.
    bool isStale(const AccessKeyInfo& key) const;

    // done is called once, on a later event-loop turn; on failure nothing changed.
    void create(const QString& accountId, const QString& userName,
                std::function<void(Result<NewAccessKey>)> done);
    void setActive(const QString& accessKeyId, bool active, std::function<void(Result<void>)> done);
    void remove(const QString& accessKeyId, std::function<void(Result<void>)> done);
    // Removes every key of a user with its secret (before the user is deleted).
    void removeAll(const QString& accountId, const QString& userName,
                   std::function<void(Result<void>)> done);

    // "Access key ID,Secret access key\r\n<id>,<secret>\r\n": the console's
    // "Download .csv file" layout.
    static SecureBytes csv(const NewAccessKey& key);

Q_SIGNALS:
    void keysChanged(const QString& accountId, const QString& userName);

private:
    QString secretKey(const QString& accessKeyId) const;
    QString userArn(const QString& accountId, const QString& userName) const;
    // AccessDenied with AWS's message, or nothing.
    Result<void> authorize(const ConsoleAction& action) const;
    Result<void> audit(const QString& action, const QString& target, bool success,
                       const QString& detail);
    // Records the refusal; the error, or the audit write's when that failed too.
    IamError refused(const QString& action, const QString& target, const IamError& error);
    // Deletes the keys one after the other; done after the last or the first failure.
    void removeEach(QStringList accessKeyIds, std::function<void(Result<void>)> done);

    ConsoleSession* m_session;
    Directory* m_directory;
    const Clock* m_clock;
    SecretStore* m_secrets;
};
