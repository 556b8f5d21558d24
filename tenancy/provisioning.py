"""Provision the tenants on Ceph RGW (and their SFTP drop folders), idempotently, from configs/.

`minwon tenants provision` creates what is missing and repairs what differs; run it again any time.

What it makes
-------------
- the platform's service identity `minwon-platform` (uploads.rgw.service_uid): owns the bucket
  (storage.s3.bucket) and reads every tenant's upload area;
- one RGW user per tenant, `minwon-upload-<tenant>`, with `max_buckets = -1` (may not create
  buckets) and S3 keys for the city;
- the bucket, and ONE bucket policy that lets each tenant user put/get/list (and abort its own
  multipart uploads) under `uploads/<tenant>/` and nowhere else, and lets the service identity
  read `uploads/*` (objects uploaded by a tenant belong to that tenant's user: without this
  statement not even the bucket owner can read them — measured on RGW 16);
- with `uploads.events.push_endpoint` set: the SNS topic and the bucket notification
  (`s3:ObjectCreated:*`, prefix `uploads/`) that push to the receiver in ingest/api.py;
- with `--sftp` (on the SFTP host, as root): a system user per tenant and its drop folders
  (ingest.sftp), plus the sshd `Match` blocks to paste (`minwon tenants sshd-config`).

Why bucket policies on one bucket, not RGW tenants
--------------------------------------------------
Both isolate; bucket policies were chosen because:
1. the upload area is a prefix of the platform bucket that the rest of the platform (registration,
   quality gate) reads through the one configured store: no second addressing scheme;
2. RGW tenants put each city's users *and buckets* in a separate namespace; a tenant user reaches
   a bucket of another RGW tenant only as `tenant:bucket` (or `:bucket` for the default one),
   a name that standard S3 clients refuse (boto3 / the aws CLI validate bucket names; measured:
   it works only with botocore's validation switched off) — the cities' own tools would break;
3. the whole isolation is one generated, reviewable document, and it is enforced by RGW on
   every request, presigned ones included (tests: another prefix, the bucket root, the platform's
   own data, bucket deletion, policy reading/writing are all AccessDenied).
The price: in RGW 16 notification topics belong to an RGW tenant, not to a user, so a city's user
can list, read (the push endpoint) and delete the platform's topic. Measured: the bucket
notification keeps its own copy of the destination, so deleting or redefining the topic neither
stops nor redirects the platform's events; the receiver treats events as hints only (it checks
them, then re-reads the object itself), the scheduled sweep catches anything missed, and
re-running provision restores the topic. The receiver's URL must still be on the platform's
internal network (tenants can read it).

Users are managed with `radosgw-admin` here (it needs the cluster's admin keyring, so it runs on
an admin node). In production the same calls go through the RGW admin ops API
(`PUT/GET /admin/user?uid=...` signed by a user with `users=*` caps), so that the provisioning
job needs no Ceph keyring; `RgwAdmin` is the seam for that implementation.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import typer

from configuration import Config


class ProvisioningError(RuntimeError):
    pass


# ------------------------------------------------------------------------------------ RGW admin
class RgwAdmin(Protocol):
    def user_info(self, uid: str) -> dict | None: ...

    def create_user(self, uid: str, display_name: str, max_buckets: int | None = None) -> dict: ...

    def modify_user(self, uid: str, **fields) -> dict: ...


class RadosgwAdminCli:
    """RgwAdmin over the `radosgw-admin` command (needs ceph.conf and the admin keyring)."""

    def __init__(self, conf: str | None = None, binary: str = "radosgw-admin", timeout: float = 60):
        self.conf = conf or os.environ.get("CEPH_CONF")
        self.binary = binary
        self.timeout = timeout

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        if shutil.which(self.binary) is None:
            raise ProvisioningError(f"{self.binary} is not on PATH (install ceph-common, or use the admin ops API)")
        command = [self.binary] + (["-c", self.conf] if self.conf else []) + list(args)
        result = subprocess.run(command, capture_output=True, text=True, timeout=self.timeout, stdin=subprocess.DEVNULL)
        if check and result.returncode != 0:
            raise ProvisioningError(f"radosgw-admin {' '.join(args[:2])} failed ({result.returncode}): {result.stderr.strip()[:500]}")
        return result

    def user_info(self, uid: str) -> dict | None:
        result = self._run("user", "info", "--uid", uid, check=False)
        if result.returncode != 0:
            return None
        return json.loads(result.stdout)

    def create_user(self, uid: str, display_name: str, max_buckets: int | None = None) -> dict:
        args = ["user", "create", "--uid", uid, "--display-name", display_name]
        if max_buckets is not None:
            args += ["--max-buckets", str(max_buckets)]
        result = self._run(*args, check=False)
        if result.returncode != 0:
            info = self.user_info(uid)  # created meanwhile by another provisioning run
            if info is None:
                raise ProvisioningError(f"could not create RGW user {uid}: {result.stderr.strip()[:500]}")
            return info
        return json.loads(result.stdout)

    def modify_user(self, uid: str, **fields) -> dict:
        args = ["user", "modify", "--uid", uid]
        for name, value in fields.items():
            args += [f"--{name.replace('_', '-')}", str(value)]
        return json.loads(self._run(*args).stdout)


def user_keys(info: dict) -> tuple[str, str]:
    keys = info.get("keys") or []
    if not keys:
        raise ProvisioningError(f"RGW user {info.get('user_id')} has no S3 keys")
    return keys[0]["access_key"], keys[0]["secret_key"]


class EnvCredentials:
    """tenant -> keys from MINWON_RGW_KEYS_<TENANT> ("ACCESS:SECRET"), e.g. injected from a secret store."""

    def __call__(self, tenant: str) -> tuple[str, str] | None:
        value = os.environ.get(f"MINWON_RGW_KEYS_{tenant.upper().replace('-', '_')}")
        if not value or ":" not in value:
            return None
        access, secret = value.split(":", 1)
        return access, secret


class ChainCredentials:
    """The first source that knows the tenant's keys."""

    def __init__(self, *sources):
        self.sources = sources

    def __call__(self, tenant: str) -> tuple[str, str]:
        for source in self.sources:
            keys = source(tenant)
            if keys:
                return keys
        raise ProvisioningError(f"no S3 keys known for tenant '{tenant}'")


