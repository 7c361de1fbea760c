#include "console/accesskeymanager.h"
#include "console/consolesession.h"
#include "crypto/passwordhasher.h"
#include "crypto/sigv4.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "endpoint/endpointserver.h"
#include "endpoint/queryendpoint.h"
#include "iam/clock.h"
#include "secrets/inmemorysecretstore.h"
#include "sts/stsservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTemporaryDir>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <optional>
#include <thread>
#include <vector>

// How many signed requests a second the local endpoint answers (DESIGN's
// budget: 10,000 on 2 cores over keep-alive connections, no error, flat
// memory). The server runs on the main thread's event loop, as in `switchboard
// serve`; clients replay one pre-signed GetCallerIdentity from their own
// threads, each over several keep-alive connections with one request in
// flight. Prints figures, never fails on time.
//
// BENCH_ENDPOINT_SECONDS (20), BENCH_ENDPOINT_REQUESTS (200000),
// BENCH_ENDPOINT_THREADS (2), BENCH_ENDPOINT_CONNECTIONS (8 per thread),
// BENCH_ENDPOINT_DIRECTORY ("file", or "memory" for an in-memory SQLite).

namespace {

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}

struct Counters
{
    std::atomic<qint64> sent{0};
    std::atomic<qint64> ok{0};
    std::atomic<qint64> errors{0};
    std::atomic<bool> stop{false};
};

// One connection's state: what of the response has arrived.
struct Connection
{
    int fd = -1;
    QByteArray in;
};

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

bool sendAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n =
            ::send(fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// The length of the first complete response in buffer, its status in status; 0 if incomplete.
qsizetype completeResponse(const QByteArray& buffer, int& status)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return 0;
    const QByteArray head = buffer.left(headerEnd).toLower();
    status = buffer.mid(9, 3).toInt();
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at < 0)
        return -1; // not what the endpoint sends: counted as an error
    const qsizetype lineEnd = head.indexOf("\r\n", at + 2);
    const qint64 length =
        head.mid(at + 17, (lineEnd < 0 ? head.size() : lineEnd) - at - 17).trimmed().toLongLong();
    const qsizetype total = headerEnd + 4 + length;
    return buffer.size() >= total ? total : 0;
}

