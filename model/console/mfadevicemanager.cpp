#include "console/mfadevicemanager.h"

MfaDeviceManager::MfaDeviceManager(ConsoleSession* session, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_secrets(secrets)
{}
