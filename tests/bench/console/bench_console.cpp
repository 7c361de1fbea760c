// The console's budgets (DESIGN.md) on 50,000 users, 2,000 groups, 10,000
// roles and 200,000 memberships: first paint of the main window after the
// directory is opened, filtering the navigator per keystroke, and peak
// resident memory. Prints figures; never fails on time. Its copy
// bench_console_postgres runs on a new database of the PostgreSQL server
// SWITCHBOARD_TEST_POSTGRES names (scripts/postgres-test-server starts one).

#include "benchdirectory.h"
#include "common/testengine.h"
#include "console/consolesession.h"
#include "crypto/passwordhasher.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "items/navigatormodel.h"
#include "mainwindow.h"
#include "navigatorview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

namespace {
// CTest's SKIP_RETURN_CODE for this benchmark.
constexpr int skippedExitCode = 77;

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_console: %s\n", qPrintable(what));
    if (TestEngine::onPostgres())
        TestEngine::dropDatabases();
    std::exit(1);
}

double meanMs(const QList<qint64>& us)
{
    qint64 sum = 0;
    for (qint64 one : us)
        sum += one;
    return us.isEmpty() ? 0.0 : double(sum) / 1000.0 / double(us.size());
}

double maxMs(const QList<qint64>& us)
{
    return us.isEmpty() ? 0.0 : double(*std::max_element(us.begin(), us.end())) / 1000.0;
}

// An administrator who can see everything, so the tree shows every row.
void addAdministrator(Directory& directory, const QString& account)
{
    const QString name = QStringLiteral("bench-admin");
    auto r = directory.createUser(account, name);
    if (!r)
        fail(r.error().toString());
    if (auto p =
            directory.setLoginProfile(account, name, PasswordHasher::hash(QStringLiteral("pw")));
        !p)
        fail(p.error().toString());
    if (auto a =
            directory.attachPolicy(EntityKind::User, account, name,
                                   QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess"));
        !a)
        fail(a.error().toString());
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    PasswordHasher::setCostLog2(10);
    // Without its server, the PostgreSQL copy says so and is reported skipped.
    if (const QString why = TestEngine::unavailable(); !why.isEmpty()) {
        if (TestEngine::required())
            fail(why);
        std::printf("skipped: %s\n", qPrintable(why));
        return skippedExitCode;
    }
    QTemporaryDir tmp;
    const QString path = TestEngine::onPostgres() ? TestEngine::freshLocation()
                                                  : tmp.filePath(QStringLiteral("large.sqlite"));
    std::printf("engine: %s\n", TestEngine::onPostgres() ? "PostgreSQL" : "SQLite");
    LargeDirectorySpec spec;
    {
        auto opened = Directory::open(path);
        if (!opened)
            fail(opened.error().toString());
        QElapsedTimer generation;
        generation.start();
        if (auto r = generateLargeDirectory(*opened.value(), spec); !r)
            fail(r.error().toString());
        addAdministrator(*opened.value(), spec.accountId);
        std::printf("generated %d users, %d groups, %d roles, %d memberships in %lld ms\n",
                    spec.users, spec.groups, spec.roles, spec.users * spec.membershipsPerUser,
                    static_cast<long long>(generation.elapsed()));
    }

    int matches = 0;
    { // the directory and the window close before a PostgreSQL database is dropped
        // Start to first paint: open the file, sign in, build the window, show it.
        QElapsedTimer startup;
        startup.start();
        auto opened = Directory::open(path);
        if (!opened)
            fail(opened.error().toString());
        Directory& directory = *opened.value();
        ConsoleSession session(&directory);
        if (auto r =
                session.signIn(spec.accountId, QStringLiteral("bench-admin"), QStringLiteral("pw"));
            !r)
            fail(r.error().toString());
        NavigatorModel model(&directory, &session);
        MainWindow window(&session, ConsoleServices{directory, *Clock::system()}, &model);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            fail(QStringLiteral("the window was not exposed"));
        window.grab(); // forces a full paint of the window as it stands
        const qint64 firstPaintMs = startup.elapsed();

        // Expanding Users fetches its first page only (Root → account → Users).
        QTreeView* tree = window.navigator()->tree();
        const auto usersIndex = [tree] {
            const QAbstractItemModel* m = tree->model();
            return m->index(0, 0, m->index(0, 0, m->index(0, 0)));
        };
        tree->expand(usersIndex());
        QCoreApplication::processEvents();

        // Focusing the filter box fetches every name, ahead of the first key.
        QLineEdit* filter = window.navigator()->filterEdit();
        QElapsedTimer focus;
        focus.start();
        filter->setFocus();
        QCoreApplication::processEvents();
        const qint64 focusMs = focus.elapsed();

        // Filtering: type a user's name key by key; each key is one filter pass.
        const QString typed = benchUserName(spec.users - 1);
        QList<qint64> perKeyUs;
        QList<qint64> perKeyCpuUs;
        for (qsizetype i = 1; i <= typed.size(); ++i) {
            QElapsedTimer key;
            key.start();
            const qint64 cpuBefore = processCpuNs();
            filter->setText(typed.left(i));
            perKeyUs << key.nsecsElapsed() / 1000;
            perKeyCpuUs << (processCpuNs() - cpuBefore) / 1000;
        }
        matches = tree->model()->rowCount(usersIndex());

        std::printf("first paint after start: %lld ms (budget 1000 ms)\n",
                    static_cast<long long>(firstPaintMs));
        std::printf("focus on the filter box (fetches all %d names): %lld ms\n", spec.users,
                    static_cast<long long>(focusMs));
        std::printf("filter per key: mean %.1f ms, max %.1f ms (budget 50 ms per key); "
                    "CPU time: mean %.1f ms, max %.1f ms\n",
                    meanMs(perKeyUs), maxMs(perKeyUs), meanMs(perKeyCpuUs), maxMs(perKeyCpuUs));
        std::printf("rows matching '%s': %d\n", qPrintable(typed), matches);
        std::printf("peak resident memory: %lld MB (budget 250 MB)\n",
                    static_cast<long long>(peakRssKiB() / 1024));
    }
    if (matches < 1)
        fail(QStringLiteral("the filter did not find the user it was given"));
    TestEngine::dropDatabases();
    return 0;
}
