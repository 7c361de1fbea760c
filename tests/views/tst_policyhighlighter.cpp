#include "policy/actioncatalog.h"
#include "policyhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

// The colours and warnings of the policy highlighter, read back from the
// formats it leaves on each line.
class TestPolicyHighlighter : public QObject
{
    Q_OBJECT

    // The format at a character of a line, as the highlighter set it.
    static QTextCharFormat formatAt(const QTextDocument& document, int line, int column)
    {
        const QTextBlock block = document.findBlockByNumber(line);
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length)
                return range.format;
        }
        return {};
    }

    static int columnOf(const QTextDocument& document, int line, const QString& text)
    {
        return int(document.findBlockByNumber(line).text().indexOf(text));
    }

private slots:
    void initTestCase()
    {
        if (ActionCatalog::instance().isEmpty())
            QFAIL("the compiled-in action catalog did not load");
    }

    void coloursTokens()
    {
        QTextDocument document;
        PolicyHighlighter highlighter(&document);
        document.setPlainText(QStringLiteral(
            "{\"Version\": \"2012-10-17\", \"Custom\": 12.5, \"Flag\": true, \"None\": null}"));
        highlighter.rehighlight(); // the first pass is queued
        const auto at = [&](const QString& text) {
            return formatAt(document, 0, columnOf(document, 0, text));
        };
        QCOMPARE(at(QStringLiteral("\"Version\"")).foreground(),
                 highlighter.elementFormat().foreground());
        QCOMPARE(at(QStringLiteral("\"Version\"")).fontWeight(), int(QFont::Bold));
        QCOMPARE(at(QStringLiteral("\"Custom\"")).foreground(),
                 highlighter.keyFormat().foreground());
        QCOMPARE(at(QStringLiteral("\"2012")).foreground(),
                 highlighter.stringFormat().foreground());
        QCOMPARE(at(QStringLiteral("12.5")).foreground(), highlighter.numberFormat().foreground());
        QCOMPARE(at(QStringLiteral("true")).foreground(), highlighter.literalFormat().foreground());
        QCOMPARE(at(QStringLiteral("null")).foreground(), highlighter.literalFormat().foreground());
        QCOMPARE(at(QStringLiteral("{")).foreground(),
                 highlighter.punctuationFormat().foreground());
        QVERIFY(highlighter.keyFormat().foreground() != highlighter.elementFormat().foreground());
    }

    void underlinesUnknownActionsAcrossLines()
    {
        QTextDocument document;
        PolicyHighlighter highlighter(&document);
        document.setPlainText(QStringLiteral("{\"Statement\": {\n"
                                             "  \"Action\": [\n"
                                             "    \"s3:GetObject\",\n"
                                             "    \"s3:GetObjekt\",\n"
                                             "    \"s3:Get*\", \"s3:Fly*\"\n"
                                             "  ],\n"
                                             "  \"Resource\": \"s3:GetObjekt\",\n"
                                             "  \"NotAction\": \"nosuch:Thing\"\n"
                                             "}}"));
        highlighter.rehighlight(); // the first pass is queued
        const auto underline = [&](int line, const QString& text) {
            return formatAt(document, line, columnOf(document, line, text) + 1).underlineStyle();
        };
        QCOMPARE(underline(2, QStringLiteral("\"s3:GetObject\"")), QTextCharFormat::NoUnderline);
        QCOMPARE(underline(3, QStringLiteral("\"s3:GetObjekt\"")), QTextCharFormat::WaveUnderline);
        QCOMPARE(underline(4, QStringLiteral("\"s3:Get*\"")), QTextCharFormat::NoUnderline);
        QCOMPARE(underline(4, QStringLiteral("\"s3:Fly*\"")), QTextCharFormat::WaveUnderline);
        // Not an Action value: the list closed two lines before.
        QCOMPARE(underline(6, QStringLiteral("\"s3:GetObjekt\"")), QTextCharFormat::NoUnderline);
        QCOMPARE(underline(7, QStringLiteral("\"nosuch:Thing\"")), QTextCharFormat::WaveUnderline);
        QCOMPARE(formatAt(document, 3, columnOf(document, 3, QStringLiteral("\"s3:GetObjekt\"")))
                     .underlineColor(),
                 highlighter.unknownActionFormat().underlineColor());
    }

    void underlinesWhileTyping()
    {
        QTextDocument document;
        PolicyHighlighter highlighter(&document);
        document.setPlainText(QStringLiteral("{\n  \"Action\": [\"\",\n  \"s3:GetObject\"]}"));
        // Edits are reported (and highlighted) once the document has a layout, as in an editor.
        document.documentLayout();
        highlighter.rehighlight();
        QTextCursor cursor(document.findBlockByNumber(1));
        cursor.setPosition(cursor.position() + 14);
        cursor.insertText(QStringLiteral("s3:GetO"));
        QCOMPARE(document.findBlockByNumber(1).text(),
                 QStringLiteral("  \"Action\": [\"s3:GetO\","));
        QCOMPARE(formatAt(document, 1, 15).underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(formatAt(document, 2, 4).underlineStyle(), QTextCharFormat::NoUnderline);
        QCOMPARE(formatAt(document, 2, 4).foreground(), highlighter.stringFormat().foreground());
    }

    void knowsActionsAsTheCatalogDoes()
    {
        QTextDocument document;
        const PolicyHighlighter highlighter(&document);
        QVERIFY(!highlighter.isUnknownAction(QStringLiteral("*")));
        QVERIFY(!highlighter.isUnknownAction(QStringLiteral("IAM:createuser")));
        QVERIFY(highlighter.isUnknownAction(QStringLiteral("iam:CreateUsers")));
        QVERIFY(highlighter.isUnknownAction(QStringLiteral("iam")));

        const ActionCatalog empty;
        const PolicyHighlighter withoutCatalog(&document, empty);
        QVERIFY(!withoutCatalog.isUnknownAction(QStringLiteral("iam:CreateUsers")));
    }

    void knowsThePolicyElements()
    {
        QVERIFY(PolicyHighlighter::isPolicyElement(QStringLiteral("NotPrincipal")));
        QVERIFY(PolicyHighlighter::isPolicyElement(QStringLiteral("Condition")));
        QVERIFY(!PolicyHighlighter::isPolicyElement(QStringLiteral("condition")));
        QVERIFY(!PolicyHighlighter::isPolicyElement(QStringLiteral("AWS")));
    }
};

QTEST_MAIN(TestPolicyHighlighter)
#include "tst_policyhighlighter.moc"
