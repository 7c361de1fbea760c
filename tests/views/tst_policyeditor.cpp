#include "policy/actioncatalog.h"
#include "policyeditor.h"
#include "policytextedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

// The policy editor offscreen: the engine's located problems, formatting,
// completion from the real action catalog and the trust policy rules.
class TestPolicyEditor : public QObject
{
    Q_OBJECT

    static QString identityPolicy()
    {
        return QStringLiteral("{\n"
                              "    \"Version\": \"2012-10-17\",\n"
                              "    \"Statement\": [\n"
                              "        {\n"
                              "            \"Effect\": \"Allow\",\n"
                              "            \"Action\": \"s3:GetObject\",\n"
                              "            \"Resource\": \"*\"\n"
                              "        }\n"
                              "    ]\n"
                              "}");
    }

    static QString trustPolicy()
    {
        const QJsonObject statement{
            {QStringLiteral("Effect"), QStringLiteral("Allow")},
            {QStringLiteral("Principal"),
             QJsonObject{
                 {QStringLiteral("AWS"), QStringLiteral("arn:aws:iam::111122223333:root")}}},
            {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")},
        };
        const QJsonObject policy{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                                 {QStringLiteral("Statement"), QJsonArray{statement}}};
        return QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Compact));
    }

    // Puts the cursor just after the first occurrence of marker.
    static void placeCursorAfter(PolicyEditor& editor, const QString& marker)
    {
        const qsizetype at = editor.text().indexOf(marker);
        QVERIFY2(at >= 0, qPrintable(marker));
        QTextCursor cursor = editor.textEdit()->textCursor();
        cursor.setPosition(int(at + marker.size()));
        editor.textEdit()->setTextCursor(cursor);
    }

    // What the popup lists (filtered by the typed prefix).
    static QStringList offered(const PolicyEditor& editor)
    {
        return rows(editor.completer()->completionModel());
    }

    // Everything the completion was fed for the cursor's place.
    static QStringList candidates(const PolicyEditor& editor)
    {
        return rows(editor.completer()->model());
    }

    static QStringList rows(const QAbstractItemModel* model)
    {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out.append(model->index(row, 0).data().toString());
        return out;
    }

    // An editor in a shown window, with the cursor inside a new empty string
    // after marker (e.g. "\"Action\": ").
    static void openEmptyStringAfter(PolicyEditor& editor, const QString& text,
                                     const QString& marker)
    {
        editor.setText(text);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        placeCursorAfter(editor, marker);
        editor.textEdit()->setFocus();
    }

