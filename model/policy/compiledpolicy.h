#pragma once

#include "iam/result.h"
#include "policy/compiledstatement.h"
#include "policy/policydocument.h"

#include <QList>
#include <QVarLengthArray>

#include <memory>

// A statement that applies to a request.
struct StatementHit
{
    int statement = 0; // index in the document
    PolicyEffect effect = PolicyEffect::Allow;
    PrincipalMatch principal = PrincipalMatch::Direct;
};
using StatementHits = QVarLengthArray<StatementHit, 16>;

// A policy document compiled once and evaluated many times. Immutable, so
// one instance is shared between threads and evaluations.
class CompiledPolicy
{
public:
    explicit CompiledPolicy(PolicyDocument document);

    // Parses (with PolicyDocument's located errors) and compiles.
    static Result<std::shared_ptr<const CompiledPolicy>>
    compile(const QString& text, PolicyKind kind, PolicyDiagnostic* diagnostic = nullptr);

    const PolicyDocument& document() const { return m_document; }
    qsizetype statementCount() const { return m_statements.size(); }

    // Appends the statements that apply to input, in document order.
    void match(const StatementInput& input, StatementHits& hits) const;

private:
    // Statements that can match an action of one service, in document order.
    struct ServiceStatements
    {
        QString service; // case-folded
        QList<int> statements;
    };
    const QList<int>& candidates(QStringView foldedService) const;

    PolicyDocument m_document;
    QList<CompiledStatement> m_statements;
    // An index so that a request only visits the statements of its service
    // (and those that may match any service).
    QList<ServiceStatements> m_byService;
    QList<int> m_anyService;
};
