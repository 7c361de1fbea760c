#pragma once

#include "iam/accesskeyinfo.h"
#include "iam/group.h"
#include "iam/managedpolicy.h"
#include "iam/mfadeviceinfo.h"
#include "iam/policyversion.h"
#include "iam/role.h"
#include "iam/tag.h"
#include "iam/user.h"

class QueryXmlWriter;

// IAM's shapes as the Query API writes them (botocore's iam service model):
// each writes the members of one structure into the element already open.
class IamXml
{
public:
    static void user(QueryXmlWriter& xml, const User& user);
    static void group(QueryXmlWriter& xml, const Group& group);
    static void role(QueryXmlWriter& xml, const Role& role);
    static void policy(QueryXmlWriter& xml, const ManagedPolicy& policy);
    static void policyVersion(QueryXmlWriter& xml, const PolicyVersion& version, bool withDocument);
    static void accessKeyMetadata(QueryXmlWriter& xml, const AccessKeyInfo& key);
    static void mfaDevice(QueryXmlWriter& xml, const MfaDeviceInfo& device);
    // <Tags><member><Key/><Value/></member>...</Tags>, left out when empty.
    static void tags(QueryXmlWriter& xml, const TagList& tags);
    // <Key/><Value/> of one tag.
    static void tag(QueryXmlWriter& xml, const Tag& tag);
    static void permissionsBoundary(QueryXmlWriter& xml, const QString& policyArn);
    // Policy documents travel URL-encoded in IAM's answers.
    static QString encodedDocument(const QString& document);
};
