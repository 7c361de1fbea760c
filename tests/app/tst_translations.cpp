#include "uitranslators.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

// Every message of translations/switchboard_de.ts is translated, and the
// program, asked for German, answers in German. English counts are plural
// through translations/switchboard_en.ts ("1 user", "2 users").
class TestTranslations : public QObject
{
    Q_OBJECT

    static QString translated(const char* context, const char* source, int n)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }

private slots:
    void englishCountsAreSingularAndPlural()
    {
        QObject translators; // deleting it uninstalls them
        QCOMPARE(UiTranslators::install(translators, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(translated("MembershipMatrixWindow", "%n user(s)", 1), QStringLiteral("1 user"));
        QCOMPARE(translated("MembershipMatrixWindow", "%n user(s)", 2), QStringLiteral("2 users"));
        QCOMPARE(translated("MembershipMatrixWindow", "%n user(s)", 0), QStringLiteral("0 users"));
        QCOMPARE(translated("PolicyPicker", "%n policy(ies) selected", 1),
                 QStringLiteral("1 policy selected"));
        QCOMPARE(translated("PolicyPicker", "%n policy(ies) selected", 3),
                 QStringLiteral("3 policies selected"));
        QCOMPARE(translated("KeychainWindow", "Removed %n secret(s).", 1),
                 QStringLiteral("Removed 1 secret."));
    }

    void aLanguageWithoutItsOwnFileIsEnglishWithPlurals()
    {
        QObject translators;
        QCOMPARE(UiTranslators::install(translators, QStringLiteral("fr")), QStringLiteral("en"));
        QCOMPARE(translated("MembershipMatrixWindow", "%n group(s)", 1), QStringLiteral("1 group"));
        QCOMPARE(translated("MembershipMatrixWindow", "%n group(s)", 5),
                 QStringLiteral("5 groups"));
    }

    void germanKeepsItsOwnPlurals()
    {
        QObject translators;
        QVERIFY(UiTranslators::install(translators, QStringLiteral("de"))
                    .startsWith(QLatin1String("de")));
        QCOMPARE(translated("PolicyPicker", "%n policy(ies) selected", 1),
                 QStringLiteral("1 Richtlinie ausgewählt"));
        QCOMPARE(translated("PolicyPicker", "%n policy(ies) selected", 2),
                 QStringLiteral("2 Richtlinien ausgewählt"));
    }

    // The English file holds plural forms only, each with both forms and the count.
    void theEnglishFileHasOnlyCompletePlurals()
    {
        QFile file(QStringLiteral(SWITCHBOARD_SOURCE_DIR "/translations/switchboard_en.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        QStringList forms;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                QCOMPARE(xml.attributes().value(QLatin1String("numerus")), QLatin1String("yes"));
                forms.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                QVERIFY2(forms.size() == 2, qPrintable(source));
                for (const QString& form : std::as_const(forms))
                    QVERIFY2(form.contains(QLatin1String("%n")) &&
                                 !form.contains(QLatin1String("(s)")) &&
                                 !form.contains(QLatin1String("(ies)")),
                             qPrintable(source + QStringLiteral(" -> ") + form));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages >= 20);
    }

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
