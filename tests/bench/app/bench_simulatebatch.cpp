// simulate --batch streams: a million requests through the executable, with
// its resident memory after 100,000 and after 900,000 lines. The growth in
// between is what a million-line batch costs beyond its start. Prints
// figures; fails only when the run itself goes wrong.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

namespace {
[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "bench_simulatebatch: %s\n", what);
    std::exit(1);
}

QByteArray batchLine(const QString& action)
{
    const QJsonObject statement{
        {QStringLiteral("Effect"), QStringLiteral("Allow")},
        {QStringLiteral("Action"), QStringLiteral("s3:Get*")},
        {QStringLiteral("Resource"), QStringLiteral("arn:aws:s3:::photos/") + QLatin1Char('*')}};
    const QJsonObject policy{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                             {QStringLiteral("Statement"), QJsonArray{statement}}};
    const QJsonObject request{
        {QStringLiteral("policies"), QJsonArray{policy}},
        {QStringLiteral("action"), action},
        {QStringLiteral("resource"), QStringLiteral("arn:aws:s3:::photos/cat.jpg")}};
    return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
}

// The process's resident set in kB (Linux), or -1.
qint64 residentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QProcess process;
    process.start(QStringLiteral(SWITCHBOARD_BINARY),
                  {QStringLiteral("simulate"), QStringLiteral("--batch"), QStringLiteral("-")});
    if (!process.waitForStarted())
        fail("switchboard did not start");

    constexpr int total = 1000000;
    constexpr int chunk = 5000;
    QByteArray block;
    for (int i = 0; i < chunk; ++i)
        block +=
            batchLine(i % 2 == 0 ? QStringLiteral("s3:GetObject") : QStringLiteral("s3:PutObject"));
    qint64 answers = 0;
    QByteArray pending;
    const auto drain = [&](int waitMs) {
        process.waitForReadyRead(waitMs);
        pending += process.readAllStandardOutput();
        const qsizetype last = pending.lastIndexOf('\n');
        if (last < 0)
            return;
        answers += pending.left(last).count('\n') + 1;
        pending.remove(0, last + 1);
    };

    QElapsedTimer timer;
    timer.start();
    qint64 earlyKb = -1;
    qint64 lateKb = -1;
    for (int sent = 0; sent < total; sent += chunk) {
        process.write(block);
        // Waiting for output also feeds the input: neither pipe fills up.
        while (process.bytesToWrite() > 4 * block.size() && process.state() == QProcess::Running)
            drain(100);
        if (sent == 100000)
            earlyKb = residentKb(process.processId());
        if (sent == 900000)
            lateKb = residentKb(process.processId());
    }
    process.closeWriteChannel();
    while (answers < total && process.state() != QProcess::NotRunning)
        drain(1000);
    if (!process.waitForFinished(120000))
        fail("switchboard did not finish");
    drain(0);
    if (answers != total)
        fail("not every line was answered");
    if (earlyKb < 0 || lateKb < 0)
        fail("the resident memory could not be read");

    std::printf("simulate --batch, %d lines: %.1f s\n", total, timer.elapsed() / 1000.0);
    std::printf("resident after 100,000 lines: %lld kB\n", static_cast<long long>(earlyKb));
    std::printf("resident after 900,000 lines: %lld kB (growth %lld kB)\n",
                static_cast<long long>(lateKb), static_cast<long long>(lateKb - earlyKb));
    return 0;
}