void client(quint16 port, int connections, const QByteArray& request, qint64 budget,
            Counters& counters)
{
    std::vector<Connection> links(static_cast<std::size_t>(connections));
    for (Connection& c : links) {
        c.fd = connectTo(port);
        if (c.fd < 0 || !sendAll(c.fd, request)) {
            counters.errors++;
            return;
        }
        counters.sent++;
    }
    std::vector<pollfd> fds(links.size());
    char chunk[16384];
    while (!counters.stop.load(std::memory_order_relaxed)) {
        for (std::size_t i = 0; i < links.size(); ++i)
            fds[i] = {links[i].fd, POLLIN, 0};
        if (::poll(fds.data(), nfds_t(fds.size()), 200) < 0)
            break;
        for (std::size_t i = 0; i < links.size(); ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            Connection& c = links[i];
            const ssize_t n = ::recv(c.fd, chunk, sizeof chunk, 0);
            if (n <= 0) { // the server closed the connection: an error, then a new one
                counters.errors++;
                ::close(c.fd);
                c.in.clear();
                c.fd = connectTo(port);
                if (c.fd < 0 || !sendAll(c.fd, request)) {
                    counters.stop = true;
                    return;
                }
                counters.sent++;
                continue;
            }
            c.in.append(chunk, n);
            int status = 0;
            const qsizetype length = completeResponse(c.in, status);
            if (length == 0)
                continue;
            if (length < 0 || status != 200)
                counters.errors++;
            else
                counters.ok++;
            c.in.remove(0, length < 0 ? c.in.size() : length);
            if (counters.sent.fetch_add(1) >= budget) {
                counters.sent--;
                continue; // this connection is done
            }
            if (!sendAll(c.fd, request))
                counters.errors++;
        }
        if (counters.ok + counters.errors >= budget)
            break;
    }
    for (Connection& c : links)
        ::close(c.fd);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = envInt("BENCH_ENDPOINT_SECONDS", 20);
    const int budget = envInt("BENCH_ENDPOINT_REQUESTS", 200000);
    const int threads = envInt("BENCH_ENDPOINT_THREADS", 2);
    const int connections = envInt("BENCH_ENDPOINT_CONNECTIONS", 8);
    const bool inMemory = qEnvironmentVariable("BENCH_ENDPOINT_DIRECTORY") == "memory";

    QTemporaryDir scratch;
    PasswordHasher::setCostLog2(10);
    auto opened = Directory::open(inMemory ? QStringLiteral(":memory:")
                                           : scratch.filePath(QStringLiteral("bench.sqlite")),
                                  Clock::system());
    if (!opened)
        qFatal("cannot open directory: %s", qPrintable(opened.error().toString()));
    std::unique_ptr<Directory> directory = std::move(opened).value();
    if (auto seeded = DemoDirectory::seed(*directory, QStringLiteral("Bench-pass-1!")); !seeded)
        qFatal("cannot seed: %s", qPrintable(seeded.error().toString()));
    InMemorySecretStore secrets;
    StsService sts(directory.get(), &secrets, Clock::system());

    // One access key of Maria's (an administrator), made as the console makes it.
    std::optional<NewAccessKey> key;
    {
        ConsoleSession session(directory.get(), Clock::system(), nullptr, &sts);
        AccessKeyManager accessKeys(&session, directory.get(), Clock::system(), &secrets);
        if (auto in = session.signIn(QStringLiteral("catphoto-prod"), QStringLiteral("Maria"),
                                     QStringLiteral("Bench-pass-1!"));
            !in)
            qFatal("cannot sign in: %s", qPrintable(in.error().toString()));
        bool done = false;
        accessKeys.create(directory->findAccount(QStringLiteral("catphoto-prod"))->id,
                          QStringLiteral("Maria"), [&](Result<NewAccessKey> r) {
                              if (!r)
                                  qFatal("cannot create a key: %s",
                                         qPrintable(r.error().toString()));
                              key = std::move(r).value();
                              done = true;
                          });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }

    QueryEndpoint endpoint(directory.get(), &sts);
    EndpointServer server(&endpoint);
    if (auto listening = server.listen(QHostAddress::LocalHost, 0); !listening)
        qFatal("cannot listen: %s", qPrintable(listening.error().toString()));
    const quint16 port = quint16(server.url().port());

    // Signed once: the date stays within AWS's 15 minutes for the whole run.
    SigV4Request http;
    http.method = "POST";
    http.headers = {{"Host", "127.0.0.1:" + QByteArray::number(port)},
                    {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"},
                    {"User-Agent", "bench_endpoint"}};
    http.body = "Action=GetCallerIdentity&Version=2011-06-15";
    http = SigV4::sign(
        http, {key->info.accessKeyId, SecureBytes::fromView(key->secretAccessKey.view()), {}},
        QStringLiteral("us-east-1"), QStringLiteral("sts"), QDateTime::currentDateTimeUtc());
    QByteArray request = "POST / HTTP/1.1\r\n";
    for (const auto& [name, value] : http.headers)
        request += name + ": " + value + "\r\n";
    request += "Content-Length: " + QByteArray::number(http.body.size()) + "\r\n\r\n" + http.body;

    const qint64 auditBefore = directory->auditEvents().size();
    const qint64 rssBefore = statusKiB("VmRSS");
    Counters counters;
    QElapsedTimer elapsed;
    elapsed.start();
    std::vector<std::thread> clients;
    for (int t = 0; t < threads; ++t)
        clients.emplace_back(client, port, connections, request, qint64(budget),
                             std::ref(counters));
    std::atomic<int> running(threads);
    std::vector<std::thread> joiners;
    qint64 rssMid = -1;
    QTimer watch;
    watch.setInterval(100);
    QObject::connect(&watch, &QTimer::timeout, &app, [&] {
        if (rssMid < 0 && elapsed.elapsed() >= seconds * 500)
            rssMid = statusKiB("VmRSS");
        if (elapsed.elapsed() >= seconds * 1000)
            counters.stop = true;
        if (counters.ok + counters.errors >= budget || counters.stop)
            app.quit();
    });
    watch.start();
    app.exec();
    counters.stop = true;
    // The server keeps answering while the clients finish their last requests.
    std::thread waiter([&] {
        for (std::thread& c : clients)
            c.join();
        running = 0;
    });
    while (running > 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    waiter.join();
    const double secondsTaken = double(elapsed.nsecsElapsed()) / 1e9;
    const qint64 done = counters.ok + counters.errors;
    const qint64 rssAfter = statusKiB("VmRSS");
    const qint64 peak = statusKiB("VmHWM");

    std::printf("endpoint: %d client threads x %d keep-alive connections, %s directory\n", threads,
                connections, inMemory ? "in-memory" : "file");
    std::printf("requests: %lld in %.2f s = %.0f requests/s\n", static_cast<long long>(done),
                secondsTaken, double(done) / secondsTaken);
    std::printf("errors (non-200 or closed): %lld\n", static_cast<long long>(counters.errors));
    std::printf("audit events appended: %lld\n",
                static_cast<long long>(directory->auditEvents().size() - auditBefore));
    std::printf("resident memory: %.1f MiB before, %.1f MiB halfway, %.1f MiB after; "
                "peak (VmHWM) %.1f MiB\n",
                double(rssBefore) / 1024.0, double(rssMid) / 1024.0, double(rssAfter) / 1024.0,
                double(peak) / 1024.0);
    return counters.errors == 0 ? 0 : 1;
}
