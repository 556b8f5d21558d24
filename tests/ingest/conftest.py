"""Fixtures of the ingest tests: a platform on the session's real Ceph RGW, a real sshd, Prefect."""

from __future__ import annotations

import os
import shutil
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.ingest.helpers import SftpTestServer, free_port, sshd_missing, write_configs
from tests.services import services_required

# One uid namespace per test session: RGW users are global to the cluster.
SESSION_TAG = uuid.uuid4().hex[:4]
UPLOAD_SETTINGS = {
    "max_file_mb": 1,
    "multipart_threshold_mb": 5,
    "multipart_part_mb": 5,
    "rgw": {"service_uid": f"t{SESSION_TAG}-platform", "tenant_uid_prefix": f"t{SESSION_TAG}-up-"},
    "sftp": {"settle_seconds": 0},
}
# yongin gets a tiny monthly upload quota (~0.5 MiB) so that the tests can reach it.
YONGIN_QUOTA_GB = 0.0005


def skip_or_fail(message: str):
    if services_required():
        pytest.fail(f"MINWON_REQUIRE_SERVICES=1 but {message}", pytrace=False)
    pytest.skip(message)


@dataclass
class RgwPlatform:
    """A provisioned bucket on the session's RGW, a fresh platform database, and the test config."""

    rgw: object
    config_dir: Path
    data_dir: Path
    bucket: str
    config: object
    service_keys: tuple[str, str]
    tenant_keys: dict[str, tuple[str, str]]
    report: object
    extra: dict = field(default_factory=dict)

    @property
    def store(self):
        from storage import S3ObjectStore

        if "store" not in self.extra:
            self.extra["store"] = S3ObjectStore(self.bucket, endpoint_url=self.rgw.endpoint,
                                                access_key=self.service_keys[0], secret_key=self.service_keys[1])
        return self.extra["store"]

    @property
    def sessions(self):
        from database import create_platform_engine, session_factory

        if "sessions" not in self.extra:
            self.extra["sessions"] = session_factory(create_platform_engine(self.config))
        return self.extra["sessions"]

    @property
    def ingestor(self):
        from ingest.registration import Ingestor

        return Ingestor(self.store, self.sessions, self.config, work_dir=self.data_dir)

    def s3(self, tenant: str | None = None, service: str = "s3"):
        keys = self.tenant_keys[tenant] if tenant else self.service_keys
        return self.rgw.s3_client(*keys, service=service)

    def credentials(self, tenant: str) -> tuple[str, str]:
        return self.tenant_keys[tenant]

    def env(self) -> dict[str, str]:
        """What a process of this platform needs in its environment (flows, a child sweeper)."""
        return {
            "MINWON_CONFIG_DIR": str(self.config_dir),
            "MINWON_DATA_DIR": str(self.data_dir),
            "AWS_ACCESS_KEY_ID": self.service_keys[0],
            "AWS_SECRET_ACCESS_KEY": self.service_keys[1],
        }

    def apply_env(self, monkeypatch) -> None:
        from configuration.loader import cached_config
        from runtime import reset_platform

        for name, value in self.env().items():
            monkeypatch.setenv(name, value)
        cached_config.cache_clear()
        reset_platform()

    def uploads(self, tenant: str | None = None):
        from sqlalchemy import select

        from database import Upload

        with self.sessions() as session:
            statement = select(Upload).order_by(Upload.id)
            if tenant:
                statement = statement.where(Upload.tenant == tenant)
            return list(session.scalars(statement))

    def audit_rows(self, **where):
        from sqlalchemy import select

        from database import UploadAudit

        with self.sessions() as session:
            statement = select(UploadAudit).order_by(UploadAudit.id)
            for name, value in where.items():
                statement = statement.where(getattr(UploadAudit, name) == value)
            return list(session.scalars(statement))

    def keys(self, prefix: str = "uploads/") -> list[str]:
        return [c["Key"] for page in self.s3().get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix)
                for c in page.get("Contents", [])]


_KEYS: dict[str, tuple[str, str]] = {}


def make_rgw_platform(rgw, tmp: Path, uploads: dict | None = None, push_endpoint: str | None = None) -> RgwPlatform:
    from configuration import load_config
    from tenancy.provisioning import RadosgwAdminCli, provision, tenant_uid, user_keys

    bucket = f"mw-{uuid.uuid4().hex[:10]}"
    settings = {**UPLOAD_SETTINGS, **(uploads or {})}
    if push_endpoint:
        settings["events"] = {"push_endpoint": push_endpoint, "persistent": False,
                              "topic": f"up-{bucket}", **settings.get("events", {})}
    data_dir = tmp / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    config_dir = write_configs(tmp / "configs", database=data_dir / "platform.db", endpoint=rgw.endpoint,
                               bucket=bucket, uploads=settings, upload_gb={"yongin": YONGIN_QUOTA_GB})
    config = load_config(config_dir)
    admin = RadosgwAdminCli(conf=str(rgw.conf))
    report = provision(config, admin)

    def keys(uid):
        if uid not in _KEYS:
            _KEYS[uid] = user_keys(admin.user_info(uid))
        return _KEYS[uid]

    service = keys(config.platform.uploads.rgw.service_uid)
    tenants = {t: keys(tenant_uid(config, t)) for t in config.tenants.tenants}
    return RgwPlatform(rgw, config_dir, data_dir, bucket, config, service, tenants, report)


@pytest.fixture
def rgw_platform(rgw, tmp_path) -> RgwPlatform:
    return make_rgw_platform(rgw, tmp_path)


@pytest.fixture
def local_platform(tmp_path):
    """A platform on a local-folder store and a fresh SQLite database (no services)."""
    from configuration import load_config
    from database import create_platform_engine, session_factory
    from ingest.registration import Ingestor
    from storage import LocalObjectStore

    config_dir = write_configs(tmp_path / "configs", database=tmp_path / "platform.db", uploads=UPLOAD_SETTINGS,
                               upload_gb={"yongin": YONGIN_QUOTA_GB})
    config = load_config(config_dir)
    store = LocalObjectStore(tmp_path / "objects")
    sessions = session_factory(create_platform_engine(config))
    return Ingestor(store, sessions, config, work_dir=tmp_path)


# ----------------------------------------------------------------------------------------- sshd
@pytest.fixture(scope="module")
def drop_root():
    """A root for SFTP chroots outside /tmp (every component must be root-owned, not world-writable)."""
    base = Path(os.environ.get("MINWON_TEST_SFTP_BASE", "/srv"))
    root = base / f"minwon-test-sftp-{uuid.uuid4().hex[:8]}"
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def sftp_server(tmp_path_factory, drop_root):
    reason = sshd_missing()
    if reason:
        skip_or_fail(reason)
    server = SftpTestServer(tmp_path_factory.mktemp("sshd"), drop_root, ["suwon", "seongnam", "yongin"])
    try:
        server.start()
    except Exception:
        server.stop()
        raise
    yield server
    server.stop()


# -------------------------------------------------------------------------------- uvicorn server
class ThreadServer:
    """uvicorn serving `app` on a loopback port from a thread of the test process."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)
