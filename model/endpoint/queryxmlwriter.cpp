#include "endpoint/queryxmlwriter.h"

QueryXmlWriter::QueryXmlWriter(const QString& xmlNamespace, const QString& action, bool withResult)
    : m_writer(&m_xml)
    , m_action(action)
    , m_withResult(withResult)
{
    m_writer.writeStartElement(action + QStringLiteral("Response"));
    m_writer.writeDefaultNamespace(xmlNamespace);
    if (m_withResult)
        m_writer.writeStartElement(action + QStringLiteral("Result"));
}

void QueryXmlWriter::text(const QString& name, const QString& value)
{
    m_writer.writeTextElement(name, value);
}

void QueryXmlWriter::optionalText(const QString& name, const QString& value)
{
    if (!value.isEmpty())
        text(name, value);
}

QString QueryXmlWriter::timestamp(const QDateTime& value)
{
    return value.toUTC().toString(Qt::ISODate);
}

void QueryXmlWriter::time(const QString& name, const QDateTime& value)
{
    if (value.isValid())
        text(name, timestamp(value));
}

void QueryXmlWriter::number(const QString& name, qint64 value)
{
    text(name, QString::number(value));
}

void QueryXmlWriter::boolean(const QString& name, bool value)
{
    text(name, value ? QStringLiteral("true") : QStringLiteral("false"));
}

void QueryXmlWriter::stringList(const QString& name, const QStringList& items)
{
    startElement(name);
    for (const QString& item : items)
        text(QStringLiteral("member"), item);
    endElement();
}

void QueryXmlWriter::startElement(const QString& name)
{
    m_writer.writeStartElement(name);
}

void QueryXmlWriter::endElement()
{
    m_writer.writeEndElement();
}

QByteArray QueryXmlWriter::finish(const QString& requestId)
{
    if (m_withResult)
        m_writer.writeEndElement();
    m_writer.writeStartElement(QStringLiteral("ResponseMetadata"));
    m_writer.writeTextElement(QStringLiteral("RequestId"), requestId);
    m_writer.writeEndElement();
    m_writer.writeEndElement();
    return m_xml;
}

QByteArray QueryXmlWriter::error(const QString& xmlNamespace, const IamError& error,
                                 const QString& requestId)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("ErrorResponse"));
    writer.writeDefaultNamespace(xmlNamespace);
    writer.writeStartElement(QStringLiteral("Error"));
    // 5xx is the service's fault, anything else the caller's.
    writer.writeTextElement(QStringLiteral("Type"), error.httpStatus() >= 500
                                                        ? QStringLiteral("Receiver")
                                                        : QStringLiteral("Sender"));
    writer.writeTextElement(QStringLiteral("Code"), error.code());
    writer.writeTextElement(QStringLiteral("Message"), error.message());
    writer.writeEndElement();
    writer.writeTextElement(QStringLiteral("RequestId"), requestId);
    writer.writeEndElement();
    return xml;
}