private slots:
    void initTestCase()
    {
        if (ActionCatalog::instance().isEmpty())
            QFAIL("the compiled-in action catalog did not load");
    }

    void validPolicyIsValid()
    {
        PolicyEditor editor;
        QSignalSpy validity(&editor, &PolicyEditor::validityChanged);
        QVERIFY(!editor.isValid()); // empty
        editor.setText(identityPolicy());
        QVERIFY(editor.isValid());
        QCOMPARE(editor.problem(), QString());
        QCOMPARE(editor.problemLabel()->text(), QStringLiteral("Valid policy"));
        QVERIFY(editor.textEdit()->extraSelections().isEmpty());
        QVERIFY(editor.warnings().isEmpty());
        QCOMPARE(validity.size(), 1);
        QCOMPARE(validity.at(0).at(0).toBool(), true);
        QCOMPARE(editor.text(), identityPolicy());
    }

    void invalidJsonIsLocatedAndUnderlined()
    {
        PolicyEditor editor;
        editor.setText(identityPolicy());
        QSignalSpy validity(&editor, &PolicyEditor::validityChanged);
        // Line 5 loses its comma: the parser stops at line 6's first quote.
        QString broken = identityPolicy();
        broken.replace(QStringLiteral("\"Allow\","), QStringLiteral("\"Allow\""));
        editor.setText(broken);

        QVERIFY(!editor.isValid());
        QVERIFY2(editor.problem().startsWith(QStringLiteral("Line 6, column 13: Invalid JSON")),
                 qPrintable(editor.problem()));
        QCOMPARE(editor.problemLabel()->text(), editor.problem());
        QCOMPARE(validity.size(), 1);
        QCOMPARE(validity.at(0).at(0).toBool(), false);

        const auto selections = editor.textEdit()->extraSelections();
        QCOMPARE(selections.size(), 1);
        const QTextBlock line6 = editor.textEdit()->document()->findBlockByNumber(5);
        QCOMPARE(selections[0].cursor.selectionStart(), line6.position() + 12);
        QCOMPARE(selections[0].cursor.selectedText(), QStringLiteral("\"Action\""));
        QCOMPARE(selections[0].format.underlineStyle(), QTextCharFormat::WaveUnderline);
    }

    void policyErrorsAreLocatedToo()
    {
        PolicyEditor editor;
        QString wrong = identityPolicy();
        wrong.replace(QStringLiteral("\"Allow\""), QStringLiteral("\"Permit\""));
        editor.setText(wrong);
        QVERIFY(!editor.isValid());
        QVERIFY2(editor.problem().startsWith(QStringLiteral("Line 5, column 23: ")),
                 qPrintable(editor.problem()));
        QVERIFY2(editor.problem().contains(QStringLiteral("Permit")), qPrintable(editor.problem()));
        const auto selections = editor.textEdit()->extraSelections();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections[0].cursor.selectedText(), QStringLiteral("\"Permit\""));
    }

    void typingRevalidatesAfterAPause()
    {
        PolicyEditor editor;
        editor.setText(identityPolicy());
        QSignalSpy validity(&editor, &PolicyEditor::validityChanged);
        QSignalSpy changed(&editor, &PolicyEditor::textChanged);
        placeCursorAfter(editor, QStringLiteral("\"Effect\""));
        QTest::keyClicks(editor.textEdit(), QStringLiteral("x"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(validity.size(), 0); // not yet: the check waits for a pause
        QVERIFY(!editor.isValid());   // asked directly, the answer is current
        QTRY_COMPARE(validity.size(), 1);
        QCOMPARE(validity.at(0).at(0).toBool(), false);
        QVERIFY(editor.problem().startsWith(QStringLiteral("Line 5, column ")));
        QCOMPARE(editor.textEdit()->extraSelections().size(), 1);

        QTest::keyClick(editor.textEdit(), Qt::Key_Backspace);
        QTRY_COMPARE(validity.size(), 2);
        QCOMPARE(validity.at(1).at(0).toBool(), true);
        QVERIFY(editor.textEdit()->extraSelections().isEmpty());
    }

    void formatPrettyPrints()
    {
        PolicyEditor editor;
        editor.setText(QStringLiteral(
            R"({"Statement":[{"Resource":"*","Action":["s3:GetObject"],"Effect":"Allow"}],)"
            R"("Version":"2012-10-17"})"));
        QVERIFY(editor.isValid());
        editor.format();
        QCOMPARE(editor.text(), QStringLiteral("{\n"
                                               "    \"Version\": \"2012-10-17\",\n"
                                               "    \"Statement\": [\n"
                                               "        {\n"
                                               "            \"Effect\": \"Allow\",\n"
                                               "            \"Action\": [\n"
                                               "                \"s3:GetObject\"\n"
                                               "            ],\n"
                                               "            \"Resource\": \"*\"\n"
                                               "        }\n"
                                               "    ]\n"
                                               "}"));
        QVERIFY(editor.isValid());
        // One step of Undo brings the original back.
        editor.textEdit()->undo();
        QVERIFY(editor.text().startsWith(QStringLiteral("{\"Statement\":[{")));
    }

    void formatLeavesBrokenTextAlone()
    {
        PolicyEditor editor;
        const QString broken = QStringLiteral("{\"Version\": \"2012-10-17\",");
        editor.setText(broken);
        editor.format();
        QCOMPARE(editor.text(), broken);
        editor.setText(QStringLiteral("[1, 2]"));
        editor.format();
        QCOMPARE(editor.text(), QStringLiteral("[1, 2]"));
    }

    void formatKeepsAPolicyTheEngineRefuses()
    {
        PolicyEditor editor;
        editor.setText(QStringLiteral(R"({"Statement":{"Effect":"Permit"}})"));
        editor.format();
        QCOMPARE(editor.text(), QStringLiteral("{\n"
                                               "    \"Statement\": {\n"
                                               "        \"Effect\": \"Permit\"\n"
                                               "    }\n"
                                               "}"));
        QVERIFY(!editor.isValid());
    }

    void formatShortcutAndButton()
    {
        PolicyEditor editor;
        editor.setText(QStringLiteral(R"({"Version":"2012-10-17","Statement":[]})"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.textEdit()->setFocus();
        QTest::keyClick(editor.textEdit(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor.text(),
                 QStringLiteral("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": []\n}"));

        editor.setText(QStringLiteral(R"({"Version":"2012-10-17"})"));
        auto* button = editor.findChild<QPushButton*>(QStringLiteral("FormatButton"));
        QVERIFY(button);
        button->click();
        QCOMPARE(editor.text(), QStringLiteral("{\n    \"Version\": \"2012-10-17\"\n}"));
    }

    void readOnlyRefusesEdits()
    {
        PolicyEditor editor;
        editor.setText(QStringLiteral(R"({"Version":"2012-10-17"})"));
        editor.setReadOnly(true);
        QVERIFY(editor.isReadOnly());
        QVERIFY(editor.textEdit()->isReadOnly());
        auto* button = editor.findChild<QPushButton*>(QStringLiteral("FormatButton"));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(editor.textEdit(), QStringLiteral("abc"));
        QCOMPARE(editor.text(), QStringLiteral(R"({"Version":"2012-10-17"})"));
    }

    void trustKindRequiresAPrincipal()
    {
        PolicyEditor editor;
        editor.setText(identityPolicy());
        QVERIFY(editor.isValid());
        QSignalSpy validity(&editor, &PolicyEditor::validityChanged);
        editor.setDocumentKind(PolicyEditor::DocumentKind::Trust);
        QCOMPARE(editor.documentKind(), PolicyEditor::DocumentKind::Trust);
        QVERIFY(!editor.isValid());
        QVERIFY2(editor.problem().contains(QStringLiteral("Principal")),
                 qPrintable(editor.problem()));
        QVERIFY2(editor.problem().startsWith(QStringLiteral("Line ")),
                 qPrintable(editor.problem()));
        QCOMPARE(validity.size(), 1);
        QCOMPARE(validity.at(0).at(0).toBool(), false);

        editor.setText(trustPolicy());
        QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
        // The same document is no identity policy: Principal is not allowed there.
        editor.setDocumentKind(PolicyEditor::DocumentKind::Identity);
        QVERIFY(!editor.isValid());
        QVERIFY(editor.problem().contains(QStringLiteral("Principal")));
    }

    void trustKindHasItsOwnSizeLimit()
    {
        PolicyEditor editor;
        editor.setDocumentKind(PolicyEditor::DocumentKind::Trust);
        QString big = trustPolicy();
        big.replace(
            QStringLiteral("\"Effect\""),
            QStringLiteral("\"Sid\":\"%1\",\"Effect\"").arg(QString(2100, QLatin1Char('a'))));
        editor.setText(big);
        QVERIFY(!editor.isValid());
        QVERIFY2(editor.problem().contains(QStringLiteral("exceeds the limit of 2048")),
                 qPrintable(editor.problem()));
        editor.setDocumentKind(PolicyEditor::DocumentKind::Identity);
        QVERIFY(!editor.problem().contains(QStringLiteral("exceeds")));
    }

    void listsUnknownActions()
    {
        PolicyEditor editor;
        QString policy = identityPolicy();
        policy.replace(QStringLiteral("\"s3:GetObject\""),
                       QStringLiteral("[\"s3:GetObjekt\", \"s3:Get*\", \"ec2:Fly*\"]"));
        editor.setText(policy);
        QVERIFY(editor.isValid());
        QCOMPARE(editor.warnings(),
                 (QStringList{QStringLiteral("s3:GetObjekt"), QStringLiteral("ec2:Fly*")}));
        QVERIFY(!editor.warningLabel()->isHidden());
        QVERIFY2(editor.warningLabel()->text().endsWith(QStringLiteral(": s3:GetObjekt, ec2:Fly*")),
                 qPrintable(editor.warningLabel()->text()));
        editor.setText(identityPolicy());
        QVERIFY(editor.warningLabel()->isHidden());
    }

    void completesActions()
    {
        PolicyEditor editor;
        QString policy = identityPolicy();
        policy.replace(QStringLiteral("\"s3:GetObject\""), QStringLiteral("\"\""));
        openEmptyStringAfter(editor, policy, QStringLiteral("\"Action\": \""));
        QTest::keyClicks(editor.textEdit(), QStringLiteral("s3:GetO"));
        QTRY_VERIFY(editor.completer()->popup()->isVisible());
        QCOMPARE(editor.completer()->completionPrefix(), QStringLiteral("s3:GetO"));
        const QStringList choices = offered(editor);
        QVERIFY2(choices.contains(QStringLiteral("s3:GetObject")), qPrintable(choices.join(',')));
        for (const QString& choice : choices)
            QVERIFY2(choice.startsWith(QStringLiteral("s3:GetO")), qPrintable(choice));
        QCOMPARE(choices.first(), QStringLiteral("s3:GetObject"));

        // Enter takes the highlighted entry in place of what was typed.
        QTest::keyClick(editor.completer()->popup(), Qt::Key_Return);
        QTRY_VERIFY(!editor.completer()->popup()->isVisible());
        QVERIFY2(editor.text().contains(QStringLiteral("\"Action\": \"s3:GetObject\",")),
                 qPrintable(editor.text()));
        QVERIFY(editor.isValid());
    }

    void completesServicePrefixes()
    {
        PolicyEditor editor;
        QString policy = identityPolicy();
        policy.replace(QStringLiteral("\"s3:GetObject\""), QStringLiteral("\"\""));
        openEmptyStringAfter(editor, policy, QStringLiteral("\"Action\": \""));
        QTest::keyClicks(editor.textEdit(), QStringLiteral("sq"));
        QTRY_VERIFY(editor.completer()->popup()->isVisible());
        QVERIFY(offered(editor).contains(QStringLiteral("sqs:")));
    }

    void completesConditionKeys()
    {
        PolicyEditor editor;
        QString policy = identityPolicy();
        policy.replace(QStringLiteral("\"Resource\": \"*\""),
                       QStringLiteral("\"Resource\": \"*\", \"Condition\": {\"StringLike\": "
                                      "{\"\": \"a\"}}"));
        openEmptyStringAfter(editor, policy, QStringLiteral("{\"StringLike\": {\""));
        QTest::keyClicks(editor.textEdit(), QStringLiteral("aws:MultiF"));
        QTRY_VERIFY(editor.completer()->popup()->isVisible());
        QVERIFY(offered(editor).contains(QStringLiteral("aws:MultiFactorAuthPresent")));

        // The statement's action brings its own keys.
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(editor.textEdit(), Qt::Key_Backspace);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("s3:ex"));
        QTRY_VERIFY(editor.completer()->popup()->isVisible());
        const QStringList keys = offered(editor);
        QVERIFY2(keys.contains(QStringLiteral("s3:ExistingObjectTag/<key>")),
                 qPrintable(keys.join(',')));
        // A key of s3:PutObject, not of the statement's s3:GetObject.
        QVERIFY(!candidates(editor).contains(QStringLiteral("s3:x-amz-acl")));
        QVERIFY(candidates(editor).contains(QStringLiteral("aws:SourceIp")));
    }

    void completesResourceArnFormats()
    {
        PolicyEditor editor;
        QString policy = identityPolicy();
        policy.replace(QStringLiteral("\"s3:GetObject\""), QStringLiteral("\"iam:CreateUser\""));
        policy.replace(QStringLiteral("\"Resource\": \"*\""), QStringLiteral("\"Resource\": \"\""));
        openEmptyStringAfter(editor, policy, QStringLiteral("\"Resource\": \""));
        QTest::keyClicks(editor.textEdit(), QStringLiteral("arn"));
        QTRY_VERIFY(editor.completer()->popup()->isVisible());
        QCOMPARE(offered(editor),
                 QStringList{
                     QStringLiteral("arn:${Partition}:iam::${Account}:user/${UserNameWithPath}")});
    }

    void noCompletionOutsideTheseStrings()
    {
        PolicyEditor editor;
        QString policy = identityPolicy();
        policy.replace(QStringLiteral("\"Allow\""), QStringLiteral("\"\""));
        openEmptyStringAfter(editor, policy, QStringLiteral("\"Effect\": \""));
        QTest::keyClicks(editor.textEdit(), QStringLiteral("s3:Get"));
        // Completion runs as each key is typed: nothing was offered, nothing is shown.
        QCOMPARE(editor.completer()->completionModel()->rowCount(), 0);
        QVERIFY(!editor.completer()->popup()->isVisible());
    }

    void keepsTheIndentOnEnter()
    {
        PolicyEditor editor;
        editor.setText(QStringLiteral("{\n    \"Statement\": ["));
        placeCursorAfter(editor, QStringLiteral("["));
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QCOMPARE(editor.text(), QStringLiteral("{\n    \"Statement\": [\n        "));
    }
};

QTEST_MAIN(TestPolicyEditor)
#include "tst_policyeditor.moc"
