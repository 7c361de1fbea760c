#include "directorydump.h"
#include "directorytesthelpers.h"

#include "directory/directory.h"
#include "iam/clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace DirectoryTest;

// Directory::recordChange / revertChange / reapplyChange (undo and redo),
// and the account password policy and password history they come with.
class TestDirectoryChange : public QObject
{
    Q_OBJECT

private:
    ManualClock clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    QTemporaryDir tmp;
    int files = 0;
    QString path;

    // A directory file (dumps read it through a second connection) with the
    // prod account, a group, a policy, a user in the group and a role.
    Result<std::unique_ptr<Directory>> populated()
    {
        path = tmp.filePath(QStringLiteral("dir%1.sqlite").arg(++files));
        auto opened = Directory::open(path, &clock);
        if (!opened)
            return opened.error();
        Directory* dir = opened.value().get();
        std::optional<IamError> failed; // the first step that failed
        auto ok = [&failed](const auto& r) {
            if (!r && !failed)
                failed = r.error();
        };
        ok(dir->createAccount(prod, QStringLiteral("catphoto-prod")));
        ok(dir->createGroup(prod, QStringLiteral("Developers")));
        ok(dir->createPolicy(prod, QStringLiteral("S3"), allowS3()));
        ok(dir->createUser(prod, QStringLiteral("bob"), QStringLiteral("/"),
                           {{QStringLiteral("team"), QStringLiteral("a")}}));
        ok(dir->addUserToGroup(prod, QStringLiteral("Developers"), QStringLiteral("bob")));
        ok(dir->createRole(role(prod, QStringLiteral("Reader"))));
        ok(dir->putInlinePolicy(EntityKind::Role, prod, QStringLiteral("Reader"),
                                {QStringLiteral("Inline"), allowS3()}));
        clock.advance(60);
        if (failed)
            return *failed;
        return opened;
    }

    static QString s3Arn() { return QStringLiteral("arn:aws:iam::111122223333:policy/S3"); }

    // A call's outcome without its value, as recordChange's work returns it.
    template <typename T>
    static Result<void> outcome(const Result<T>& r)
    {
        return r ? Result<void>() : Result<void>(r.error());
    }

    // The change signals, in order, as text.
    static QStringList* record(Directory* dir, QStringList* log)
    {
        QObject::connect(dir, &Directory::entityAdded, dir,
                         [log](EntityKind k, const QString&, const QString& n) {
                             *log << QStringLiteral("added %1 %2").arg(entityKindName(k), n);
                         });
        QObject::connect(dir, &Directory::entityRemoved, dir,
                         [log](EntityKind k, const QString&, const QString& n) {
                             *log << QStringLiteral("removed %1 %2").arg(entityKindName(k), n);
                         });
        QObject::connect(
            dir, &Directory::entityRenamed, dir,
            [log](EntityKind k, const QString&, const QString& o, const QString& n) {
                *log << QStringLiteral("renamed %1 %2 %3").arg(entityKindName(k), o, n);
            });
        QObject::connect(dir, &Directory::membershipAdded, dir,
                         [log](const QString&, const QString& g, const QString& u) {
                             *log << QStringLiteral("joined %1 %2").arg(g, u);
                         });
        QObject::connect(dir, &Directory::membershipRemoved, dir,
                         [log](const QString&, const QString& g, const QString& u) {
                             *log << QStringLiteral("left %1 %2").arg(g, u);
                         });
        QObject::connect(dir, &Directory::attachmentsChanged, dir,
                         [log](const QString& p, EntityKind k, const QString&, const QString& n) {
                             *log << QStringLiteral("attachments %1 %2 %3")
                                         .arg(p.section(QLatin1Char('/'), -1), entityKindName(k),
                                              n);
                         });
        QObject::connect(dir, &Directory::passwordPolicyChanged, dir, [log](const QString& a) {
            *log << QStringLiteral("password policy ") + a;
        });
        return log;
    }

private slots:
    void initTestCase() { QVERIFY(tmp.isValid()); }

    // --- password policy and history -----------------------------------

