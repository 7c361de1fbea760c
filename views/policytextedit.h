#pragma once

#include <QPlainTextEdit>

class QCompleter;

// A plain text editor for JSON: fixed-width font, line numbers in a margin,
// and key handling that leaves Enter, Tab and Escape to an open completion
// popup.
class PolicyTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PolicyTextEdit(QWidget* parent = nullptr);

    void setCompleter(QCompleter* completer) { m_completer = completer; }
    QWidget* lineNumberArea() const { return m_lineNumbers; }
    int lineNumberAreaWidth() const;

Q_SIGNALS:
    // The user typed text (forced: asked for completion with Ctrl+Space).
    void typed(bool forced);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool popupTakes(const QKeyEvent* event) const;
    void insertNewLineWithIndent();
    void updateMargins();
    void updateLineNumbers(const QRect& rect, int dy);
    void paintLineNumbers(QPaintEvent* event);

    QWidget* m_lineNumbers;
    QCompleter* m_completer = nullptr;
};
