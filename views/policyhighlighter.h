#pragma once

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class ActionCatalog;

// Colours a policy's JSON: member names (the policy elements Effect, Action,
// Resource, ... apart), strings, numbers, literals and punctuation. Action
// values the catalog does not know, and wildcards that match none of its
// actions, get a warning underline.
class PolicyHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit PolicyHighlighter(QTextDocument* document);
    PolicyHighlighter(QTextDocument* document, const ActionCatalog& catalog);

    // Whether an Action value gets the warning (false without a catalog).
    bool isUnknownAction(const QString& action) const;
    static bool isPolicyElement(const QString& key);

    // The formats, for tests and legends.
    QTextCharFormat keyFormat() const { return m_key; }
    QTextCharFormat elementFormat() const { return m_element; }
    QTextCharFormat stringFormat() const { return m_string; }
    QTextCharFormat numberFormat() const { return m_number; }
    QTextCharFormat literalFormat() const { return m_literal; }
    QTextCharFormat punctuationFormat() const { return m_punctuation; }
    QTextCharFormat unknownActionFormat() const { return m_unknownAction; }

protected:
    void highlightBlock(const QString& text) override;

private:
    // Where an Action element's value is, carried from line to line.
    enum State
    {
        Outside = 0,
        AfterActionKey = 1, // "Action": seen, its value not yet
        InActionList = 2,   // inside "Action": [ ... ]
    };

    qsizetype highlightString(const QString& text, qsizetype start, int& state);
    static qsizetype stringEnd(const QString& text, qsizetype start);
    static bool followedByColon(const QString& text, qsizetype from);

    const ActionCatalog& m_catalog;
    mutable QHash<QString, bool> m_unknownCache;
    QTextCharFormat m_key;
    QTextCharFormat m_element;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
    QTextCharFormat m_unknownAction;
};
