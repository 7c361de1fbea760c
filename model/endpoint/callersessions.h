#pragma once

#include "endpoint/endpointcaller.h"

#include <QHash>
#include <QObject>

#include <memory>

class AccessKeyManager;
class ConsoleSession;
class Directory;
class DirectoryAdmin;
class StsService;

// A ConsoleSession and DirectoryAdmin per API caller, kept between requests
// so that the caller's compiled policies are reused. Each acts as exactly
// one caller; the endpoint refreshes its identity on every request.
class CallerSessions : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxCallers = 256;

    CallerSessions(Directory* directory, StsService* sts, QObject* parent = nullptr);
    ~CallerSessions() override;

    struct Services
    {
        ConsoleSession* session;
        DirectoryAdmin* admin;
        AccessKeyManager* accessKeys;          // the caller's, acting as session
        std::shared_ptr<const void> keepAlive; // holds both while a call runs
    };
    // The services acting as caller, made on first use.
    Services servicesFor(const EndpointCaller& caller);
    int size() const { return int(m_sessions.size()); }

private:
    struct Entry;
    Directory* m_directory;
    StsService* m_sts;
    QHash<QString, std::shared_ptr<Entry>> m_sessions;
};
