#include "crypto/passwordhasher.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "items/keychainmodel.h"
#include "secrets/inmemorysecretstore.h"
#include "secrets/secretjob.h"
#include "sts/stsservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestKeychainModel : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    ManualClock clock{QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC)};
    std::unique_ptr<Directory> dir;
    std::unique_ptr<InMemorySecretStore> store;
    std::unique_ptr<StsService> sts;

    QUuid directoryId() const { return QUuid::fromString(dir->directoryId()); }

    bool put(SecretKey::Kind kind, const QString& id, const QByteArray& value)
    {
        SecretJob* job =
            store->put(SecretKey(directoryId(), kind, id).toString(), SecureBytes::fromView(value));
        QSignalSpy finished(job, &SecretJob::finished);
        return finished.wait(5000);
    }

    static bool refreshed(KeychainModel& model)
    {
        QSignalSpy done(&model, &KeychainModel::refreshed);
        model.refresh();
        return done.wait(5000);
    }

    const KeychainModel::Entry* find(const KeychainModel& model, SecretKey::Kind kind) const
    {
        for (const KeychainModel::Entry& e : model.entries())
            if (e.key.kind() == kind)
                return &e;
        return nullptr;
    }

private slots:
    void initTestCase() { PasswordHasher::setCostLog2(10); }

    void init()
    {
        dir = std::move(Directory::open(QStringLiteral(":memory:"), &clock)).value();
        QVERIFY(DemoDirectory::seed(*dir, QStringLiteral("pw")).ok());
        store = std::make_unique<InMemorySecretStore>();
        sts = std::make_unique<StsService>(dir.get(), store.get(), &clock);
    }

    void listsWhatIsKeptAndWhoseItIsButNeverAValue()
    {
        AssumeRoleRequest request;
        request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer");
        request.roleSessionName = QStringLiteral("John");
        std::optional<Result<AssumeRoleResult>> issued;
        sts->assumeRole(StsCaller::user(prod, QStringLiteral("John")), request, this,
                        [&](Result<AssumeRoleResult> r) { issued.emplace(std::move(r)); });
        QTRY_VERIFY(issued.has_value());
        QVERIFY(issued->ok());
        const QString sessionKey = issued->value().credentials.accessKeyId;
        const QString sessionSecret =
            issued->value().credentials.secretAccessKey.insecureUtf8String();

        QVERIFY(
            dir->addAccessKey(prod, QStringLiteral("Maria"), QStringLiteral("AKIAIOSFODNN7EXAMPLE"))
                .ok());
        QVERIFY(put(SecretKey::Kind::AccessKey, QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                    "maria-secret-value"));
        QVERIFY(put(SecretKey::Kind::Session, QStringLiteral("ASIAORPHANED0000001"), "lost-value"));

        KeychainModel model(dir.get(), store.get(), &clock);
        QAbstractItemModelTester tester(&model);
        QVERIFY(refreshed(model));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.backendName(), store->backendName());
        QVERIFY(model.error().isEmpty());

        const auto* key = find(model, SecretKey::Kind::AccessKey);
        QVERIFY(key);
        QCOMPARE(key->owner, QStringLiteral("arn:aws:iam::111122223333:user/Maria"));
        QCOMPARE(key->status, KeychainModel::Status::Active);
        QCOMPARE(key->created, clock.now());
        QVERIFY(find(model, SecretKey::Kind::TokenSigningKey));

        for (const KeychainModel::Entry& e : model.entries())
            if (e.key.kind() == SecretKey::Kind::Session && e.key.id() == sessionKey) {
                QCOMPARE(
                    e.owner,
                    QStringLiteral("arn:aws:sts::111122223333:assumed-role/SecurityEngineer/John"));
                QCOMPARE(e.status, KeychainModel::Status::Open);
                QCOMPARE(e.expires, clock.now().addSecs(3600));
            } else if (e.key.kind() == SecretKey::Kind::Session) {
                QCOMPARE(e.status, KeychainModel::Status::Orphaned);
            }

        // Every cell and tooltip, and never a value.
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    const QString text = model.index(row, column).data(role).toString();
                    QVERIFY(!text.contains(sessionSecret));
                    QVERIFY(!text.contains(QLatin1String("maria-secret-value")));
                    QVERIFY(!text.contains(QLatin1String("lost-value")));
                }
    }

    void purgeRemovesExpiredSessionsAndOrphans()
    {
        AssumeRoleRequest request;
        request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer");
        request.roleSessionName = QStringLiteral("John");
        request.durationSeconds = 900;
        std::optional<Result<AssumeRoleResult>> issued;
        sts->assumeRole(StsCaller::user(prod, QStringLiteral("John")), request, this,
                        [&](Result<AssumeRoleResult> r) { issued.emplace(std::move(r)); });
        QTRY_VERIFY(issued.has_value());
        QVERIFY(issued->ok());
        const QString sessionKey = issued->value().credentials.accessKeyId;
        QVERIFY(put(SecretKey::Kind::Session, QStringLiteral("ASIAORPHANED0000001"), "lost"));

        KeychainModel model(dir.get(), store.get(), &clock);
        QVERIFY(refreshed(model));
        QCOMPARE(model.rowCount(), 3);
        clock.advance(900);
        QVERIFY(refreshed(model));
        int purgeable = 0;
        for (const KeychainModel::Entry& e : model.entries())
            purgeable += model.isPurgeable(e) ? 1 : 0;
        QCOMPARE(purgeable, 2);

        QSignalSpy purged(&model, &KeychainModel::purged);
        QSignalSpy again(&model, &KeychainModel::refreshed);
        model.purge(sts.get());
        QVERIFY(purged.wait(5000));
        QCOMPARE(purged.first().first().toInt(), 2);
        QTRY_COMPARE(model.rowCount(), 1); // the token-signing key stays
        QCOMPARE(model.entries().first().key.kind(), SecretKey::Kind::TokenSigningKey);
        QCOMPARE(dir->temporarySession(sessionKey)->endReason, QStringLiteral("Expired"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainModel)
#include "tst_keychainmodel.moc"
