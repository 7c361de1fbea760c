#include "policy/batchrequestreader.h"

#include "policy/evaluationrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

// SSE2 is part of x86-64: RapidJSON then scans strings and whitespace 16 bytes at a time.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/document.h>
#include <rapidjson/reader.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

using Arena = rapidjson::MemoryPoolAllocator<rapidjson::CrtAllocator>;
using Document = rapidjson::GenericDocument<rapidjson::UTF8<>, Arena, Arena>;
using Value = Document::ValueType;
using Reader = rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, Arena>;

// Numbers round as strtod does. The line is read from a buffer that goes on
// past it (the next lines, then a NUL), so the parser stops after the request
// object and the caller checks that nothing but whitespace followed it. UTF-8
// is checked on the whole line beforehand, as QJsonDocument checks it.
constexpr unsigned ParseFlags =
    rapidjson::kParseFullPrecisionFlag | rapidjson::kParseStopWhenDoneFlag;

enum class Field
{
    None,
    Action,
    Resource,
    Principal,
    ResourceAccount,
    Policies,
    Boundary,
    SessionPolicies,
    ResourcePolicy,
    Scps,
    Rcps,
    Context,
    Count
};

Field fieldOf(std::string_view name)
{
    static constexpr std::pair<std::string_view, Field> fields[] = {
        {"action", Field::Action},
        {"resource", Field::Resource},
        {"principal", Field::Principal},
        {"resourceAccount", Field::ResourceAccount},
        {"policies", Field::Policies},
        {"boundary", Field::Boundary},
        {"sessionPolicies", Field::SessionPolicies},
        {"resourcePolicy", Field::ResourcePolicy},
        {"scps", Field::Scps},
        {"rcps", Field::Rcps},
        {"context", Field::Context}};
    for (const auto& [text, field] : fields) {
        if (text == name)
            return field;
    }
    return Field::None;
}

bool isJsonWhitespace(QByteArrayView text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string_view textOf(const Value& value)
{
    return {value.GetString(), value.GetStringLength()};
}

QString qStringOf(const Value& value)
{
    return QString::fromUtf8(value.GetString(), qsizetype(value.GetStringLength()));
}

// The containers an object kept apart sits in (0 for the line itself): a
// policy, or the context, which is read from its own text, and looked up by it.
int keptApartDepth(Field field)
{
    switch (field) {
    case Field::Context:
    case Field::Boundary:
    case Field::ResourcePolicy:
        return 1;
    case Field::Policies:
    case Field::SessionPolicies:
        return 2;
    case Field::Scps:
    case Field::Rcps:
        return 3;
    default:
        return -1;
    }
}

struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
};
using Spans = std::array<std::vector<Span>, size_t(Field::Count)>;

// Builds the document from the parser's events and notes where each policy
// object lies in the line, in order, so that a policy is looked up by its own
// text; the document holds each policy object as an empty one, as its members
// are only needed when the policy is compiled, from its text. Refuses nesting
// deeper than BatchRequestReader::MaxDepth.
template <typename Stream>
class LineHandler
{
public:
    // escapes: whether the line has a backslash, which could make a lone surrogate.
    LineHandler(Document& document, Stream& stream, Spans& spans, bool escapes)
        : m_document(document)
        , m_stream(stream)
        , m_spans(spans)
        , m_escapes(escapes)
    {}

