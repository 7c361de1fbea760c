#include "items/keychainmodel.h"

#include "console/consolesession.h"
#include "directory/directory.h"
#include "iam/arn.h"
#include "iam/clock.h"
#include "secrets/secretjob.h"
#include "secrets/secretstore.h"
#include "sts/stsservice.h"

#include <QLocale>

#include <memory>

KeychainModel::KeychainModel(const Directory* directory, SecretStore* store, const Clock* clock,
                             QObject* parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
    , m_store(store)
    , m_clock(clock ? clock : Clock::system())
{
    connect(directory, &Directory::temporarySessionsChanged, this, &KeychainModel::refresh);
}

KeychainModel::KeychainModel(ConsoleSession* viewer, const Directory* directory, SecretStore* store,
                             const Clock* clock, QObject* parent)
    : KeychainModel(directory, store, clock, parent)
{
    m_viewer = viewer;
    // Another person signed in sees their own entries, not the last one's.
    connect(viewer, &ConsoleSession::activeIdentityChanged, this, &KeychainModel::refresh);
}

bool KeychainModel::isViewers(const QString& ownerArn, const QString& sessionKey) const
{
    if (!m_viewer)
        return true;
    if (!m_viewer->isSignedIn())
        return false;
    const Identity& self = m_viewer->userIdentity();
    // A federated console session owns only itself.
    if (self.isFederated())
        return !sessionKey.isEmpty() && sessionKey == self.session.accessKeyId;
    return !ownerArn.isEmpty() && ownerArn == self.arn();
}

bool KeychainModel::mayRemove(const Entry& entry) const
{
    return entry.own || !m_viewer ||
           m_viewer->authorize(entry.removal.action, entry.removal.resource).allowed();
}

int KeychainModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int KeychainModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeychainModel::kindLabel(SecretKey::Kind kind)
{
    switch (kind) {
    case SecretKey::Kind::AccessKey:
        return tr("Access key secret");
    case SecretKey::Kind::Session:
        return tr("Session credentials");
    case SecretKey::Kind::MfaSeed:
        return tr("Virtual MFA seed");
    case SecretKey::Kind::TokenSigningKey:
        return tr("Session token signing key");
    case SecretKey::Kind::AuditHead:
        return tr("Audit trail head");
    case SecretKey::Kind::AuditSigningKey:
        return tr("Audit checkpoint signing key");
    case SecretKey::Kind::SamlSigningKey:
        return tr("SAML identity provider signing key");
    }
    return {};
}

QString KeychainModel::statusLabel(Status status)
{
    switch (status) {
    case Status::Active:
        return tr("Active");
    case Status::Inactive:
        return tr("Inactive");
    case Status::Open:
        return tr("Open");
    case Status::Expired:
        return tr("Expired");
    case Status::Ended:
        return tr("Ended");
    case Status::Orphaned:
        return tr("Orphaned");
    }
    return {};
}

QVariant KeychainModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& e = m_entries.at(index.row());
    if (role == KeyRole)
        return e.key.toString();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    auto when = [&locale](const QDateTime& t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (index.column()) {
    case KindColumn:
        return role == Qt::ToolTipRole ? e.key.id() : kindLabel(e.key.kind());
    case OwnerColumn:
        return e.owner;
    case CreatedColumn:
        return when(e.created);
    case ExpiresColumn:
        return e.expires.isValid() ? when(e.expires) : tr("Does not expire");
    case StatusColumn:
        return statusLabel(e.status);
    }
    return {};
}

QVariant KeychainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case OwnerColumn:
        return tr("Owner");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QString KeychainModel::backendName() const
{
    return m_store ? m_store->backendName() : QString();
}

KeychainModel::Entry KeychainModel::describe(const SecretKey& key) const
{
    Entry e;
    e.key = key;
    e.status = Status::Orphaned;
    const QString anyone = QStringLiteral("*");
    switch (key.kind()) {
    case SecretKey::Kind::AccessKey:
        e.removal = ConsoleAction::deleteAccessKey(anyone);
        if (const auto k = m_directory->accessKey(key.id())) {
            e.owner = Arn::user(k->accountId, QStringLiteral("/"), k->userName).toString();
            if (const auto user = m_directory->user(k->accountId, k->userName))
                e.owner = user->arn().toString();
            e.created = k->createDate;
            e.status = k->active ? Status::Active : Status::Inactive;
            e.own = isViewers(e.owner);
            e.removal = ConsoleAction::deleteAccessKey(e.owner);
        }
        break;
    case SecretKey::Kind::Session:
        e.removal = ConsoleAction::putInlinePolicy(EntityKind::Role, anyone);
        if (const auto s = m_directory->temporarySession(key.id())) {
            e.owner = s->arn;
            e.created = s->issuedAt;
            e.expires = s->expiresAt;
            e.status = !s->endedAt.isNull()             ? Status::Ended
                       : m_clock->now() >= s->expiresAt ? Status::Expired
                                                        : Status::Open;
            // Whose it is: who opened it (the console's user, or the caller).
            const QString opener = s->consoleUserArn.isEmpty() ? s->callerArn : s->consoleUserArn;
            e.own = isViewers(opener, s->accessKeyId) ||
                    (s->type == TemporarySession::Type::SessionToken && isViewers(s->arn));
            e.removal = s->type == TemporarySession::Type::SessionToken
                            ? ConsoleAction::putInlinePolicy(EntityKind::User, s->arn)
                            : ConsoleAction::putInlinePolicy(EntityKind::Role, s->roleArn);
        }
        break;
    case SecretKey::Kind::MfaSeed:
        e.removal = ConsoleAction::deactivateMfaDevice(anyone);
        if (const auto d = m_directory->mfaDevice(key.id())) {
            e.owner = key.id();
            if (const auto user = m_directory->user(d->accountId, d->userName))
                e.owner = user->arn().toString();
            e.created = d->enableDate;
            e.status = Status::Active;
            e.own = isViewers(e.owner);
            e.removal = ConsoleAction::deactivateMfaDevice(e.owner);
        }
        break;
    case SecretKey::Kind::TokenSigningKey:
        e.owner = tr("This directory (signs session tokens)");
        e.status = Status::Active;
        e.own = !m_viewer; // the directory's, never a person's
        break;
    case SecretKey::Kind::AuditHead:
        e.owner = tr("This directory (detects a cut audit trail)");
        e.status = Status::Active;
        break;
    case SecretKey::Kind::AuditSigningKey:
        e.owner = tr("This directory (signs audit checkpoints)");
        e.status = Status::Active;
        break;
    case SecretKey::Kind::SamlSigningKey:
        e.owner = key.id(); // the provider's ARN
        if (const auto provider = m_directory->samlProvider(key.id())) {
            e.created = provider->createDate;
            e.status = Status::Active;
        } else {
            e.status = Status::Inactive;
        }
        break;
    }
    if (e.owner.isEmpty())
        e.owner = key.id();
    return e;
}

void KeychainModel::refresh()
{
    if (!m_store)
        return;
    SecretJob* job = m_store->list(QUuid::fromString(m_directory->directoryId()));
    connect(job, &SecretJob::finished, this, [this, job] {
        QList<Entry> entries;
        if (job->error() == SecretStore::NoError)
            for (const QString& text : job->keys())
                if (const auto key = SecretKey::parse(text))
                    entries.append(describe(*key));
        setEntries(std::move(entries),
                   job->error() == SecretStore::NoError ? QString() : job->errorString());
    });
}

void KeychainModel::setEntries(QList<Entry> entries, const QString& error)
{
    beginResetModel();
    m_all = std::move(entries);
    m_entries.clear();
    for (const Entry& e : std::as_const(m_all))
        if (e.own || !m_viewer)
            m_entries.append(e);
    m_error = error;
    endResetModel();
    Q_EMIT refreshed();
}

bool KeychainModel::isPurgeable(const Entry& entry) const
{
    return entry.status == Status::Expired || entry.status == Status::Ended ||
           entry.status == Status::Orphaned;
}

QList<KeychainModel::Entry> KeychainModel::doomedEntries() const
{
    QList<Entry> doomed;
    for (const Entry& e : m_all)
        if (isPurgeable(e) && mayRemove(e))
            doomed << e;
    return doomed;
}

int KeychainModel::purgeableCount() const
{
    return int(doomedEntries().size());
}

void KeychainModel::purge(StsService* sts)
{
    QList<SecretKey> doomed;
    for (const Entry& e : doomedEntries())
        doomed << e.key;
    if (doomed.isEmpty() || !m_store) {
        Q_EMIT purged(0);
        return;
    }
    // The store runs jobs in order: the last one to finish reports.
    auto pending = std::make_shared<int>(int(doomed.size()));
    auto removed = std::make_shared<int>(0);
    auto finishOne = [this, pending, removed](bool ok) {
        if (ok)
            ++*removed;
        if (--*pending == 0) {
            Q_EMIT purged(*removed);
            refresh();
        }
    };
    for (const SecretKey& key : doomed) {
        // A session ends through STS, so the directory records why.
        if (key.kind() == SecretKey::Kind::Session && sts &&
            m_directory->temporarySession(key.id())) {
            sts->endSession(key.id(), QStringLiteral("Expired"), this,
                            [finishOne](Result<void> r) { finishOne(r.ok()); });
            continue;
        }
        SecretJob* job = m_store->remove(key.toString());
        connect(job, &SecretJob::finished, this,
                [finishOne, job] { finishOne(job->error() == SecretStore::NoError); });
    }
}
