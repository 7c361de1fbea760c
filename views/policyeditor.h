#pragma once

#include <QWidget>

class QCompleter;
class QLabel;
class QPushButton;
class QStringListModel;
class QTimer;
class PolicyCursorContext;
class PolicyHighlighter;
class PolicyTextEdit;

// A JSON editor for one IAM policy document: line numbers, highlighting,
// completion from the action catalog, and live validation by the policy
// engine with the located problem underlined and named under the text.
class PolicyEditor : public QWidget
{
    Q_OBJECT

public:
    // Trust: a role's trust policy (Principal required, ...). ServiceControl
    // and ResourceControl: an organization's SCP and RCP.
    enum class DocumentKind
    {
        Identity,
        Trust,
        ServiceControl,
        ResourceControl
    };

    explicit PolicyEditor(QWidget* parent = nullptr);
    ~PolicyEditor() override;

    void setDocumentKind(DocumentKind kind);
    DocumentKind documentKind() const { return m_kind; }
    void setText(const QString& json);
    QString text() const;
    // Parses with the engine (the kind's rules) and fits the size limit.
    bool isValid() const;
    // The first problem in words with its line:column, empty when valid.
    QString problem() const;
    // Actions the catalog does not know (and no wildcard matches).
    QStringList warnings() const { return m_check.warnings; }
    // Pretty-prints; keeps the document and does nothing when it does not parse.
    void format();
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    // For tests and dialogs that need to look inside.
    PolicyTextEdit* textEdit() const { return m_edit; }
    QLabel* problemLabel() const { return m_problemLabel; }
    QLabel* warningLabel() const { return m_warningLabel; }
    PolicyHighlighter* highlighter() const { return m_highlighter; }
    QCompleter* completer() const { return m_completer; }
    // Validates now instead of after the typing pause.
    void validateNow();

Q_SIGNALS:
    void textChanged();
    void validityChanged(bool valid);

private:
    // The engine's verdict on the text.
    struct Check
    {
        bool valid = false;
        QString problem;
        int position = -1; // where the problem starts, in characters
        int length = 0;
        QStringList warnings;
    };

    void onTextChanged();
    Check check() const;
    void validate();
    void showCheck();
    QString warningText(const QStringList& unknownActions) const;
    void complete(bool forced);
    QStringList completionsFor(const PolicyCursorContext& context) const;
    void insertCompletion(const QString& completion);

    DocumentKind m_kind = DocumentKind::Identity;
    PolicyTextEdit* m_edit;
    PolicyHighlighter* m_highlighter;
    QLabel* m_problemLabel;
    QLabel* m_warningLabel;
    QPushButton* m_formatButton;
    QTimer* m_debounce;
    QCompleter* m_completer;
    QStringListModel* m_completionModel;
    Check m_check;
};