    bool Null() { return inPolicy() || m_document.Null(); }
    bool Bool(bool b) { return inPolicy() || m_document.Bool(b); }
    bool Int(int i) { return inPolicy() || m_document.Int(i); }
    bool Uint(unsigned i) { return inPolicy() || m_document.Uint(i); }
    bool Int64(int64_t i) { return inPolicy() || m_document.Int64(i); }
    bool Uint64(uint64_t i) { return inPolicy() || m_document.Uint64(i); }
    bool Double(double d) { return inPolicy() || m_document.Double(d); }
    bool RawNumber(const char* s, rapidjson::SizeType length, bool copy)
    {
        return inPolicy() || m_document.RawNumber(s, length, copy);
    }
    bool String(const char* s, rapidjson::SizeType length, bool copy)
    {
        return inPolicy() || (isWholeText(s, length) && m_document.String(s, length, copy));
    }
    bool Key(const char* s, rapidjson::SizeType length, bool copy)
    {
        if (inPolicy())
            return true;
        if (!isWholeText(s, length))
            return false;
        if (m_depth == 1) {
            m_field = fieldOf({s, length});
            // A repeated member replaces the earlier one, as in QJsonObject.
            m_spans[size_t(m_field)].clear();
        }
        return m_document.Key(s, length, copy);
    }
    bool StartObject()
    {
        if (inPolicy())
            return enter();
        if (m_depth > 0 && m_depth == keptApartDepth(m_field)) {
            m_recordDepth = m_depth + 1;
            m_start = qsizetype(m_stream.Tell()) - 1; // the parser has just taken the '{'
        }
        return enter() && m_document.StartObject();
    }
    bool EndObject(rapidjson::SizeType members)
    {
        --m_depth;
        if (m_recordDepth < 0)
            return m_document.EndObject(members);
        if (m_depth + 1 != m_recordDepth)
            return true; // inside a policy
        m_spans[size_t(m_field)].push_back({m_start, qsizetype(m_stream.Tell())});
        m_recordDepth = -1;
        return m_document.EndObject(0);
    }
    bool StartArray() { return enter() && (inPolicy(1) || m_document.StartArray()); }
    bool EndArray(rapidjson::SizeType elements)
    {
        --m_depth;
        return inPolicy() || m_document.EndArray(elements);
    }

private:
    bool enter() { return ++m_depth <= BatchRequestReader::MaxDepth; }
    // RapidJSON turns an escaped lone surrogate ("\udc00") into the bytes of
    // one, which no text holds; QJsonDocument keeps it as a QChar. Such a line
    // is the checked reader's.
    bool isWholeText(const char* s, size_t length) const
    {
        if (!m_escapes)
            return true;
        const char* end = s + length;
        for (const char* p = s;
             (p = static_cast<const char*>(std::memchr(p, 0xED, size_t(end - p)))); ++p) {
            if (p + 1 < end && (uchar(p[1]) & 0xE0) == 0xA0)
                return false;
        }
        return true;
    }
    // Whether the event belongs to a policy's members (after enter(), one level deeper).
    bool inPolicy(int entered = 0) const
    {
        return m_recordDepth >= 0 && m_depth - entered >= m_recordDepth;
    }

    Document& m_document;
    Stream& m_stream;
    Spans& m_spans;
    bool m_escapes;
    int m_depth = 0;
    Field m_field = Field::None;
    int m_recordDepth = -1; // the depth inside the policy object being recorded
    qsizetype m_start = 0;
};

// Parses text, which must hold one object and nothing else but whitespace,
// into document; the buffer goes on past text up to a NUL. Stream is
// rapidjson::StringStream, or InsituStringStream for a buffer of the reader's
// own, which the document's strings are then left in (not copied).
template <typename Stream>
bool parseObject(QByteArrayView text, Document& document, Arena& stack, Spans& spans, bool escapes)
{
    constexpr unsigned Flags = ParseFlags | (std::is_same_v<Stream, rapidjson::InsituStringStream>
                                                 ? unsigned(rapidjson::kParseInsituFlag)
                                                 : 0u);
    Stream stream(const_cast<char*>(text.data()));
    Reader reader(&stack);
    auto generate = [&](Document& target) {
        LineHandler<Stream> handler(target, stream, spans, escapes);
        return !reader.Parse<Flags>(stream, handler).IsError();
    };
    document.Populate(generate);
    return !reader.HasParseError() && document.IsObject() &&
           qsizetype(stream.Tell()) <= text.size() &&
           isJsonWhitespace(text.sliced(qsizetype(stream.Tell())));
}

std::optional<QString> conditionText(const Value& value)
{
    if (value.IsString())
        return qStringOf(value);
    if (value.IsBool())
        return value.GetBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.IsNumber()) // as ConditionValue::textOf spells a JSON number
        return QString::number(value.GetDouble(), 'g', QLocale::FloatingPointShortest);
    return std::nullopt;
}

