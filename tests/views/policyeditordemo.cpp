// Shows the policy editor on a sample policy, for a look or a screenshot:
//   policyeditordemo [--trust] [--broken] [--complete TEXT] [--screenshot out.png] [file.json]
// --broken leaves out a comma so the located problem shows; --complete types
// TEXT into the first Action string and opens the completion list.
#include "policyeditor.h"
#include "policytextedit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QCompleter>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

namespace {

QString samplePolicy(bool broken)
{
    QString text =
        QStringLiteral("{\n"
                       "    \"Version\": \"2012-10-17\",\n"
                       "    \"Statement\": [\n"
                       "        {\n"
                       "            \"Sid\": \"ReadPhotos\",\n"
                       "            \"Effect\": \"Allow\",\n"
                       "            \"Action\": [\n"
                       "                \"s3:GetObject\",\n"
                       "                \"s3:ListBucket\",\n"
                       "                \"s3:GetObjekt\"\n"
                       "            ],\n"
                       "            \"Resource\": [\n"
                       "                \"arn:aws:s3:::catphoto-photos\",\n"
                       "                \"arn:aws:s3:::catphoto-photos/*\"\n"
                       "            ],\n"
                       "            \"Condition\": {\n"
                       "                \"Bool\": {\"aws:MultiFactorAuthPresent\": "
                       "true},\n"
                       "                \"NumericLessThan\": {\"aws:MultiFactorAuthAge\": "
                       "3600}\n"
                       "            }\n"
                       "        }\n"
                       "    ]\n"
                       "}\n");
    if (broken)
        text.replace(QStringLiteral("\"Allow\","), QStringLiteral("\"Allow\""));
    return text;
}

QString trustPolicy()
{
    return QStringLiteral(
        "{\n"
        "    \"Version\": \"2012-10-17\",\n"
        "    \"Statement\": [\n"
        "        {\n"
        "            \"Effect\": \"Allow\",\n"
        "            \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"},\n"
        "            \"Action\": \"sts:AssumeRole\",\n"
        "            \"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": "
        "true}}\n"
        "        }\n"
        "    ]\n"
        "}\n");
}

// The editor with its completion popup drawn over it, as the screen shows them.
QImage grab(PolicyEditor& editor)
{
    QImage image = editor.grab().toImage();
    QAbstractItemView* popup = editor.completer()->popup();
    if (popup->isVisible()) {
        QPainter painter(&image);
        painter.drawPixmap(editor.mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
    }
    return image;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption trust(QStringLiteral("trust"), QStringLiteral("A trust policy."));
    const QCommandLineOption broken(QStringLiteral("broken"),
                                    QStringLiteral("Leave out a comma to show a problem."));
    const QCommandLineOption complete(QStringLiteral("complete"),
                                      QStringLiteral("Type text into the first Action string."),
                                      QStringLiteral("text"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture and quit."),
                                        QStringLiteral("file"));
    parser.addOptions({trust, broken, complete, screenshot});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A policy to open."));
    parser.process(app);

    PolicyEditor editor;
    editor.setWindowTitle(QStringLiteral("Policy editor"));
    editor.resize(760, 560);
    editor.setDocumentKind(parser.isSet(trust) ? PolicyEditor::DocumentKind::Trust
                                               : PolicyEditor::DocumentKind::Identity);
    QString text = parser.isSet(trust) ? trustPolicy() : samplePolicy(parser.isSet(broken));
    if (!parser.positionalArguments().isEmpty()) {
        QFile file(parser.positionalArguments().constFirst());
        if (file.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(file.readAll());
    }
    editor.setText(text);
    editor.show();

    if (!QTest::qWaitForWindowExposed(&editor))
        return 1;
    if (parser.isSet(complete)) {
        // A new first string of the Action element, with the cursor inside it.
        PolicyTextEdit* edit = editor.textEdit();
        const QTextCursor found = edit->document()->find(
            QRegularExpression(QStringLiteral("\"(Not)?Action\"\\s*:\\s*\\[?\\s*")));
        if (!found.isNull()) {
            const int end = found.selectionEnd();
            QTextCursor cursor(edit->document());
            cursor.setPosition(end);
            cursor.insertText(QStringLiteral("\"\", "));
            cursor.setPosition(end + 1);
            edit->setTextCursor(cursor);
        }
        edit->setFocus();
        QTest::keyClicks(edit, parser.value(complete));
    }

    if (parser.isSet(screenshot)) {
        QTimer::singleShot(500, &app, [&] {
            editor.validateNow();
            // The window's activation closed the list; ask for it again.
            if (parser.isSet(complete))
                QTest::keyClick(editor.textEdit(), Qt::Key_Space, Qt::ControlModifier);
            const bool saved = grab(editor).save(parser.value(screenshot));
            app.exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
