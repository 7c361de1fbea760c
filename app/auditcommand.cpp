#include "auditcommand.h"

#include "commandline.h"
#include "directory/directory.h"

#include <QJsonDocument>
#include <QJsonObject>

AuditCommand::AuditCommand(Directory& directory, QTextStream& out, QTextStream& err)
    : m_directory(directory)
    , m_out(out)
    , m_err(err)
{}

int AuditCommand::run(const CommandLine& commandLine)
{
    const QString what = commandLine.commandArguments().value(0);
    if (what == QLatin1String("verify"))
        return verify(commandLine.isSet(QStringLiteral("json")));
    m_err << tr("switchboard: audit: unknown query '%1'; known: verify").arg(what) << Qt::endl;
    return 2;
}

int AuditCommand::verify(bool json)
{
    const int count = m_directory.auditEventCount();
    const std::optional<qint64> broken = m_directory.verifyAuditChain();
    if (json) {
        QJsonObject answer{{QStringLiteral("events"), count},
                           {QStringLiteral("intact"), !broken.has_value()}};
        if (broken)
            answer.insert(QStringLiteral("firstBrokenSequence"), *broken);
        m_out << QJsonDocument(answer).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (!broken) {
        // English has no translation file for plurals: spell both forms.
        m_out << (count == 1 ? tr("The audit trail of 1 event is intact.")
                             : tr("The audit trail of %1 events is intact.").arg(count))
              << Qt::endl;
    } else {
        m_out << tr("The audit trail does not verify from event %1 on: that event was altered, "
                    "or one before it was inserted or deleted.")
                     .arg(*broken)
              << Qt::endl;
    }
    return broken ? TamperedExit : 0;
}
