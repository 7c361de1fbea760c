#include "simulatecommand.h"

#include "commandline.h"
#include "console/policysimulator.h"
#include "directory/directory.h"
#include "policy/batchsimulator.h"
#include "policy/policycache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace {

// Standard input as a pipe is read: each read takes what has arrived and
// waits only when nothing has, so a client that writes a line and waits gets
// its answer, and a long batch is read in large blocks.
class StandardInput : public QIODevice
{
public:
    StandardInput() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        for (;;) {
            const ssize_t n = ::read(STDIN_FILENO, data, size_t(maxSize));
            if (n >= 0)
                return n == 0 ? -1 : qint64(n);
            if (errno != EINTR)
                return -1;
        }
    }
    qint64 writeData(const char*, qint64) override { return -1; }
};

} // namespace

SimulateCommand::SimulateCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

bool SimulateCommand::isBatch(const CommandLine& commandLine)
{
    return commandLine.isSet(QStringLiteral("batch"));
}

int SimulateCommand::runBatch(const CommandLine& commandLine)
{
    const QString path = commandLine.value(QStringLiteral("batch"));
    StandardInput standardInput;
    QFile file(path);
    if (path != QLatin1String("-") && !file.open(QIODevice::ReadOnly)) {
        m_err << tr("switchboard simulate: cannot read %1: %2").arg(path, file.errorString())
              << Qt::endl;
        return 1;
    }
    QIODevice& in = path == QLatin1String("-") ? static_cast<QIODevice&>(standardInput) : file;
    m_out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        m_err << tr("switchboard simulate: cannot write the answers") << Qt::endl;
        return 1;
    }
    BatchSimulator simulator;
    simulator.run(in, out);
    out.flush();
    return 0;
}

int SimulateCommand::runPrincipal(const CommandLine& commandLine, const Directory& directory,
                                  const ConsoleSession& caller)
{
    PolicySimulator::Request request;
    request.principalArn = commandLine.value(QStringLiteral("principal"));
    request.actions = commandLine.values(QStringLiteral("action"));
    if (commandLine.isSet(QStringLiteral("resource")))
        request.resource = commandLine.value(QStringLiteral("resource"));
    for (const QString& pair : commandLine.values(QStringLiteral("context"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            m_err << tr("switchboard simulate: --context takes key=value, not '%1'").arg(pair)
                  << Qt::endl;
            return 2;
        }
        request.context.append({pair.left(eq), pair.mid(eq + 1).split(QLatin1Char(','))});
    }
    if (request.principalArn.isEmpty() || request.actions.isEmpty()) {
        m_err << tr("usage: switchboard simulate --principal ARN --action ACTION [--action ...] "
                    "[--resource ARN] [--context key=value ...] [--json]\n"
                    "       switchboard simulate --batch FILE|-")
              << Qt::endl;
        return 2;
    }

    // As the console's simulator: AccessDenied, with AWS's message, unless the
    // caller may iam:SimulatePrincipalPolicy on the principal.
    PolicyCache cache;
    const auto outcome = PolicySimulator(caller, directory, cache).simulate(request);
    if (!outcome) {
        m_err << outcome.error().toString() << Qt::endl;
        return 1;
    }
    for (const auto& r : outcome->results) {
        if (commandLine.json()) {
            QJsonArray matched;
            for (const MatchedStatement& m : r.result.matched)
                matched.append(QJsonObject{
                    {QStringLiteral("policy"), m.policy},
                    {QStringLiteral("statement"),
                     m.sid.isEmpty() ? QJsonValue(m.statementIndex) : QJsonValue(m.sid)}});
            QJsonObject line{
                {QStringLiteral("action"), r.action},
                {QStringLiteral("decision"), EvaluationResult::decisionName(r.result.decision)},
                {QStringLiteral("matched"), matched}};
            if (!r.message.isEmpty())
                line.insert(QStringLiteral("message"), r.message);
            m_out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            QStringList deciders;
            for (const MatchedStatement& m : r.result.matched)
                deciders << m.label();
            // AWS's message does not name the policy: an explicit deny's statements follow it.
            QStringList columns{r.action, EvaluationResult::decisionName(r.result.decision)};
            if (!r.message.isEmpty())
                columns << r.message;
            if (!deciders.isEmpty() && (r.message.isEmpty() || !r.result.isAllowed()))
                columns << deciders.join(QStringLiteral("; "));
            m_out << columns.join(QLatin1Char('\t')) << '\n';
        }
    }
    return 0;
}
