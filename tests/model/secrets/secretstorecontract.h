#pragma once

// The behaviour every SecretStore promises (secretstore.h), written once and
// run over each implementation: a test class derives from SecretStoreContract,
// implements createStore(), and Qt Test runs these inherited slots with its own.

#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// What a finished job reported, captured before the job deletes itself.
struct JobOutcome
{
    bool finished = false;
    SecretStore::Error error = SecretStore::OtherError;
    QString errorString;
    QByteArray value;
    QStringList keys;
};

class SecretStoreContract : public QObject
{
    Q_OBJECT

public:
    // Generous: a keychain behind D-Bus can be slow on a loaded machine.
    static constexpr int JobTimeoutMs = 15000;

    static JobOutcome waitFor(SecretJob* job)
    {
        JobOutcome outcome;
        QObject::connect(job, &SecretJob::finished, job, [&outcome](SecretJob* finished) {
            outcome.finished = true;
            outcome.error = finished->error();
            outcome.errorString = finished->errorString();
            outcome.value = finished->value().insecureCopy();
            outcome.keys = finished->keys();
        });
        QSignalSpy spy(job, &SecretJob::finished);
        if (!spy.wait(JobTimeoutMs))
            outcome.finished = false;
        return outcome;
    }

    static QString errorName(SecretStore::Error error)
    {
        return QString::fromLatin1(QMetaEnum::fromType<SecretStore::Error>().valueToKey(error));
    }

protected:
    virtual std::unique_ptr<SecretStore> createStore() = 0;
    // Per test: a store and a fresh directory namespace, so runs against a
    // shared keychain never see each other's entries.
    std::unique_ptr<SecretStore> m_store;
    QUuid m_directory;

    QString keyFor(SecretKey::Kind kind, const QString& id, const QUuid& directory = {}) const
    {
        return SecretKey(directory.isNull() ? m_directory : directory, kind, id).toString();
    }

// Each checks the outcome and ends the test function on failure.
#define CONTRACT_EXPECT(outcomeExpression, expectedError)                                          \
    do {                                                                                           \
        const JobOutcome contractOutcome = (outcomeExpression);                                    \
        QVERIFY2(contractOutcome.finished, "job did not finish in time");                          \
        QVERIFY2(contractOutcome.error == (expectedError),                                         \
                 qPrintable(SecretStoreContract::errorName(contractOutcome.error) +                \
                            QStringLiteral(": ") + contractOutcome.errorString));                  \
    } while (false)

    JobOutcome put(const QString& key, const QByteArray& value)
    {
        return waitFor(m_store->put(key, SecureBytes::fromView(value)));
    }
    JobOutcome get(const QString& key)
    {
        return waitFor(m_store->get(key));
    }
    JobOutcome remove(const QString& key)
    {
        return waitFor(m_store->remove(key));
    }
    JobOutcome list(const QUuid& directory)
    {
        return waitFor(m_store->list(directory));
    }

protected slots:
    // Subclasses that override init()/cleanup() call these.
    void initContract()
    {
        m_store = createStore();
        QVERIFY(m_store);
        m_directory = QUuid::createUuid();
    }
    void cleanupContract()
    {
        // Leave a shared keychain as found.
        if (m_store && !m_directory.isNull()) {
            const JobOutcome keys = list(m_directory);
            for (const QString& key : keys.keys)
                remove(key);
        }
        m_store.reset();
    }

private slots:
    void init()
    {
        initContract();
    }
    void cleanup()
    {
        cleanupContract();
    }