// What known holds for key, made by make() the first time; known is emptied
// when full, and a long key is not remembered, so memory stays bounded.
template <typename T, typename Make>
T remembered(QHash<QByteArray, T>& known, QByteArrayView key, Make make)
{
    const auto it = known.constFind(QByteArray::fromRawData(key.data(), key.size()));
    if (it != known.cend())
        return *it;
    if (key.size() > BatchRequestReader::MaxRememberedBytes)
        return make();
    if (known.size() >= BatchRequestReader::MaxRemembered)
        known.clear();
    return *known.insert(key.toByteArray(), make());
}

QByteArrayView bytesOf(const Value& value)
{
    return {value.GetString(), qsizetype(value.GetStringLength())};
}

using ContextKeys = QHash<QByteArray, std::pair<QString, QString>>;

// A context key's name and its lower case, remembered by its text.
std::pair<QString, QString> contextKey(const Value& name, ContextKeys& known)
{
    return remembered(known, bytesOf(name), [&name] {
        const QString key = qStringOf(name);
        return std::pair{key, key.toLower()};
    });
}

bool readContext(const Value* context, RequestContext& out, ContextKeys& keys)
{
    if (!context || context->IsNull())
        return true;
    if (!context->IsObject())
        return false;
    for (auto member = context->MemberBegin(); member != context->MemberEnd(); ++member) {
        QStringList texts;
        const auto add = [&texts](const Value& item) {
            auto text = conditionText(item);
            if (text)
                texts.append(std::move(*text));
            return text.has_value();
        };
        if (member->value.IsArray()) {
            for (const Value& item : member->value.GetArray()) {
                if (!add(item))
                    return false;
            }
        } else if (!add(member->value)) {
            return false;
        }
        const auto [name, lowerCase] = contextKey(member->name, keys);
        out.set(name, lowerCase, texts);
    }
    // A key given twice, perhaps in another case: which one wins is the checked reader's call.
    return out.size() == qsizetype(context->MemberCount());
}

PolicyKind kindOf(Field field)
{
    switch (field) {
    case Field::Boundary:
        return PolicyKind::Boundary;
    case Field::SessionPolicies:
        return PolicyKind::Session;
    case Field::ResourcePolicy:
        return PolicyKind::Resource;
    case Field::Scps:
        return PolicyKind::ServiceControl;
    case Field::Rcps:
        return PolicyKind::ResourceControl;
    default:
        return PolicyKind::Identity;
    }
}

QString fieldName(Field field)
{
    switch (field) {
    case Field::Policies:
        return QStringLiteral("policies");
    case Field::Boundary:
        return QStringLiteral("boundary");
    case Field::SessionPolicies:
        return QStringLiteral("sessionPolicies");
    case Field::ResourcePolicy:
        return QStringLiteral("resourcePolicy");
    case Field::Scps:
        return QStringLiteral("scps");
    case Field::Rcps:
        return QStringLiteral("rcps");
    default:
        return QString();
    }
}

// The first '"' from p on, or end; 16 bytes at a time where SSE2 is there (x86-64).
const char* findQuote(const char* p, const char* end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    for (; end - p >= 16; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const int found = _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, quote));
        if (found)
            return p + __builtin_ctz(unsigned(found));
    }
#endif
    while (p < end && *p != '"')
        ++p;
    return p;
}

struct LineBytes
{
    bool plain = true;    // ASCII without a NUL: valid UTF-8 that RapidJSON reads to its end
    bool escapes = false; // a backslash
};

// What a line holds, in one pass, 16 bytes at a time where SSE2 is there.
LineBytes classify(QByteArrayView text)
{
    LineBytes found;
    const char* p = text.data();
    const char* const end = p + text.size();
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    const __m128i backslash = _mm_set1_epi8('\\');
    int odd = 0;
    int escapes = 0;
    for (; end - p >= 16; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        odd |= _mm_movemask_epi8(bytes) | _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, zero));
        escapes |= _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, backslash));
    }
    found.plain = odd == 0;
    found.escapes = escapes != 0;
