#include <QFile>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

// Every message of translations/switchboard_de.ts is translated, and the
// program, asked for German, answers in German.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete()
    {
        QFile file(QStringLiteral(SWITCHBOARD_SOURCE_DIR "/translations/switchboard_de.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty())
                    missing << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 50);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated, e.g. \"%2\"")
                                                   .arg(missing.size())
                                                   .arg(missing.value(0))));
    }

    void programSpeaksGermanWhenAsked()
    {
        QProcess process;
        process.start(QStringLiteral(SWITCHBOARD_BINARY),
                      {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("Diese Hilfe anzeigen")), qPrintable(help));

        process.start(QStringLiteral(SWITCHBOARD_BINARY),
                      {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput())
                    .contains(QStringLiteral("Show this help")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
