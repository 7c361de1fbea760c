#pragma once

#include <QString>
#include <QTest>

// The engine a directory test runs on. A test's ctest copy labelled
// "postgres" sets SWITCHBOARD_TEST_ENGINE=postgresql: its directories are
// then fresh databases on the server SWITCHBOARD_TEST_POSTGRES names (a
// libpq URI of its maintenance database; scripts/postgres-test-server starts
// one), one per call, dropped at cleanup(). Otherwise they are SQLite in memory.
namespace TestEngine {
bool onPostgres();
// Why this run's engine cannot be reached; empty when it can.
QString unavailable();
// scripts/test sets SWITCHBOARD_TEST_POSTGRES_REQUIRED: there a missing
// server is a failure. A developer without one sees the copy skipped.
bool required();
// The location of a new, empty directory (":memory:" on SQLite).
QString freshLocation();
// Drops the databases freshLocation() made; call from the test's cleanup().
void dropDatabases();
} // namespace TestEngine

// In init(): a test on an engine that is not there fails or skips, never passes.
#define REQUIRE_TEST_ENGINE()                                                                      \
    do {                                                                                           \
        const QString why = TestEngine::unavailable();                                             \
        if (!why.isEmpty()) {                                                                      \
            if (TestEngine::required())                                                            \
                QFAIL(qPrintable(why));                                                            \
            QSKIP(qPrintable(why));                                                                \
        }                                                                                          \
    } while (false)
