#pragma once

#include "iam/result.h"
#include "policy/evaluationrequest.h"
#include "policy/policydocument.h"

#include <QList>
#include <QString>

#include <memory>

class PolicyCache;

// A policy compiled twice for an audit, because an audit has no request
// context to decide conditions with: the strict form keeps only what holds
// whatever the context (conditional allows dropped, conditional denies kept
// as unconditional), the lenient form what may hold (conditional allows kept
// without their conditions, conditional denies dropped). Allowed by the
// strict form means always; by the lenient form only, conditionally.
class AuditPolicy
{
public:
    enum class Form
    {
        Strict,
        Lenient
    };

    static Result<AuditPolicy> compile(PolicyCache& cache, const QString& text, PolicyKind kind);

    // The form to evaluate; its policy is null when the form has no statement left.
    NamedPolicy named(Form form, const QString& name) const;
    // The statement of the original document behind statement index of a form.
    int originalStatement(Form form, int index) const;
    const PolicyDocument& document() const { return m_original->document(); }
    bool hasConditions() const { return m_hasConditions; }
    // Policy variables make its answer depend on the principal.
    bool hasVariables() const { return m_hasVariables; }

private:
    struct Compiled
    {
        std::shared_ptr<const CompiledPolicy> policy;
        QList<int> originalStatements; // empty when the form is the original
    };
    static Result<Compiled> compileForm(PolicyCache& cache, const PolicyDocument& document,
                                        const QString& text, PolicyKind kind, Form form);

    std::shared_ptr<const CompiledPolicy> m_original;
    Compiled m_strict;
    Compiled m_lenient;
    bool m_hasConditions = false;
    bool m_hasVariables = false;
};
