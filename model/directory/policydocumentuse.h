#pragma once

#include "directory/provenance.h"
#include "iam/result.h"

#include <QString>

// The limit a policy document is held to, and what AWS says when it is over.
// check() is the one place a policy document is checked on its way into the
// store: the service's character, JSON and size checks, then the policy
// grammar for its use, with the engine's located error.
struct PolicyDocumentUse
{
    enum class Kind
    {
        Managed,
        Trust,
        Inline
    };
    Kind kind;
    int sizeAvailable; // characters, whitespace not counted
    IamError sizeError;

    static PolicyDocumentUse managed();
    static PolicyDocumentUse trust();
    // Inline policies share one quota per entity: usedByOthers is what the
    // entity's other inline policies already take.
    static PolicyDocumentUse inlineFor(int sizeLimit, const QString& entityLabel,
                                       const QString& entityName, int usedByOthers);
    // An import holds documents to the grammar only: the file is what AWS
    // accepted, under whatever quotas the account had.
    static PolicyDocumentUse withoutSizeQuota(Kind kind);
    // IAM does not count whitespace against policy size quotas.
    static int sizeWithoutWhitespace(const QString& text);

    Result<void> check(const QString& text) const;
};
