#include "policy/batchsimulator.h"

#include "policy/conditionvalue.h"
#include "policy/evaluationrequest.h"
#include "policy/policyevaluator.h"

#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace {

const QString Policies = QStringLiteral("policies");
const QString Boundary = QStringLiteral("boundary");
const QString SessionPolicies = QStringLiteral("sessionPolicies");
const QString ResourcePolicy = QStringLiteral("resourcePolicy");
const QString Scps = QStringLiteral("scps");
const QString Rcps = QStringLiteral("rcps");

// A chunk of input closes at this size, or when the input has nothing more
// ready (a pipe or socket), so that a waiting client gets its answers.
constexpr qsizetype ChunkBytes = 64 * 1024;
constexpr int ChunkLines = 256;
// A file has no waiting client: it is read in blocks up to this large, so that
// the threads hand chunks over a few hundred times a gigabyte, not thousands;
// smaller with many threads, so that the chunks in flight hold at most
// FileWindowBytes.
constexpr qsizetype FileChunkBytes = 1024 * 1024;
constexpr qsizetype FileWindowBytes = 8 * 1024 * 1024;

QString levelReference(const QString& field, int level, int index)
{
    return field + QStringLiteral("[%1][%2]").arg(level).arg(index);
}

void appendNumber(QByteArray& out, int number)
{
    char digits[16];
    const auto written = std::to_chars(digits, digits + sizeof digits, number);
    out.append(digits, written.ptr - digits);
}

// A JSON string as QJsonDocument writes it.
void appendString(QByteArray& out, const QString& text)
{
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') &&
               c != QLatin1Char('\\');
    });
    if (!plain) { // escapes and UTF-8 exactly as Qt's writer does them
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        out.append(array.constData() + 1, array.size() - 2);
        return;
    }
    out.append('"');
    for (const QChar c : text)
        out.append(char(c.unicode()));
    out.append('"');
}

// "scps[1][0]", "sessionPolicies[2]": plain ASCII, written as it is, without a QString.
void appendIndexed(QByteArray& out, const char* field, int level, int index)
{
    out.append('"');
    out.append(field);
    if (level >= 0) {
        out.append('[');
        appendNumber(out, level);
        out.append(']');
    }
    out.append('[');
    appendNumber(out, index);
    out.append("]\"");
}

void appendPolicyReference(QByteArray& out, const MatchedStatement& matched)
{
    switch (matched.type) {
    case PolicyType::Identity:
        appendNumber(out, matched.policyIndex);
        return;
    case PolicyType::Session:
        appendIndexed(out, "sessionPolicies", -1, matched.policyIndex);
        return;
    case PolicyType::Boundary:
        out.append("\"boundary\"");
        return;
    case PolicyType::Resource:
    case PolicyType::Trust:
        out.append("\"resourcePolicy\"");
        return;
    case PolicyType::ServiceControl:
        appendIndexed(out, "scps", matched.level, matched.policyIndex);
        return;
    case PolicyType::ResourceControl:
        appendIndexed(out, "rcps", matched.level, matched.policyIndex);
        return;
    }
    out.append("null");
}

// The answer as QJsonDocument's compact form would write it, without building one.
void appendResult(QByteArray& out, const EvaluationResult& result)
{
    out.append("{\"decision\":");
    appendString(out, EvaluationResult::decisionName(result.decision));
    out.append(",\"matched\":[");
    bool first = true;
    for (const MatchedStatement& statement : result.matched) {
        out.append(first ? "{\"policy\":" : ",{\"policy\":");
        first = false;
        appendPolicyReference(out, statement);
        out.append(",\"statement\":");
        if (statement.sid.isEmpty())
            appendNumber(out, statement.statementIndex);
        else
            appendString(out, statement.sid);
        out.append('}');
    }
    out.append("]}");
}

// Appends the next line of in, with its newline, to buffer; false at the end of the input.
bool appendLine(QIODevice& in, QByteArray& buffer)
{
    constexpr qsizetype step = 16 * 1024;
    const qsizetype start = buffer.size();
    for (;;) {
        const qsizetype at = buffer.size();
        buffer.resize(at + step + 1);
        const qint64 n = in.readLine(buffer.data() + at, step + 1);
        buffer.resize(at + qMax<qint64>(0, n));
        if (n > 0) {
            if (buffer.endsWith('\n'))
                return true;
            continue; // a long line, or the last one
        }
        // Nothing now: the end, unless a socket or process is still producing.
        if (in.waitForReadyRead(-1))
            continue;
        if (buffer.size() == start)
            return false;
        buffer.append('\n');
        return true;
    }
}

