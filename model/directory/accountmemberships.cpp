#include "directory/accountmemberships.h"

#include "directory/directory.h"

#include <QSqlQuery>

Result<QList<AccountMemberships::Membership>> AccountMemberships::load(const Directory& directory,
                                                                       const QString& accountId)
{
    QList<Membership> memberships;
    // Users and groups share their account; one statement, no bind: the account is kept here.
    const auto r = directory.selectEach(
        QStringLiteral("SELECT u.account_id, u.name, g.name FROM memberships m"
                       " JOIN users u ON u.id = m.user_id JOIN groups g ON g.id = m.group_id"),
        [&](const QSqlQuery& q) {
            if (q.value(0).toString() == accountId)
                memberships.append({q.value(1).toString(), q.value(2).toString()});
        });
    if (!r)
        return r.error();
    return memberships;
}
