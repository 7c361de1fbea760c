#pragma once

#include <QTest>

// Asserting a Result<T>: the call succeeded, or failed with AWS's code (and message).

// Fails the test with the error's text when the call did not succeed.
#define REQUIRE_OK(expression)                                                                     \
    do {                                                                                           \
        const auto& result_ = (expression);                                                        \
        QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().toString()));        \
    } while (false)

// The call failed with exactly this AWS code and message.
#define REQUIRE_ERROR(expression, expectedCode, expectedMessage)                                   \
    do {                                                                                           \
        const auto& result_ = (expression);                                                        \
        QVERIFY2(!result_.ok(), "the call succeeded but should have failed");                      \
        QCOMPARE(result_.error().code(), QString(expectedCode));                                   \
        QCOMPARE(result_.error().message(), QString(expectedMessage));                             \
    } while (false)

// The call failed with this AWS code (the message is checked elsewhere).
#define REQUIRE_CODE(expression, expectedCode)                                                     \
    do {                                                                                           \
        const auto& result_ = (expression);                                                        \
        QVERIFY2(!result_.ok(), "the call succeeded but should have failed");                      \
        QCOMPARE(result_.error().code(), QString(expectedCode));                                   \
    } while (false)
