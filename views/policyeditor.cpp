#include "policyeditor.h"

#include "consoletheme.h"
#include "directory/policydocumentformatter.h"
#include "policy/actioncatalog.h"
#include "policy/policydocument.h"
#include "policycursorcontext.h"
#include "policyhighlighter.h"
#include "policytextedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStringListModel>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int ValidationDelayMs = 300;
constexpr int MaxWarningsListed = 5;

PolicyKind policyKind(PolicyEditor::DocumentKind kind)
{
    switch (kind) {
    case PolicyEditor::DocumentKind::Trust:
        return PolicyKind::Trust;
    case PolicyEditor::DocumentKind::ResourceControl:
        return PolicyKind::ResourceControl;
    case PolicyEditor::DocumentKind::ServiceControl:
        return PolicyKind::ServiceControl;
    case PolicyEditor::DocumentKind::Identity:
        break;
    }
    return PolicyKind::Identity;
}

// The character offset of a 1-based line and column, clamped to the text.
int offsetOf(const QTextDocument* document, int line, int column)
{
    const QTextBlock block = document->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return qMax(0, document->characterCount() - 1);
    return block.position() + qBound(0, column - 1, qMax(0, block.length() - 1));
}

// The extent of the token starting at offset: a whole string, or a run of
// characters up to the next space or punctuation; at least one character.
int tokenLength(const QString& text, int offset)
{
    if (offset >= text.size())
        return 0;
    const auto isStop = [](QChar c) { return c.isSpace() || QStringView(u"{}[],:\"").contains(c); };
    int end = offset + 1;
    if (text.at(offset) == QLatin1Char('"')) {
        while (end < text.size() && text.at(end) != QLatin1Char('"') &&
               text.at(end) != QLatin1Char('\n'))
            end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
        end = qMin<int>(int(text.size()), end + 1);
    } else if (!isStop(text.at(offset))) {
        while (end < text.size() && !isStop(text.at(end)))
            ++end;
    }
    return end - offset;
}

} // namespace

PolicyEditor::PolicyEditor(QWidget* parent)
    : QWidget(parent)
    , m_edit(new PolicyTextEdit(this))
    , m_highlighter(new PolicyHighlighter(m_edit->document()))
    , m_problemLabel(new QLabel(this))
    , m_warningLabel(new QLabel(this))
    , m_formatButton(new QPushButton(tr("Format"), this))
    , m_debounce(new QTimer(this))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStringListModel(this))
{
    m_edit->setObjectName(QStringLiteral("PolicyText"));
    m_problemLabel->setObjectName(QStringLiteral("PolicyProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warningLabel->setObjectName(QStringLiteral("PolicyWarnings"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(ConsoleTheme::colorStyle(ConsoleTheme::current().warning));
    m_warningLabel->hide();
    m_formatButton->setObjectName(QStringLiteral("FormatButton"));
    m_formatButton->setToolTip(tr("Pretty-print the policy (Ctrl+Shift+F)"));

    auto* messages = new QVBoxLayout;
    messages->setSpacing(2);
    messages->addWidget(m_problemLabel);
    messages->addWidget(m_warningLabel);
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(messages, 1);
    bottom->addWidget(m_formatButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addLayout(bottom);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(ValidationDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &PolicyEditor::validate);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &PolicyEditor::onTextChanged);
    connect(m_formatButton, &QPushButton::clicked, this, &PolicyEditor::format);
    auto* formatShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+F")), this);
    formatShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(formatShortcut, &QShortcut::activated, this, [this] {
        if (!isReadOnly())
            format();
    });

    m_completer->setModel(m_completionModel);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &PolicyEditor::insertCompletion);
    connect(m_edit, &PolicyTextEdit::typed, this, &PolicyEditor::complete);

    validate();
}

PolicyEditor::~PolicyEditor() = default;

void PolicyEditor::setDocumentKind(DocumentKind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    validate();
}

void PolicyEditor::setText(const QString& json)
{
    m_edit->setPlainText(json);
    // Text given by the program is judged at once; only typing waits.
    validate();
}

QString PolicyEditor::text() const
{
    return m_edit->toPlainText();
}

bool PolicyEditor::isValid() const
{
    return m_debounce->isActive() ? check().valid : m_check.valid;
}

QString PolicyEditor::problem() const
{
    return m_debounce->isActive() ? check().problem : m_check.problem;
}

void PolicyEditor::format()
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return;
    const QString formatted = PolicyDocumentFormatter::format(json.object());
    if (formatted == text())
        return;
    // One edit through the cursor, so Undo brings the old layout back.
    QTextCursor cursor(m_edit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(formatted);
    validate();
}

void PolicyEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_formatButton->setEnabled(!readOnly);
}

bool PolicyEditor::isReadOnly() const
{
    return m_edit->isReadOnly();
}

void PolicyEditor::validateNow()
{
    validate();
}

void PolicyEditor::onTextChanged()
{
    m_debounce->start();
    Q_EMIT textChanged();
}

