#include "policy/requestprincipal.h"

#include "iam/arn.h"

RequestPrincipal RequestPrincipal::fromArn(const QString& arn, const QString& roleArn)
{
    RequestPrincipal principal;
    principal.arn = arn;
    principal.roleArn = roleArn;
    const auto parsed = Arn::parse(arn);
    if (!parsed)
        return principal;
    principal.account = parsed->account();
    principal.root =
        parsed->service() == QLatin1String("iam") && parsed->resource() == QLatin1String("root");
    // arn:aws:sts::<acct>:assumed-role/<role>/<session> belongs to role <role>.
    const QString resource = parsed->resource();
    if (roleArn.isEmpty() && parsed->service() == QLatin1String("sts") &&
        resource.startsWith(QLatin1String("assumed-role/"))) {
        const QString role = resource.section(QLatin1Char('/'), 1, 1);
        principal.roleArn = Arn(QStringLiteral("iam"), QString(), parsed->account(),
                                QStringLiteral("role/") + role, parsed->partition())
                                .toString();
    }
    return principal;
}

RequestPrincipal RequestPrincipal::fromService(const QString& service)
{
    RequestPrincipal principal;
    principal.service = service;
    return principal;
}

RequestPrincipal RequestPrincipal::fromFederatedProvider(const QString& provider)
{
    RequestPrincipal principal;
    principal.federatedProvider = provider;
    return principal;
}