class RgwAdminCredentials:
    """tenant -> (access key, secret key) of its upload user, looked up once per process."""

    def __init__(self, admin: RgwAdmin, config: Config):
        self.admin = admin
        self.config = config
        self._cache: dict[str, tuple[str, str]] = {}

    def __call__(self, tenant: str) -> tuple[str, str]:
        if tenant not in self._cache:
            info = self.admin.user_info(tenant_uid(self.config, tenant))
            if info is None:
                raise ProvisioningError(f"tenant '{tenant}' has no RGW upload user; run `minwon tenants provision`")
            self._cache[tenant] = user_keys(info)
        return self._cache[tenant]


# -------------------------------------------------------------------------------------- policy
def tenant_uid(config: Config, tenant: str) -> str:
    return f"{config.platform.uploads.rgw.tenant_uid_prefix}{tenant}"


def bucket_policy(bucket: str, service_uid: str, tenant_uids: dict[str, str], area: str = "uploads") -> dict:
    """The bucket policy: each tenant user only under `<area>/<tenant>/`; the service reads `<area>/*`."""
    statements = [{
        "Sid": "platform-reads-uploads",
        "Effect": "Allow",
        "Principal": {"AWS": [f"arn:aws:iam:::user/{service_uid}"]},
        "Action": ["s3:GetObject", "s3:ListBucket"],
        "Resource": [f"arn:aws:s3:::{bucket}/{area}/*", f"arn:aws:s3:::{bucket}"],
    }]
    for tenant, uid in sorted(tenant_uids.items()):
        principal = {"AWS": [f"arn:aws:iam:::user/{uid}"]}
        statements.append({
            "Sid": f"{tenant}-objects",
            "Effect": "Allow",
            "Principal": principal,
            "Action": ["s3:PutObject", "s3:GetObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
            "Resource": [f"arn:aws:s3:::{bucket}/{area}/{tenant}/*"],
        })
        statements.append({
            "Sid": f"{tenant}-list",
            "Effect": "Allow",
            "Principal": principal,
            "Action": ["s3:ListBucket"],
            "Resource": [f"arn:aws:s3:::{bucket}"],
            "Condition": {"StringLike": {"s3:prefix": [f"{area}/{tenant}/*"]}},
        })
    return {"Version": "2012-10-17", "Statement": statements}


def _s3_client(endpoint_url: str, access: str, secret: str, region: str, service: str = "s3"):
    import boto3
    from botocore.config import Config as BotoConfig

    return boto3.client(
        service, endpoint_url=endpoint_url, aws_access_key_id=access, aws_secret_access_key=secret,
        region_name=region,
        config=BotoConfig(
            signature_version="s3v4", s3={"addressing_style": "path"}, retries={"max_attempts": 3, "mode": "standard"},
            request_checksum_calculation="when_required", response_checksum_validation="when_required",
        ),
    )


# --------------------------------------------------------------------------------- provisioning
@dataclass
class ProvisionReport:
    users_created: list[str] = field(default_factory=list)
    users_repaired: list[str] = field(default_factory=list)
    users_existing: list[str] = field(default_factory=list)
    bucket_created: bool = False
    policy_changed: bool = False
    notification: str | None = None  # topic ARN when configured
    access_keys: dict[str, str] = field(default_factory=dict)  # tenant -> access key id (never the secret)
    sftp_users: dict[str, str] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [
            f"users created: {', '.join(self.users_created) or '-'}",
            f"users repaired: {', '.join(self.users_repaired) or '-'}",
            f"users already right: {', '.join(self.users_existing) or '-'}",
            f"bucket: {'created' if self.bucket_created else 'exists'}; policy: {'written' if self.policy_changed else 'unchanged'}",
            f"notifications: {self.notification or 'not configured (uploads.events.push_endpoint)'}",
        ]
        out += [f"  {tenant}: S3 access key {key}" for tenant, key in sorted(self.access_keys.items())]
        out += [f"  {tenant}: SFTP user {user}" for tenant, user in sorted(self.sftp_users.items())]
        return out


def _ensure_user(admin: RgwAdmin, uid: str, display_name: str, max_buckets: int | None, report: ProvisionReport) -> dict:
    info = admin.user_info(uid)
    if info is None:
        info = admin.create_user(uid, display_name, max_buckets)
        report.users_created.append(uid)
    elif max_buckets is not None and int(info.get("max_buckets", 1000)) != max_buckets:
        info = admin.modify_user(uid, max_buckets=max_buckets)
        report.users_repaired.append(uid)
    else:
        report.users_existing.append(uid)
    return info


def provision(
    config: Config,
    admin: RgwAdmin,
    *,
    endpoint_url: str | None = None,
    push_endpoint: str | None = None,
    sftp: bool = False,
    sftp_root: Path | str | None = None,
) -> ProvisionReport:
    """Make RGW (and optionally the SFTP host) match configs/. Idempotent."""
    from botocore.exceptions import ClientError

    uploads = config.platform.uploads
    s3 = config.platform.storage.s3
    endpoint_url = endpoint_url or s3.endpoint_url
    bucket = s3.bucket
    report = ProvisionReport()

    service = _ensure_user(admin, uploads.rgw.service_uid, "minwon platform service identity", None, report)
    tenant_uids = {}
    for tenant in config.tenants.tenants.values():
        uid = tenant_uid(config, tenant.id)
        info = _ensure_user(admin, uid, f"{tenant.display_name} uploads", -1, report)
        tenant_uids[tenant.id] = uid
        report.access_keys[tenant.id] = user_keys(info)[0]

    client = _s3_client(endpoint_url, *user_keys(service), s3.region)
    try:
        client.head_bucket(Bucket=bucket)
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") not in {"404", "NoSuchBucket", "NotFound"}:
            raise ProvisioningError(f"bucket {bucket} exists but the service identity cannot use it: {error}") from None
        client.create_bucket(Bucket=bucket)
        report.bucket_created = True

    desired = bucket_policy(bucket, uploads.rgw.service_uid, tenant_uids)
    try:
        current = json.loads(client.get_bucket_policy(Bucket=bucket)["Policy"])
    except ClientError:
        current = None
    if current != desired:
        client.put_bucket_policy(Bucket=bucket, Policy=json.dumps(desired))
        report.policy_changed = True

    push_endpoint = push_endpoint or uploads.events.push_endpoint
    if push_endpoint:
        report.notification = ensure_notification(client, _s3_client(endpoint_url, *user_keys(service), s3.region, "sns"),
                                                  bucket, uploads.events, push_endpoint)

    if sftp:
        from tenancy.sftp_accounts import ensure_system_user, provision_drop_folder, sftp_user

        root = Path(sftp_root or uploads.sftp.root)
        for tenant in config.tenants.tenants:
            user = sftp_user(uploads.sftp.user_prefix, tenant)
            uid, gid = ensure_system_user(user)
            provision_drop_folder(root, tenant, uid, gid)
            report.sftp_users[tenant] = user
    return report


def ensure_notification(s3_client, sns_client, bucket: str, events, push_endpoint: str) -> str:
    """(Re)define the topic, then the bucket's ObjectCreated notification on `uploads/`.

    The topic is always re-created (CreateTopic overwrites its attributes): a topic redefined by
    someone else in the same RGW tenant is put back. Other notifications on the bucket are kept.
    """
    attributes = {"push-endpoint": push_endpoint, "persistent": "true" if events.persistent else "false"}
    arn = sns_client.create_topic(Name=events.topic, Attributes=attributes)["TopicArn"]
    current = s3_client.get_bucket_notification_configuration(Bucket=bucket)
    others = [c for c in current.get("TopicConfigurations", []) if c.get("Id") != events.notification_id]
    ours = {
        "Id": events.notification_id,
        "TopicArn": arn,
        "Events": ["s3:ObjectCreated:*"],
        "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": "uploads/"}]}},
    }
    s3_client.put_bucket_notification_configuration(
        Bucket=bucket, NotificationConfiguration={"TopicConfigurations": others + [ours]}
    )
    return arn


