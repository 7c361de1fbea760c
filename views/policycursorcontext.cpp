#include "policycursorcontext.h"

#include <QList>

namespace {

struct Frame
{
    bool object = false;
    bool expectKey = false; // objects: the next string is a member name
    QString key;            // objects: the member being written
    QStringList actions;    // objects: the values of its Action member
};

bool isActionElement(const QString& key)
{
    return key == QLatin1String("Action") || key == QLatin1String("NotAction");
}

bool isResourceElement(const QString& key)
{
    return key == QLatin1String("Resource") || key == QLatin1String("NotResource");
}

// The object frame whose member a value in the top frame belongs to.
Frame* owner(QList<Frame>& stack)
{
    for (qsizetype i = stack.size() - 1; i >= 0; --i) {
        if (stack[i].object)
            return &stack[i];
    }
    return nullptr;
}

// The string starting after the quote at start, up to end; closed says
// whether its closing quote came before end.
QString readString(const QString& text, qsizetype& i, qsizetype end, bool& closed)
{
    QString value;
    closed = false;
    for (++i; i < end; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < end) {
            value += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('"')) {
            closed = true;
            return value;
        }
        value += c;
    }
    return value;
}

} // namespace

PolicyCursorContext PolicyCursorContext::at(const QString& text, qsizetype position)
{
    PolicyCursorContext context;
    const qsizetype end = qBound<qsizetype>(0, position, text.size());
    QList<Frame> stack;
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{')) {
            stack.append(Frame{true, true, {}, {}});
        } else if (c == QLatin1Char('[')) {
            stack.append(Frame());
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            if (!stack.isEmpty())
                stack.removeLast();
            // A value ended: a member name comes next, even before its comma is typed.
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
        } else if (c == QLatin1Char(':') && !stack.isEmpty() && stack.last().object) {
            stack.last().expectKey = false;
        } else if (c == QLatin1Char(',') && !stack.isEmpty() && stack.last().object) {
            stack.last().expectKey = true;
        } else if (c == QLatin1Char('"')) {
            bool closed = false;
            const QString value = readString(text, i, end, closed);
            const bool isKey = !stack.isEmpty() && stack.last().object && stack.last().expectKey;
            Frame* member = owner(stack);
            if (!closed) {
                context.m_prefix = value;
                if (isKey && stack.size() >= 3 && stack[stack.size() - 3].object &&
                    stack[stack.size() - 3].key == QLatin1String("Condition"))
                    context.m_kind = Kind::ConditionKey;
                else if (!isKey && member && isActionElement(member->key))
                    context.m_kind = Kind::Action;
                else if (!isKey && member && isResourceElement(member->key))
                    context.m_kind = Kind::Resource;
                break;
            }
            if (isKey)
                stack.last().key = value;
            else if (member && isActionElement(member->key))
                member->actions.append(value);
            if (!isKey && !stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
        }
    }
    if (context.m_kind == Kind::None)
        context.m_prefix.clear();
    for (qsizetype i = stack.size() - 1; i >= 0 && context.m_kind != Kind::None; --i) {
        if (!stack[i].actions.isEmpty()) {
            context.m_actions = stack[i].actions;
            break;
        }
    }
    return context;
}
