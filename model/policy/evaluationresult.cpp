#include "policy/evaluationresult.h"

QString MatchedStatement::label() const
{
    return policy + QStringLiteral(": ") +
           (sid.isEmpty() ? QStringLiteral("statement %1").arg(statementIndex + 1) : sid);
}

QString EvaluationResult::decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Allow:
        return QStringLiteral("allow");
    case Decision::ExplicitDeny:
        return QStringLiteral("explicitDeny");
    case Decision::ImplicitDeny:
        return QStringLiteral("implicitDeny");
    }
    return QString();
}