// Appends about `bytes` of whole lines of a file to lines; what follows the
// last newline waits in carry for the next call. False at the end of the
// input (the last line then has its newline).
bool appendLines(QIODevice& in, qsizetype bytes, QByteArray& lines, QByteArray& carry)
{
    lines.append(carry);
    carry.clear();
    for (;;) {
        const qsizetype at = lines.size();
        lines.resize(at + bytes);
        const qint64 n = in.read(lines.data() + at, bytes);
        lines.resize(at + qMax<qint64>(0, n));
        if (n <= 0) {
            if (!lines.isEmpty() && !lines.endsWith('\n'))
                lines.append('\n');
            return false;
        }
        const qsizetype last = lines.lastIndexOf('\n');
        if (last < 0)
            continue; // a line longer than a chunk
        carry = lines.sliced(last + 1);
        lines.truncate(last + 1);
        return true;
    }
}

bool isBlank(QByteArrayView line)
{
    return line.trimmed().isEmpty();
}

} // namespace

// Lines read together, decided by one thread, written together.
struct BatchSimulator::Chunk
{
    QByteArray lines; // each with its newline
    QByteArray answers;
    qint64 answered = 0;
    bool done = false;
};

BatchSimulator::BatchSimulator(qsizetype cacheCapacity, int threads)
    : m_capacity(qMax<qsizetype>(1, cacheCapacity))
    , m_threads(threads > 0 ? threads : qMax(1, QThread::idealThreadCount()))
    , m_cache(m_capacity)
{}

BatchSimulator::~BatchSimulator() = default;

void BatchSimulator::prepareReaders(int count)
{
    // The capacity is shared out, so the total stays within it.
    const qsizetype each = qMax<qsizetype>(1, m_capacity / count);
    m_readers.clear();
    for (int i = 0; i < count; ++i)
        m_readers.push_back(std::make_unique<BatchRequestReader>(each));
}

qsizetype BatchSimulator::cachedPolicies() const
{
    qsizetype held = 0;
    for (const auto& reader : m_readers)
        held += reader->cache().size();
    return held;
}

qint64 BatchSimulator::run(QIODevice& in, QIODevice& out)
{
    return m_threads > 1 ? runParallel(in, out) : runInline(in, out);
}

qint64 BatchSimulator::runInline(QIODevice& in, QIODevice& out)
{
    prepareReaders(1);
    qint64 answered = 0;
    if (!in.isSequential()) { // a file: in blocks, as with more threads
        QByteArray carry;
        for (bool more = true; more;) {
            Chunk chunk;
            more = appendLines(in, FileChunkBytes, chunk.lines, carry);
            answerChunk(*m_readers.front(), chunk);
            out.write(chunk.answers);
            answered += chunk.answered;
        }
        return answered;
    }
    QByteArray line;
    QByteArray answer;
    EvaluationRequest request; // one for every line, so its lists keep their memory
    while (appendLine(in, line)) {
        if (!isBlank(line)) {
            appendAnswer(*m_readers.front(), line, answer, request);
            out.write(answer);
            answer.clear();
            ++answered;
        }
        line.clear();
    }
    return answered;
}

