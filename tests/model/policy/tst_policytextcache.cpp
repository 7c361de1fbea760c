#include "policy/policytextcache.h"
#include "policytestsupport.h"

#include <QTest>

// Compiled policies by their text, bounded, least recently used out first.
class TestPolicyTextCache : public QObject
{
    Q_OBJECT

    static std::shared_ptr<const CompiledPolicy> policy(const char* action)
    {
        auto compiled =
            CompiledPolicy::compile(json("{'Statement': {'Effect': 'Allow', 'Action': '") +
                                        QString::fromLatin1(action) + json("', 'Resource': '*'}}"),
                                    PolicyKind::Identity);
        return compiled.ok() ? compiled.value() : nullptr;
    }

private slots:
    void findsByExactText()
    {
        PolicyTextCache cache(4);
        const auto s3 = policy("s3:*");
        QVERIFY(s3);
        QVERIFY(!cache.find("a"));
        cache.insert("a", s3);
        QCOMPARE(cache.find("a").get(), s3.get());
        QVERIFY(!cache.find("a "));
        QVERIFY(!cache.find("A"));
        QCOMPARE(cache.size(), 1);
    }

    void dropsTheLeastRecentlyUsed()
    {
        PolicyTextCache cache(2);
        const auto a = policy("a:*");
        const auto b = policy("b:*");
        const auto c = policy("c:*");
        QVERIFY(a && b && c);
        cache.insert("a", a);
        cache.insert("b", b);
        QVERIFY(cache.find("a")); // a is now the more recent
        cache.insert("c", c);
        QCOMPARE(cache.size(), 2);
        QVERIFY(!cache.find("b"));
        QCOMPARE(cache.find("a").get(), a.get());
        QCOMPARE(cache.find("c").get(), c.get());
        // Inserting a known text replaces its policy without growing.
        cache.insert("c", b);
        QCOMPARE(cache.size(), 2);
        QCOMPARE(cache.find("c").get(), b.get());
    }

    void staysBoundedOnALongRun()
    {
        PolicyTextCache cache(16);
        const auto a = policy("a:*");
        for (int i = 0; i < 10000; ++i)
            cache.insert(QByteArray::number(i), a);
        QCOMPARE(cache.size(), 16);
        QVERIFY(cache.find("9999"));
        QVERIFY(!cache.find("9983"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyTextCache)
#include "tst_policytextcache.moc"
