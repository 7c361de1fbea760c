#pragma once

#include "iam/result.h"
#include "policy/evaluationrequest.h"
#include "policy/policydocument.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class PolicyCache;
class RequestContext;

// A policy compiled twice for an audit, because an audit has no request
// context to decide conditions with: the strict form keeps only what holds
// whatever the context (conditional allows dropped, conditional denies kept
// as unconditional), the lenient form what may hold (conditional allows kept
// without their conditions, conditional denies dropped). Allowed by the
// strict form means always; by the lenient form only, conditionally.
//
// Conditions on tags the directory knows are the exception: a variant of a
// form keeps those (aws:PrincipalTag/*, aws:ResourceTag/*, iam:ResourceTag/*)
// for the request's context to decide, and lets only the others fall.
class AuditPolicy
{
public:
    enum class Form
    {
        Strict,
        Lenient
    };
    // What a request's context holds for certain: the principal's tags (a user's,
    // or a role's that no session can add tags to) and the tags of the user or
    // role the request acts on.
    struct KnownTags
    {
        bool principal = false;
        bool resource = false;
    };
    // A compiled form: its policy (null when no statement is left) and, by its
    // statement index, the statement of the original document (empty: the same).
    struct Compiled
    {
        std::shared_ptr<const CompiledPolicy> policy;
        QList<int> originalStatements;
    };

    static Result<AuditPolicy> compile(PolicyCache& cache, const QString& text, PolicyKind kind);

    // The form to evaluate; its policy is null when the form has no statement left.
    NamedPolicy named(Form form, const QString& name) const;
    const Compiled& compiled(Form form) const;
    // The statement of the original document behind statement index of a form.
    int originalStatement(Form form, int index) const;
    // Some condition is on a tag key the directory may know.
    bool hasTagConditions() const { return !m_tagConditions.isEmpty(); }
    // The tag conditions a request with context decides, one bit each in document
    // order: their key is known, and so is what their values name, unless the key
    // is absent (an absent key decides a condition whatever its values).
    quint64 decidedTagConditions(const KnownTags& known, const RequestContext& context) const;
    // The form in which the tag conditions of decided stay, to be decided by the
    // request's context, and the other conditions fall as in compiled(form).
    Result<Compiled> variant(PolicyCache& cache, Form form, quint64 decided) const;
    const PolicyDocument& document() const { return m_original->document(); }
    bool hasConditions() const { return m_hasConditions; }
    // Policy variables make its answer depend on the principal.
    bool hasVariables() const { return m_hasVariables; }

private:
    struct TagCondition
    {
        int statement;
        int condition;                   // in the statement's conditions
        bool onPrincipal;                // aws:PrincipalTag/*; otherwise the resource's tags
        bool namesPrincipalTags = false; // its values use ${aws:PrincipalTag/...}
        bool namesOther = false;         // its values use another policy variable
    };
    // Whether the condition of a statement stays in a form (and is decided by the context).
    using Kept = std::function<bool(int statement, int condition)>;
    Result<Compiled> compileForm(PolicyCache& cache, Form form, const Kept& kept) const;
    void findTagConditions();

    std::shared_ptr<const CompiledPolicy> m_original;
    QString m_text;
    PolicyKind m_kind = PolicyKind::Identity;
    Compiled m_strict;
    Compiled m_lenient;
    QList<TagCondition> m_tagConditions; // at most 64: one bit each
    bool m_hasConditions = false;
    bool m_hasVariables = false;
};