qint64 BatchSimulator::runParallel(QIODevice& in, QIODevice& out)
{
    const int deciders = m_threads;
    prepareReaders(deciders);
    // Chunks read and not yet written, in input order; twice the deciders keeps them busy.
    const size_t window = size_t(2 * deciders);
    const qsizetype fileChunkBytes =
        qBound(ChunkBytes, FileWindowBytes / qsizetype(window), FileChunkBytes);
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::shared_ptr<Chunk>> unwritten;
    std::deque<Chunk*> undecided;
    bool inputDone = false;

    std::thread reader([&] {
        QByteArray carry; // a file's next line, begun in the last block read
        for (bool more = true; more;) {
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return unwritten.size() < window; });
            }
            auto chunk = std::make_shared<Chunk>();
            if (!in.isSequential()) {
                chunk->lines.reserve(fileChunkBytes + 64 * 1024);
                // A file: whole blocks, split at the last newline.
                more = appendLines(in, fileChunkBytes, chunk->lines, carry);
            } else {
                chunk->lines.reserve(ChunkBytes + 32 * 1024);
                int lines = 0;
                // Hand the chunk over when full, or before a read that might wait for input.
                while (chunk->lines.size() < ChunkBytes && lines < ChunkLines &&
                       (lines == 0 || in.bytesAvailable() > 0)) {
                    if (!appendLine(in, chunk->lines)) {
                        more = false;
                        break;
                    }
                    ++lines;
                }
            }
            {
                std::lock_guard lock(mutex);
                if (!chunk->lines.isEmpty()) {
                    unwritten.push_back(chunk);
                    undecided.push_back(chunk.get());
                }
                inputDone = !more;
            }
            changed.notify_all();
        }
    });

    std::vector<std::thread> workers;
    for (int i = 0; i < deciders; ++i) {
        workers.emplace_back([&, i] {
            for (;;) {
                Chunk* chunk = nullptr;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return !undecided.empty() || inputDone; });
                    if (undecided.empty())
                        return;
                    chunk = undecided.front();
                    undecided.pop_front();
                }
                answerChunk(*m_readers.at(size_t(i)), *chunk);
                {
                    std::lock_guard lock(mutex);
                    chunk->done = true;
                }
                changed.notify_all();
            }
        });
    }

    // The calling thread writes, in input order; it flushes before it waits,
    // so a client that waits for its answers gets them.
    auto* file = qobject_cast<QFileDevice*>(&out);
    qint64 answered = 0;
    bool unflushed = false;
    for (;;) {
        std::shared_ptr<Chunk> chunk;
        {
            std::unique_lock lock(mutex);
            const auto ready = [&] {
                return (!unwritten.empty() && unwritten.front()->done) ||
                       (inputDone && unwritten.empty());
            };
            if (!ready() && unflushed && file) {
                lock.unlock();
                file->flush();
                unflushed = false;
                lock.lock();
            }
            changed.wait(lock, ready);
            if (unwritten.empty())
                break;
            chunk = std::move(unwritten.front());
            unwritten.pop_front();
        }
        changed.notify_all(); // room in the window
        out.write(chunk->answers);
        answered += chunk->answered;
        unflushed = true;
    }
    reader.join();
    for (std::thread& worker : workers)
        worker.join();
    return answered;
}

void BatchSimulator::answerChunk(BatchRequestReader& reader, Chunk& chunk)
{
    const QByteArray& text = chunk.lines;
    chunk.answers.reserve(text.size() / 8);
    EvaluationRequest request; // one for every line, so its lists keep their memory
    qsizetype begin = 0;
    while (begin < text.size()) {
        qsizetype end = text.indexOf('\n', begin);
        if (end < 0)
            end = text.size() - 1;
        const QByteArrayView line(text.constData() + begin, end + 1 - begin);
        begin = end + 1;
        if (isBlank(line))
            continue;
        appendAnswer(reader, line, chunk.answers, request);
        ++chunk.answered;
    }
}

void BatchSimulator::appendAnswer(BatchRequestReader& reader, QByteArrayView line, QByteArray& out,
                                  EvaluationRequest& request)
{
    if (reader.read(line, request))
        appendResult(out, PolicyEvaluator::evaluate(request));
    else
        out.append(checkedAnswer(line));
    out.append('\n');
}

QByteArray BatchSimulator::answer(const QByteArray& line)
{
    if (m_readers.empty())
        prepareReaders(1);
    QByteArray out;
    EvaluationRequest request;
    appendAnswer(*m_readers.front(), line, out, request);
    out.chop(1);
    return out;
}

QByteArray BatchSimulator::checkedAnswer(QByteArrayView line)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return errorLine(IamError::validation(QStringLiteral("The line is not valid JSON: ") +
                                              parseError.errorString()));
    if (!json.isObject())
        return errorLine(IamError::validation(QStringLiteral("The line must be a JSON object")));
    EvaluationRequest request;
    const Result<void> read = readRequest(json.object(), request);
    if (!read.ok())
        return errorLine(read.error());
    QByteArray out;
    appendResult(out, PolicyEvaluator::evaluate(request));
    return out;
}

