#pragma once

#include "secrets/secretstore.h"

#include <map>

// Secrets kept in this process only, for unit tests of code that merely uses
// secrets. Same asynchronous contract as the real stores.
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit InMemorySecretStore(QObject* parent = nullptr);

    QString backendName() const override;

protected:
    void startPut(SecretJob* job, SecureBytes value) override;
    void startGet(SecretJob* job) override;
    void startRemove(SecretJob* job) override;
    void startList(SecretJob* job) override;

private:
    std::map<QString, SecureBytes> m_entries;
};
