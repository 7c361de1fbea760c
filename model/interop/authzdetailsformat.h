#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// The value formats of `aws iam get-account-authorization-details` that
// reading and writing share: dates and policy documents.
class AuthzDetailsFormat
{
public:
    // The three styles real files hold, "2013-10-14T18:32:24Z",
    // "2021-03-13T18:42:09+00:00" and "2023-03-09 10:41:45+00:00", with or
    // without fractions of a second. Invalid when the text is none of them.
    static QDateTime parseDate(const QString& text);
    // As the AWS CLI prints dates: "2013-10-14T18:32:24Z" (milliseconds only
    // when there are some, so that nothing is lost).
    static QString formatDate(const QDateTime& time);

    // A policy document as the CLI prints it (a JSON object) or as the API
    // sends it (a URL-encoded string); nullopt when it is neither.
    static std::optional<QJsonObject> documentObject(const QJsonValue& value);
    // The text the directory stores for a document: the console's layout,
    // so that a document reads the same whichever way it came in.
    static QString documentText(const QJsonObject& document);
    // A stored document as the CLI prints it; an empty object when the text is not JSON.
    static QJsonObject documentJson(const QString& text);
};
