#pragma once

#include <QString>

class QObject;

// The user interface's language: Switchboard's own messages and Qt's, in the
// language asked for (--lang) or the system's. Where Switchboard has no
// translation for it, English: its file holds only the plural forms, so
// counts read "1 user", "2 users".
class UiTranslators
{
public:
    // Installs the translators, owned by owner (the application; deleting
    // them uninstalls them). Returns the language of Switchboard's own
    // messages ("de", "en").
    static QString install(QObject& owner, const QString& language);
};
