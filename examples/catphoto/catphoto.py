#!/usr/bin/python3
"""The cat photo application, as it would run on its EC2 instance.

It holds no access key: boto3's default credential chain finds the
credentials of the CatPhotoApp role (here served by `switchboard exec` as
container credentials, on EC2 by the instance metadata service). It asks STS
who it is, then checks that the role lets it do no more than it should.
"""

import os
import sys

import boto3
from botocore.exceptions import ClientError, NoCredentialsError

# botocore 1.29 does not read AWS_ENDPOINT_URL itself; newer ones do.
ENDPOINT = os.environ.get("SWITCHBOARD_ENDPOINT_URL") or os.environ.get("AWS_ENDPOINT_URL")
REGION = os.environ.get("AWS_DEFAULT_REGION", "us-east-1")


def client(service):
    return boto3.session.Session().client(service, endpoint_url=ENDPOINT, region_name=REGION)


def main():
    try:
        identity = client("sts").get_caller_identity()
    except NoCredentialsError:
        print("No credentials: run me with `switchboard exec --role-arn ... -- %s`" % sys.argv[0],
              file=sys.stderr)
        return 1
    except ClientError as error:
        print("STS refused: %s" % error, file=sys.stderr)
        return 1
    arn = identity["Arn"]
    print("I am %s, no keys were written down." % arn)
    print("Account %s, user id %s" % (identity["Account"], identity["UserId"]))

    # Least privilege: the role is for photo uploads, not for reading IAM.
    try:
        users = client("iam").list_users()["Users"]
        print("iam:ListUsers allowed (%d users): the role can do more than it needs." % len(users))
    except ClientError as error:
        code = error.response.get("Error", {}).get("Code")
        if code != "AccessDenied":
            print("IAM answered %s: %s" % (code, error), file=sys.stderr)
            return 1
        print("iam:ListUsers denied, as it should be: the role only reaches the uploads bucket.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
