#pragma once

#include "policy/policytextcache.h"
#include "policy/requestcontext.h"
#include "policy/requestprincipal.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <memory>
#include <utility>

struct EvaluationRequest;

// The fast way from one `simulate --batch` request line to an
// EvaluationRequest. A scan finds each policy object's text without parsing
// it; the policy is looked up by that text in a bounded cache of compiled
// policies, so a policy seen before costs a hash lookup, and a new one is
// compiled once. The context object is kept apart the same way, and read once
// for each text. RapidJSON parses the rest of the line, in a copy of its own,
// into an arena that is reset after each line.
//
// It reads only what it is sure to read exactly as BatchSimulator's checked
// reader (QJsonDocument) does, and refuses the rest: invalid JSON, a field of
// the wrong type, a policy that does not compile, duplicate context keys,
// deep nesting, a NUL byte. The caller answers a refused line with the checked
// reader, which gives AWS's error and its location; so both readers give the
// same answer to every line. One instance per thread.
class BatchRequestReader
{
public:
    explicit BatchRequestReader(qsizetype cacheCapacity);
    ~BatchRequestReader();
    BatchRequestReader(const BatchRequestReader&) = delete;
    BatchRequestReader& operator=(const BatchRequestReader&) = delete;

    // Fills request from line; false when the checked reader must answer it.
    // request may be the last line's: it is overwritten, and its lists keep
    // their memory.
    // The buffer must go on past line up to a NUL (a QByteArray's own
    // terminator does): the parser reads to the end of the request and stops.
    bool read(QByteArrayView line, EvaluationRequest& request);

    const PolicyTextCache& cache() const { return m_cache; }

    // Nesting deeper than this goes to the checked reader (QJsonDocument has its own limit).
    static constexpr int MaxDepth = 256;
    // How many principals and context keys it remembers at most.
    static constexpr qsizetype MaxRemembered = 16384;
    // How many contexts it remembers at most, by their text.
    static constexpr qsizetype MaxContexts = 256;
    // The longest text of a principal, action, context key or context it remembers.
    static constexpr qsizetype MaxRememberedBytes = 512;

private:
    struct Parse;

    static void clear(EvaluationRequest& request);
    // The context object whose text, in the line, is text.
    bool readContextText(QByteArrayView text, bool escapes, RequestContext& out);

    PolicyTextCache m_cache;
    std::unique_ptr<Parse> m_parse;
    // Principals and context keys as read before, by their text: a batch asks
    // about the same few many times. Bounded: emptied when full.
    QHash<QByteArray, RequestPrincipal> m_principals;
    QHash<QByteArray, std::pair<QString, QString>> m_contextKeys; // the name, in lower case
    QHash<QByteArray, RequestContext> m_contexts;
    QHash<QByteArray, QString> m_texts; // actions and accounts

    QHash<quint64, QString> m_names; // "policies[3]", "scps[1][0]"... by field, level and index
};