#endif
    for (; p < end; ++p) {
        found.plain = found.plain && *p != 0 && uchar(*p) < 0x80;
        found.escapes = found.escapes || *p == '\\';
    }
    return found;
}

// The closing quote of the string whose text starts at p, or nullptr.
const char* stringEnd(const char* p, const char* end)
{
    while (p < end) {
        const char* quote = findQuote(p, end);
        if (quote == end)
            return nullptr;
        const char* q = quote;
        while (q > p && q[-1] == '\\')
            --q;
        if ((quote - q) % 2 == 0) // not escaped
            return quote;
        p = quote + 1;
    }
    return nullptr;
}

#if defined(__SSE2__)
// Bit i set where block[i] is c, for the 64 bytes of block.
quint64 bitsOf(const __m128i (&block)[4], char c)
{
    const __m128i match = _mm_set1_epi8(c);
    quint64 bits = 0;
    for (int i = 0; i < 4; ++i)
        bits |= quint64(uint(_mm_movemask_epi8(_mm_cmpeq_epi8(block[i], match)))) << (16 * i);
    return bits;
}

// Bit i set where an odd number of bits 0..i of x are: between a quote and the next.
quint64 prefixXor(quint64 x)
{
    for (int shift = 1; shift < 64; shift *= 2)
        x ^= x << shift;
    return x;
}
#endif

// The '}' that closes the object opening at p, `depth` containers deep; nullptr
// when there is none or it nests deeper than the reader goes.
const char* objectEnd(const char* p, const char* end, int depth)
{
    int open = 0;
#if defined(__SSE2__)
    // 64 bytes at a time: the brackets outside strings, in order. From the
    // first block with a backslash (an escape) on, and the last bytes, byte by
    // byte below.
    bool inString = false;
    for (; end - p >= 64; p += 64) {
        __m128i block[4];
        __m128i folded[4]; // '[' and ']' as '{' and '}': they differ in bit 5 alone
        for (int i = 0; i < 4; ++i) {
            block[i] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
            folded[i] = _mm_or_si128(block[i], _mm_set1_epi8(0x20));
        }
        if (bitsOf(block, '\\'))
            break;
        const quint64 inside = prefixXor(bitsOf(block, '"')) ^ (inString ? ~quint64(0) : 0);
        inString = inside >> 63;
        const quint64 opens = bitsOf(folded, '{');
        for (quint64 brackets = (opens | bitsOf(folded, '}')) & ~inside; brackets;
             brackets &= brackets - 1) {
            const int at = __builtin_ctzll(brackets);
            if (opens >> at & 1) {
                if (++open + depth > BatchRequestReader::MaxDepth)
                    return nullptr;
            } else if (--open == 0) {
                return p + at;
            }
        }
    }
    if (inString) { // no escape before p: the string's end is its next plain quote
        p = stringEnd(p, end);
        if (!p)
            return nullptr;
        ++p;
    }
#endif
    for (; p < end; ++p) {
        switch (*p) {
        case '"':
            p = stringEnd(p + 1, end);
            if (!p)
                return nullptr;
            break;
        case '{':
        case '[':
            if (++open + depth > BatchRequestReader::MaxDepth)
                return nullptr;
            break;
        case '}':
        case ']':
            if (--open == 0)
                return p;
            break;
        default:
            break;
        }
    }
    return nullptr;
}

