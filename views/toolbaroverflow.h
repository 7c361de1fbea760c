#pragma once

#include <QCoreApplication>
#include <QToolBar>
#include <QToolButton>

// The button a tool bar shows when its tools do not fit has no name of its
// own; a screen reader announces it as this.
inline void nameToolBarOverflow(QToolBar* toolBar)
{
    if (auto* more = toolBar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(QCoreApplication::translate("ToolBar", "More tools"));
}
