#include "secrets/inmemorysecretstore.h"

#include "secretstorecontract.h"

class TestInMemorySecretStore : public SecretStoreContract
{
    Q_OBJECT

protected:
    std::unique_ptr<SecretStore> createStore() override
    {
        return std::make_unique<InMemorySecretStore>();
    }

private slots:
    void storesAreIndependent()
    {
        InMemorySecretStore other;
        const QString key = keyFor(SecretKey::Kind::Session, QStringLiteral("s"));
        CONTRACT_EXPECT(put(key, "here"), SecretStore::NoError);
        CONTRACT_EXPECT(waitFor(other.get(key)), SecretStore::EntryNotFound);
    }

    void getReturnsACopyNotTheStoredValue()
    {
        const QString key = keyFor(SecretKey::Kind::Session, QStringLiteral("s"));
        CONTRACT_EXPECT(put(key, "kept"), SecretStore::NoError);
        // A caller that takes the value must not empty the store.
        SecretJob* job = m_store->get(key);
        connect(job, &SecretJob::finished, this, [](SecretJob* j) { j->takeValue(); });
        CONTRACT_EXPECT(waitFor(job), SecretStore::NoError);
        QCOMPARE(get(key).value, QByteArray("kept"));
    }

    void destroyingTheStoreAbandonsItsJobs()
    {
        auto store = std::make_unique<InMemorySecretStore>();
        QPointer<SecretJob> job = store->put(keyFor(SecretKey::Kind::Session, QStringLiteral("x")),
                                             SecureBytes::fromView("v"));
        QSignalSpy spy(job.data(), &SecretJob::finished);
        store.reset();
        QVERIFY(job.isNull());
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInMemorySecretStore)
#include "tst_inmemorysecretstore.moc"
