#pragma once

// Reads the AWS SigV4 test suite (tests/data/sigv4/aws4_testsuite, see its
// PROVENANCE.md) for tst_sigv4 and tst_sigv4verifier.

#include "common/testdata.h"
#include "crypto/sigv4.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace Sigv4TestSuite {

inline QString directory()
{
    return TestData::path(QStringLiteral("sigv4/aws4_testsuite"));
}

// The suite's parameters (PROVENANCE.md).
inline QString accessKeyId()
{
    return QStringLiteral("AKIDEXAMPLE");
}
inline SecureBytes secretAccessKey()
{
    return SecureBytes::fromView("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
}
inline QString region()
{
    return QStringLiteral("us-east-1");
}
inline QString service()
{
    return QStringLiteral("service");
}
inline QDateTime time()
{
    return QDateTime(QDate(2015, 8, 30), QTime(12, 36, 0), QTimeZone::utc());
}
// get-vanilla-with-session-token signs with a token that is not in its .req.
inline QString sessionTokenFor(const QString& caseName)
{
    if (caseName == QLatin1String("get-vanilla-with-session-token"))
        return QStringLiteral("6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267");
    return {};
}

struct Case
{
    QString name;
    QString basePath; // without extension
};

// Every case: a folder holding <name>.req.
inline QList<Case> cases()
{
    QList<Case> out;
    QDirIterator it(directory(), {QStringLiteral("*.req")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        out.append(
            {info.completeBaseName(), info.path() + QLatin1Char('/') + info.completeBaseName()});
    }
    std::sort(out.begin(), out.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
    return out;
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "METHOD target HTTP/1.1", header lines (a line starting with whitespace
// continues the previous value), a blank line, the body.
inline SigV4Request parseRequest(const QByteArray& text)
{
    SigV4Request request;
    const QByteArrayList lines = text.split('\n');
    const QByteArray requestLine = lines.value(0);
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype versionSpace = requestLine.lastIndexOf(" HTTP/");
    request.method = requestLine.left(firstSpace);
    const QByteArray target = requestLine.mid(firstSpace + 1, versionSpace - firstSpace - 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);

    qsizetype i = 1;
    for (; i < lines.size() && !lines[i].isEmpty(); ++i) {
        const QByteArray& line = lines[i];
        if ((line.startsWith(' ') || line.startsWith('\t')) && !request.headers.isEmpty()) {
            request.headers.last().second.append('\n').append(line);
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    if (i < lines.size())
        request.body = lines.mid(i + 1).join('\n');
    return request;
}

} // namespace Sigv4TestSuite