// Finds each policy object of line (in order, by field) without parsing it,
// and writes the line with each one as {} to reduced: a policy's text is all
// the reader needs, to look it up or to compile it. Whether the rest is JSON
// is for the parser to say, over reduced. False when the line is not plain
// enough to find them this way (an escaped top-level name, deep nesting).
bool scanPolicies(QByteArrayView line, Spans& spans, QByteArray& reduced)
{
    const char* const begin = line.data();
    const char* const end = begin + line.size();
    const char* copied = begin;
    // Each object kept apart becomes "{}": the reduced line is never longer.
    reduced.resize(line.size());
    char* out = reduced.data();
    const auto copy = [&out](const char* from, const char* to) {
        std::memcpy(out, from, size_t(to - from));
        out += to - from;
    };
    int depth = 0;
    bool nameNext = false; // the next string at depth 1 names a member
    Field field = Field::None;
    for (const char* p = begin; p < end; ++p) {
        switch (*p) {
        case '"': {
            const char* close = stringEnd(p + 1, end);
            if (!close)
                return false;
            if (depth == 1 && nameNext) {
                const std::string_view name(p + 1, size_t(close - p - 1));
                if (name.find('\\') != std::string_view::npos)
                    return false;
                field = fieldOf(name);
                spans[size_t(field)].clear(); // a repeated member replaces the earlier one
                nameNext = false;
            }
            p = close;
            break;
        }
        case '{':
            if (depth > 0 && depth == keptApartDepth(field)) {
                const char* close = objectEnd(p, end, depth);
                if (!close)
                    return false;
                spans[size_t(field)].push_back({p - begin, close + 1 - begin});
                copy(copied, p);
                *out++ = '{';
                *out++ = '}';
                copied = close + 1;
                p = close;
                break;
            }
            if (++depth > BatchRequestReader::MaxDepth)
                return false;
            nameNext = depth == 1;
            break;
        case '[':
            if (++depth > BatchRequestReader::MaxDepth)
                return false;
            break;
        case '}':
        case ']':
            --depth;
            break;
        case ',':
            nameNext = depth == 1;
            break;
        default:
            break;
        }
    }
    copy(copied, end);
    reduced.truncate(out - reduced.data()); // with its NUL, where the parser stops
    return true;
}

} // namespace

// The arenas of one line: a first block of each is kept between lines, the
// rest is freed after each line, so a huge line leaves nothing behind.
struct BatchRequestReader::Parse
{
    static constexpr size_t BlockSize = 64 * 1024;
    alignas(16) char valueBlock[BlockSize];
    alignas(16) char stackBlock[BlockSize];
    Arena values{valueBlock, BlockSize};
    Arena stack{stackBlock, BlockSize};
    QByteArray key;
    QByteArray reduced; // the line without the members of the objects kept apart
    Spans scanned;      // the objects kept apart, found by the scan
    Spans parsed;       // or else by the parser as it reads the whole line

    void reset()
    {
        values.Clear();
        stack.Clear();
        for (Spans* spans : {&scanned, &parsed}) {
            for (std::vector<Span>& field : *spans) {
                field.clear();
                if (field.capacity() > 1024)
                    field.shrink_to_fit();
            }
        }
        if (key.capacity() > qsizetype(BlockSize))
            key = QByteArray();
        if (reduced.capacity() > qsizetype(BlockSize))
            reduced = QByteArray();
    }
};

namespace {

// Reads the policies of one line: each from the cache by its text, or compiled once.
class PolicyReader
{
public:
    PolicyReader(QByteArrayView line, const Spans& spans, PolicyTextCache& cache, QByteArray& key,
                 QHash<quint64, QString>& names)
        : m_line(line)
        , m_spans(spans)
        , m_cache(cache)
        , m_key(key)
        , m_names(names)
    {}

    bool list(const Value* value, Field field, QList<NamedPolicy>& out)
    {
        if (!value)
            return true;
        if (!value->IsArray())
            return false;
        out.reserve(qsizetype(value->Size()));
        int index = 0;
        for (const Value& item : value->GetArray()) {
            NamedPolicy named;
            if (!policy(item, field, 0, index++, named))
                return false;
            out.append(std::move(named));
        }
        return true;
    }

    bool one(const Value* value, Field field, std::optional<NamedPolicy>& out)
    {
        if (!value || value->IsNull())
            return true;
        NamedPolicy named;
        if (!policy(*value, field, 0, -1, named))
            return false;
        out = std::move(named);
        return true;
    }

