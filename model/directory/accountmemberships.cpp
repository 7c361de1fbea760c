#include "directory/accountmemberships.h"

#include "directory/directory.h"

#include <QSqlQuery>

Result<QList<AccountMemberships::UserGroups>> AccountMemberships::load(const Directory& directory,
                                                                       const QString& accountId)
{
    QList<UserGroups> users;
    // One statement, no bind: the account's rows are kept here. A user's rows
    // are consecutive (names are unique per account, ignoring case).
    const auto r =
        directory.selectEach(QStringLiteral("SELECT u.account_id, u.name, g.name FROM users u"
                                            " LEFT JOIN memberships m ON m.user_id = u.id"
                                            " LEFT JOIN groups g ON g.id = m.group_id"
                                            " ORDER BY u.account_id, u.name_key"),
                             [&](const QSqlQuery& q) {
                                 if (q.value(0).toString() != accountId)
                                     return;
                                 const QString name = q.value(1).toString();
                                 if (users.isEmpty() || users.constLast().userName != name)
                                     users.append({name, {}});
                                 if (!q.isNull(2))
                                     users.last().groupNames.append(q.value(2).toString());
                             });
    if (!r)
        return r.error();
    return users;
}
