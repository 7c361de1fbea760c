#include "benchdirectory.h"

#include "directory/directory.h"
#include "items/membershipmatrixfiltermodel.h"
#include "items/membershipmatrixmodel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

// The membership matrix over the directory of DESIGN.md's budgets (50,000
// users, 2,000 groups, 200,000 memberships): how soon the first screen of
// rows is there, and what the whole-matrix operations cost. Sorting by group
// count and exporting CSV read the memberships in one query each: budget 1 s
// at this size. Fails on a wrong answer, never on time.
namespace {

void report(const char* what, double value, const char* unit)
{
    std::printf("%-52s %12.1f %s\n", what, value, unit);
    std::fflush(stdout);
}

// A figure that has a budget: "within" or "OVER" it.
void report(const char* what, double value, const char* unit, double budget)
{
    std::printf("%-52s %12.1f %s budget %6.0f %s %s\n", what, value, unit, budget, unit,
                value <= budget ? "within" : "OVER");
    std::fflush(stdout);
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// What a view asks for its first screen: headers and cells of 40 rows x 20 columns.
int paintFirstScreen(const QAbstractItemModel& model)
{
    int marks = 0;
    for (int row = 0; row < std::min(40, model.rowCount()); ++row) {
        model.headerData(row, Qt::Vertical);
        for (int column = 0; column < std::min(20, model.columnCount()); ++column) {
            if (row == 0)
                model.headerData(column, Qt::Horizontal);
            marks += model.index(row, column).data(Qt::DisplayRole).toString().isEmpty() ? 0 : 1;
            model.index(row, column).data(MembershipMatrixModel::HighlightRole);
        }
    }
    return marks;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const LargeDirectorySpec spec;
    auto opened = Directory::open(tmp.filePath(QStringLiteral("large.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Directory& dir = *opened.value();
    if (auto r = generateLargeDirectory(dir, spec); !r) {
        std::fprintf(stderr, "generate failed: %s\n", qPrintable(r.error().toString()));
        return 1;
    }
    std::printf("Membership matrix benchmark: %d users x %d groups\n", spec.users, spec.groups);

    QElapsedTimer timer;
    timer.start();
    MembershipMatrixModel model(&dir, spec.accountId);
    MembershipMatrixFilterModel proxy(&model);
    proxy.fetchMore({});
    const int marks = paintFirstScreen(proxy);
    report("open to first screen of rows (40 x 20 cells)", msSince(timer), "ms");
    if (proxy.rowCount() == 0 || proxy.columnCount() != spec.groups) {
        std::fprintf(stderr, "matrix is empty or short: %d rows, %d columns\n", proxy.rowCount(),
                     proxy.columnCount());
        return 1;
    }
    report("marked cells on the first screen", marks, "cells");

    timer.restart();
    proxy.setUserFilter(benchUserName(12).left(1));
    report("first filter keystroke (fetches every name)", msSince(timer), "ms");
    timer.restart();
    proxy.setUserFilter(benchUserName(12).left(4));
    report("next filter keystroke", msSince(timer), "ms");
    proxy.setUserFilter(QString());

    timer.restart();
    const Result<void> sorted =
        proxy.sortUsers(MembershipMatrixFilterModel::SortKey::GroupCount, Qt::DescendingOrder);
    report("sort 50,000 users by group count", msSince(timer), "ms", 1000);
    if (!sorted) {
        std::fprintf(stderr, "%s\n", qPrintable(sorted.error().toString()));
        return 1;
    }
    if (proxy.rowCount() != spec.users) {
        std::fprintf(stderr, "sorted %d rows, expected %d\n", proxy.rowCount(), spec.users);
        return 1;
    }
    for (int row = 1; row < proxy.rowCount(); ++row)
        if (proxy.headerData(row - 1, Qt::Vertical, MembershipMatrixModel::CountRole).toInt() <
            proxy.headerData(row, Qt::Vertical, MembershipMatrixModel::CountRole).toInt()) {
            std::fprintf(stderr, "not sorted by group count at row %d\n", row);
            return 1;
        }

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    timer.restart();
    if (auto r = model.exportCsv(&csv); !r) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(r.error().toString()));
        return 1;
    }
    report("export CSV of every user", msSince(timer), "ms", 1000);
    // A header line and a line per user, CRLF-terminated.
    if (csv.data().count("\r\n") != spec.users + 1) {
        std::fprintf(stderr, "CSV has %lld lines, expected %d\n",
                     static_cast<long long>(csv.data().count("\r\n")), spec.users + 1);
        return 1;
    }
    report("CSV size", double(csv.size()) / (1024.0 * 1024.0), "MiB");
    report("peak RSS", double(peakRssKiB()) / 1024.0, "MiB");
    return 0;
}
