#pragma once

#include "asynctesting.h"
#include "console/accesskeymanager.h"
#include "console/consoleservices.h"
#include "console/consolesession.h"
#include "console/mfadevicemanager.h"
#include "crypto/passwordhasher.h"
#include "crypto/totp.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "iam/trainingclock.h"
#include "resultassertions.h"
#include "secrets/inmemorysecretstore.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "sts/stsservice.h"
#include "testengine.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

// The demo directory with STS behind a console session on a manual clock
// and an in-memory secret store: what tests of switching need. Header-only;
// a test using it links switchboard_console. Open one with DemoConsole::open()
// or OPEN_DEMO_CONSOLE(name, ...), which fails the test when it cannot.
struct DemoConsole
{
    // path: ":memory:" (or, in a test's "postgres" copy, a new database on the
    // server: TestEngine) or a file (to reopen it later); a shared clock and
    // store outlive this console, as across a restart of the program.
    // trainingSpeed: STS and the session run on a training clock of that
    // speed over the manual (real-time) clock; the directory on the latter.
    // The error of the directory's opening or seeding, if any.
    [[nodiscard]] static Result<std::unique_ptr<DemoConsole>>
    open(const QString& path = TestEngine::freshLocation(), ManualClock* sharedClock = nullptr,
         InMemorySecretStore* sharedSecrets = nullptr, double trainingSpeed = 1.0)
    {
        PasswordHasher::setCostLog2(10);
        std::unique_ptr<DemoConsole> console(
            new DemoConsole(sharedClock, sharedSecrets, trainingSpeed));
        auto opened = Directory::open(path, &console->clock);
        if (!opened)
            return opened.error();
        console->dir = std::move(opened).value();
        if (console->dir->isEmpty())
            if (auto seeded = DemoDirectory::seed(*console->dir, QStringLiteral("pw")); !seeded)
                return seeded.error();
        console->sts =
            std::make_unique<StsService>(console->dir.get(), &console->secrets, &console->training);
        console->session = std::make_unique<ConsoleSession>(console->dir.get(), &console->training,
                                                            nullptr, console->sts.get());
        console->accessKeys = std::make_unique<AccessKeyManager>(
            console->session.get(), console->dir.get(), &console->training, &console->secrets);
        console->mfaDevices = std::make_unique<MfaDeviceManager>(
            console->session.get(), console->dir.get(), &console->training, &console->secrets);
        return console;
    }

    DemoConsole(const DemoConsole&) = delete;
    DemoConsole& operator=(const DemoConsole&) = delete;

    Result<void> signIn(const QString& user)
    {
        return session->signIn(QStringLiteral("catphoto-prod"), user, QStringLiteral("pw"));
    }

    // Switches and waits for the answer.
    Result<void> switchTo(const QString& account, const QString& role,
                          const QString& color = QStringLiteral("green"),
                          const QString& displayName = {},
                          std::optional<int> durationSeconds = std::nullopt)
    {
        SwitchRoleRequest request;
        request.account = account;
        request.roleName = role;
        request.color = color;
        request.displayName = displayName;
        request.durationSeconds = durationSeconds;
        std::optional<Result<void>> outcome;
        session->switchRole(request, [&](Result<void> r) { outcome = r; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
            return IamError::serviceFailure(QStringLiteral("the switch never finished"));
        return *outcome;
    }

    // Gives user of catphoto-prod a virtual MFA device whose seed is in the
    // store, as the MFA device manager leaves it; the seed (empty and a
    // failed test when it cannot).
    SecureBytes giveMfaDevice(const QString& user)
    {
        const QString device = user.toLower() + QStringLiteral("-phone");
        if (!CHECK_OK(dir->addMfaDevice(QStringLiteral("111122223333"), user, device)))
            return {};
        const QString serial = QStringLiteral("arn:aws:iam::111122223333:mfa/") + device;
        SecureBytes seed = SecureBytes::fromView("12345678901234567890");
        if (!AsyncTesting::finishJob(secrets.put(SecretKey(QUuid::fromString(dir->directoryId()),
                                                           SecretKey::Kind::MfaSeed, serial)
                                                     .toString(),
                                                 seed.clone()),
                                     [](const SecretJob&) {}))
            QTest::qFail("the secret store did not answer in time", __FILE__, __LINE__);
        return seed;
    }

    // Signs user in with a code of seed at the clock's time, and waits.
    Result<void> signInWithMfa(const QString& user, const SecureBytes& seed)
    {
        std::optional<Result<void>> outcome;
        session->signInWithMfa(QStringLiteral("catphoto-prod"), user, QStringLiteral("pw"),
                               Totp::code(seed, clock.now()), [&](Result<void> r) { outcome = r; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
            return IamError::serviceFailure(QStringLiteral("the sign-in never finished"));
        return *outcome;
    }

    // What the console's views use beside the session, as the console builds it.
    ConsoleServices services() const
    {
        return {*dir, training, accessKeys.get(), mfaDevices.get()};
    }

    bool allowed(const QString& action, const QString& resource = QStringLiteral("*"))
    {
        return session->authorize(action, resource).allowed();
    }

    // The keys (never the values) the store holds for this directory.
    QStringList secretKeys()
    {
        return AsyncTesting::storeKeys(secrets, QUuid::fromString(dir->directoryId()), 5000);
    }

    // "Action:Outcome" of every audit event, oldest first.
    QStringList auditActions() const
    {
        QStringList out;
        for (const AuditEvent& e : dir->auditEvents())
            out << e.action + QLatin1Char(':') + e.outcome;
        return out;
    }

private:
    DemoConsole(ManualClock* sharedClock, InMemorySecretStore* sharedSecrets, double trainingSpeed)
        // STS issues whole seconds; a clock on a whole second keeps the arithmetic exact.
        : ownClock(QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC))
        , clock(sharedClock ? *sharedClock : ownClock)
        , secrets(sharedSecrets ? *sharedSecrets : ownSecrets)
        , training(trainingSpeed, &clock)
    {}

public:
    ManualClock ownClock;
    InMemorySecretStore ownSecrets;
    ManualClock& clock;
    InMemorySecretStore& secrets;
    TrainingClock training;
    std::unique_ptr<Directory> dir;
    std::unique_ptr<StsService> sts;
    std::unique_ptr<ConsoleSession> session;
    // The session's access keys and MFA devices (declared after it: gone first).
    std::unique_ptr<AccessKeyManager> accessKeys;
    std::unique_ptr<MfaDeviceManager> mfaDevices;
};

// Declares DemoConsole& name, opened with the arguments of DemoConsole::open();
// fails (and leaves) the test function when it cannot be opened.
#define OPEN_DEMO_CONSOLE(name, ...)                                                               \
    std::unique_ptr<DemoConsole> name##Owner_;                                                     \
    REQUIRE_VALUE(name##Owner_, DemoConsole::open(__VA_ARGS__));                                   \
    DemoConsole& name = *name##Owner_