Result<void> BatchSimulator::readRequest(const QJsonObject& object, EvaluationRequest& request)
{
    for (const QString& field : {QStringLiteral("action"), QStringLiteral("resource")}) {
        if (!object.value(field).isString() || object.value(field).toString().isEmpty())
            return IamError::validation(QStringLiteral("Missing required field ") + field);
    }
    request.action = object.value(QStringLiteral("action")).toString();
    request.resource = object.value(QStringLiteral("resource")).toString();
    request.principal =
        RequestPrincipal::fromArn(object.value(QStringLiteral("principal")).toString());
    request.resourceAccount = object.value(QStringLiteral("resourceAccount")).toString();

    const auto readList = [&](const QString& field, PolicyKind kind,
                              QList<NamedPolicy>& out) -> Result<void> {
        if (!object.contains(field))
            return {};
        if (!object.value(field).isArray())
            return IamError::validation(field + QStringLiteral(" must be an array of policies"));
        const QJsonArray array = object.value(field).toArray();
        for (int i = 0; i < array.size(); ++i) {
            NamedPolicy named;
            const Result<void> read =
                readPolicy(array.at(i), field + QStringLiteral("[%1]").arg(i), kind, named);
            if (!read.ok())
                return read;
            out.append(named);
        }
        return {};
    };
    const auto readOne = [&](const QString& field, PolicyKind kind,
                             std::optional<NamedPolicy>& out) -> Result<void> {
        if (!object.contains(field) || object.value(field).isNull())
            return {};
        NamedPolicy named;
        const Result<void> read = readPolicy(object.value(field), field, kind, named);
        if (read.ok())
            out = named;
        return read;
    };
    if (auto step = readList(Policies, PolicyKind::Identity, request.identityPolicies); !step.ok())
        return step;
    if (auto step = readOne(Boundary, PolicyKind::Boundary, request.permissionsBoundary);
        !step.ok())
        return step;
    if (auto step = readList(SessionPolicies, PolicyKind::Session, request.sessionPolicies);
        !step.ok())
        return step;
    if (auto step = readOne(ResourcePolicy, PolicyKind::Resource, request.resourcePolicy);
        !step.ok())
        return step;
    if (auto step =
            readLevels(object, Scps, PolicyKind::ServiceControl, request.serviceControlPolicies);
        !step.ok())
        return step;
    if (auto step =
            readLevels(object, Rcps, PolicyKind::ResourceControl, request.resourceControlPolicies);
        !step.ok())
        return step;
    return readContext(object.value(QStringLiteral("context")), request);
}

Result<void> BatchSimulator::readLevels(const QJsonObject& object, const QString& field,
                                        PolicyKind kind, QList<QList<NamedPolicy>>& out)
{
    if (!object.contains(field) || object.value(field).isNull())
        return {};
    const QString what = field + QStringLiteral(" must be an array of levels, from the "
                                                "organization's root down to the account, each "
                                                "an array of policies");
    if (!object.value(field).isArray())
        return IamError::validation(what);
    const QJsonArray levels = object.value(field).toArray();
    for (int l = 0; l < levels.size(); ++l) {
        if (!levels.at(l).isArray())
            return IamError::validation(what);
        const QJsonArray policies = levels.at(l).toArray();
        QList<NamedPolicy> level;
        for (int i = 0; i < policies.size(); ++i) {
            NamedPolicy named;
            const Result<void> read =
                readPolicy(policies.at(i), levelReference(field, l, i), kind, named);
            if (!read.ok())
                return read;
            level.append(named);
        }
        out.append(level);
    }
    return {};
}

Result<void> BatchSimulator::readPolicy(const QJsonValue& value, const QString& field,
                                        PolicyKind kind, NamedPolicy& out)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else
        return IamError::validation(field + QStringLiteral(" must be a policy document"));
    auto compiled = m_cache.get(text, kind);
    if (!compiled.ok())
        return IamError::malformedPolicyDocument(field + QStringLiteral(": ") +
                                                 compiled.error().message());
    out = {field, compiled.value()};
    return {};
}

Result<void> BatchSimulator::readContext(const QJsonValue& value, EvaluationRequest& request)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return IamError::validation(QStringLiteral("context must be an object"));
    const QJsonObject context = value.toObject();
    for (auto it = context.begin(); it != context.end(); ++it) {
        const QJsonArray values =
            it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        QStringList texts;
        for (const QJsonValue& item : values) {
            const auto text = ConditionValue::textOf(item);
            if (!text)
                return IamError::validation(QStringLiteral("context value of ") + it.key() +
                                            QStringLiteral(" must be a string or strings"));
            texts.append(*text);
        }
        request.context.set(it.key(), texts);
    }
    return {};
}

QByteArray BatchSimulator::errorLine(const IamError& error)
{
    const QJsonObject answer{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code()},
                                              {QStringLiteral("message"), error.message()}}}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}