    // out's levels are those of the last line: each keeps its memory.
    bool levels(const Value* value, Field field, QList<QList<NamedPolicy>>& out)
    {
        if (!value || value->IsNull()) {
            out.clear();
            return true;
        }
        if (!value->IsArray())
            return false;
        out.resize(qsizetype(value->Size()));
        int level = 0;
        for (const Value& policies : value->GetArray()) {
            if (!policies.IsArray())
                return false;
            QList<NamedPolicy>& named = out[level];
            named.clear();
            named.reserve(qsizetype(policies.Size()));
            int index = 0;
            for (const Value& item : policies.GetArray()) {
                NamedPolicy one;
                if (!policy(item, field, level, index++, one))
                    return false;
                named.append(std::move(one));
            }
            ++level;
        }
        return true;
    }

private:
    bool policy(const Value& value, Field field, int level, int index, NamedPolicy& out)
    {
        const PolicyKind kind = kindOf(field);
        const bool isObject = value.IsObject();
        std::string_view text;
        if (value.IsString()) {
            text = textOf(value);
        } else if (isObject) {
            // The object's own bytes in the line, not the parsed value: same text, same key.
            const auto& spans = m_spans[size_t(field)];
            const size_t at = m_objects[size_t(field)]++;
            if (at >= spans.size())
                return false;
            const Span span = spans[at];
            text = {m_line.data() + span.begin, size_t(span.end - span.begin)};
        } else {
            return false;
        }
        m_key.resize(2 + qsizetype(text.size()));
        m_key[0] = char('0' + int(kind));
        m_key[1] = isObject ? 'o' : 's';
        std::memcpy(m_key.data() + 2, text.data(), text.size());
        auto compiled = m_cache.find(m_key);
        if (!compiled) {
            compiled = compile(text, isObject, kind);
            if (!compiled)
                return false;
            m_cache.insert(m_key, compiled);
        }
        out = {name(field, level, index), std::move(compiled)};
        return true;
    }

    // The text BatchSimulator's checked reader compiles: a string as it is, an
    // object as QJsonDocument writes it.
    static std::shared_ptr<const CompiledPolicy> compile(std::string_view text, bool isObject,
                                                         PolicyKind kind)
    {
        QString document;
        if (isObject) {
            QJsonParseError error;
            const QJsonDocument json =
                QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size())), &error);
            if (error.error != QJsonParseError::NoError || !json.isObject())
                return nullptr;
            document = QString::fromUtf8(json.toJson(QJsonDocument::Compact));
        } else {
            document = QString::fromUtf8(text.data(), qsizetype(text.size()));
        }
        auto compiled = CompiledPolicy::compile(document, kind);
        return compiled.ok() ? compiled.value() : nullptr;
    }

    // "policies[2]", "boundary", "scps[1][0]": the names the checked reader gives.
    QString name(Field field, int level, int index)
    {
        const quint64 key = quint64(field) << 48 | quint64(quint32(level)) << 24 | quint32(index);
        const bool memo = level < 256 && index < 4096;
        if (memo) {
            const auto it = m_names.constFind(key);
            if (it != m_names.cend())
                return *it;
        }
        QString name = fieldName(field);
        if (field == Field::Scps || field == Field::Rcps)
            name += QStringLiteral("[%1][%2]").arg(level).arg(index);
        else if (index >= 0)
            name += QStringLiteral("[%1]").arg(index);
        if (memo)
            m_names.insert(key, name);
        return name;
    }

    QByteArrayView m_line;
    const Spans& m_spans;
    PolicyTextCache& m_cache;
    QByteArray& m_key;
    QHash<quint64, QString>& m_names;
    std::array<size_t, size_t(Field::Count)> m_objects{};
};

} // namespace

BatchRequestReader::BatchRequestReader(qsizetype cacheCapacity)
    : m_cache(cacheCapacity)
    , m_parse(std::make_unique<Parse>())
{}

BatchRequestReader::~BatchRequestReader() = default;

