#include "endpoint/queryapi.h"

#include <algorithm>

QueryApi::QueryApi(QString service, QString version, QString xmlNamespace)
    : m_service(std::move(service))
    , m_version(std::move(version))
    , m_namespace(std::move(xmlNamespace))
{}

void QueryApi::add(const QString& name, QueryOperation::Run run, bool withResult)
{
    QueryOperation operation;
    operation.name = name;
    operation.run = std::move(run);
    operation.withResult = withResult;
    add(std::move(operation));
}

void QueryApi::addAsync(const QString& name, QueryOperation::RunAsync run, bool withResult)
{
    QueryOperation operation;
    operation.name = name;
    operation.runAsync = std::move(run);
    operation.withResult = withResult;
    add(std::move(operation));
}

void QueryApi::add(QueryOperation operation)
{
    Q_ASSERT(!m_operations.contains(operation.name));
    m_operations.insert(operation.name, std::move(operation));
}

const QueryOperation* QueryApi::operation(const QString& name) const
{
    const auto it = m_operations.constFind(name);
    return it == m_operations.constEnd() ? nullptr : &*it;
}

QStringList QueryApi::operationNames() const
{
    QStringList names = m_operations.keys();
    std::sort(names.begin(), names.end());
    return names;
}
