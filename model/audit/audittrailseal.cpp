#include "audit/audittrailseal.h"

#include "crypto/constanttime.h"
#include "crypto/hmac.h"
#include "crypto/random.h"
#include "directory/auditchain.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace {
constexpr int SigningKeySize = 32;
const QString TrailId = QStringLiteral("trail");
const QString EventsField = QStringLiteral("events");
const QString HashField = QStringLiteral("hash");
} // namespace

AuditTrailSeal::AuditTrailSeal(Directory* directory, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_secrets(secrets)
{
    connect(m_directory, &Directory::auditEventAppended, this, &AuditTrailSeal::onAppended);
}

AuditTrailSeal::~AuditTrailSeal() = default;

QString AuditTrailSeal::keyOf(int kind) const
{
    return SecretKey(QUuid::fromString(m_directory->directoryId()), SecretKey::Kind(kind), TrailId)
        .toString();
}

AuditTrailSeal::Head AuditTrailSeal::currentHead() const
{
    const QList<AuditEvent> last =
        m_directory->auditEvents(qMax(0, m_directory->auditEventCount() - 1), 1);
    if (last.isEmpty())
        return {0, AuditChain::genesisHash()};
    return {last.first().sequence, last.first().hash};
}

QString AuditTrailSeal::hashAt(qint64 sequence) const
{
    if (sequence == 0)
        return AuditChain::genesisHash();
    const QList<AuditEvent> event = m_directory->auditEvents(int(sequence - 1), 1);
    return event.isEmpty() || event.first().sequence != sequence ? QString() : event.first().hash;
}

void AuditTrailSeal::start(std::function<void(AuditTrailCheck)> done)
{
    check([this, done = std::move(done)](AuditTrailCheck result) {
        m_suspended = result.isTampered();
        m_keeping = result.state != AuditTrailCheck::State::Unavailable && !m_suspended;
        if (m_keeping)
            requestWrite(); // events appended while the check ran
        if (done)
            done(result);
    });
}

void AuditTrailSeal::check(std::function<void(AuditTrailCheck)> done)
{
    SecretJob* job = m_secrets->get(keyOf(int(SecretKey::Kind::AuditHead)));
    connect(job, &SecretJob::finished, this, [this, done = std::move(done)](SecretJob* job) {
        const AuditTrailCheck result = compare(job);
        if (result.state == AuditTrailCheck::State::Unsealed ||
            result.state == AuditTrailCheck::State::HeadBehind)
            requestWrite();
        done(result);
    });
}

AuditTrailCheck AuditTrailSeal::compare(SecretJob* job) const
{
    using State = AuditTrailCheck::State;
    AuditTrailCheck result;
    result.events = m_directory->auditEventCount();
    if (const auto broken = m_directory->verifyAuditChain()) {
        result.state = State::ChainBroken;
        result.position = *broken;
        return result;
    }
    if (job->error() == SecretStore::EntryNotFound) {
        result.state = result.events == 0 ? State::Intact : State::Unsealed;
        return result;
    }
    if (job->error() != SecretStore::NoError) {
        result.state = State::Unavailable;
        result.error = job->errorString();
        return result;
    }
    const QJsonObject stored = QJsonDocument::fromJson(job->value().view().toByteArray()).object();
    const QJsonValue events = stored.value(EventsField);
    if (!events.isDouble() || !stored.value(HashField).isString()) {
        // Fails closed: an unreadable head vouches for nothing and is not replaced.
        result.state = State::Unavailable;
        result.error = tr("the head kept in the secret store is unreadable.");
        return result;
    }
    result.vouched = qint64(events.toDouble());
    if (result.vouched > result.events)
        result.state = result.events == 0 ? State::Emptied : State::Truncated;
    else if (hashAt(result.vouched) != stored.value(HashField).toString())
        result.state = State::Rewritten;
    else
        result.state = result.vouched == result.events ? State::Intact : State::HeadBehind;
    return result;
}

void AuditTrailSeal::onAppended()
{
    if (m_keeping)
        requestWrite();
}

void AuditTrailSeal::requestWrite()
{
    if (m_suspended)
        return;
    if (m_writing) {
        m_dirty = true; // one more write when this one ends, with the newest head
        return;
    }
    writeHead();
}

void AuditTrailSeal::writeHead()
{
    m_dirty = false;
    // The head written last must still be in the trail: otherwise someone cut
    // it while this program ran, and the stored head is the evidence.
    if (m_written.events > 0 && hashAt(m_written.events) != m_written.hash) {
        m_suspended = true;
        AuditTrailCheck found;
        found.events = m_directory->auditEventCount();
        found.vouched = m_written.events;
        found.state = found.vouched > found.events
                          ? (found.events == 0 ? AuditTrailCheck::State::Emptied
                                               : AuditTrailCheck::State::Truncated)
                          : AuditTrailCheck::State::Rewritten;
        Q_EMIT tamperingFound(found);
        return;
    }
    const Head head = currentHead();
    const QByteArray text =
        QJsonDocument(QJsonObject{{EventsField, double(head.events)}, {HashField, head.hash}})
            .toJson(QJsonDocument::Compact);
    m_writing = true;
    SecretJob* job =
        m_secrets->put(keyOf(int(SecretKey::Kind::AuditHead)), SecureBytes::fromView(text));
    connect(job, &SecretJob::finished, this,
            [this, head](SecretJob* job) { headWriteFinished(job, head); });
}

void AuditTrailSeal::headWriteFinished(SecretJob* job, const Head& head)
{
    m_writing = false;
    if (job->error() != SecretStore::NoError) {
        // The head stays behind, which the next check reports as a lag.
        qWarning("audit trail head not written: %s", qPrintable(job->errorString()));
    } else {
        m_written = head;
        Q_EMIT headWritten(head.events);
    }
    if (m_lastCheckpoint < 0) { // read once; recordCheckpoint() keeps it after
        const QList<AuditEvent> last = m_directory->auditEventsOf(checkpointAction());
        m_lastCheckpoint = last.isEmpty() ? 0 : last.constLast().sequence;
    }
    if (m_dirty && !m_suspended)
        writeHead();
    else if (m_keeping && !m_checkpointing && head.events - m_lastCheckpoint >= CheckpointInterval)
        recordCheckpoint([](const Result<AuditCheckpoint>& recorded) {
            if (!recorded)
                qWarning("audit checkpoint not recorded: %s",
                         qPrintable(recorded.error().message()));
        });
}

void AuditTrailSeal::withSigningKey(bool create, std::function<void(Result<void>)> next)
{
    if (!m_signingKey.isEmpty())
        return next({});
    const QString key = keyOf(int(SecretKey::Kind::AuditSigningKey));
    SecretJob* read = m_secrets->get(key);
    connect(read, &SecretJob::finished, this,
            [this, key, create, next = std::move(next)](SecretJob* job) {
                if (job->error() == SecretStore::NoError && job->value().size() == SigningKeySize) {
                    m_signingKey = job->takeValue();
                    return next({});
                }
                if (job->error() != SecretStore::EntryNotFound || !create)
                    return next(IamError::serviceFailure(
                        job->error() == SecretStore::NoError
                            ? tr("The audit checkpoint signing key is malformed.")
                        : job->error() == SecretStore::EntryNotFound
                            ? tr("This directory has no audit checkpoint signing key.")
                            : job->errorString()));
                QByteArray fresh = Random::bytes(SigningKeySize);
                auto created = std::make_shared<SecureBytes>(SecureBytes::takeFrom(fresh));
                SecretJob* write = m_secrets->put(key, created->clone());
                connect(write, &SecretJob::finished, this, [this, created, next](SecretJob* job) {
                    if (job->error() != SecretStore::NoError)
                        return next(IamError::serviceFailure(job->errorString()));
                    m_signingKey = std::move(*created);
                    next({});
                });
            });
}

QString AuditTrailSeal::sign(const AuditCheckpoint& checkpoint) const
{
    const SecureBytes mac =
        Hmac::mac(Hmac::Algorithm::Sha256, m_signingKey.view(), checkpoint.signedText());
    return QString::fromLatin1(mac.view().toByteArray().toHex());
}

void AuditTrailSeal::recordCheckpoint(std::function<void(Result<AuditCheckpoint>)> done)
{
    m_checkpointing = true;
    withSigningKey(true, [this, done = std::move(done)](Result<void> ready) {
        m_checkpointing = false;
        if (!ready)
            return done(ready.error());
        const QList<AuditCheckpoint> before = checkpoints();
        const Head head = currentHead();
        AuditCheckpoint checkpoint;
        checkpoint.eventCount = head.events;
        checkpoint.headHash = head.hash;
        // Milliseconds, as the text that is signed and exported keeps them.
        checkpoint.time = QDateTime::fromMSecsSinceEpoch(
            m_directory->clock()->now().toMSecsSinceEpoch(), Qt::UTC);
        checkpoint.previousSignature = before.isEmpty() ? QString() : before.constLast().signature;
        checkpoint.signature = sign(checkpoint);
        AuditEvent event;
        event.action = checkpointAction();
        event.target = QStringLiteral("audit-trail");
        event.outcome = QStringLiteral("Success");
        event.detail =
            QString::fromUtf8(QJsonDocument(checkpoint.toJson()).toJson(QJsonDocument::Compact));
        event.time = checkpoint.time;
        const Result<AuditEvent> appended = m_directory->appendAuditEvent(event);
        if (!appended)
            return done(appended.error());
        m_lastCheckpoint = appended.value().sequence;
        done(checkpoint);
    });
}

QList<AuditCheckpoint> AuditTrailSeal::checkpoints() const
{
    QList<AuditCheckpoint> found;
    for (const AuditEvent& event : m_directory->auditEventsOf(checkpointAction()))
        if (auto checkpoint =
                AuditCheckpoint::fromJson(QJsonDocument::fromJson(event.detail.toUtf8()).object()))
            found << *checkpoint;
    return found;
}

void AuditTrailSeal::verifyCheckpoints(const QList<AuditCheckpoint>& checkpoints,
                                       std::function<void(AuditTrailCheck)> done)
{
    withSigningKey(false, [this, checkpoints, done = std::move(done)](Result<void> ready) {
        using State = AuditTrailCheck::State;
        AuditTrailCheck result;
        result.events = m_directory->auditEventCount();
        if (!ready) {
            result.state = State::Unavailable;
            result.error = ready.error().message();
            return done(result);
        }
        for (qsizetype i = 0; i < checkpoints.size(); ++i) {
            const AuditCheckpoint& checkpoint = checkpoints.at(i);
            const bool linked =
                i == 0 || checkpoint.previousSignature == checkpoints.at(i - 1).signature;
            if (!linked || !ConstantTime::equals(sign(checkpoint).toLatin1(),
                                                 checkpoint.signature.toLatin1())) {
                result.state = State::CheckpointInvalid;
                result.position = i + 1;
                return done(result);
            }
        }
        if (const auto broken = m_directory->verifyAuditChain()) {
            result.state = State::ChainBroken;
            result.position = *broken;
            return done(result);
        }
        for (const AuditCheckpoint& checkpoint : checkpoints) {
            result.vouched = checkpoint.eventCount;
            if (checkpoint.eventCount > result.events) {
                result.state = result.events == 0 ? State::Emptied : State::Truncated;
                return done(result);
            }
            if (hashAt(checkpoint.eventCount) != checkpoint.headHash) {
                result.state = State::Rewritten;
                return done(result);
            }
        }
        result.vouched = checkpoints.isEmpty() ? 0 : checkpoints.constLast().eventCount;
        result.state = State::Intact;
        done(result);
    });
}