    void aPasswordPolicyIsKeptPerAccount()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        REQUIRE_OK(dir->createAccount(dev));
        QVERIFY(!dir->passwordPolicy(prod));
        PasswordPolicy policy;
        policy.minimumLength = 14;
        policy.requireSymbols = true;
        policy.maxPasswordAgeDays = 90;
        policy.passwordReusePrevention = 5;
        policy.hardExpiry = true;
        policy.allowUsersToChangePassword = false;
        QSignalSpy changed(dir.get(), &Directory::passwordPolicyChanged);
        REQUIRE_OK(dir->setPasswordPolicy(prod, policy));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), prod);
        QCOMPARE(*dir->passwordPolicy(prod), policy);
        QVERIFY(!dir->passwordPolicy(dev));

        PasswordPolicy wrong = policy;
        wrong.minimumLength = 200;
        REQUIRE_CODE(dir->setPasswordPolicy(prod, wrong), "ValidationError");
        QCOMPARE(*dir->passwordPolicy(prod), policy);
        REQUIRE_CODE(dir->setPasswordPolicy(QStringLiteral("999999999999"), policy),
                     "NoSuchEntity");

        REQUIRE_OK(dir->deletePasswordPolicy(prod));
        QVERIFY(!dir->passwordPolicy(prod));
        REQUIRE_ERROR(dir->deletePasswordPolicy(prod), "NoSuchEntity",
                      "The Password Policy with domain name 111122223333 cannot be found.");
        QCOMPARE(changed.size(), 2);
    }

    void thePasswordHistoryIsNewestFirstAndBounded()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        const QString bob = QStringLiteral("bob");
        QVERIFY(dir->passwordHistory(prod, bob, 5).isEmpty());
        for (int i = 1; i <= 26; ++i) {
            REQUIRE_OK(dir->setLoginProfile(prod, bob, QStringLiteral("$scrypt$hash%1").arg(i)));
            clock.advance(1);
        }
        QCOMPARE(dir->passwordHistory(prod, QStringLiteral("BOB"), 3),
                 QStringList({QStringLiteral("$scrypt$hash26"), QStringLiteral("$scrypt$hash25"),
                              QStringLiteral("$scrypt$hash24")}));
        const QStringList all = dir->passwordHistory(prod, bob, 100);
        QCOMPARE(all.size(), 24);
        QCOMPARE(all.last(), QStringLiteral("$scrypt$hash3"));
        QVERIFY(dir->passwordHistory(prod, bob, 0).isEmpty());
        QVERIFY(dir->passwordHistory(prod, QStringLiteral("nobody"), 5).isEmpty());
    }

    // --- record, revert, reapply ---------------------------------------

    void revertAndReapplyRestoreTheExactRows()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        const QStringList before = dumpEntityTables(path);
        QString aliceId;
        const auto change = dir->recordChange([&]() -> Result<void> {
            auto alice = dir->createUser(prod, QStringLiteral("alice"), QStringLiteral("/eng/"),
                                         {{QStringLiteral("team"), QStringLiteral("b")}});
            if (!alice)
                return alice.error();
            aliceId = alice->userId;
            for (auto r :
                 {dir->addUserToGroup(prod, QStringLiteral("Developers"), QStringLiteral("alice")),
                  dir->attachPolicy(EntityKind::User, prod, QStringLiteral("alice"), s3Arn()),
                  dir->removeUserFromGroup(prod, QStringLiteral("Developers"),
                                           QStringLiteral("bob")),
                  dir->deleteInlinePolicy(EntityKind::Role, prod, QStringLiteral("Reader"),
                                          QStringLiteral("Inline")),
                  dir->setLoginProfile(prod, QStringLiteral("bob"), QStringLiteral("$scrypt$x"))})
                if (!r)
                    return r;
            if (auto r = dir->createPolicyVersion(s3Arn(), allowS3(), true); !r)
                return r.error();
            if (auto r = dir->renameGroup(prod, QStringLiteral("Developers"),
                                          QStringLiteral("Builders"));
                !r)
                return r.error();
            return {};
        });
        REQUIRE_OK(change);
        QVERIFY(!change->isEmpty());
        const QStringList after = dumpEntityTables(path);
        QVERIFY(after != before);

        clock.advance(3600); // nothing may take a new date
        REQUIRE_OK(dir->revertChange(change.value()));
        QCOMPARE(dumpEntityTables(path), before);
        QVERIFY(!dir->user(prod, QStringLiteral("alice")));
        QVERIFY(dir->group(prod, QStringLiteral("Developers")));
        QCOMPARE(dir->defaultPolicyVersion(s3Arn())->versionId, QStringLiteral("v1"));

        REQUIRE_OK(dir->reapplyChange(change.value()));
        QCOMPARE(dumpEntityTables(path), after);
        QCOMPARE(dir->user(prod, QStringLiteral("alice"))->userId, aliceId);
        QCOMPARE(dir->defaultPolicyVersion(s3Arn())->versionId, QStringLiteral("v2"));

        REQUIRE_OK(dir->revertChange(change.value()));
        QCOMPARE(dumpEntityTables(path), before);
    }

    void rowsACascadeRemovedComeBack()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        REQUIRE_OK(
            dir->removeUserFromGroup(prod, QStringLiteral("Developers"), QStringLiteral("bob")));
        const QStringList before = dumpEntityTables(path);
        // The user's tags and password history go with the user, by cascade.
        const auto change =
            dir->recordChange([&] { return dir->deleteUser(prod, QStringLiteral("bob")); });
        REQUIRE_OK(change);
        QVERIFY(!dir->user(prod, QStringLiteral("bob")));
        REQUIRE_OK(dir->revertChange(change.value()));
        QCOMPARE(dumpEntityTables(path), before);
        QCOMPARE(dir->user(prod, QStringLiteral("bob"))->tags.size(), 1);
    }

    void theAuditTrailIsNotPartOfAChange()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        AuditEvent event;
        event.actorArn = QStringLiteral("arn:aws:iam::111122223333:user/bob");
        event.action = QStringLiteral("iam:CreateGroup");
        event.outcome = QStringLiteral("Success");
        const auto change = dir->recordChange([&]() -> Result<void> {
            if (auto r = dir->appendAuditEvent(event); !r)
                return r.error();
            return outcome(dir->createGroup(prod, QStringLiteral("Ops")));
        });
        REQUIRE_OK(change);
        REQUIRE_OK(dir->revertChange(change.value()));
        QVERIFY(!dir->group(prod, QStringLiteral("Ops")));
        QCOMPARE(dir->auditEventCount(), 1);
    }

    void aFailedWorkRecordsNothing()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        const QStringList before = dumpEntityTables(path);
        QStringList log;
        record(dir.get(), &log);
        const auto change = dir->recordChange([&]() -> Result<void> {
            if (auto r = dir->createGroup(prod, QStringLiteral("Ops")); !r)
                return r.error();
            return dir->deleteGroup(prod, QStringLiteral("Developers")); // has members
        });
        REQUIRE_CODE(change, "DeleteConflict");
        QCOMPARE(dumpEntityTables(path), before);
        QVERIFY(log.isEmpty());
    }

    void aNoOpRecordsAnEmptyChange()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        const auto change = dir->recordChange([&] {
            return dir->addUserToGroup(prod, QStringLiteral("Developers"), QStringLiteral("bob"));
        });
        REQUIRE_OK(change);
        QVERIFY(change->isEmpty());
        REQUIRE_OK(dir->revertChange(change.value()));
    }

    void aChangeCannotBeRecordedInsideATransaction()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        Result<DirectoryChange> inner = IamError();
        REQUIRE_OK(dir->runInTransaction([&]() -> Result<void> {
            inner = dir->recordChange([] { return Result<void>(); });
            return {};
        }));
        REQUIRE_CODE(inner, "ServiceFailure");
    }

    void signalsAreInvertedOnRevertAndRepeatedOnReapply()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        QStringList log;
        record(dir.get(), &log);
        const auto change = dir->recordChange([&]() -> Result<void> {
            if (auto r = dir->createUser(prod, QStringLiteral("alice")); !r)
                return r.error();
            for (auto r :
                 {dir->addUserToGroup(prod, QStringLiteral("Developers"), QStringLiteral("alice")),
                  dir->attachPolicy(EntityKind::User, prod, QStringLiteral("alice"), s3Arn())})
                if (!r)
                    return r;
            if (auto r = dir->renameGroup(prod, QStringLiteral("Developers"),
                                          QStringLiteral("Builders"));
                !r)
                return r.error();
            PasswordPolicy policy;
            return dir->setPasswordPolicy(prod, policy);
        });
        REQUIRE_OK(change);
        const QStringList forward{QStringLiteral("added user alice"),
                                  QStringLiteral("joined Developers alice"),
                                  QStringLiteral("attachments S3 user alice"),
                                  QStringLiteral("renamed group Developers Builders"),
                                  QStringLiteral("password policy 111122223333")};
        QCOMPARE(log, forward);

        log.clear();
        REQUIRE_OK(dir->revertChange(change.value()));
        QCOMPARE(log, QStringList({QStringLiteral("password policy 111122223333"),
                                   QStringLiteral("renamed group Builders Developers"),
                                   QStringLiteral("attachments S3 user alice"),
                                   QStringLiteral("left Developers alice"),
                                   QStringLiteral("removed user alice")}));
        log.clear();
        REQUIRE_OK(dir->reapplyChange(change.value()));
        QCOMPARE(log, forward);
    }

    void aRowChangedSinceIsAConflictThatChangesNothing()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        const auto change = dir->recordChange(
            [&] { return outcome(dir->createUser(prod, QStringLiteral("alice"))); });
        REQUIRE_OK(change);
        REQUIRE_OK(dir->renameUser(prod, QStringLiteral("alice"), {}, QStringLiteral("/moved/")));
        const QStringList before = dumpEntityTables(path);
        QStringList log;
        record(dir.get(), &log);
        const Result<void> reverted = dir->revertChange(change.value());
        REQUIRE_ERROR(reverted, "UndoConflict",
                      "The directory changed since: the user alice was changed.");
        QCOMPARE(reverted.error().httpStatus(), 409);
        QCOMPARE(dumpEntityTables(path), before);
        QVERIFY(log.isEmpty());
        // The connection enforces foreign keys again afterwards.
        REQUIRE_CODE(dir->deleteGroup(prod, QStringLiteral("Developers")), "DeleteConflict");
    }

    void aNameTakenSinceIsAConflict()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        const auto change =
            dir->recordChange([&] { return dir->deleteRole(prod, QStringLiteral("Reader")); });
        REQUIRE_CODE(change, "DeleteConflict"); // it has an inline policy
        const auto removed = dir->recordChange([&]() -> Result<void> {
            if (auto r = dir->deleteInlinePolicy(EntityKind::Role, prod, QStringLiteral("Reader"),
                                                 QStringLiteral("Inline"));
                !r)
                return r;
            return dir->deleteRole(prod, QStringLiteral("Reader"));
        });
        REQUIRE_OK(removed);
        REQUIRE_OK(dir->createRole(role(prod, QStringLiteral("READER"))));
        const QStringList before = dumpEntityTables(path);
        REQUIRE_CODE(dir->revertChange(removed.value()), "UndoConflict");
        QCOMPARE(dumpEntityTables(path), before);
    }

    void anEntryReferringToARevertedRowIsAConflict()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        const auto created = dir->recordChange(
            [&] { return outcome(dir->createGroup(prod, QStringLiteral("Ops"))); });
        REQUIRE_OK(created);
        // Someone adds a member since: undoing the group would orphan it.
        REQUIRE_OK(dir->addUserToGroup(prod, QStringLiteral("Ops"), QStringLiteral("bob")));
        const QStringList before = dumpEntityTables(path);
        const Result<void> reverted = dir->revertChange(created.value());
        REQUIRE_CODE(reverted, "UndoConflict");
        QVERIFY2(
            reverted.error().message().startsWith(QStringLiteral("The directory changed since: ")),
            qPrintable(reverted.error().message()));
        QCOMPARE(dumpEntityTables(path), before);
        QCOMPARE(dir->usersInGroup(prod, QStringLiteral("Ops")).size(), 1);
    }

    void reapplyingOverANewRowIsAConflict()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, populated());
        const auto created = dir->recordChange(
            [&] { return outcome(dir->createGroup(prod, QStringLiteral("Ops"))); });
        REQUIRE_OK(created);
        REQUIRE_OK(dir->revertChange(created.value()));
        REQUIRE_OK(dir->createGroup(prod, QStringLiteral("ops")));
        const QStringList before = dumpEntityTables(path);
        REQUIRE_CODE(dir->reapplyChange(created.value()), "UndoConflict");
        QCOMPARE(dumpEntityTables(path), before);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryChange)
#include "tst_directorychange.moc"
