#include "common/testdata.h"
#include "policy/batchrequestreader.h"
#include "policy/batchsimulator.h"
#include "policy/evaluationrequest.h"
#include "policytestsupport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

namespace {

// Produces request lines on demand, so a long stream never sits in memory.
class LineGenerator : public QIODevice
{
public:
    LineGenerator(qint64 lines, std::function<QByteArray(qint64)> make)
        : m_lines(lines)
        , m_make(std::move(make))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 served() const { return m_served; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_offset == m_current.size()) {
            if (m_served == m_lines)
                return -1;
            m_current = m_make(m_served++) + '\n';
            m_offset = 0;
        }
        const qint64 n = qMin(maxSize, qint64(m_current.size() - m_offset));
        memcpy(data, m_current.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_lines;
    std::function<QByteArray(qint64)> m_make;
    QByteArray m_current;
    qsizetype m_offset = 0;
    qint64 m_served = 0;
};

// Checks answers as they arrive and keeps none of them.
class AnswerSink : public QIODevice
{
public:
    AnswerSink(const LineGenerator& source, std::function<bool(qint64, const QJsonObject&)> check)
        : m_source(source)
        , m_check(std::move(check))
    {
        open(QIODevice::WriteOnly);
    }
    qint64 answers() const { return m_answers; }
    qint64 wrong() const { return m_wrong; }
    qint64 maxLag() const { return m_maxLag; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_partial.append(data, size);
        qsizetype newline;
        while ((newline = m_partial.indexOf('\n')) >= 0) {
            const QJsonObject answer = QJsonDocument::fromJson(m_partial.left(newline)).object();
            m_partial.remove(0, newline + 1);
            if (!m_check(m_answers, answer))
                ++m_wrong;
            ++m_answers;
            // How far reading ran ahead of answering.
            m_maxLag = qMax(m_maxLag, m_source.served() - m_answers);
        }
        return size;
    }

private:
    const LineGenerator& m_source;
    std::function<bool(qint64, const QJsonObject&)> m_check;
    QByteArray m_partial;
    qint64 m_answers = 0;
    qint64 m_wrong = 0;
    qint64 m_maxLag = 0;
};

} // namespace

// The JSON Lines batch simulator: answers in order, errors per line, streaming.
class TestBatchSimulator : public QObject
{
    Q_OBJECT

    static QList<QJsonObject> run(const QByteArray& input, qint64* count = nullptr)
    {
        QByteArray inputCopy = input;
        QBuffer in(&inputCopy);
        in.open(QIODevice::ReadOnly);
        QByteArray output;
        QBuffer out(&output);
        out.open(QIODevice::WriteOnly);
        BatchSimulator simulator;
        const qint64 answered = simulator.run(in, out);
        if (count)
            *count = answered;
        QList<QJsonObject> answers;
        for (const QByteArray& line : output.split('\n')) {
            if (!line.isEmpty())
                answers.append(QJsonDocument::fromJson(line).object());
        }
        return answers;
    }

    // The simulator over input as a file (read in blocks, unlike a pipe): its
    // raw output, and how many lines it answered (-1 when the file could not
    // be written, which fails the count check).
    static QByteArray runOverFile(const QByteArray& input, int threads, qint64* answered)
    {
        *answered = -1;
        QTemporaryFile file;
        if (!file.open() || file.write(input) != input.size() || !file.seek(0))
            return {};
        QByteArray output;
        QBuffer out(&output);
        out.open(QIODevice::WriteOnly);
        BatchSimulator simulator(32, threads);
        *answered = simulator.run(file, out);
        return output;
    }

    static QByteArray line(const char* singleQuoted) { return json(singleQuoted).toUtf8() + '\n'; }

    static QString decision(const QJsonObject& answer)
    {
        return answer.value(QStringLiteral("decision")).toString();
    }

    static QString errorCode(const QJsonObject& answer)
    {
        return answer.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }

    // "Code: message" of an error answer.
    static QString errorOf(const QJsonObject& answer)
    {
        return errorCode(answer) + QStringLiteral(": ") +
               answer.value(QStringLiteral("error"))
                   .toObject()
                   .value(QStringLiteral("message"))
                   .toString();
    }

