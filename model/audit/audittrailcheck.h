#pragma once

#include <QCoreApplication>
#include <QString>

// What comparing the audit trail with what vouches for it found: its own
// hash chain, the head kept in the secret store, or signed checkpoints.
struct AuditTrailCheck
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrailCheck)

public:
    enum class State
    {
        Intact,
        Unsealed,          // events but no head kept yet (a trail from before): sealed now
        HeadBehind,        // the head lags the trail (the program stopped between a commit and
                           // the head's write, or a program that keeps no head appended): caught up
        ChainBroken,       // an event was altered, inserted or deleted
        Truncated,         // the newest events are gone
        Emptied,           // every event is gone
        Rewritten,         // the event the head or a checkpoint vouches for is another one
        CheckpointInvalid, // a checkpoint's signature or link does not verify
        Unavailable,       // the head or the signing key could not be read
    };

    State state = State::Intact;
    qint64 events = 0;   // in the trail now
    qint64 vouched = 0;  // the event count the head or checkpoint vouches for
    qint64 position = 0; // ChainBroken: the first bad sequence; CheckpointInvalid: the
                         // checkpoint's place in its list, from 1
    QString error;       // Unavailable: why

    // The trail was altered, cut or emptied, or a checkpoint is forged.
    bool isTampered() const;
    // One sentence for people that names what happened.
    QString message() const;
    // "intact", "unsealed", "head-behind", "chain-broken", "truncated",
    // "emptied", "rewritten", "checkpoint-invalid", "unavailable".
    QString stateName() const;
};
