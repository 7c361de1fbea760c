#include "sts/stsvalidator.h"

#include "iam/quotas.h"

#include <QRegularExpression>

namespace {
// AWS's patterns as the service words them; \w is ASCII there (Java).
const QString sessionNameShown = QStringLiteral(R"([\w+=,.@-]*)");
const QString sessionNameRegex = QStringLiteral(R"([A-Za-z0-9_+=,.@-]*)");
// AWS escapes the slash when it prints this one pattern.
const QString externalIdShown = QStringLiteral(R"([\w+=,.@:\/-]*)");
const QString externalIdRegex = QStringLiteral(R"([A-Za-z0-9_+=,.@:/-]*)");
const QString serialShown = QStringLiteral(R"([\w+=/:,.@-]*)");
const QString serialRegex = QStringLiteral(R"([A-Za-z0-9_+=/:,.@-]*)");
const QString tokenCodeShown = QStringLiteral(R"([\d]*)");
const QString tokenCodeRegex = QStringLiteral(R"([0-9]*)");
const QString tagKeyShown = QStringLiteral(R"([\p{L}\p{Z}\p{N}_.:/=+\-@]+)");
const QString tagValueShown = QStringLiteral(R"([\p{L}\p{Z}\p{N}_.:/=+\-@]*)");

constexpr int roleArnMin = 20;
constexpr int roleArnMax = 2048;
constexpr int sessionNameMin = 2;
constexpr int sessionNameMax = 64;
constexpr int externalIdMin = 2;
constexpr int externalIdMax = 1224;
constexpr int tokenCodeSize = 6;
constexpr int serialMin = 9;
constexpr int serialMax = 256;
constexpr int sessionTagsMax = 50;
} // namespace

void StsValidator::required(const QString& field, const QString& value)
{
    if (value.isEmpty())
        record(field, QStringLiteral("Value null at '%1' failed to satisfy constraint: Member "
                                     "must not be null")
                          .arg(field));
}

void StsValidator::roleArn(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return required(field, value);
    length(field, value, roleArnMin, roleArnMax);
}

void StsValidator::servicePrincipal(const QString& value)
{
    const QString field = QStringLiteral("servicePrincipal");
    if (value.isEmpty())
        return required(field, value);
    pattern(field, value, QStringLiteral("[a-z0-9][a-z0-9.-]*\\.amazonaws\\.com(\\.cn)?"),
            QStringLiteral("[a-z0-9.-]+.amazonaws.com"));
}

void StsValidator::roleSessionName(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return required(field, value);
    pattern(field, value, sessionNameRegex, sessionNameShown);
    length(field, value, sessionNameMin, sessionNameMax);
}

void StsValidator::sourceIdentity(const QString& value)
{
    if (value.isEmpty())
        return;
    pattern(QStringLiteral("sourceIdentity"), value, sessionNameRegex, sessionNameShown);
    length(QStringLiteral("sourceIdentity"), value, sessionNameMin, sessionNameMax);
}

void StsValidator::externalId(const QString& value)
{
    pattern(QStringLiteral("externalId"), value, externalIdRegex, externalIdShown);
    length(QStringLiteral("externalId"), value, externalIdMin, externalIdMax);
}

void StsValidator::tokenCode(const QString& value)
{
    pattern(QStringLiteral("tokenCode"), value, tokenCodeRegex, tokenCodeShown);
    length(QStringLiteral("tokenCode"), value, tokenCodeSize, tokenCodeSize);
}

void StsValidator::serialNumber(const QString& value)
{
    pattern(QStringLiteral("serialNumber"), value, serialRegex, serialShown);
    length(QStringLiteral("serialNumber"), value, serialMin, serialMax);
}

void StsValidator::sessionPolicy(const QString& value)
{
    if (value.isEmpty())
        return;
    // The plain text, whitespace included; the packed size is a separate limit.
    length(QStringLiteral("policy"), value, 1, Quotas::SessionPolicySize);
}

void StsValidator::policyArnCount(qsizetype count)
{
    if (count > Quotas::SessionPolicyArnsMax)
        violation(QStringLiteral("%1 policy ARNs").arg(count), QStringLiteral("policyArns"),
                  QStringLiteral("have length less than or equal to %1")
                      .arg(Quotas::SessionPolicyArnsMax));
}

void StsValidator::sessionTags(const TagList& tags, const QStringList& transitiveTagKeys)
{
    const auto countAtMost = [this](qsizetype count, const QString& field) {
        if (count > sessionTagsMax)
            violation(QStringLiteral("%1 members").arg(count), field,
                      QStringLiteral("have length less than or equal to %1").arg(sessionTagsMax));
    };
    countAtMost(tags.size(), QStringLiteral("tags"));
    countAtMost(transitiveTagKeys.size(), QStringLiteral("transitiveTagKeys"));
    const auto checkKey = [this](const QString& field, const QString& key) {
        pattern(field, key, tagValueShown, tagKeyShown); // the length check reports an empty key
        length(field, key, 1, Quotas::TagKeyMax);
    };
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString field = QStringLiteral("tags.%1.member.").arg(i + 1);
        checkKey(field + QStringLiteral("key"), tags.at(i).key);
        pattern(field + QStringLiteral("value"), tags.at(i).value, tagValueShown, tagValueShown);
        length(field + QStringLiteral("value"), tags.at(i).value, 0, Quotas::TagValueMax);
    }
    for (qsizetype i = 0; i < transitiveTagKeys.size(); ++i)
        checkKey(QStringLiteral("transitiveTagKeys.%1.member").arg(i + 1), transitiveTagKeys.at(i));
}

void StsValidator::duration(int value, int min, int max)
{
    const QString field = QStringLiteral("durationSeconds");
    if (value < min)
        violation(QString::number(value), field,
                  QStringLiteral("have value greater than or equal to %1").arg(min));
    else if (value > max)
        violation(QString::number(value), field,
                  QStringLiteral("have value less than or equal to %1").arg(max));
}

Result<void> StsValidator::result() const
{
    if (m_violations.isEmpty())
        return {};
    const qsizetype n = m_violations.size();
    return IamError::validation(QStringLiteral("%1 validation error%2 detected: %3")
                                    .arg(n)
                                    .arg(n == 1 ? QString() : QStringLiteral("s"),
                                         m_violations.join(QStringLiteral("; "))))
        .withParameter(m_firstField);
}

void StsValidator::pattern(const QString& field, const QString& value, const QString& regex,
                           const QString& shown)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(regex));
    if (!re.match(value).hasMatch())
        violation(value, field, QStringLiteral("satisfy regular expression pattern: ") + shown);
}

void StsValidator::length(const QString& field, const QString& value, int min, int max)
{
    if (value.size() < min)
        violation(value, field, QStringLiteral("have length greater than or equal to %1").arg(min));
    else if (value.size() > max)
        violation(value, field, QStringLiteral("have length less than or equal to %1").arg(max));
}

void StsValidator::violation(const QString& value, const QString& field, const QString& constraint)
{
    record(field, QStringLiteral("Value '%1' at '%2' failed to satisfy constraint: Member must %3")
                      .arg(value, field, constraint));
}

void StsValidator::record(const QString& field, const QString& violation)
{
    if (m_violations.isEmpty())
        m_firstField = field;
    m_violations << violation;
}
