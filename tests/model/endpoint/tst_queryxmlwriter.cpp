#include "endpoint/queryxmlwriter.h"

#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

class TestQueryXmlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAwsEnvelope()
    {
        QueryXmlWriter xml(QueryXmlWriter::iamNamespace(), QStringLiteral("ListUsers"));
        xml.list(QStringLiteral("Users"), QStringList{QStringLiteral("a<b"), QStringLiteral("c")},
                 [&](const QString& name) { xml.text(QStringLiteral("UserName"), name); });
        xml.boolean(QStringLiteral("IsTruncated"), false);
        xml.time(QStringLiteral("CreateDate"),
                 QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone(3600)));
        const QByteArray out = xml.finish(QStringLiteral("req-1"));
        QCOMPARE(out, QByteArray(
                          "<ListUsersResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                          "<ListUsersResult><Users><member><UserName>a&lt;b</UserName></member>"
                          "<member><UserName>c</UserName></member></Users>"
                          "<IsTruncated>false</IsTruncated>"
                          "<CreateDate>2026-01-02T02:04:05Z</CreateDate></ListUsersResult>"
                          "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>"
                          "</ListUsersResponse>"));
    }

    void operationsWithoutOutputHaveNoResultElement()
    {
        QueryXmlWriter xml(QueryXmlWriter::iamNamespace(), QStringLiteral("DeleteUser"), false);
        const QByteArray out = xml.finish(QStringLiteral("r"));
        QVERIFY(!out.contains("DeleteUserResult"));
        QVERIFY(out.contains("<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>"));
    }

    void errorsUseAwsEnvelope()
    {
        const QByteArray out = QueryXmlWriter::error(
            QueryXmlWriter::stsNamespace(),
            IamError(QStringLiteral("AccessDenied"), QStringLiteral("no & never"), 403),
            QStringLiteral("r2"));
        QCOMPARE(out,
                 QByteArray("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                            "<Error><Type>Sender</Type><Code>AccessDenied</Code>"
                            "<Message>no &amp; never</Message></Error>"
                            "<RequestId>r2</RequestId></ErrorResponse>"));
        const QByteArray fault = QueryXmlWriter::error(
            QueryXmlWriter::stsNamespace(), IamError::serviceFailure(QStringLiteral("x")),
            QStringLiteral("r3"));
        QVERIFY(fault.contains("<Type>Receiver</Type>"));
    }
};

QTEST_GUILESS_MAIN(TestQueryXmlWriter)
#include "tst_queryxmlwriter.moc"
