#include "policy/principalmatcher.h"

#include "iam/arn.h"
#include "iam/namerules.h"
#include "policy/requestprincipal.h"

PrincipalMatcher PrincipalMatcher::compile(const PolicyPrincipal& principal, bool negated)
{
    PrincipalMatcher matcher;
    matcher.m_negated = negated;
    matcher.m_anyone = principal.anyone;
    for (const QString& aws : principal.aws) {
        if (aws == QLatin1String("*")) {
            matcher.m_anyAws = true;
            continue;
        }
        if (NameRules::isAccountId(aws)) {
            matcher.m_accounts.append(aws);
            continue;
        }
        const auto arn = Arn::parse(aws);
        // "arn:aws:iam::<acct>:root" stands for the whole account, like the bare id.
        if (arn && arn->service() == QLatin1String("iam") &&
            arn->resource() == QLatin1String("root"))
            matcher.m_accounts.append(arn->account());
        else
            matcher.m_arns.append(aws);
    }
    matcher.m_services = principal.service;
    matcher.m_federated = principal.federated;
    return matcher;
}

PrincipalMatch PrincipalMatcher::match(const RequestPrincipal& caller) const
{
    const PrincipalMatch listed = matchListed(caller);
    if (!m_negated)
        return listed;
    // NotPrincipal applies to everyone it does not name.
    return listed == PrincipalMatch::None ? PrincipalMatch::Direct : PrincipalMatch::None;
}

PrincipalMatch PrincipalMatcher::matchListed(const RequestPrincipal& caller) const
{
    if (m_anyone)
        return PrincipalMatch::Direct;
    if (!caller.service.isEmpty())
        return m_services.contains(caller.service, Qt::CaseInsensitive) ? PrincipalMatch::Direct
                                                                        : PrincipalMatch::None;
    if (!caller.federatedProvider.isEmpty())
        return m_federated.contains(caller.federatedProvider) ? PrincipalMatch::Direct
                                                              : PrincipalMatch::None;
    if (!caller.isAwsPrincipal())
        return PrincipalMatch::None;
    if (m_anyAws || m_arns.contains(caller.arn))
        return PrincipalMatch::Direct;
    if (!caller.roleArn.isEmpty() && m_arns.contains(caller.roleArn))
        return PrincipalMatch::Role;
    if (!caller.account.isEmpty() && m_accounts.contains(caller.account))
        return PrincipalMatch::Account;
    return PrincipalMatch::None;
}
