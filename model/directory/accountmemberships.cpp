#include "directory/accountmemberships.h"

#include "directory/directory.h"

#include <QSqlQuery>

Result<QList<AccountMemberships::UserGroups>> AccountMemberships::load(const Directory& directory,
                                                                       const QString& accountId)
{
    QList<UserGroups> users;
    // One statement for the account's rows only. A user's rows are
    // consecutive (names are unique per account, ignoring case).
    const auto r =
        directory.selectEach(QStringLiteral("SELECT u.name, g.name FROM users u"
                                            " LEFT JOIN memberships m ON m.user_id = u.id"
                                            " LEFT JOIN groups g ON g.id = m.group_id"
                                            " WHERE u.account_id = ? ORDER BY u.name_key"),
                             {accountId}, [&](const QSqlQuery& q) {
                                 const QString name = q.value(0).toString();
                                 if (users.isEmpty() || users.constLast().userName != name)
                                     users.append({name, {}});
                                 if (!q.isNull(1))
                                     users.last().groupNames.append(q.value(1).toString());
                             });
    if (!r)
        return r.error();
    return users;
}
