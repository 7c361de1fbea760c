#pragma once

#include "detailpane.h"

#include <QGroupBox>
#include <QLabel>
#include <QString>
#include <QStringList>

// What a detail pane shows, read the way a person would: the summary's labels
// and a named label's text (or a note that it is missing, so a failing
// comparison says why).
namespace DetailPaneTexts {

inline QStringList summaryTexts(const DetailPane& pane)
{
    QStringList texts;
    if (const auto* summary = pane.findChild<QGroupBox*>(QStringLiteral("Summary")))
        for (const QLabel* label : summary->findChildren<QLabel*>())
            texts << label->text();
    return texts;
}

inline QString labelText(const DetailPane& pane, const char* objectName)
{
    const auto* label = pane.findChild<QLabel*>(QString::fromLatin1(objectName));
    return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(objectName));
}

} // namespace DetailPaneTexts
