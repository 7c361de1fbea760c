#include "endpoint/stsoperations.h"

#include "endpoint/iamoperations.h"
#include "endpoint/queryapi.h"
#include "sts/stsservice.h"

#include <QCoreApplication>

namespace {

void writeCredentials(QueryXmlWriter& xml, const TemporaryCredentials& credentials)
{
    xml.startElement(QStringLiteral("Credentials"));
    xml.text(QStringLiteral("AccessKeyId"), credentials.accessKeyId);
    // The one place a session's secrets leave the process: the caller asked for them.
    xml.text(QStringLiteral("SecretAccessKey"),
             QString::fromUtf8(credentials.secretAccessKey.insecureCopy()));
    xml.text(QStringLiteral("SessionToken"),
             QString::fromUtf8(credentials.sessionToken.insecureCopy()));
    xml.time(QStringLiteral("Expiration"), credentials.expiration);
    xml.endElement();
}

// A role session as AssumeRole and AssumeRoleWithSAML both answer it.
void writeRoleSession(QueryXmlWriter& xml, const AssumeRoleResult& result)
{
    writeCredentials(xml, result.credentials);
    xml.startElement(QStringLiteral("AssumedRoleUser"));
    xml.text(QStringLiteral("AssumedRoleId"), result.assumedRoleId);
    xml.text(QStringLiteral("Arn"), result.arn);
    xml.endElement();
}

Result<void> getCallerIdentity(const ApiCall& call, QueryXmlWriter& xml)
{
    const auto identity = call.sts->getCallerIdentity(call.caller.stsCaller);
    if (!identity)
        return identity.error();
    xml.text(QStringLiteral("Arn"), identity->arn);
    xml.text(QStringLiteral("UserId"), identity->userId);
    xml.text(QStringLiteral("Account"), identity->account);
    return {};
}

Result<AssumeRoleRequest> assumeRoleRequest(const QueryParameters& parameters)
{
    AssumeRoleRequest request;
    auto roleArn = parameters.required(QStringLiteral("RoleArn"));
    if (!roleArn)
        return roleArn.error();
    auto sessionName = parameters.required(QStringLiteral("RoleSessionName"));
    if (!sessionName)
        return sessionName.error();
    auto duration = parameters.integer(QStringLiteral("DurationSeconds"), 0, 1 << 30);
    if (!duration)
        return duration.error();
    request.roleArn = *roleArn;
    request.roleSessionName = *sessionName;
    request.durationSeconds = *duration;
    request.externalId = parameters.optional(QStringLiteral("ExternalId"));
    request.serialNumber = parameters.value(QStringLiteral("SerialNumber"));
    request.tokenCode = parameters.value(QStringLiteral("TokenCode"));
    request.policy = parameters.value(QStringLiteral("Policy"));
    const auto arns = parameters.structList(QStringLiteral("PolicyArns"), {QStringLiteral("arn")});
    for (const auto& arn : arns)
        request.policyArns.append(arn.value(QStringLiteral("arn")));
    request.sourceIdentity = parameters.value(QStringLiteral("SourceIdentity"));
    request.tags = IamOperations::tagsOf(parameters);
    request.transitiveTagKeys = parameters.list(QStringLiteral("TransitiveTagKeys"));
    return request;
}

void assumeRole(const ApiCall& call, std::shared_ptr<QueryXmlWriter> xml, QueryOperation::Done done)
{
    auto request = assumeRoleRequest(call.parameters);
    if (!request)
        return done(request.error());
    // AWS answers PackedPolicySize when session policies or tags were passed.
    const bool packed =
        !request->policy.isEmpty() || !request->policyArns.isEmpty() || !request->tags.isEmpty();
    call.sts->assumeRole(
        call.caller.stsCaller, *request, call.sts,
        [xml, done, packed](Result<AssumeRoleResult> result) {
            if (!result)
                return done(result.error());
            writeRoleSession(*xml, *result);
            if (packed)
                xml->number(QStringLiteral("PackedPolicySize"), result->packedPolicySize);
            xml->optionalText(QStringLiteral("SourceIdentity"), result->session.sourceIdentity);
            done({});
        });
}

void getSessionToken(const ApiCall& call, std::shared_ptr<QueryXmlWriter> xml,
                     QueryOperation::Done done)
{
    auto duration = call.parameters.integer(QStringLiteral("DurationSeconds"), 0, 1 << 30);
    if (!duration)
        return done(duration.error());
    GetSessionTokenRequest request;
    request.durationSeconds = *duration;
    request.serialNumber = call.parameters.value(QStringLiteral("SerialNumber"));
    request.tokenCode = call.parameters.value(QStringLiteral("TokenCode"));
    call.sts->getSessionToken(call.caller.stsCaller, request, call.sts,
                              [xml, done](Result<AssumeRoleResult> result) {
                                  if (!result)
                                      return done(result.error());
                                  writeCredentials(*xml, result->credentials);
                                  done({});
                              });
}

// AssumeRoleWithSAML is an unsigned call, as in AWS: the signed assertion
// is the only proof of who calls, and StsService verifies it.
void assumeRoleWithSaml(const ApiCall& call, std::shared_ptr<QueryXmlWriter> xml,
                        QueryOperation::Done done)
{
    SamlSignIn signIn;
    for (auto [name, field] : {std::pair{QStringLiteral("RoleArn"), &signIn.roleArn},
                               std::pair{QStringLiteral("PrincipalArn"), &signIn.principalArn}}) {
        auto value = call.parameters.required(name);
        if (!value)
            return done(value.error());
        *field = *value;
    }
    auto assertion = call.parameters.required(QStringLiteral("SAMLAssertion"));
    if (!assertion)
        return done(assertion.error());
    signIn.samlAssertion = assertion->toLatin1();
    auto duration = call.parameters.integer(QStringLiteral("DurationSeconds"), 0, 1 << 30);
    if (!duration)
        return done(duration.error());
    signIn.durationSeconds = *duration;
    if (!call.parameters.value(QStringLiteral("Policy")).isEmpty() ||
        !call.parameters.structList(QStringLiteral("PolicyArns"), {QStringLiteral("arn")})
             .isEmpty())
        return done(IamError::validation(QCoreApplication::translate(
            "StsOperations", "Session policies (Policy, PolicyArns) are not supported for "
                             "AssumeRoleWithSAML by this directory: leave them out.")));
    call.sts->assumeRoleWithSaml(signIn, call.sts, [xml, done](Result<AssumeRoleResult> result) {
        if (!result)
            return done(result.error());
        writeRoleSession(*xml, *result);
        if (!result->session.sessionTags.isEmpty())
            xml->number(QStringLiteral("PackedPolicySize"), result->packedPolicySize);
        const AssumeRoleResult::Saml& saml = result->saml;
        xml->text(QStringLiteral("Subject"), saml.subject);
        xml->text(QStringLiteral("SubjectType"), saml.subjectType);
        xml->text(QStringLiteral("Issuer"), saml.issuer);
        xml->text(QStringLiteral("Audience"), saml.audience);
        xml->text(QStringLiteral("NameQualifier"), saml.nameQualifier);
        done({});
    });
}

} // namespace

QueryApi StsOperations::api()
{
    QueryApi api(QStringLiteral("sts"), QStringLiteral("2011-06-15"),
                 QueryXmlWriter::stsNamespace());
    api.add(QStringLiteral("GetCallerIdentity"), &getCallerIdentity);
    api.addAsync(QStringLiteral("AssumeRole"), &assumeRole);
    api.addAsync(QStringLiteral("GetSessionToken"), &getSessionToken);
    QueryOperation saml;
    saml.name = QStringLiteral("AssumeRoleWithSAML");
    saml.runAsync = &assumeRoleWithSaml;
    saml.needsSignature = false;
    api.add(std::move(saml));
    return api;
}
