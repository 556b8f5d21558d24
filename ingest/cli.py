"""`minwon upload ...`: presign, sweep (SFTP + upload areas, without Prefect), quota, audit.

`upload_app` is a typer sub-app for the lead to mount: `app.add_typer(upload_app, name="upload")`.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

upload_app = typer.Typer(help="City uploads: presigned URLs, SFTP sweeps, quotas, audit log.", no_args_is_help=True)


def _platform():
    from runtime import current_platform

    return current_platform()


@upload_app.command("presign")
def presign_cmd(
    tenant: str = typer.Option(..., help="Tenant id"),
    file: str = typer.Option(..., "--file", help="File name as the city will upload it"),
    size: int = typer.Option(..., help="Exact size in bytes"),
    multipart: bool = typer.Option(None, "--multipart/--single", help="Default: by uploads.multipart_threshold_mb"),
    ceph_conf: str = typer.Option(None, help="ceph.conf for looking up the tenant's keys with radosgw-admin"),
) -> None:
    """Print a presigned upload (JSON) for TENANT: URL(s), key, expiry, quota."""
    from ingest.policy import Refusal
    from ingest.presign import Presigner
    from tenancy.provisioning import ChainCredentials, EnvCredentials, RadosgwAdminCli, RgwAdminCredentials

    platform = _platform()
    if platform.config.platform.storage.backend != "s3":
        typer.echo("error: presigned uploads need storage.backend=s3 (Ceph RGW)", err=True)
        raise typer.Exit(2)
    credentials = ChainCredentials(EnvCredentials(), RgwAdminCredentials(RadosgwAdminCli(ceph_conf), platform.config))
    presigner = Presigner(platform.config, credentials, sessions=platform.sessions)
    try:
        upload = presigner.presign(tenant, file, size, actor="cli", multipart=multipart)
    except Refusal as refusal:
        typer.echo(f"refused: {refusal.code}: {refusal.message}", err=True)
        raise typer.Exit(1)
    typer.echo(json.dumps(upload.as_dict(), ensure_ascii=False, indent=2))


@upload_app.command("sweep")
def sweep_cmd(
    tenant: list[str] = typer.Option(None, help="Tenant id (repeatable); default all"),
    sftp: bool = typer.Option(None, "--sftp/--no-sftp", help="Sweep SFTP drop folders (default: if the root exists)"),
    sftp_root: Path = typer.Option(None, help="Drop-folder root (default: uploads.sftp.root)"),
) -> None:
    """Sweep now, in this process: SFTP drop folders, then the upload areas. Idempotent."""
    from ingest.registration import Ingestor
    from ingest.sftp import SftpSweeper

    platform = _platform()
    ingestor = Ingestor.from_platform(platform)
    tenants = tenant or list(platform.config.tenants.tenants)
    root = Path(sftp_root or platform.config.platform.uploads.sftp.root)
    if sftp is None:
        sftp = root.is_dir()
    if sftp:
        for result in SftpSweeper(ingestor, root=root).sweep(tenants):
            typer.echo(f"sftp {result.tenant}/{result.name}: {result.state}" + (f" ({result.reason})" if result.reason else ""))
    for name in tenants:
        for outcome in ingestor.sweep_tenant(name):
            typer.echo(f"{outcome.key}: {outcome.state}" + (f" ({outcome.reason})" if outcome.reason else ""))


@upload_app.command("quota")
def quota_cmd(tenant: list[str] = typer.Option(None, help="Tenant id (repeatable); default all")) -> None:
    """This month's upload usage per tenant."""
    from tenancy.upload_quota import UploadQuota

    platform = _platform()
    quota = UploadQuota.from_config(platform.config)
    with platform.sessions() as session:
        for name in tenant or list(platform.config.tenants.tenants):
            d = quota.usage(session, name)
            typer.echo(f"{name} {d.month}: {d.used_bytes} of {d.limit_bytes} bytes ({d.usage_ratio:.1%})"
                       + ("  WARNING" if d.near_limit else ""))


@upload_app.command("audit")
def audit_cmd(tenant: str = typer.Option(None), limit: int = typer.Option(50)) -> None:
    """The latest audit rows (who, what, when, size, checksum, outcome)."""
    from ingest.audit import recent

    with _platform().sessions() as session:
        for row in reversed(recent(session, tenant, limit)):
            typer.echo(
                f"{row.at:%Y-%m-%d %H:%M:%S} {row.tenant} {row.actor} {row.channel}/{row.action} {row.outcome}"
                f"{' ' + row.reason if row.reason else ''} {row.object_key or row.filename or ''} "
                f"{row.size_bytes if row.size_bytes is not None else ''} {(row.sha256 or '')[:12]}"
            )