    void contract_putThenGetReturnsTheValue()
    {
        const QString key =
            keyFor(SecretKey::Kind::AccessKey, QStringLiteral("AKIAEXAMPLE0000001"));
        CONTRACT_EXPECT(put(key, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), SecretStore::NoError);
        const JobOutcome got = get(key);
        CONTRACT_EXPECT(got, SecretStore::NoError);
        QCOMPARE(got.value, QByteArray("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        QVERIFY(got.errorString.isEmpty());
    }

    void contract_missingEntryIsEntryNotFound()
    {
        const JobOutcome got =
            get(keyFor(SecretKey::Kind::Session, QStringLiteral("never-stored")));
        CONTRACT_EXPECT(got, SecretStore::EntryNotFound);
        QVERIFY(!got.errorString.isEmpty());
        QVERIFY(got.value.isEmpty());
    }

    void contract_putOverwrites()
    {
        const QString key =
            keyFor(SecretKey::Kind::MfaSeed, QStringLiteral("arn:aws:iam::111122223333:mfa/alice"));
        CONTRACT_EXPECT(put(key, "first"), SecretStore::NoError);
        CONTRACT_EXPECT(put(key, "second"), SecretStore::NoError);
        const JobOutcome got = get(key);
        CONTRACT_EXPECT(got, SecretStore::NoError);
        QCOMPARE(got.value, QByteArray("second"));
        QCOMPARE(list(m_directory).keys, QStringList{key});
    }

    void contract_removeDeletesAndIsIdempotent()
    {
        const QString key = keyFor(SecretKey::Kind::Session, QStringLiteral("ASIAEXAMPLE0000001"));
        CONTRACT_EXPECT(put(key, "temporary"), SecretStore::NoError);
        CONTRACT_EXPECT(remove(key), SecretStore::NoError);
        CONTRACT_EXPECT(get(key), SecretStore::EntryNotFound);
        CONTRACT_EXPECT(remove(key), SecretStore::NoError);
        QVERIFY(list(m_directory).keys.isEmpty());
    }

    void contract_directoriesDoNotSeeEachOthersSecrets()
    {
        const QUuid other = QUuid::createUuid();
        const QString mine = keyFor(SecretKey::Kind::AccessKey, QStringLiteral("AKIASAMEID"));
        const QString theirs =
            keyFor(SecretKey::Kind::AccessKey, QStringLiteral("AKIASAMEID"), other);
        CONTRACT_EXPECT(put(mine, "mine"), SecretStore::NoError);
        CONTRACT_EXPECT(get(theirs), SecretStore::EntryNotFound);
        CONTRACT_EXPECT(put(theirs, "theirs"), SecretStore::NoError);
        QCOMPARE(get(mine).value, QByteArray("mine"));
        QCOMPARE(get(theirs).value, QByteArray("theirs"));
        QCOMPARE(list(m_directory).keys, QStringList{mine});
        QCOMPARE(list(other).keys, QStringList{theirs});
        CONTRACT_EXPECT(remove(theirs), SecretStore::NoError);
        QCOMPARE(get(mine).value, QByteArray("mine"));
    }

    void contract_listGivesSortedKeysOfOneDirectory()
    {
        const QString b = keyFor(SecretKey::Kind::Session, QStringLiteral("b"));
        const QString a = keyFor(SecretKey::Kind::AccessKey, QStringLiteral("a"));
        const QString c = keyFor(SecretKey::Kind::TokenSigningKey, QStringLiteral("c"));
        for (const QString& key : {b, a, c})
            CONTRACT_EXPECT(put(key, "value"), SecretStore::NoError);
        const JobOutcome listed = list(m_directory);
        CONTRACT_EXPECT(listed, SecretStore::NoError);
        QStringList expected{a, b, c};
        expected.sort();
        QCOMPARE(listed.keys, expected);
        QVERIFY(listed.value.isEmpty());
        QVERIFY(list(QUuid::createUuid()).keys.isEmpty());
    }

    void contract_binaryValuesRoundTrip()
    {
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i));
        const QString key = keyFor(SecretKey::Kind::TokenSigningKey, QStringLiteral("k1"));
        CONTRACT_EXPECT(put(key, binary), SecretStore::NoError);
        QCOMPARE(get(key).value, binary);
    }

    void contract_invalidKeysAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("no namespace") << QStringLiteral("access-key/AKIA");
        QTest::newRow("unknown kind")
            << QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("/password/x");
        QTest::newRow("braced uuid")
            << QUuid::createUuid().toString() + QStringLiteral("/session/x");
        QTest::newRow("empty id") << QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                         QStringLiteral("/session/");
    }
    void contract_invalidKeysAreRefused()
    {
        QFETCH(QString, key);
        const JobOutcome stored = put(key, "value");
        CONTRACT_EXPECT(stored, SecretStore::OtherError);
        QVERIFY(stored.errorString.contains(QStringLiteral("<directory-uuid>/<kind>/<id>")));
        CONTRACT_EXPECT(get(key), SecretStore::OtherError);
        CONTRACT_EXPECT(remove(key), SecretStore::OtherError);
    }

    void contract_finishesOnALaterTurnNotDuringTheCall()
    {
        const QString key = keyFor(SecretKey::Kind::Session, QStringLiteral("async"));
        SecretJob* job = m_store->put(key, SecureBytes::fromView("v"));
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(!job->isFinished());
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(JobTimeoutMs));
        QCOMPARE(spy.count(), 1);
    }

    void contract_jobsRunInTheOrderIssued()
    {
        const QString key = keyFor(SecretKey::Kind::Session, QStringLiteral("ordered"));
        // Issued back to back, without waiting in between.
        const QList<std::pair<SecretJob*, QString>> jobs{
            {m_store->put(key, SecureBytes::fromView("v1")), QStringLiteral("put")},
            {m_store->get(key), QStringLiteral("get")},
            {m_store->remove(key), QStringLiteral("remove")},
            {m_store->get(key), QStringLiteral("get again")},
        };
        QStringList order;
        QByteArray firstRead;
        SecretStore::Error secondRead = SecretStore::NoError;
        for (const auto& [job, name] : jobs) {
            connect(job, &SecretJob::finished, this, [&, name = name](SecretJob* finished) {
                order.append(name + QLatin1Char(':') + errorName(finished->error()));
                if (name == QLatin1String("get"))
                    firstRead = finished->value().insecureCopy();
                if (name == QLatin1String("get again"))
                    secondRead = finished->error();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, JobTimeoutMs);
        QCOMPARE(order, (QStringList{QStringLiteral("put:NoError"), QStringLiteral("get:NoError"),
                                     QStringLiteral("remove:NoError"),
                                     QStringLiteral("get again:EntryNotFound")}));
        QCOMPARE(firstRead, QByteArray("v1"));
        QCOMPARE(secondRead, SecretStore::EntryNotFound);
    }

    void contract_jobDeletesItselfAfterFinishing()
    {
        QPointer<SecretJob> job =
            m_store->get(keyFor(SecretKey::Kind::Session, QStringLiteral("gone")));
        QVERIFY(waitFor(job).finished);
        QTRY_VERIFY(job.isNull());
    }

    void contract_backendHasAName()
    {
        QVERIFY(!m_store->backendName().isEmpty());
    }
};
