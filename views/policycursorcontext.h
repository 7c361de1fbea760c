#pragma once

#include <QString>
#include <QStringList>

// What the cursor is in while a policy is being typed: an Action string, a
// Resource string or a condition key, with the text typed so far and the
// statement's actions. The text may be incomplete JSON; only its brackets,
// strings and separators are followed, as far as the cursor.
class PolicyCursorContext
{
public:
    enum class Kind
    {
        None,
        Action,       // a value of Action or NotAction
        Resource,     // a value of Resource or NotResource
        ConditionKey, // a key inside a Condition operator's block
    };

    static PolicyCursorContext at(const QString& text, qsizetype position);

    Kind kind() const { return m_kind; }
    // The string's text from its opening quote to the cursor.
    const QString& prefix() const { return m_prefix; }
    // The Action (or NotAction) values of the enclosing statement written
    // before the cursor.
    const QStringList& actions() const { return m_actions; }

private:
    Kind m_kind = Kind::None;
    QString m_prefix;
    QStringList m_actions;
};
