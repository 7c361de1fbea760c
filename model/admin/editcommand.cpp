#include "admin/editcommand.h"

#include "admin/directoryadmin.h"

#include <QUndoStack>

EditCommand::EditCommand(DirectoryAdmin* admin, const QString& text, DirectoryChange change,
                         QList<ConsoleAction> undoActions, QList<ConsoleAction> redoActions)
    : QUndoCommand(text)
    , m_admin(admin)
    , m_change(std::move(change))
    , m_undoActions(std::move(undoActions))
    , m_redoActions(std::move(redoActions))
{}

void EditCommand::undo()
{
    if (m_admin->isMovingStack())
        return; // DirectoryAdmin::undo() already reverted the change
    const int indexBefore = m_admin->undoStack()->index();
    m_admin->commandApplied(m_admin->applyUndo(*this), indexBefore,
                            DirectoryAdmin::tr("Undo %1").arg(text()));
}

void EditCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true; // the edit ran before it was pushed
        return;
    }
    if (m_admin->isMovingStack())
        return; // DirectoryAdmin::redo() already re-applied the change
    const int indexBefore = m_admin->undoStack()->index();
    m_admin->commandApplied(m_admin->applyRedo(*this), indexBefore,
                            DirectoryAdmin::tr("Redo %1").arg(text()));
}
