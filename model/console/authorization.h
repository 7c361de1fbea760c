#pragma once

#include "policy/evaluationresult.h"

#include <QString>

// The console's answer to "may the active identity do this?": the decision,
// the statements that made it, and AWS's access-denied message when denied.
struct Authorization
{
    EvaluationResult result;
    QString message; // empty when allowed

    bool allowed() const { return result.isAllowed(); }
};
