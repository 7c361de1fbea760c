// Replays a fuzz target's corpus and seeded mutations through its
// LLVMFuzzerTestOneInput where libFuzzer is not available (GCC builds, CI):
//   tst_fuzz_NAME ROUNDS PATH...
// Every file under each PATH (the target's regression corpus first, then
// its seed data; each line of a .jsonl file) runs once as it is, then ROUNDS
// byte-level mutations of randomly chosen ones: each must be answered or
// refused, never crash.
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

// Larger seeds would make each round slow without reaching new code.
constexpr qint64 maxSeedSize = 1024 * 1024;

void addFile(const QString& path, QList<QByteArray>& seeds)
{
    QFile file(path);
    if (file.size() > maxSeedSize || !file.open(QIODevice::ReadOnly))
        return;
    // JSON Lines (policy-eval cases): one seed per line, so a mutation hits one case.
    if (path.endsWith(QLatin1String(".jsonl"))) {
        for (const QByteArray& line : file.readAll().split('\n'))
            if (!line.isEmpty())
                seeds.append(line);
        return;
    }
    seeds.append(file.readAll());
}

QList<QByteArray> readSeeds(int argc, char* argv[])
{
    QList<QByteArray> seeds;
    for (int i = 2; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo(path).isDir()) {
            addFile(path, seeds);
            continue;
        }
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            addFile(it.next(), seeds);
    }
    return seeds;
}

void run(const QByteArray& input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()),
                           size_t(input.size()));
}

QByteArray mutate(QByteArray input, QRandomGenerator& random)
{
    const int edits = 1 + int(random.bounded(6));
    for (int e = 0; e < edits; ++e) {
        const int at = int(random.bounded(int(input.size()) + 1));
        switch (random.bounded(5)) {
        case 0:
            input.insert(at, char(random.bounded(256)));
            break;
        case 1:
            if (at < input.size())
                input.remove(at, 1 + int(random.bounded(8)));
            break;
        case 2:
            if (at < input.size())
                input[at] = "%&=+.\x80\xff\"{}[],:\\\n0"[random.bounded(17)];
            break;
        case 3:
            input.truncate(at);
            break;
        default:
            input.insert(
                at, input.mid(int(random.bounded(int(input.size()) + 1)), int(random.bounded(32))));
        }
    }
    return input;
}

} // namespace

int main(int argc, char* argv[])
{
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 20000;
    const QList<QByteArray> seeds = readSeeds(argc, argv);
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seeds: give the corpus and seed folders\n");
        return 1;
    }
    for (const QByteArray& seed : seeds)
        run(seed);
    QRandomGenerator random(20261203);
    for (int round = 0; round < rounds; ++round)
        run(mutate(seeds[random.bounded(int(seeds.size()))], random));
    std::printf("%lld seeds and %d mutations passed, 0 failed\n", qlonglong(seeds.size()), rounds);
    return 0;
}
