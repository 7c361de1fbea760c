#include "directory/credentialreport.h"

#include "directory/directory.h"

#include <QHash>
#include <QSqlQuery>

namespace {

QDateTime fromMs(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

Result<QList<CredentialReport::Entry>> CredentialReport::load(const Directory& directory,
                                                              const QString& accountId)
{
    QList<Entry> entries;
    QHash<QString, qsizetype> byName; // by the name as stored
    for (const User& user : directory.users(accountId)) {
        byName.insert(user.name, entries.size());
        entries.append({user, false, {}});
    }
    // Every account's rows, of which this account's are kept: one statement, no bind.
    auto r = directory.selectEach(
        QStringLiteral("SELECT u.account_id, u.name FROM mfa_devices m"
                       " JOIN users u ON u.id = m.user_id"),
        [&](const QSqlQuery& q) {
            if (q.value(0).toString() != accountId)
                return;
            if (const auto entry = byName.constFind(q.value(1).toString()); entry != byName.cend())
                entries[*entry].hasMfaDevice = true;
        });
    if (!r)
        return r.error();
    r = directory.selectEach(
        QStringLiteral("SELECT k.access_key_id, u.account_id, u.name, k.active, k.create_date,"
                       " k.last_used, k.last_used_service FROM access_keys k"
                       " JOIN users u ON u.id = k.user_id ORDER BY k.create_date, k.access_key_id"),
        [&](const QSqlQuery& q) {
            if (q.value(1).toString() != accountId)
                return;
            const auto entry = byName.constFind(q.value(2).toString());
            if (entry == byName.cend())
                return;
            AccessKeyInfo key;
            key.accessKeyId = q.value(0).toString();
            key.accountId = q.value(1).toString();
            key.userName = q.value(2).toString();
            key.active = q.value(3).toBool();
            key.createDate = fromMs(q.value(4));
            key.lastUsed = fromMs(q.value(5));
            key.lastUsedService = q.value(6).toString();
            entries[*entry].accessKeys.append(key);
        });
    if (!r)
        return r.error();
    return entries;
}
