#pragma once

#include <QString>
#include <QTest>

// Asserting a Result<T>: the call succeeded, or failed with AWS's code (and message).

// Fails the test with the error's text when the call did not succeed.
#define REQUIRE_OK(expression)                                                                     \
    do {                                                                                           \
        const auto& result_ = (expression);                                                        \
        QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().toString()));        \
    } while (false)

// An asynchronous call (AsyncTesting::waitForResult) answered in time, and succeeded.
#define REQUIRE_ASYNC_OK(expression)                                                               \
    do {                                                                                           \
        const auto& answer_ = (expression);                                                        \
        QVERIFY2(answer_.has_value(), "no answer in time");                                        \
        QVERIFY2(answer_->ok(), answer_->ok() ? "" : qPrintable(answer_->error().toString()));     \
    } while (false)

// Moves the value of a successful call into target; fails the test with the error otherwise.
#define REQUIRE_VALUE(target, expression)                                                          \
    do {                                                                                           \
        auto result_ = (expression);                                                               \
        QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().toString()));        \
        target = std::move(result_).value();                                                       \
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

// Calls a helper that asserts (a failed QVERIFY returns from the helper only)
// and stops the calling test function too when the helper failed.
#define REQUIRE_HELPER(call)                                                                       \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace ResultAssertions {
template <typename R>
bool checkOk(const R& result, const char* expression, const char* file, int line)
{
    if (result.ok())
        return true;
    QTest::qFail(qPrintable(QStringLiteral("%1 failed: %2")
                                .arg(QLatin1String(expression), result.error().toString())),
                 file, line);
    return false;
}
} // namespace ResultAssertions

// In a helper that returns a value (QVERIFY cannot return from it): records
// the failure of a call that did not succeed, and says whether it did.
#define CHECK_OK(expression)                                                                       \
    ResultAssertions::checkOk((expression), #expression, __FILE__, __LINE__)