    // Part of a line, without its newline.
    static QByteArray part(const char* singleQuoted) { return json(singleQuoted).toUtf8(); }

private slots:
    void answersEachLineInOrder()
    {
        const QByteArray input =
            line("{'policies': [{'Statement': {'Sid': 'S3', 'Effect': 'Allow', 'Action': 's3:*', "
                 "'Resource': '*'}}],"
                 " 'action': 's3:GetObject', 'resource': 'arn:aws:s3:::b/k'}") +
            line("{'policies': [], 'action': 's3:GetObject', 'resource': '*'}") +
            "\n   \n" // blank lines are skipped
            +
            line("{'policies': [{'Statement': [{'Effect': 'Allow', 'Action': '*', 'Resource': '*'},"
                 " {'Effect': 'Deny', 'Action': 'iam:*', 'Resource': '*'}]}],"
                 " 'action': 'iam:DeleteUser', 'resource': '*'}");
        qint64 count = 0;
        const QList<QJsonObject> answers = run(input, &count);
        QCOMPARE(count, 3);
        QCOMPARE(answers.size(), 3);
        QCOMPARE(decision(answers.at(0)), QStringLiteral("allow"));
        const QJsonArray matched = answers.at(0).value(QStringLiteral("matched")).toArray();
        QCOMPARE(matched.size(), 1);
        QCOMPARE(matched.at(0).toObject().value(QStringLiteral("policy")).toInt(-1), 0);
        QCOMPARE(matched.at(0).toObject().value(QStringLiteral("statement")).toString(),
                 QStringLiteral("S3"));
        QCOMPARE(decision(answers.at(1)), QStringLiteral("implicitDeny"));
        QVERIFY(answers.at(1).value(QStringLiteral("matched")).toArray().isEmpty());
        QCOMPARE(decision(answers.at(2)), QStringLiteral("explicitDeny"));
        const QJsonObject deny =
            answers.at(2).value(QStringLiteral("matched")).toArray().at(0).toObject();
        QCOMPARE(deny.value(QStringLiteral("statement")).toInt(-1), 1); // no Sid: the index
    }

