#include "secrets/secretjob.h"

SecretJob::SecretJob(Operation operation, const QString& key, QObject* parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(key)
{}
