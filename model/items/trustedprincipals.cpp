#include "items/trustedprincipals.h"

#include "policy/policydocument.h"

namespace {
void add(QList<TrustedPrincipal>& out, const QString& type, const QStringList& values)
{
    for (const QString& value : values)
        if (!out.contains(TrustedPrincipal{type, value}))
            out.append({type, value});
}
} // namespace

QList<TrustedPrincipal> TrustedPrincipals::fromTrustPolicy(const QString& trustPolicyJson)
{
    QList<TrustedPrincipal> out;
    const auto document = PolicyDocument::parseIgnoringSize(trustPolicyJson, PolicyKind::Trust);
    if (!document)
        return out;
    for (const PolicyStatement& statement : document->statements()) {
        if (statement.effect != PolicyEffect::Allow || !statement.principal ||
            statement.notPrincipal)
            continue;
        const PolicyPrincipal& p = *statement.principal;
        if (p.anyone)
            add(out, QStringLiteral("*"), {QStringLiteral("*")});
        add(out, QStringLiteral("AWS"), p.aws);
        add(out, QStringLiteral("Service"), p.service);
        add(out, QStringLiteral("Federated"), p.federated);
        add(out, QStringLiteral("CanonicalUser"), p.canonicalUser);
    }
    return out;
}
