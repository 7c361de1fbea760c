#pragma once

#include "endpoint/apicall.h"
#include "endpoint/queryxmlwriter.h"
#include "iam/result.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

// One operation of a Query API. Synchronous operations write their result
// and return; asynchronous ones (those that touch the secret store) call
// done once, later. On failure nothing they wrote is sent.
struct QueryOperation
{
    using Run = std::function<Result<void>(const ApiCall&, QueryXmlWriter&)>;
    using Done = std::function<void(Result<void>)>;
    using RunAsync = std::function<void(const ApiCall&, std::shared_ptr<QueryXmlWriter>, Done)>;

    QString name;
    Run run;
    RunAsync runAsync;
    bool withResult = true;     // AWS answers with an <ActionResult> element
    bool needsSignature = true; // AssumeRoleWithSAML / WithWebIdentity are unsigned
};

// The operations of one service version (STS 2011-06-15, IAM 2010-05-08).
class QueryApi
{
public:
    QueryApi(QString service, QString version, QString xmlNamespace);

    const QString& service() const { return m_service; } // "iam", "sts": the SigV4 scope's
    const QString& version() const { return m_version; }
    const QString& xmlNamespace() const { return m_namespace; }

    void add(const QString& name, QueryOperation::Run run, bool withResult = true);
    void addAsync(const QString& name, QueryOperation::RunAsync run, bool withResult = true);
    void add(QueryOperation operation);
    const QueryOperation* operation(const QString& name) const;
    QStringList operationNames() const;

private:
    QString m_service;
    QString m_version;
    QString m_namespace;
    QHash<QString, QueryOperation> m_operations;
};
