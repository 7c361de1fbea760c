#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

// `switchboard serve --port 0` on a demo directory (every demo password
// "pw", from SWITCHBOARD_DEMO_PASSWORD) in a temporary folder, for tests that drive it with real
// AWS clients: access keys made with `iam create-access-key`, the URL read from the server's first
// line. Header-only; the test defines SWITCHBOARD_BINARY.
struct ServedEndpoint
{
    struct Key
    {
        QString id;
        QString secret;
    };

    QTemporaryDir tmp;
    QString db = tmp.filePath(QStringLiteral("directory.sqlite"));
    QProcess server;
    QString url; // http://127.0.0.1:PORT once started

    ~ServedEndpoint()
    {
        server.kill();
        server.waitForFinished(5000);
    }

    // The program's environment: its own settings and data, no display.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("SWITCHBOARD_DEMO_PASSWORD"), QStringLiteral("pw"));
        env.remove(QStringLiteral("SWITCHBOARD_PASSWORD"));
        env.remove(QStringLiteral("DISPLAY"));
        return env;
    }

    QStringList arguments(const QStringList& command) const
    {
        return QStringList{QStringLiteral("--directory"), db} + command;
    }

    // A new key of user, made as that user or as another (password on stdin); nullopt on failure.
    std::optional<Key> createKey(const QString& user, const QString& as = {})
    {
        QProcess create;
        create.setProcessEnvironment(environment());
        create.start(QStringLiteral(SWITCHBOARD_BINARY),
                     arguments({QStringLiteral("iam"), QStringLiteral("create-access-key"),
                                QStringLiteral("--user-name"), user, QStringLiteral("--user"),
                                as.isEmpty() ? user : as, QStringLiteral("--password-stdin")}));
        create.write("pw\n");
        create.closeWriteChannel();
        if (!create.waitForFinished(60000) || create.exitCode() != 0)
            return std::nullopt;
        const QJsonObject key = QJsonDocument::fromJson(create.readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("AccessKey"))
                                    .toObject();
        Key made{key.value(QStringLiteral("AccessKeyId")).toString(),
                 key.value(QStringLiteral("SecretAccessKey")).toString()};
        if (!made.id.startsWith(QLatin1String("AKIA")) || made.secret.size() != 40)
            return std::nullopt;
        return made;
    }

    // Starts the server; the first line it prints must be exactly
    // "Listening on http://127.0.0.1:PORT". Empty on success, else why not.
    QString start()
    {
        server.setProcessEnvironment(environment());
        server.start(QStringLiteral(SWITCHBOARD_BINARY),
                     {QStringLiteral("--directory"), db, QStringLiteral("serve"),
                      QStringLiteral("--port"), QStringLiteral("0")});
        if (!server.waitForStarted(30000))
            return QStringLiteral("serve did not start");
        if (!QTest::qWaitFor([&] { return server.canReadLine(); }, 60000))
            return QString::fromUtf8(server.readAllStandardError());
        const QString first = QString::fromUtf8(server.readLine()).trimmed();
        const auto match =
            QRegularExpression(QStringLiteral("^Listening on (http://127\\.0\\.0\\.1:[0-9]+)$"))
                .match(first);
        if (!match.hasMatch())
            return first;
        url = match.captured(1);
        return {};
    }
};