bool BatchRequestReader::read(QByteArrayView line, EvaluationRequest& request)
{
    clear(request);
    // A NUL would end RapidJSON's input early; QJsonDocument reads on.
    const LineBytes bytes = classify(line);
    if (!bytes.plain && (std::memchr(line.data(), 0, size_t(line.size())) || !line.isValidUtf8()))
        return false;
    struct Reset
    {
        Parse& parse;
        ~Reset() { parse.reset(); }
    } reset{*m_parse};

    const bool scan = scanPolicies(line, m_parse->scanned, m_parse->reduced);
    Document document(&m_parse->values, 1024, &m_parse->stack);
    // The reduced line is the reader's own: parsed in place, its strings are not copied.
    if (scan ? !parseObject<rapidjson::InsituStringStream>(
                   m_parse->reduced, document, m_parse->stack, m_parse->parsed, bytes.escapes)
             : !parseObject<rapidjson::StringStream>(line, document, m_parse->stack,
                                                     m_parse->parsed, bytes.escapes))
        return false;
    const Spans& spans = scan ? m_parse->scanned : m_parse->parsed;

    std::array<const Value*, size_t(Field::Count)> fields{};
    for (auto member = document.MemberBegin(); member != document.MemberEnd(); ++member)
        fields[size_t(fieldOf(textOf(member->name)))] = &member->value; // the last one wins
    const auto field = [&fields](Field f) { return fields[size_t(f)]; };

    for (const Field required : {Field::Action, Field::Resource}) {
        if (!field(required) || !field(required)->IsString() ||
            field(required)->GetStringLength() == 0)
            return false;
    }
    // A batch names the same few actions and accounts again and again.
    const auto remember = [this](const Value& value) {
        return remembered(m_texts, bytesOf(value), [&value] { return qStringOf(value); });
    };
    request.action = remember(*field(Field::Action));
    request.resource = qStringOf(*field(Field::Resource));
    const Value* principal = field(Field::Principal);
    const bool hasPrincipal = principal && principal->IsString();
    request.principal =
        remembered(m_principals, hasPrincipal ? bytesOf(*principal) : QByteArrayView(), [&] {
            return RequestPrincipal::fromArn(hasPrincipal ? qStringOf(*principal) : QString());
        });
    const Value* account = field(Field::ResourceAccount);
    if (account && account->IsString())
        request.resourceAccount = remember(*account);

    // The context object, kept apart as a policy is: read from its own text.
    const std::vector<Span>& context = spans[size_t(Field::Context)];
    PolicyReader policies(line, spans, m_cache, m_parse->key, m_names);
    return policies.list(field(Field::Policies), Field::Policies, request.identityPolicies) &&
           policies.one(field(Field::Boundary), Field::Boundary, request.permissionsBoundary) &&
           policies.list(field(Field::SessionPolicies), Field::SessionPolicies,
                         request.sessionPolicies) &&
           policies.one(field(Field::ResourcePolicy), Field::ResourcePolicy,
                        request.resourcePolicy) &&
           policies.levels(field(Field::Scps), Field::Scps, request.serviceControlPolicies) &&
           policies.levels(field(Field::Rcps), Field::Rcps, request.resourceControlPolicies) &&
           (context.empty()
                ? readContext(field(Field::Context), request.context, m_contextKeys)
                : readContextText(
                      line.sliced(context.back().begin, context.back().end - context.back().begin),
                      bytes.escapes, request.context));
}

void BatchRequestReader::clear(EvaluationRequest& request)
{
    // What each line sets only when it has it; its lists keep their memory
    // (the levels of SCPs and RCPs are resized as they are read).
    request.identityPolicies.clear();
    request.permissionsBoundary.reset();
    request.sessionPolicies.clear();
    request.resourcePolicy.reset();
    request.context.clear();
    request.resourceAccount.clear();
}

bool BatchRequestReader::readContextText(QByteArrayView text, bool escapes, RequestContext& out)
{
    // A batch asks with the same few contexts: each is read once, remembered by its text.
    const auto known = m_contexts.constFind(QByteArray::fromRawData(text.data(), text.size()));
    if (known != m_contexts.cend()) {
        out = *known;
        return true;
    }
    Document document(&m_parse->values, 1024, &m_parse->stack);
    Spans keptApart; // the context's own objects, which it refuses anyway
    if (!parseObject<rapidjson::StringStream>(text, document, m_parse->stack, keptApart, escapes) ||
        !::readContext(&document, out, m_contextKeys))
        return false;
    if (text.size() > MaxRememberedBytes)
        return true;
    if (m_contexts.size() >= MaxContexts)
        m_contexts.clear();
    m_contexts.insert(text.toByteArray(), out);
    return true;
}
