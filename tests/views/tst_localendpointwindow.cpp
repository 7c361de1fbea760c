#include "console/accesskeymanager.h"
#include "crypto/sigv4.h"
#include "democonsole.h"
#include "endpoint/localendpoint.h"
#include "items/requestlogmodel.h"
#include "localendpointwindow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

class TestLocalEndpointWindow : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
    };

    // POSTs the form to the endpoint, signed with the key when one is given.
    static Answer post(const QUrl& url, const QByteArray& form, const QDateTime& time,
                       const NewAccessKey* key)
    {
        SigV4Request http;
        http.method = "POST";
        http.headers = {{"Host", QStringLiteral("127.0.0.1:%1").arg(url.port()).toLatin1()},
                        {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
        http.body = form;
        if (key) {
            SigV4Credentials credentials{
                key->info.accessKeyId, SecureBytes::fromView(key->secretAccessKey.view()), {}};
            http = SigV4::sign(http, credentials, QStringLiteral("us-east-1"),
                               QStringLiteral("sts"), time);
        }
        QNetworkRequest request(url);
        for (const auto& [name, value] : http.headers)
            if (name.compare("Host", Qt::CaseInsensitive) != 0) // the manager writes the same
                request.setRawHeader(name, value);
        QNetworkAccessManager manager;
        QNetworkReply* reply = manager.post(request, form);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {};
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll()};
        reply->deleteLater();
        return answer;
    }

    static QString cell(const QTableView* table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsServesLogsAndStops()
    {
        OPEN_DEMO_CONSOLE(demo);
        QVERIFY(demo.signIn(QStringLiteral("Maria")));
        std::optional<Result<NewAccessKey>> created;
        demo.accessKeys->create(QStringLiteral("111122223333"), QStringLiteral("Maria"),
                                [&](Result<NewAccessKey> r) { created = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 5000);
        QVERIFY(created->ok());
        const NewAccessKey key = std::move(*created).value();

        LocalEndpoint endpoint(demo.dir.get(), demo.sts.get());
        RequestLogModel log;
        connect(&endpoint, &LocalEndpoint::requestHandled, &log, &RequestLogModel::append);
        LocalEndpointWindow window(&endpoint, &log);
        window.show();
        QCOMPARE(window.portBox()->value(), int(LocalEndpoint::DefaultPort));
        QCOMPARE(window.stateLabel()->text(), QStringLiteral("Stopped"));
        QVERIFY(!window.stopButton()->isEnabled());
        QVERIFY(!window.copyButton()->isEnabled());

        window.portBox()->setValue(0);
        window.startButton()->click();
        QVERIFY(endpoint.isRunning());
        const QUrl url = endpoint.url();
        QVERIFY(url.port() > 0);
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(window.stateLabel()->text(), QStringLiteral("Listening on ") + url.toString());
        QVERIFY(!window.startButton()->isEnabled());
        QVERIFY(!window.portBox()->isEnabled());

        // A signed call, as the AWS CLI makes it.
        const QByteArray form = "Action=GetCallerIdentity&Version=2011-06-15";
        const Answer signedAnswer = post(url, form, demo.clock.now(), &key);
        QCOMPARE(signedAnswer.status, 200);
        QVERIFY(signedAnswer.body.contains("<Arn>arn:aws:iam::111122223333:user/Maria</Arn>"));
        QTRY_COMPARE(window.table()->model()->rowCount(), 1);
        QCOMPARE(cell(window.table(), 0, RequestLogModel::CallerColumn),
                 QStringLiteral("arn:aws:iam::111122223333:user/Maria"));
        QCOMPARE(cell(window.table(), 0, RequestLogModel::ActionColumn),
                 QStringLiteral("sts:GetCallerIdentity"));
        QCOMPARE(cell(window.table(), 0, RequestLogModel::StatusColumn), QStringLiteral("200"));
        QCOMPARE(cell(window.table(), 0, RequestLogModel::SourceColumn),
                 QStringLiteral("127.0.0.1"));

        // An unsigned one is refused as AWS refuses it, and logged too.
        const Answer unsignedAnswer = post(url, form, demo.clock.now(), nullptr);
        QCOMPARE(unsignedAnswer.status, 403);
        QTRY_COMPARE(window.table()->model()->rowCount(), 2);
        QCOMPARE(cell(window.table(), 1, RequestLogModel::StatusColumn), QStringLiteral("403"));
        QCOMPARE(cell(window.table(), 1, RequestLogModel::ErrorCodeColumn),
                 QStringLiteral("MissingAuthenticationToken"));

        // What the CLI needs, and never a secret.
        window.copyButton()->click();
        const QString settings = QGuiApplication::clipboard()->text();
        QCOMPARE(settings, window.awsCliSettings());
        QVERIFY(settings.contains(QStringLiteral("export AWS_ENDPOINT_URL=") + url.toString()));
        QVERIFY(settings.contains(QStringLiteral("aws --endpoint-url ") + url.toString() +
                                  QStringLiteral(" sts get-caller-identity")));
        QVERIFY(!settings.contains(QString::fromLatin1(key.secretAccessKey.view())));
        QVERIFY(!settings.contains(key.info.accessKeyId));

        // The window is only a view: closing it leaves the endpoint running.
        window.close();
        QVERIFY(endpoint.isRunning());
        window.show();

        window.clearButton()->click();
        QCOMPARE(window.table()->model()->rowCount(), 0);

        window.stopButton()->click();
        QVERIFY(!endpoint.isRunning());
        QCOMPARE(window.stateLabel()->text(), QStringLiteral("Stopped"));
        QVERIFY(window.startButton()->isEnabled());
        QVERIFY(window.awsCliSettings().isEmpty());
    }

    void showsWhyThePortIsTaken()
    {
        OPEN_DEMO_CONSOLE(demo);
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        LocalEndpoint endpoint(demo.dir.get(), demo.sts.get());
        RequestLogModel log;
        LocalEndpointWindow window(&endpoint, &log);
        window.show();
        window.portBox()->setValue(taken.serverPort());
        window.startButton()->click();
        QVERIFY(!endpoint.isRunning());
        QVERIFY(!endpoint.error().isEmpty());
        QCOMPARE(window.stateLabel()->text(), endpoint.error());
        QVERIFY(window.stateLabel()->text().contains(QString::number(taken.serverPort())));
        QVERIFY(window.startButton()->isEnabled());
        QVERIFY(!window.stopButton()->isEnabled());

        // Another port works, and the error is gone.
        window.portBox()->setValue(0);
        window.startButton()->click();
        QVERIFY(endpoint.isRunning());
        QVERIFY(endpoint.error().isEmpty());
        QVERIFY(window.stateLabel()->text().startsWith(QStringLiteral("Listening on http://")));
    }
};

QTEST_MAIN(TestLocalEndpointWindow)
#include "tst_localendpointwindow.moc"