    void badLinesGetErrorsAndTheBatchGoesOn()
    {
        const QByteArray input =
            "this is not json\n" + line("['an', 'array']") +
            line("{'policies': [], 'resource': '*'}") +
            line("{'policies': [], 'action': 's3:GetObject'}") +
            line("{'policies': [{'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': '*'}},"
                 " {'Statement': {'Effect': 'Permit', 'Action': '*', 'Resource': '*'}}],"
                 " 'action': 's3:GetObject', 'resource': '*'}") +
            line("{'policies': [42], 'action': 's3:GetObject', 'resource': '*'}") +
            line("{'context': {'k': {'nested': 1}}, 'action': 's3:GetObject', 'resource': '*'}") +
            line(
                "{'policies': [{'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': '*'}}],"
                " 'action': 's3:GetObject', 'resource': '*'}");
        const QList<QJsonObject> answers = run(input);
        QCOMPARE(answers.size(), 8);
        for (int i : {0, 1, 2, 3, 5, 6})
            QCOMPARE(errorCode(answers.at(i)), QStringLiteral("ValidationError"));
        QVERIFY(answers.at(2)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("action")));
        QVERIFY(answers.at(3)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("resource")));
        QCOMPARE(errorCode(answers.at(4)), QStringLiteral("MalformedPolicyDocument"));
        const QString message = answers.at(4)
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.startsWith(QLatin1String("policies[1]: Effect must be")),
                 qPrintable(message));
        QVERIFY2(message.endsWith(QLatin1String("in Statement.Effect")), qPrintable(message));
        QCOMPARE(decision(answers.at(7)), QStringLiteral("allow"));
    }

    void acceptsEveryKindOfPolicyAndContext()
    {
        const QByteArray input = line(
            "{'policies': ['{\\'Statement\\': {\\'Effect\\': \\'Allow\\', \\'Action\\': "
            "\\'s3:*\\', \\'Resource\\': \\'*\\'}}'],"
            " 'boundary': {'Statement': {'Sid': 'Limit', 'Effect': 'Allow', 'Action': 's3:Get*', "
            "'Resource': '*'}},"
            " 'sessionPolicies': [{'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': '*',"
            "   'Condition': {'ForAnyValue:StringEquals': {'aws:TagKeys': ['a', 'b']},"
            "                 'NumericLessThan': {'aws:MultiFactorAuthAge': 600}}}}],"
            " 'principal': 'arn:aws:sts::111122223333:assumed-role/Dev/John',"
            " 'action': 's3:GetObject', 'resource': 'arn:aws:s3:::b/k',"
            " 'context': {'aws:TagKeys': ['x', 'b'], 'aws:MultiFactorAuthAge': 30}}");
        const QList<QJsonObject> answers = run(input);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(decision(answers.at(0)), QStringLiteral("allow"));
        const QJsonArray matched = answers.at(0).value(QStringLiteral("matched")).toArray();
        QCOMPARE(matched.size(), 3);
        QCOMPARE(matched.at(1).toObject().value(QStringLiteral("policy")).toString(),
                 QStringLiteral("boundary"));
        QCOMPARE(matched.at(1).toObject().value(QStringLiteral("statement")).toString(),
                 QStringLiteral("Limit"));
        QCOMPARE(matched.at(2).toObject().value(QStringLiteral("policy")).toString(),
                 QStringLiteral("sessionPolicies[0]"));

        const QByteArray resource =
            line("{'resourcePolicy': {'Statement': {'Effect': 'Allow', 'Principal': {'AWS': "
                 "'arn:aws:iam::111122223333:user/John'}, 'Action': 's3:GetObject', 'Resource': "
                 "'arn:aws:s3:::b/*'}},"
                 " 'principal': 'arn:aws:iam::111122223333:user/John', 'resourceAccount': "
                 "'111122223333',"
                 " 'action': 's3:GetObject', 'resource': 'arn:aws:s3:::b/k'}");
        const QList<QJsonObject> shared = run(resource);
        QCOMPARE(decision(shared.at(0)), QStringLiteral("allow"));
        QCOMPARE(shared.at(0)
                     .value(QStringLiteral("matched"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("policy"))
                     .toString(),
                 QStringLiteral("resourcePolicy"));
    }

    void takesScpAndRcpLevels()
    {
        const QByteArray head = part(
            "{'policies': [{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': "
            "'*', 'Resource': '*'}}], 'principal': 'arn:aws:iam::222233334444:user/Ana',"
            " 'scps': [[{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': '*', "
            "'Resource': '*'}}], [{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', "
            "'Action': 's3:*', 'Resource': '*'}}, {'Version': '2012-10-17', 'Statement': {'Sid': "
            "'NoDeletes', 'Effect': 'Deny', 'Action': 's3:Delete*', 'Resource': '*'}}]],"
            " 'rcps': [[], [{'Version': '2012-10-17', 'Statement': {'Sid': 'Perimeter', 'Effect': "
            "'Deny', 'Principal': '*', 'Action': 's3:PutObject', 'Resource': '*'}}]],");
        const auto ask = [&head](const char* action) {
            return head + part(" 'action': '") + action +
                   line("', 'resource': 'arn:aws:s3:::b/k'}");
        };
        const QList<QJsonObject> answers = run(ask("s3:GetObject") + ask("s3:DeleteObject") +
                                               ask("ec2:RunInstances") + ask("s3:PutObject"));
        QCOMPARE(answers.size(), 4);
        QCOMPARE(decision(answers.at(0)), QStringLiteral("allow"));
        const auto policyOf = [](const QJsonObject& answer, int i) {
            return answer.value(QStringLiteral("matched"))
                .toArray()
                .at(i)
                .toObject()
                .value(QStringLiteral("policy"))
                .toVariant();
        };
        // The identity policy, then each level's allowing SCP.
        QCOMPARE(policyOf(answers.at(0), 0), QVariant(0));
        QCOMPARE(policyOf(answers.at(0), 1), QVariant(QStringLiteral("scps[0][0]")));
        QCOMPARE(policyOf(answers.at(0), 2), QVariant(QStringLiteral("scps[1][0]")));
        QCOMPARE(decision(answers.at(1)), QStringLiteral("explicitDeny"));
        QCOMPARE(policyOf(answers.at(1), 0), QVariant(QStringLiteral("scps[1][1]")));
        QCOMPARE(answers.at(1)
                     .value(QStringLiteral("matched"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("statement"))
                     .toString(),
                 QStringLiteral("NoDeletes"));
        QCOMPARE(decision(answers.at(2)), QStringLiteral("implicitDeny")); // the OU allows only s3
        QCOMPARE(decision(answers.at(3)), QStringLiteral("explicitDeny"));
        QCOMPARE(policyOf(answers.at(3), 0), QVariant(QStringLiteral("rcps[1][0]")));
    }

    void rejectsMalformedScpLevels()
    {
        const QByteArray request = part("{'action': 's3:GetObject', 'resource': '*', 'scps': ");
        const QList<QJsonObject> answers =
            run(request + line("{}}") + request + line("[{}]}") + request +
                line("[[{'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': '*'}}]]}") +
                line("{'action': 's3:GetObject', 'resource': '*', 'rcps': [[{'Version': "
                     "'2012-10-17', 'Statement': {'Effect': 'Deny', 'Action': '*', "
                     "'Resource': '*'}}]]}"));
        QCOMPARE(answers.size(), 4);
        const QString levels = QStringLiteral(
            "scps must be an array of levels, from the organization's root down to the account, "
            "each an array of policies");
        QCOMPARE(errorOf(answers.at(0)), QStringLiteral("ValidationError: ") + levels);
        QCOMPARE(errorOf(answers.at(1)), QStringLiteral("ValidationError: ") + levels);
        QVERIFY2(errorOf(answers.at(2))
                     .startsWith(QLatin1String("MalformedPolicyDocument: scps[0][0]: An "
                                               "organization policy must have")),
                 qPrintable(errorOf(answers.at(2))));
        QVERIFY2(errorOf(answers.at(3))
                     .startsWith(QLatin1String("MalformedPolicyDocument: rcps[0][0]: Missing "
                                               "required element Principal")),
                 qPrintable(errorOf(answers.at(3))));
    }

    void agreesWithTheConformanceData()
    {
        const QString path = TestData::path(QStringLiteral("policy-eval/cases.jsonl"));
        REQUIRE_TESTDATA(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        const QList<QByteArray> cases = input.trimmed().split('\n');
        const QList<QJsonObject> answers = run(input);
        QCOMPARE(answers.size(), cases.size());
        for (int i = 0; i < cases.size(); ++i) {
            const QJsonObject testCase = QJsonDocument::fromJson(cases.at(i)).object();
            const bool allow =
                testCase.value(QStringLiteral("expected")).toString() == QLatin1String("allow");
            QVERIFY2((decision(answers.at(i)) == QLatin1String("allow")) == allow,
                     qPrintable(QStringLiteral("line %1").arg(i + 1)));
        }
    }

    // Lines a JSON parser may read differently: the fast reader answers them
    // (or leaves them to the checked reader) with the checked reader's answer.
    void fastAndCheckedReadersAgree_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("fast"); // whether the fast reader reads it itself
        const QByteArray allowAll =
            "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}";
        const QByteArray tail =
            ", \"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::b/k\"}";
        const auto withPolicy = [&tail](const QByteArray& policy) {
            return "{\"policies\": [" + policy + "]" + tail;
        };
        const auto withCondition = [&](const QByteArray& condition, const QByteArray& context) {
            return "{\"policies\": [{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", "
                   "\"Resource\": \"*\", \"Condition\": " +
                   condition + "}}], \"context\": " + context + tail;
        };
        QTest::newRow("plain") << withPolicy(allowAll) << true;
        QTest::newRow("unicode escapes in the request")
            << QByteArray("{\"policies\": [" + allowAll +
                          "], \"action\": \"s3:GetObject\", \"resource\": "
                          "\"arn:aws:s3:::b/caf\\u00e9\\ud83d\\ude00\"}")
            << true;
        QTest::newRow("unicode escapes in a policy")
            << withPolicy(
                   "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:Get\\u004fbject\", "
                   "\"Resource\": \"arn:aws:s3:::b/\\u006b\"}}")
            << true;
        QTest::newRow("escaped key")
            << QByteArray("{\"polic\\u0069es\": [" + allowAll + "]" + tail) << true;
        QTest::newRow("Latin-1 Sid of a resource policy")
            << QByteArray(
                   "{\"resourcePolicy\": {\"Statement\": {\"Sid\": \"caf\\u00e9 \\\"x\\\"\", "
                   "\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", "
                   "\"Resource\": \"*\"}}, \"principal\": "
                   "\"arn:aws:iam::111122223333:user/a\", \"resourceAccount\": "
                   "\"111122223333\"" +
                   tail)
            << true;
        QTest::newRow("policy beyond Latin-1")
            << withPolicy("{\"Statement\": {\"Sid\": \"\\u20ac\", \"Effect\": \"Allow\", "
                          "\"Action\": \"*\", "
                          "\"Resource\": \"*\"}}")
            << false;
        QTest::newRow("duplicate Effect: the last counts")
            << withPolicy(
                   "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": "
                   "\"*\", \"Effect\": \"Deny\"}}")
            << true;
        QTest::newRow("duplicate Statement")
            << withPolicy("{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": "
                          "\"*\"}, \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", "
                          "\"Resource\": \"*\"}}")
            << true;
        QTest::newRow("duplicate action")
            << QByteArray("{\"action\": \"iam:ListUsers\", \"policies\": [" + allowAll + "]" + tail)
            << true;
        QTest::newRow("duplicate context key")
            << QByteArray("{\"context\": {\"aws:Foo\": \"a\", \"aws:foo\": \"b\"}" + tail) << false;
        QTest::newRow("numbers in conditions and context")
            << withCondition("{\"NumericLessThan\": {\"n\": 600}, \"NumericEquals\": {\"m\": 1e2}, "
                             "\"StringEquals\": {\"z\": [-0, 1.0, 12345678901234567890]}}",
                             "{\"n\": 599.5, \"m\": 100, \"z\": 0}")
            << true;
        QTest::newRow("numbers that differ")
            << withCondition("{\"NumericEquals\": {\"m\": 1e2}}", "{\"m\": 1.5}") << true;
        QTest::newRow("booleans in conditions and context")
            << withCondition("{\"Bool\": {\"aws:SecureTransport\": true}}",
                             "{\"aws:SecureTransport\": [true, false]}")
            << true;
        QTest::newRow("null condition value")
            << withCondition("{\"Bool\": {\"aws:SecureTransport\": null}}", "{}") << false;
        QTest::newRow("nested in an unknown field")
            << QByteArray("{\"x\": " + QByteArray(100, '[') + QByteArray(100, ']') +
                          ", \"policies\": [" + allowAll + "]" + tail)
            << true;
        QTest::newRow("nested deeper than the fast reader goes")
            << QByteArray("{\"x\": " + QByteArray(300, '[') + QByteArray(300, ']') + tail) << false;
        QTest::newRow("nested deeper than JSON readers go")
            << QByteArray("{\"x\": " + QByteArray(5000, '[') + QByteArray(5000, ']') + tail)
            << false;
        QTest::newRow("invalid UTF-8 in the action")
            << QByteArray("{\"action\": \"s3:Get\xFF\", \"resource\": \"*\"}") << false;
        QTest::newRow("invalid UTF-8 in a policy")
            << withPolicy(
                   "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": "
                   "\"arn:aws:s3:::\xC0\xAF\"}}")
            << false;
        QTest::newRow("lone surrogate")
            << withCondition("{\"StringEquals\": {\"k\": \"\\udc00\"}}", "{\"k\": \"\\udc00\"}")
            << false;
        QTest::newRow("lone surrogate in a key")
            << QByteArray("{\"context\": {\"\\ud800\": \"v\"}" + tail) << false;
        QTest::newRow("NUL byte") << QByteArray("{\"context\": {\"k\": \"\0\"}", 21) + tail
                                  << false;
        QTest::newRow("vertical tab")
            << QByteArray("{\"action\": \"s3:GetObject\", \"resource\": \"*\"}\v") << false;
        QTest::newRow("trailing comma")
            << QByteArray("{\"policies\": [" + allowAll + ",]" + tail) << false;
        QTest::newRow("braces, brackets and quotes in a policy's strings")
            << QByteArray(
                   "{\"resourcePolicy\": {\"Statement\": {\"Sid\": \"}]\\\"{[\\\\\", "
                   "\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", "
                   "\"Resource\": \"*\"}}, \"principal\": \"arn:aws:iam::111122223333:user/a\"" +
                   tail)
            << true;
        QTest::newRow("brackets that do not match in a policy")
            << withPolicy(
                   "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": "
                   "\"*\"}}]")
            << false;
        QTest::newRow("unterminated policy")
            << QByteArray("{\"action\": \"s3:GetObject\", \"resource\": \"*\", \"policies\": "
                          "[{\"Statement\": {\"Effect\": \"Allow\"")
            << false;
        QTest::newRow("policy followed by junk")
            << QByteArray("{\"policies\": [" + allowAll + " x]" + tail) << false;
        QTest::newRow("huge line")
            << QByteArray("{\"context\": {\"note\": \"" + QByteArray(4 * 1024 * 1024, 'x') +
                          "\"}, \"policies\": [" + allowAll + "]" + tail)
            << true;
        QByteArray statements;
        for (int i = 0; i < 3000; ++i)
            statements += QByteArray(i ? "," : "") +
                          "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:Get" +
                          QByteArray::number(i) + "\", \"Resource\": \"*\"}";
        QTest::newRow("huge policy") << QByteArray("{\"resourcePolicy\": {\"Statement\": [" +
                                                   statements + "]}, \"principal\": \"*\"" + tail)
                                     << true;
    }

    void fastAndCheckedReadersAgree()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, fast);
        BatchSimulator simulator(16, 1);
        const QByteArray answer = simulator.answer(line);
        QCOMPARE(answer, simulator.checkedAnswer(line));
        // Written as QJsonDocument writes it.
        QCOMPARE(QJsonDocument::fromJson(answer).toJson(QJsonDocument::Compact), answer);
        BatchRequestReader reader(16);
        EvaluationRequest request;
        QCOMPARE(reader.read(line, request), fast);
    }

    // Lines damaged at random (bytes dropped, doubled or replaced by JSON's
    // structural characters, escapes, invalid UTF-8 or NUL): whatever the
    // fast reader makes of them, the answer is the checked reader's.
    void damagedLinesGetTheCheckedAnswer()
    {
        const QList<QByteArray> lines{
            part("{'policies': [{'Version': '2012-10-17', 'Statement': [{'Sid': 'A', 'Effect': "
                 "'Allow', 'Action': ['s3:Get*', 'sqs:*'], 'Resource': 'arn:aws:s3:::b/*', "
                 "'Condition': {'NumericLessThan': {'n': 5}}}]}, '{\\'Statement\\': {\\'Effect\\': "
                 "\\'Deny\\', \\'Action\\': \\'s3:Delete*\\', \\'Resource\\': \\'*\\'}}'], "
                 "'action': 's3:GetObject', 'resource': 'arn:aws:s3:::b/k', 'context': {'n': 3}}"),
            part("{'boundary': {'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': '*'}}, "
                 "'scps': [[{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': "
                 "'*', 'Resource': '*'}}], []], 'rcps': [[{'Version': '2012-10-17', 'Statement': "
                 "{'Effect': 'Deny', 'Principal': '*', 'Action': 's3:PutObject', 'Resource': "
                 "'*'}}]], 'principal': 'arn:aws:iam::111122223333:user/a', 'action': "
                 "'s3:PutObject', 'resource': '*'}"),
            part("{'resourcePolicy': {'Statement': {'Sid': 'x', 'Effect': 'Allow', 'Principal': "
                 "{'AWS': 'arn:aws:iam::111122223333:root'}, 'Action': 's3:*', 'Resource': "
                 "'arn:aws:s3:::b/*'}}, 'sessionPolicies': [{'Statement': {'Effect': 'Allow', "
                 "'Action': 's3:*', 'Resource': '*'}}], 'principal': "
                 "'arn:aws:sts::111122223333:assumed-role/R/s', 'action': 's3:GetObject', "
                 "'resource': 'arn:aws:s3:::b/k', 'context': {'aws:SecureTransport': [true]}}")};
        const QList<QByteArray> inserts{"{",
                                        "}",
                                        "[",
                                        "]",
                                        "\"",
                                        ",",
                                        ":",
                                        "\\",
                                        " ",
                                        "\\u00e9",
                                        "\\ud800",
                                        "\xC3",
                                        "\xFF",
                                        QByteArray(1, '\0'),
                                        "1e999",
                                        "null",
                                        "\"policies\": [{}], \"a\": "};
        QRandomGenerator random(4242);
        BatchSimulator simulator(8, 1);
        int fast = 0;
        for (int i = 0; i < 6000; ++i) {
            QByteArray line = lines.at(int(random.bounded(lines.size())));
            for (int damage = 1 + int(random.bounded(2)); damage > 0; --damage) {
                const qsizetype at = qsizetype(random.bounded(quint32(line.size())));
                switch (random.bounded(3)) {
                case 0:
                    line.remove(at, 1);
                    break;
                case 1:
                    line.insert(at, line.at(at));
                    break;
                default:
                    line.insert(at, inserts.at(int(random.bounded(inserts.size()))));
                }
            }
            const QByteArray answer = simulator.answer(line);
            QVERIFY2(answer == simulator.checkedAnswer(line), line.constData());
            BatchRequestReader reader(8);
            EvaluationRequest request;
            fast += reader.read(line, request) ? 1 : 0;
        }
        // Many damaged lines are still requests the fast reader reads itself.
        QVERIFY2(fast > 600, qPrintable(QString::number(fast)));
    }

    void parallelOutputIsTheSingleThreadOutput()
    {
        // Varied requests: policies from a pool larger than the caches, errors and blank lines.
        QRandomGenerator random(20261203);
        const QList<QByteArray> actions{"s3:GetObject", "s3:DeleteObject", "iam:ListUsers",
                                        "sqs:SendMessage", "ec2:RunInstances"};
        QByteArray input;
        constexpr int lines = 40000;
        for (int i = 0; i < lines; ++i) {
            const int kind = int(random.bounded(100));
            if (kind == 0) {
                input += "not json\n";
                continue;
            }
            if (kind == 1) {
                input += "\n  \n";
                continue;
            }
            const QByteArray service =
                actions.at(int(random.bounded(actions.size()))).split(':').at(0);
            const QByteArray policy =
                "{\"Statement\": [{\"Sid\": \"S" + QByteArray::number(random.bounded(40)) +
                "\", \"Effect\": \"Allow\", \"Action\": \"" + service +
                ":*\", \"Resource\": \"*\"}, {\"Effect\": \"Deny\", \"Action\": \"*:Delete*\", "
                "\"Resource\": \"arn:aws:s3:::b" +
                QByteArray::number(random.bounded(3)) + "/*\"}]}";
            const QByteArray bad =
                kind == 2 ? QByteArray("{\"Statement\": {\"Effect\": \"No\"}}") : policy;
            input += "{\"policies\": [" + bad +
                     (kind % 2 ? ", \"" + QByteArray(policy).replace('"', "\\\"") + "\"" : "") +
                     "], \"action\": \"" + actions.at(int(random.bounded(actions.size()))) +
                     "\", \"resource\": \"arn:aws:s3:::b" + QByteArray::number(random.bounded(3)) +
                     "/k" + QByteArray::number(i) + "\"}\n";
        }
        // A line longer than any block the reader takes, and a last line without its newline.
        input += "{\"context\": {\"note\": \"" + QByteArray(300 * 1024, 'n') +
                 "\"}, \"action\": \"s3:GetObject\", \"resource\": \"*\"}\n";
        input += "{\"policies\": [{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", "
                 "\"Resource\": \"*\"}}], \"action\": \"s3:GetObject\", \"resource\": \"*\"}";
        const auto runWith = [&input](int threads, qint64& answered) {
            QBuffer in(&input);
            in.open(QIODevice::ReadOnly);
            QByteArray output;
            QBuffer out(&output);
            out.open(QIODevice::WriteOnly);
            BatchSimulator simulator(32, threads);
            answered = simulator.run(in, out);
            return output;
        };
        qint64 single = 0;
        qint64 parallel = 0;
        const QByteArray expected = runWith(1, single);
        const QByteArray actual = runWith(3, parallel);
        QCOMPARE(parallel, single);
        QCOMPARE(qint64(expected.count('\n')), single);
        QVERIFY(single > lines * 95 / 100);
        QVERIFY(actual == expected); // every answer, in order
        QVERIFY(expected.endsWith(
            "{\"decision\":\"allow\",\"matched\":[{\"policy\":0,\"statement\":0}]}\n"));
        // The input exercises every kind of answer.
        for (const char* kind : {"\"allow\"", "\"explicitDeny\"", "\"implicitDeny\"",
                                 "ValidationError", "MalformedPolicyDocument"})
            QVERIFY2(expected.contains(kind), kind);
    }

    // A file is read in blocks of a megabyte: lines that straddle two blocks,
    // CRLF endings, blank lines, a bad line in the middle and a last line
    // without its newline all get the answer the line alone gets, at its place.
    void readsAFileInBlocks_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one thread") << 1;
        QTest::newRow("two threads") << 2;
        QTest::newRow("many threads, smaller blocks") << 40;
    }

    void readsAFileInBlocks()
    {
        QFETCH(int, threads);
        QList<QByteArray> lines;
        QByteArray input;
        for (int i = 0; input.size() < 3 * 1024 * 1024; ++i) {
            // Lines of varied length, so that the blocks end at every place in a line.
            const QByteArray request =
                "{\"policies\": [{\"Statement\": {\"Sid\": \"S" + QByteArray::number(i % 5) +
                "\", \"Effect\": \"Allow\", \"Action\": \"s3:Get*\", \"Resource\": \"*\"}}], "
                "\"action\": \"" +
                (i % 3 ? "s3:GetObject" : "s3:PutObject") + "\", \"resource\": \"arn:aws:s3:::b/" +
                QByteArray(i % 977, 'k') + "\"}";
            lines.append(i == 2500 ? QByteArray("{\"action\": \"s3:GetObject\"") : request);
            lines.last() += i % 2 ? "\r\n" : "\n"; // as the simulator sees it
            input += lines.last();
            if (i % 1000 == 999)
                input += "\r\n  \n"; // blank lines get no answer
        }
        // The last line without its newline.
        const qsizetype newline = lines.last().endsWith("\r\n") ? 2 : 1;
        input.chop(newline);
        lines.last().chop(newline);
        qint64 answered = 0;
        const QByteArray output = runOverFile(input, threads, &answered);
        QCOMPARE(answered, qint64(lines.size()));
        const QList<QByteArray> answers = output.split('\n');
        QCOMPARE(answers.size(), lines.size() + 1);
        QVERIFY(answers.last().isEmpty()); // each answer ends with its newline
        BatchSimulator alone(32, 1);
        for (qsizetype i = 0; i < lines.size(); ++i)
            QVERIFY2(answers.at(i) == alone.checkedAnswer(lines.at(i)), lines.at(i).constData());
        QVERIFY(answers.at(2500).startsWith("{\"error\":{\"code\":\"ValidationError\""));
        // Its neighbours: s3:GetObject is allowed, s3:PutObject (every third line) is not.
        QVERIFY(answers.at(2498).startsWith("{\"decision\":\"allow\""));
        QVERIFY(answers.at(2499).startsWith("{\"decision\":\"implicitDeny\""));
        QVERIFY(answers.at(2501).startsWith("{\"decision\":\"allow\""));
    }

    void answersNothingToAnEmptyFile_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("threads");
        for (int threads : {1, 2}) {
            const QByteArray suffix = threads == 1 ? " (one thread)" : " (two threads)";
            QTest::newRow("empty" + suffix) << QByteArray() << threads;
            QTest::newRow("blank lines" + suffix) << QByteArray("\n \r\n\t\n  ") << threads;
        }
    }

    void answersNothingToAnEmptyFile()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, threads);
        qint64 answered = -1;
        const QByteArray output = runOverFile(input, threads, &answered);
        QCOMPARE(answered, 0);
        QVERIFY(output.isEmpty());
    }

    void streamsALongBatch()
    {
        constexpr qint64 lines = 100000;
        const QStringList verdicts{QStringLiteral("allow"), QStringLiteral("implicitDeny"),
                                   QStringLiteral("explicitDeny")};
        // ~1.5 kB a line, so buffering the stream would show in memory.
        const QByteArray padding = QByteArray(1200, 'p');
        LineGenerator source(lines, [&padding](qint64 i) {
            const qint64 variant = i % 7;
            const char* actions[] = {"s3:GetObject", "ec2:RunInstances", "s3:DeleteBucket"};
            return QByteArrayLiteral(
                       "{\"policies\": [{\"Version\": \"2012-10-17\", \"Statement\": [") +
                   "{\"Sid\": \"Read" + QByteArray::number(variant) +
                   "\", \"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"},"
                   " {\"Effect\": \"Deny\", \"Action\": \"s3:Delete*\", \"Resource\": \"*\"}]}],"
                   " \"action\": \"" +
                   actions[i % 3] + "\", \"resource\": \"arn:aws:s3:::bucket-" +
                   QByteArray::number(i) + "\", \"context\": {\"note\": \"" + padding +
                   "\", \"n\": \"" + QByteArray::number(i) + "\"}}";
        });
        AnswerSink sink(source, [&verdicts](qint64 i, const QJsonObject& answer) {
            return answer.value(QStringLiteral("decision")).toString() == verdicts.at(int(i % 3));
        });
        BatchSimulator simulator(16);
        QCOMPARE(simulator.run(source, sink), lines);
        QCOMPARE(sink.answers(), lines);
        QCOMPARE(sink.wrong(), 0);
        // Each answer is written before much more input is read.
        QVERIFY2(sink.maxLag() <= 64, qPrintable(QString::number(sink.maxLag())));
        QVERIFY(simulator.cachedPolicies() > 0);
        QVERIFY(simulator.cachedPolicies() <= 16);
        qInfo("100000 lines: reading ran at most %lld lines ahead", sink.maxLag());
    }
};

QTEST_GUILESS_MAIN(TestBatchSimulator)
#include "tst_batchsimulator.moc"
