#include "policytextedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>

namespace {

constexpr int LineNumberPadding = 6;
constexpr int IndentWidth = 4;

} // namespace

PolicyTextEdit::PolicyTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new QWidget(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * IndentWidth);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lineNumbers->setObjectName(QStringLiteral("LineNumberArea"));
    m_lineNumbers->installEventFilter(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &PolicyTextEdit::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, &PolicyTextEdit::updateLineNumbers);
    updateMargins();
}

int PolicyTextEdit::lineNumberAreaWidth() const
{
    const int digits = int(QString::number(qMax(1, blockCount())).size());
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(2, digits) +
           2 * LineNumberPadding;
}

void PolicyTextEdit::keyPressEvent(QKeyEvent* event)
{
    if (popupTakes(event)) {
        // The completer's event filter picks the entry or closes the popup.
        event->ignore();
        return;
    }
    const bool forced = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (forced) {
        Q_EMIT typed(true);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier && !isReadOnly()) {
        insertNewLineWithIndent();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString text = event->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint();
    if (printable || event->key() == Qt::Key_Backspace)
        Q_EMIT typed(false);
}

void PolicyTextEdit::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(
        QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

bool PolicyTextEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_lineNumbers && event->type() == QEvent::Paint) {
        paintLineNumbers(static_cast<QPaintEvent*>(event));
        return true;
    }
    return QPlainTextEdit::eventFilter(watched, event);
}

bool PolicyTextEdit::popupTakes(const QKeyEvent* event) const
{
    if (!m_completer || !m_completer->popup()->isVisible())
        return false;
    switch (event->key()) {
    case Qt::Key_Enter:
    case Qt::Key_Return:
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return true;
    default:
        return false;
    }
}

// A new line keeps the current line's indent, one level more after an
// opening bracket, as JSON is usually written.
void PolicyTextEdit::insertNewLineWithIndent()
{
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    qsizetype indent = 0;
    while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
        ++indent;
    const QString before = line.left(cursor.positionInBlock()).trimmed();
    if (before.endsWith(QLatin1Char('{')) || before.endsWith(QLatin1Char('[')))
        indent += IndentWidth;
    cursor.insertText(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
    setTextCursor(cursor);
}

void PolicyTextEdit::updateMargins()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void PolicyTextEdit::updateLineNumbers(const QRect& rect, int dy)
{
    if (dy != 0)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void PolicyTextEdit::paintLineNumbers(QPaintEvent* event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int width = m_lineNumbers->width() - LineNumberPadding;
    const int height = fontMetrics().height();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top())
            painter.drawText(0, top, width, height, Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        block = block.next();
        top = bottom;
    }
}