PolicyEditor::Check PolicyEditor::check() const
{
    Check result;
    const QString json = text();
    PolicyDiagnostic diagnostic;
    const auto parsed = PolicyDocument::parse(json, policyKind(m_kind), &diagnostic);
    if (!parsed) {
        result.problem = tr("Line %1, column %2: %3")
                             .arg(diagnostic.line)
                             .arg(diagnostic.column)
                             .arg(diagnostic.what);
        if (!diagnostic.path.isEmpty())
            result.problem += tr(" (in %1)").arg(diagnostic.path);
        result.position = offsetOf(m_edit->document(), diagnostic.line, diagnostic.column);
        result.length = qMax(1, tokenLength(json, result.position));
        return result;
    }
    result.valid = true;
    for (const PolicyStatement& statement : parsed->statements()) {
        for (const QString& action : statement.actions) {
            if (m_highlighter->isUnknownAction(action) && !result.warnings.contains(action))
                result.warnings.append(action);
        }
    }
    return result;
}

void PolicyEditor::validate()
{
    m_debounce->stop();
    const bool wasValid = m_check.valid;
    m_check = check();
    showCheck();
    if (wasValid != m_check.valid)
        Q_EMIT validityChanged(m_check.valid);
}

void PolicyEditor::showCheck()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_check.valid && m_check.position >= 0 && !text().isEmpty()) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_edit->document());
        selection.cursor.setPosition(m_check.position);
        selection.cursor.setPosition(
            qMin(m_check.position + m_check.length, m_edit->document()->characterCount() - 1),
            QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(ConsoleTheme::current().error);
        selection.format.setToolTip(m_check.problem);
        selections.append(selection);
    }
    m_edit->setExtraSelections(selections);

    if (m_check.valid) {
        m_problemLabel->setText(tr("Valid policy"));
        m_problemLabel->setStyleSheet(ConsoleTheme::colorStyle(ConsoleTheme::current().success));
    } else if (text().trimmed().isEmpty()) {
        m_problemLabel->setText(tr("Enter a policy document."));
        m_problemLabel->setStyleSheet(ConsoleTheme::colorStyle(ConsoleTheme::current().error));
    } else {
        m_problemLabel->setText(m_check.problem);
        m_problemLabel->setStyleSheet(ConsoleTheme::colorStyle(ConsoleTheme::current().error));
    }
    m_warningLabel->setText(warningText(m_check.warnings));
    m_warningLabel->setVisible(!m_check.warnings.isEmpty());
}

QString PolicyEditor::warningText(const QStringList& unknownActions) const
{
    if (unknownActions.isEmpty())
        return {};
    QStringList listed = unknownActions.mid(0, MaxWarningsListed);
    if (unknownActions.size() > MaxWarningsListed)
        listed.append(tr("and %n more", nullptr, int(unknownActions.size() - MaxWarningsListed)));
    return tr("Not in the action catalog (%1): %2")
        .arg(ActionCatalog::instance().version(), listed.join(QStringLiteral(", ")));
}

// Offers what fits where the cursor is: actions in Action strings, ARN
// formats in Resource strings, condition keys in Condition blocks.
void PolicyEditor::complete(bool forced)
{
    if (isReadOnly())
        return;
    const int position = m_edit->textCursor().position();
    const PolicyCursorContext context = PolicyCursorContext::at(text(), position);
    const QStringList candidates = completionsFor(context);
    if (candidates.isEmpty() || (!forced && context.prefix().isEmpty())) {
        m_completer->popup()->hide();
        return;
    }
    m_completionModel->setStringList(candidates);
    m_completer->setCompletionPrefix(context.prefix());
    const bool onlyItself =
        m_completer->completionCount() == 1 && m_completer->currentCompletion() == context.prefix();
    if (m_completer->completionCount() == 0 || onlyItself) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = m_edit->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

QStringList PolicyEditor::completionsFor(const PolicyCursorContext& context) const
{
    const ActionCatalog& catalog = ActionCatalog::instance();
    switch (context.kind()) {
    case PolicyCursorContext::Kind::Action: {
        const qsizetype colon = context.prefix().indexOf(QLatin1Char(':'));
        if (colon > 0)
            return catalog.actions(context.prefix().left(colon));
        QStringList services;
        for (const QString& service : catalog.services())
            services.append(service + QLatin1Char(':'));
        return services;
    }
    case PolicyCursorContext::Kind::Resource: {
        QStringList formats;
        for (const QString& action : context.actions()) {
            for (const QString& format : catalog.resourceArnFormats(action)) {
                if (!formats.contains(format))
                    formats.append(format);
            }
        }
        return formats;
    }
    case PolicyCursorContext::Kind::ConditionKey: {
        QStringList keys = catalog.conditionKeys();
        for (const QString& action : context.actions()) {
            for (const QString& key : catalog.conditionKeys(action)) {
                if (!keys.contains(key))
                    keys.append(key);
            }
        }
        return keys;
    }
    case PolicyCursorContext::Kind::None:
        break;
    }
    return {};
}

void PolicyEditor::insertCompletion(const QString& completion)
{
    const PolicyCursorContext context =
        PolicyCursorContext::at(text(), m_edit->textCursor().position());
    QTextCursor cursor = m_edit->textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(context.prefix().size()));
    cursor.insertText(completion);
    m_edit->setTextCursor(cursor);
}
