#pragma once

#include "console/consoleaction.h"
#include "directory/directorychange.h"

#include <QList>
#include <QUndoCommand>

class DirectoryAdmin;

// One administration edit on the undo stack: what it changed in the
// directory, its text ("Create user alice"), and the console actions the
// active identity needs to undo it (undo of CreateUser needs iam:DeleteUser)
// and to redo it. The edit ran before the command was pushed, so the first
// redo() does nothing; later undo()/redo() go through DirectoryAdmin, which
// authorizes and audits them first.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(DirectoryAdmin* admin, const QString& text, DirectoryChange change,
                QList<ConsoleAction> undoActions, QList<ConsoleAction> redoActions);

    const DirectoryChange& change() const { return m_change; }
    const QList<ConsoleAction>& undoActions() const { return m_undoActions; }
    const QList<ConsoleAction>& redoActions() const { return m_redoActions; }

    void undo() override;
    void redo() override;

private:
    DirectoryAdmin* m_admin;
    DirectoryChange m_change;
    QList<ConsoleAction> m_undoActions;
    QList<ConsoleAction> m_redoActions;
    bool m_pushed = false; // the first redo() is QUndoStack::push's, and the edit already ran
};
