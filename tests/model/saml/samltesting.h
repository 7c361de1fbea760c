#pragma once

#include "saml/samlassertion.h"

#include <QDateTime>
#include <QString>

// A well-formed assertion for AWS as a test's identity provider would issue
// it at now: valid for five minutes, for role and provider.
inline SamlAssertion awsAssertion(const QDateTime& now, const QString& entityId,
                                  const QString& roleArn, const QString& providerArn,
                                  const QString& sessionName = QStringLiteral("alice"))
{
    SamlAssertion a;
    a.issuer = entityId;
    a.subject = sessionName;
    a.issueInstant = now;
    a.audiences = {SamlAssertion::AwsSignInUrl};
    a.recipient = SamlAssertion::AwsSignInUrl;
    a.notBefore = now.addSecs(-5);
    a.notOnOrAfter = now.addSecs(300);
    a.subjectNotOnOrAfter = now.addSecs(300);
    a.roles = {roleArn + QLatin1Char(',') + providerArn};
    a.roleSessionName = sessionName;
    a.sessionDuration = 3600;
    return a;
}

// Metadata as Keycloak exports a realm's (md:EntityDescriptor, a default
// namespace, KeyName, several services), for a certificate made in the test.
inline QByteArray keycloakMetadata(const QString& entityId, const QByteArray& certificateDer)
{
    QByteArray base64 = certificateDer.toBase64();
    for (qsizetype at = 64; at < base64.size(); at += 65)
        base64.insert(at, '\n');
    const QString body =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<md:EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
            "xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
            "xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" "
            "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" entityID=\"%1\">\n"
            "  <md:IDPSSODescriptor WantAuthnRequestsSigned=\"true\" "
            "protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
            "    <md:KeyDescriptor use=\"signing\">\n"
            "      <ds:KeyInfo>\n"
            "        <ds:KeyName>Q2F0UGhvdG9zS2V5</ds:KeyName>\n"
            "        <ds:X509Data>\n"
            "          <ds:X509Certificate>%2</ds:X509Certificate>\n"
            "        </ds:X509Data>\n"
            "      </ds:KeyInfo>\n"
            "    </md:KeyDescriptor>\n"
            "    <md:ArtifactResolutionService "
            "Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:SOAP\" "
            "Location=\"%1/protocol/saml/resolve\" index=\"0\"></md:ArtifactResolutionService>\n"
            "    <md:SingleLogoutService "
            "Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" "
            "Location=\"%1/protocol/saml\"></md:SingleLogoutService>\n"
            "    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
            "</md:NameIDFormat>\n"
            "    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
            "</md:NameIDFormat>\n"
            "    <md:SingleSignOnService "
            "Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" "
            "Location=\"%1/protocol/saml\"></md:SingleSignOnService>\n"
            "    <md:SingleSignOnService "
            "Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" "
            "Location=\"%1/protocol/saml\"></md:SingleSignOnService>\n"
            "  </md:IDPSSODescriptor>\n"
            "</md:EntityDescriptor>\n")
            .arg(entityId, QString::fromLatin1(base64));
    return body.toUtf8();
}
