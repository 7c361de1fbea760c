#include "organizationchoices.h"

#include "admin/directoryadmin.h"

namespace {

void addParent(const DirectoryAdmin& admin, OrganizationChoices& choices, const QString& id,
               const QString& label)
{
    choices.parents.append({id, label, {}});
    const auto keep = [&](const IamError& error) {
        if (choices.denied.isNull())
            choices.denied = error;
    };
    if (const auto accounts = admin.listAccountsForParent(id)) {
        for (const MemberAccount& account : accounts.value())
            choices.accounts.append(
                {account.accountId,
                 OrganizationChoices::tr("%1 (%2)").arg(account.name, account.accountId), id});
    } else {
        keep(accounts.error());
    }
    const auto units = admin.listOrganizationalUnitsForParent(id);
    if (!units) {
        keep(units.error());
        return;
    }
    for (const OrganizationalUnit& unit : units.value())
        addParent(admin, choices, unit.id, label + QStringLiteral(" / ") + unit.name);
}

} // namespace

OrganizationChoices OrganizationChoices::load(const DirectoryAdmin& admin)
{
    OrganizationChoices choices;
    const auto roots = admin.listRoots();
    if (!roots) {
        choices.denied = roots.error();
        return choices;
    }
    for (const OrganizationTarget& root : roots.value())
        addParent(admin, choices, root.id, OrganizationChoices::tr("Root"));
    return choices;
}

QString OrganizationChoices::labelOf(const QString& id) const
{
    for (const QList<Choice>* list : {&parents, &accounts})
        for (const Choice& choice : *list)
            if (choice.id == id)
                return choice.label;
    return id;
}
