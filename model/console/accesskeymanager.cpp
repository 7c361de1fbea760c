#include "console/accesskeymanager.h"

AccessKeyManager::AccessKeyManager(ConsoleSession* session, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_secrets(secrets)
{}
