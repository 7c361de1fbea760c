#pragma once

#include "iam/iamerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>

#include <functional>

// The XML of one AWS Query answer (spec §6):
// <ActionResponse xmlns="..."><ActionResult>...</ActionResult>
// <ResponseMetadata><RequestId>...</RequestId></ResponseMetadata></ActionResponse>.
// Operations write their result's members between begin() and finish();
// timestamps are ISO 8601 in UTC, lists are <member> elements.
class QueryXmlWriter
{
public:
    static QString stsNamespace()
    {
        return QStringLiteral("https://sts.amazonaws.com/doc/2011-06-15/");
    }
    static QString iamNamespace()
    {
        return QStringLiteral("https://iam.amazonaws.com/doc/2010-05-08/");
    }

    // withResult: false for operations AWS answers with metadata only.
    QueryXmlWriter(const QString& xmlNamespace, const QString& action, bool withResult = true);

    void text(const QString& name, const QString& value);
    // Written only when value is not empty.
    void optionalText(const QString& name, const QString& value);
    void time(const QString& name, const QDateTime& value);
    void number(const QString& name, qint64 value);
    void boolean(const QString& name, bool value);
    void startElement(const QString& name);
    void endElement();
    // <name><member>...</member>...</name>, each member written by writeMember.
    template <typename List, typename Write>
    void list(const QString& name, const List& items, Write writeMember)
    {
        startElement(name);
        for (const auto& item : items) {
            startElement(QStringLiteral("member"));
            writeMember(item);
            endElement();
        }
        endElement();
    }

    // <name><member>text</member>...</name>: a list of strings.
    void stringList(const QString& name, const QStringList& items);

    // Closes the result and adds the request id; the writer is done.
    QByteArray finish(const QString& requestId);

    // <ErrorResponse xmlns="..."><Error><Type>Sender|Receiver</Type><Code/><Message/></Error>
    // <RequestId/></ErrorResponse>
    static QByteArray error(const QString& xmlNamespace, const IamError& error,
                            const QString& requestId);
    static QString timestamp(const QDateTime& value);

private:
    QByteArray m_xml;
    QXmlStreamWriter m_writer;
    QString m_action;
    bool m_withResult;
};
