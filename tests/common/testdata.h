#pragma once

#include <QFileInfo>
#include <QString>
#include <QTest>

// The public conformance data of tests/data (see its README.md). It is part of
// the repository, so a missing file is a failure, never a skip.

namespace TestData {

inline QString path(const QString& relative)
{
    return QStringLiteral(SWITCHBOARD_TESTDATA_DIR "/") + relative;
}

} // namespace TestData

// Fails the test, naming the path, when that conformance file or folder is missing.
#define REQUIRE_TESTDATA(location)                                                                 \
    do {                                                                                           \
        const QString location_ = (location);                                                      \
        QVERIFY2(                                                                                  \
            QFileInfo::exists(location_),                                                          \
            qPrintable(                                                                            \
                QStringLiteral("Conformance data missing: %1 (see tests/data)").arg(location_)));  \
    } while (false)
