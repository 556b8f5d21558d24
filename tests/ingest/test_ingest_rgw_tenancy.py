"""Provisioning on a real Ceph RGW and the isolation it gives: each city only in its own upload area."""

from __future__ import annotations

import json

import pytest
from botocore.exceptions import ClientError

from tenancy.provisioning import RadosgwAdminCli, provision, tenant_uid

pytestmark = pytest.mark.rgw


def _code(call) -> str:
    try:
        call()
    except ClientError as error:
        return error.response["Error"]["Code"]
    return "OK"


def test_provisioning_is_idempotent(rgw_platform):
    first = rgw_platform.report
    assert first.bucket_created and first.policy_changed
    again = provision(rgw_platform.config, RadosgwAdminCli(conf=str(rgw_platform.rgw.conf)))
    assert again.users_created == [] and again.users_repaired == []
    assert not again.bucket_created and not again.policy_changed
    assert set(again.access_keys) == {"suwon", "seongnam", "yongin"}
    assert all(len(line) < 300 for line in again.lines())  # secrets are never in the report
    assert not any(secret in "\n".join(again.lines()) for _, secret in rgw_platform.tenant_keys.values())
    # A tenant user whose bucket limit was changed by hand is repaired.
    admin = RadosgwAdminCli(conf=str(rgw_platform.rgw.conf))
    admin.modify_user(tenant_uid(rgw_platform.config, "yongin"), max_buckets=5)
    repaired = provision(rgw_platform.config, admin)
    assert repaired.users_repaired == [tenant_uid(rgw_platform.config, "yongin")]


def test_each_city_reads_and_writes_only_its_own_area(rgw_platform):
    p, bucket = rgw_platform, rgw_platform.bucket
    suwon, seongnam = p.s3("suwon"), p.s3("seongnam")
    platform = p.s3()
    platform.put_object(Bucket=bucket, Key="curated/suwon/u1.parquet", Body=b"platform data")
    assert _code(lambda: suwon.put_object(Bucket=bucket, Key="uploads/suwon/own.csv", Body=b"a,b\n")) == "OK"
    assert suwon.get_object(Bucket=bucket, Key="uploads/suwon/own.csv")["Body"].read() == b"a,b\n"
    listed = suwon.list_objects_v2(Bucket=bucket, Prefix="uploads/suwon/")
    assert [c["Key"] for c in listed["Contents"]] == ["uploads/suwon/own.csv"]
    denied = {
        "read another city's file": lambda: seongnam.get_object(Bucket=bucket, Key="uploads/suwon/own.csv"),
        "write into another city's area": lambda: suwon.put_object(Bucket=bucket, Key="uploads/seongnam/x.csv", Body=b"x"),
        "list another city's area": lambda: suwon.list_objects_v2(Bucket=bucket, Prefix="uploads/seongnam/"),
        "list the whole bucket": lambda: suwon.list_objects_v2(Bucket=bucket),
        "list all uploads": lambda: suwon.list_objects_v2(Bucket=bucket, Prefix="uploads/"),
        "read the platform's data": lambda: suwon.get_object(Bucket=bucket, Key="curated/suwon/u1.parquet"),
        "write the platform's data": lambda: suwon.put_object(Bucket=bucket, Key="curated/suwon/x", Body=b"x"),
        "write at the bucket root": lambda: suwon.put_object(Bucket=bucket, Key="x.csv", Body=b"x"),
        "delete its own upload": lambda: suwon.delete_object(Bucket=bucket, Key="uploads/suwon/own.csv"),
        "read the bucket policy": lambda: suwon.get_bucket_policy(Bucket=bucket),
        "replace the bucket policy": lambda: suwon.put_bucket_policy(Bucket=bucket, Policy=json.dumps({"Statement": []})),
        "read notifications": lambda: suwon.get_bucket_notification_configuration(Bucket=bucket),
        "delete the bucket": lambda: suwon.delete_bucket(Bucket=bucket),
        "create a bucket of its own": lambda: suwon.create_bucket(Bucket=f"{bucket}-suwon"),
    }
    results = {what: _code(call) for what, call in denied.items()}
    assert results == {what: "AccessDenied" for what in denied}, results
    # The platform's service identity reads every city's uploads (owned by the cities' users).
    assert platform.get_object(Bucket=bucket, Key="uploads/suwon/own.csv")["Body"].read() == b"a,b\n"
    assert p.store.get_bytes("uploads/suwon/own.csv") == b"a,b\n"


def test_a_dot_dot_key_stays_literal_and_is_refused_at_registration(rgw_platform):
    """RGW stores `uploads/suwon/../seongnam/x.csv` literally (inside suwon's prefix for the policy);
    registration refuses it and nothing appears in seongnam's area."""
    p = rgw_platform
    p.s3("suwon").put_object(Bucket=p.bucket, Key="uploads/suwon/../seongnam/x.csv", Body=b"receipt_id,body\n1,x\n")
    assert p.keys("uploads/seongnam/") == []
    outcomes = p.ingestor.sweep_tenant("suwon")
    assert [(o.state, o.reason) for o in outcomes] == [("refused", "invalid_key")]
    assert p.ingestor.sweep_tenant("seongnam") == []
    assert "uploads/suwon/../seongnam/x.csv" in p.keys()  # left in place


def test_tenants_cli(rgw_platform, monkeypatch):
    from typer.testing import CliRunner

    from tenancy.provisioning import tenants_app

    rgw_platform.apply_env(monkeypatch)
    result = CliRunner().invoke(tenants_app, ["provision", "--ceph-conf", str(rgw_platform.rgw.conf)])
    assert result.exit_code == 0, result.output
    assert "users created: -" in result.output and "policy: unchanged" in result.output
    assert not any(secret in result.output for _, secret in rgw_platform.tenant_keys.values())
    policy = json.loads(CliRunner().invoke(tenants_app, ["policy"]).output)
    assert {s["Sid"] for s in policy["Statement"]} >= {"platform-reads-uploads", "suwon-objects", "suwon-list"}
    sshd = CliRunner().invoke(tenants_app, ["sshd-config", "--sftp-root", "/srv/minwon/sftp"]).output
    assert "Match User minwon-sftp-suwon\n    ChrootDirectory /srv/minwon/sftp/suwon\n    ForceCommand internal-sftp" in sshd
