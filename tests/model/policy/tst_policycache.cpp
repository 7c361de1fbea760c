#include "policy/policycache.h"
#include "policytestsupport.h"

#include <QTest>

#include <atomic>
#include <thread>

// Compile-once caching of policies, with invalidation.
class TestPolicyCache : public QObject
{
    Q_OBJECT

    static QString doc(const char* action)
    {
        return json("{'Statement': {'Effect': 'Allow', 'Action': '") + QString::fromLatin1(action) +
               json("', 'Resource': '*'}}");
    }

private slots:
    void compilesOnceAndReusesIt()
    {
        PolicyCache cache;
        const auto first = cache.get(QStringLiteral("arn:aws:iam::1:policy/P#v1"), doc("s3:*"),
                                     PolicyKind::Identity);
        const auto second = cache.get(QStringLiteral("arn:aws:iam::1:policy/P#v1"), doc("s3:*"),
                                      PolicyKind::Identity);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first.value().get(), second.value().get());
        QCOMPARE(cache.hits(), 1);
        QCOMPARE(cache.misses(), 1);
        QCOMPARE(cache.size(), 1);
    }

    void anEditedTextReplacesTheEntry()
    {
        PolicyCache cache;
        const QString key = QStringLiteral("John#inline");
        const auto before = cache.get(key, doc("s3:*"), PolicyKind::Identity).value();
        const auto after = cache.get(key, doc("ec2:*"), PolicyKind::Identity).value();
        QVERIFY(before.get() != after.get());
        QCOMPARE(after->document().statements().at(0).actions, QStringList{"ec2:*"});
        QCOMPARE(cache.size(), 1);
        // The same text under another kind is validated again.
        QVERIFY(!cache.get(key, doc("ec2:*"), PolicyKind::Trust).ok());
    }

    void errorsAreReturnedNotCached()
    {
        PolicyCache cache;
        const auto result =
            cache.get(QStringLiteral("bad"), QStringLiteral("{"), PolicyKind::Identity);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), QStringLiteral("MalformedPolicyDocument"));
        QCOMPARE(cache.size(), 0);
    }

    void invalidates()
    {
        PolicyCache cache;
        QVERIFY(cache
                    .get(QStringLiteral("arn:aws:iam::1:policy/P#v1"), doc("s3:*"),
                         PolicyKind::Identity)
                    .ok());
        QVERIFY(cache
                    .get(QStringLiteral("arn:aws:iam::1:policy/P#v2"), doc("s3:Get*"),
                         PolicyKind::Identity)
                    .ok());
        QVERIFY(cache
                    .get(QStringLiteral("arn:aws:iam::1:policy/Q#v1"), doc("ec2:*"),
                         PolicyKind::Identity)
                    .ok());
        cache.invalidate(QStringLiteral("arn:aws:iam::1:policy/Q#v1"));
        QCOMPARE(cache.size(), 2);
        cache.invalidatePrefix(QStringLiteral("arn:aws:iam::1:policy/P#"));
        QCOMPARE(cache.size(), 0);
        QVERIFY(cache.get(QStringLiteral("k"), doc("s3:*"), PolicyKind::Identity).ok());
        cache.clear();
        QCOMPARE(cache.size(), 0);
        // After invalidation the next lookup compiles again.
        QVERIFY(cache.get(QStringLiteral("k"), doc("s3:*"), PolicyKind::Identity).ok());
        QCOMPARE(cache.misses(), 5);
    }

    void evictsTheLeastRecentlyUsed()
    {
        PolicyCache cache(2);
        QVERIFY(cache.get(QStringLiteral("a"), doc("s3:*"), PolicyKind::Identity).ok());
        QVERIFY(cache.get(QStringLiteral("b"), doc("ec2:*"), PolicyKind::Identity).ok());
        // a is now newer than b
        QVERIFY(cache.get(QStringLiteral("a"), doc("s3:*"), PolicyKind::Identity).ok());
        QVERIFY(cache.get(QStringLiteral("c"), doc("iam:*"), PolicyKind::Identity).ok());
        QCOMPARE(cache.size(), 2);
        const qsizetype misses = cache.misses();
        QVERIFY(cache.get(QStringLiteral("a"), doc("s3:*"), PolicyKind::Identity).ok());
        QCOMPARE(cache.misses(), misses); // still cached
        QVERIFY(cache.get(QStringLiteral("b"), doc("ec2:*"), PolicyKind::Identity).ok());
        QCOMPARE(cache.misses(), misses + 1); // evicted
    }

    void keysDocumentsByContentAndKind()
    {
        QCOMPARE(PolicyCache::documentKey(doc("s3:*"), PolicyKind::Identity),
                 PolicyCache::documentKey(doc("s3:*"), PolicyKind::Identity));
        QVERIFY(PolicyCache::documentKey(doc("s3:*"), PolicyKind::Identity) !=
                PolicyCache::documentKey(doc("s3:*"), PolicyKind::Session));
        QVERIFY(PolicyCache::documentKey(doc("s3:*"), PolicyKind::Identity) !=
                PolicyCache::documentKey(doc("ec2:*"), PolicyKind::Identity));
        PolicyCache cache;
        const auto a = cache.get(doc("s3:*"), PolicyKind::Identity).value();
        const auto b = cache.get(doc("s3:*"), PolicyKind::Identity).value();
        QCOMPARE(a.get(), b.get());
    }

    void isThreadSafe()
    {
        PolicyCache cache(8);
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        const char* actions[] = {"s3:*",   "ec2:*",    "iam:*",      "sqs:*", "sns:*", "kms:*",
                                 "logs:*", "lambda:*", "dynamodb:*", "rds:*", "sts:*", "ecs:*"};
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 2000; ++i) {
                    const char* action = actions[(i * 7 + t) % 12];
                    const auto result = cache.get(doc(action), PolicyKind::Identity);
                    if (!result.ok() ||
                        result.value()->document().statements().at(0).actions.constFirst() !=
                            QLatin1String(action))
                        ++failures;
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY(cache.size() <= 8);
        QCOMPARE(cache.hits() + cache.misses(), 8000);
    }
};

QTEST_GUILESS_MAIN(TestPolicyCache)
#include "tst_policycache.moc"
