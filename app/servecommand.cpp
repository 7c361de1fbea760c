#include "servecommand.h"

#include "commandline.h"
#include "directory/directory.h"
#include "endpoint/endpointserver.h"
#include "endpoint/queryendpoint.h"
#include "iam/clock.h"
#include "sts/stsservice.h"
#include "terminationwatcher.h"

#include <QEventLoop>
#include <QHostAddress>

ServeCommand::ServeCommand(Directory& directory, SecretStore& secrets, QTextStream& out,
                           QTextStream& err)
    : m_directory(directory)
    , m_secrets(secrets)
    , m_out(out)
    , m_err(err)
{}

int ServeCommand::run(const CommandLine& commandLine)
{
    const QString portText = commandLine.value(QStringLiteral("port"));
    bool portOk = true;
    const uint port = portText.isEmpty() ? DefaultPort : portText.toUInt(&portOk);
    if (!portOk || port > 65535) {
        m_err << tr("switchboard: error: argument --port: invalid port: '%1'").arg(portText)
              << Qt::endl;
        return 2;
    }
    const QString bindText = commandLine.value(QStringLiteral("bind"));
    const QHostAddress address(bindText.isEmpty() ? QStringLiteral("127.0.0.1") : bindText);
    if (address.isNull()) {
        m_err << tr("switchboard: error: argument --bind: not an IP address: '%1'").arg(bindText)
              << Qt::endl;
        return 2;
    }

    StsService sts(&m_directory, &m_secrets, Clock::system());
    QueryEndpoint endpoint(&m_directory, &sts);
    EndpointServer server(&endpoint);
    if (auto listening = server.listen(address, quint16(port)); !listening) {
        m_err << listening.error().message() << Qt::endl;
        return 1;
    }
    QObject::connect(
        &endpoint, &QueryEndpoint::requestHandled, &endpoint,
        [this](const RequestLogEntry& entry) { m_err << entry.toLogLine() << Qt::endl; });
    m_out << QStringLiteral("Listening on %1").arg(server.url().toString()) << Qt::endl;

    QEventLoop loop;
    TerminationWatcher watcher;
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, &loop,
                     [&](int) { loop.quit(); });
    loop.exec();
    server.close();
    m_err << tr("Stopped.") << Qt::endl;
    return 0;
}
