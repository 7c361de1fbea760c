#pragma once

#include "audit/auditcheckpoint.h"
#include "audit/audittrailcheck.h"
#include "crypto/securebytes.h"
#include "iam/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class Directory;
class SecretStore;
class SecretJob;

// Keeps the audit trail from being cut. The hash chain shows an altered or
// removed event in the middle, but not the newest events deleted, or all of
// them: the chain of what is left still verifies. So the trail's head (its
// event count and last hash) is kept outside the directory file, in the
// secret store under <directory-uuid>/audit-head/trail, and signed
// checkpoints can be exported to a file kept elsewhere.
//
// Appends are synchronous SQL and the store is asynchronous: the head is
// written after the append commits, never before. A program stopped in
// between leaves the head behind the trail, never ahead of it, so a head
// that is behind (with its last event still in the trail) is a lag, caught
// up at the next check; a head ahead of the trail, or whose event is another
// one, is tampering.
class AuditTrailSeal : public QObject
{
    Q_OBJECT

public:
    // A checkpoint every this many events, and whenever asked.
    static constexpr qint64 CheckpointInterval = 100;
    static QString checkpointAction() { return QStringLiteral("AuditCheckpoint"); }

    // directory and secrets must outlive the seal.
    AuditTrailSeal(Directory* directory, SecretStore* secrets, QObject* parent = nullptr);
    ~AuditTrailSeal() override;

    // Checks the trail (check()), then keeps its head with every append,
    // unless the check found tampering: that head stays as evidence.
    void start(std::function<void(AuditTrailCheck)> done = {});
    // The hash chain, then the head in the secret store. A trail without a
    // head yet, or with a head behind, is sealed as it is now. done once, later.
    void check(std::function<void(AuditTrailCheck)> done);
    // Signs the trail's head now and appends the checkpoint to the trail (an
    // AuditCheckpoint event). The signing key is created on first use.
    void recordCheckpoint(std::function<void(Result<AuditCheckpoint>)> done);
    // The checkpoints recorded in the trail, oldest first.
    QList<AuditCheckpoint> checkpoints() const;
    // Checks checkpoints read back (an exported file): each signed with this
    // directory's key and linked to the one before, and the trail still
    // holding the event each vouches for. done once, later.
    void verifyCheckpoints(const QList<AuditCheckpoint>& checkpoints,
                           std::function<void(AuditTrailCheck)> done);
    // No head write pending.
    bool isIdle() const { return !m_writing && !m_dirty; }

Q_SIGNALS:
    // The head in the secret store now vouches for eventCount events.
    void headWritten(qint64 eventCount);
    // While running: the head this seal wrote last is no longer in the trail.
    void tamperingFound(const AuditTrailCheck& check);

private:
    struct Head
    {
        qint64 events = 0;
        QString hash;
    };

    QString keyOf(int kind) const;
    Head currentHead() const;
    // The hash of the event with this sequence; empty when there is none.
    QString hashAt(qint64 sequence) const;
    AuditTrailCheck compare(SecretJob* job) const;
    void onAppended();
    // Writes the newest head now, or once the write under way ends.
    void requestWrite();
    void writeHead();
    void headWriteFinished(SecretJob* job, const Head& head);
    // Calls next with the signing key; creates one when create and there is none.
    void withSigningKey(bool create, std::function<void(Result<void>)> next);
    QString sign(const AuditCheckpoint& checkpoint) const;

    Directory* m_directory;
    SecretStore* m_secrets;
    bool m_keeping = false;   // start() found nothing wrong: heads are written
    bool m_suspended = false; // tampering found: the stored head is evidence
    bool m_writing = false;
    bool m_dirty = false;
    bool m_checkpointing = false;
    Head m_written;
    qint64 m_lastCheckpoint = -1; // the sequence of the newest checkpoint event; -1: not read yet
    SecureBytes m_signingKey;
};
