#pragma once

#include "policy/evaluationresult.h"

#include <QList>

// What an audit concludes for one principal and one request.
struct AccessDecision
{
    enum class Grant
    {
        None,
        Conditional, // allowed only when conditions hold
        Always
    };

    Grant grant = Grant::None;
    // The allowing statements, with statement indexes into the original documents.
    QList<MatchedStatement> allows;

    bool allowed() const { return grant != Grant::None; }
    bool conditional() const { return grant == Grant::Conditional; }
};
