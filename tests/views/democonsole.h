#pragma once

#include "console/consolesession.h"
#include "crypto/passwordhasher.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "secrets/inmemorysecretstore.h"
#include "sts/stsservice.h"

#include <QTest>

#include <memory>
#include <optional>

// The demo directory with STS behind a console session on a manual clock:
// what the Switch Role views need to switch for real in a test.
struct DemoConsole
{
    DemoConsole()
        : clock(QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC))
    {
        PasswordHasher::setCostLog2(10);
        auto opened = Directory::open(QStringLiteral(":memory:"), &clock);
        if (!opened)
            qFatal("cannot open directory: %s", qPrintable(opened.error().toString()));
        dir = std::move(opened).value();
        if (auto seeded = DemoDirectory::seed(*dir, QStringLiteral("pw")); !seeded)
            qFatal("cannot seed: %s", qPrintable(seeded.error().toString()));
        sts = std::make_unique<StsService>(dir.get(), &secrets, &clock);
        session = std::make_unique<ConsoleSession>(dir.get(), &clock, nullptr, sts.get());
    }

    bool signIn(const QString& user)
    {
        return session->signIn(QStringLiteral("catphoto-prod"), user, QStringLiteral("pw")).ok();
    }

    // Switches and waits for the answer.
    Result<void> switchTo(const QString& account, const QString& role,
                          const QString& color = QStringLiteral("green"),
                          const QString& displayName = {})
    {
        SwitchRoleRequest request;
        request.account = account;
        request.roleName = role;
        request.color = color;
        request.displayName = displayName;
        std::optional<Result<void>> outcome;
        session->switchRole(request, [&](Result<void> r) { outcome = r; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
            return IamError::serviceFailure(QStringLiteral("the switch never finished"));
        return *outcome;
    }

    ManualClock clock;
    InMemorySecretStore secrets;
    std::unique_ptr<Directory> dir;
    std::unique_ptr<StsService> sts;
    std::unique_ptr<ConsoleSession> session;
};
