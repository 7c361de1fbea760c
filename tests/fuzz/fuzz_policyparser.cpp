// A fuzz target for the policy parser and what runs on its output: any bytes
// as a policy document of every kind (located errors, never a crash); a
// document accepted as an identity policy is compiled and evaluated. Each
// line that is a policy-eval case (tests/data/policy-eval: JSON Lines with
// "policies") also has its policies parsed alone, so the conformance cases
// seed the corpus as they are.
#include "policy/compiledpolicy.h"
#include "policy/evaluationrequest.h"
#include "policy/policydocument.h"
#include "policy/policyevaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

namespace {

void parseEveryKind(const QString& text)
{
    for (PolicyKind kind :
         {PolicyKind::Identity, PolicyKind::Resource, PolicyKind::Trust, PolicyKind::Boundary,
          PolicyKind::Session, PolicyKind::ServiceControl, PolicyKind::ResourceControl}) {
        PolicyDiagnostic diagnostic;
        const auto parsed = PolicyDocument::parse(text, kind, &diagnostic);
        // A refusal is AWS's error with a place in the text, never an empty one.
        if (!parsed && (parsed.error().code().isEmpty() || diagnostic.what.isEmpty() ||
                        diagnostic.line < 0 || diagnostic.column < 0))
            std::abort();
        if (parsed && parsed->kind() != kind)
            std::abort();
    }
    const auto compiled = CompiledPolicy::compile(text, PolicyKind::Identity);
    if (!compiled)
        return;
    EvaluationRequest request;
    request.action = QStringLiteral("s3:GetObject");
    request.resource = QStringLiteral("arn:aws:s3:::photos/cat.jpg");
    request.identityPolicies = {{QStringLiteral("fuzzed"), compiled.value()}};
    PolicyEvaluator::evaluate(request); // any decision will do; it must not crash
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    parseEveryKind(QString::fromUtf8(bytes));
    // policy-eval cases are JSON Lines: each line's policies alone.
    for (const QByteArray& line : bytes.split('\n')) {
        const QJsonObject testCase = QJsonDocument::fromJson(line).object();
        for (const QJsonValue& policy : testCase.value(QLatin1String("policies")).toArray())
            parseEveryKind(policy.isString()
                               ? policy.toString()
                               : QString::fromUtf8(QJsonDocument(policy.toObject()).toJson()));
    }
    return 0;
}
