#pragma once

#include "crypto/securebytes.h"
#include "secrets/secretstore.h"

#include <QObject>
#include <QString>
#include <QStringList>

// One SecretStore operation. Created by the store, emits finished() once,
// then deletes itself (take the value inside the slot connected to finished).
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation
    {
        Put,
        Get,
        Remove,
        List
    };

    Operation operation() const { return m_operation; }
    // The secret's key; for list(), the namespace prefix "<directory-uuid>/".
    const QString& key() const { return m_key; }

    bool isFinished() const { return m_finished; }
    SecretStore::Error error() const { return m_error; }
    // For people; empty on success.
    const QString& errorString() const { return m_errorString; }

    // get(): the secret.
    const SecureBytes& value() const { return m_value; }
    SecureBytes takeValue() { return std::move(m_value); }
    // list(): the keys, sorted.
    const QStringList& keys() const { return m_keys; }

signals:
    void finished(SecretJob* job);

private:
    friend class SecretStore;
    SecretJob(Operation operation, const QString& key, QObject* parent);

    Operation m_operation;
    QString m_key;
    bool m_finished = false;
    SecretStore::Error m_error = SecretStore::NoError;
    QString m_errorString;
    SecureBytes m_value;
    QStringList m_keys;
};
