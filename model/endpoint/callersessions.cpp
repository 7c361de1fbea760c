#include "endpoint/callersessions.h"

#include "admin/directoryadmin.h"
#include "console/accesskeymanager.h"
#include "console/consolesession.h"
#include "console/mfadevicemanager.h"
#include "sts/stsservice.h"

struct CallerSessions::Entry
{
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<AccessKeyManager> accessKeys; // act as session
    std::unique_ptr<MfaDeviceManager> mfaDevices;
    std::unique_ptr<DirectoryAdmin> admin; // declared last: released first, it uses the others
};

CallerSessions::CallerSessions(Directory* directory, StsService* sts, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_sts(sts)
{}

CallerSessions::~CallerSessions() = default;

CallerSessions::Services CallerSessions::servicesFor(const EndpointCaller& caller)
{
    auto it = m_sessions.find(caller.accessKeyId);
    if (it == m_sessions.end()) {
        // Calls still running keep their entry alive through Services::keepAlive.
        if (m_sessions.size() >= MaxCallers)
            m_sessions.clear();
        auto entry = std::make_shared<Entry>();
        entry->session =
            std::make_unique<ConsoleSession>(m_directory, m_sts->clock(), nullptr, m_sts);
        entry->accessKeys = std::make_unique<AccessKeyManager>(entry->session.get(), m_directory,
                                                               m_sts->clock(), m_sts->secrets());
        entry->mfaDevices = std::make_unique<MfaDeviceManager>(entry->session.get(), m_directory,
                                                               m_sts->clock(), m_sts->secrets());
        entry->admin = std::make_unique<DirectoryAdmin>(
            entry->session.get(), m_directory, entry->accessKeys.get(), entry->mfaDevices.get());
        it = m_sessions.insert(caller.accessKeyId, entry);
    }
    (*it)->session->actAs(caller.identity);
    return {(*it)->session.get(), (*it)->admin.get(), (*it)->accessKeys.get(), *it};
}