# ---------------------------------------------------------------------------------------- CLI
tenants_app = typer.Typer(help="Provision tenants on Ceph RGW and the SFTP host (idempotent).", no_args_is_help=True)


@tenants_app.command("provision")
def provision_cmd(
    sftp: bool = typer.Option(False, "--sftp", help="Also create SFTP users and drop folders (run as root on the SFTP host)"),
    sftp_root: Path = typer.Option(None, help="Drop-folder root (default: uploads.sftp.root)"),
    push_endpoint: str = typer.Option(None, help="Receiver URL for RGW notifications (default: uploads.events.push_endpoint)"),
    ceph_conf: str = typer.Option(None, help="ceph.conf for radosgw-admin (default: $CEPH_CONF)"),
) -> None:
    """Create users, bucket, bucket policy (and notifications, SFTP folders) from configs/."""
    from configuration import load_config

    config = load_config()
    try:
        report = provision(config, RadosgwAdminCli(ceph_conf), push_endpoint=push_endpoint, sftp=sftp, sftp_root=sftp_root)
    except ProvisioningError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1)
    for line in report.lines():
        typer.echo(line)
    typer.echo("Secret keys are not printed: hand them to each city with `radosgw-admin user info --uid <uid>`.")


@tenants_app.command("policy")
def policy_cmd() -> None:
    """Print the bucket policy provisioning writes."""
    from configuration import load_config

    config = load_config()
    uids = {t: tenant_uid(config, t) for t in config.tenants.tenants}
    typer.echo(json.dumps(bucket_policy(config.platform.storage.s3.bucket, config.platform.uploads.rgw.service_uid, uids), indent=2))


@tenants_app.command("sshd-config")
def sshd_config_cmd(sftp_root: Path = typer.Option(None, help="Drop-folder root (default: uploads.sftp.root)")) -> None:
    """Print the sshd_config Match blocks for the tenants' SFTP users."""
    from configuration import load_config
    from tenancy.sftp_accounts import sftp_user, sshd_match_blocks

    config = load_config()
    settings = config.platform.uploads.sftp
    users = {t: sftp_user(settings.user_prefix, t) for t in config.tenants.tenants}
    typer.echo("Subsystem sftp internal-sftp\n")
    typer.echo(sshd_match_blocks(Path(sftp_root or settings.root), users))
