"""Helpers for the ingest tests: test configs, a platform on RGW, a real sshd with chrooted SFTP users."""

from __future__ import annotations

import io
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from configuration import load_config
from tests.services import free_port

REPO = Path(__file__).resolve().parents[2]
GB = 1024**3


def write_configs(
    target: Path,
    *,
    database: Path,
    endpoint: str | None = None,
    bucket: str = "minwon",
    uploads: dict | None = None,
    upload_gb: dict[str, float] | None = None,
) -> Path:
    """A copy of configs/ with storage/database/uploads set for a test, and optional quotas."""
    shutil.copytree(REPO / "configs", target)
    platform_path = target / "platform.yaml"
    platform = yaml.safe_load(platform_path.read_text(encoding="utf-8"))
    platform["storage"]["backend"] = "s3" if endpoint else "local"
    platform["storage"]["local_root"] = str(target.parent / "objects")
    if endpoint:
        platform["storage"]["s3"]["endpoint_url"] = endpoint
    platform["storage"]["s3"]["bucket"] = bucket
    platform["database"]["url"] = f"sqlite:///{database}"
    merged = platform.get("uploads", {})
    for name, value in (uploads or {}).items():
        if isinstance(value, dict):
            merged.setdefault(name, {}).update(value)
        else:
            merged[name] = value
    platform["uploads"] = merged
    platform_path.write_text(yaml.safe_dump(platform, allow_unicode=True), encoding="utf-8")
    if upload_gb:
        tenants_path = target / "tenants.yaml"
        tenants = yaml.safe_load(tenants_path.read_text(encoding="utf-8"))
        for tenant, gb in upload_gb.items():
            tenants["tenants"][tenant]["quotas"]["upload_gb_per_month"] = gb
        tenants_path.write_text(yaml.safe_dump(tenants, allow_unicode=True), encoding="utf-8")
    load_config(target)  # fail early on a bad test config
    return target


# ------------------------------------------------------------------------------ sample content
def csv_bytes(rows: int = 3, tag: str = "") -> bytes:
    lines = ["receipt_id,received_at,title,body,department"]
    for i in range(rows):
        lines.append(f"R{tag}{i:05d},2026-03-0{1 + i % 9},버스 배차 {tag}{i},버스 배차 간격이 너무 길어서 불편합니다 {tag}{i},대중교통과")
    return ("\n".join(lines) + "\n").encode("utf-8")


def zip_bomb(member: str = "xl/worksheets/sheet1.xml", mb: int = 64, workbook: bool = True) -> bytes:
    """A small ZIP that declares `mb` MiB of zeros in one member (ratio ~1000x)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        if workbook:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open(member, "w", force_zip64=True) as out:
            block = b"0" * (1 << 20)
            for _ in range(mb):
                out.write(block)
    return buffer.getvalue()


def plain_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# ------------------------------------------------------------------------------------ sshd
SSHD = "/usr/sbin/sshd"


def sshd_missing() -> str | None:
    """Why a real sshd test cannot run here, or None."""
    for binary in (SSHD, shutil.which("ssh-keygen"), shutil.which("sftp"), shutil.which("useradd")):
        if not binary or not os.path.exists(binary):
            return "openssh-server/openssh-client (sshd, ssh-keygen, sftp) or useradd are not installed"
    if os.geteuid() != 0:
        return "sshd with ChrootDirectory and per-tenant users needs root"
    return None


@dataclass
class SftpTestServer:
    """sshd on a loopback port: one chrooted, key-only, SFTP-only system user per tenant."""

    state: Path  # keys, config, logs (may be under /tmp)
    drop_root: Path  # chroots: every component root-owned, not group/other-writable (so not under /tmp)
    tenants: list[str]
    user_prefix: str = field(default_factory=lambda: f"mwt{uuid.uuid4().hex[:4]}-")
    port: int = 0
    users: dict[str, str] = field(default_factory=dict)
    keys: dict[str, Path] = field(default_factory=dict)
    process: subprocess.Popen | None = None

    def start(self) -> "SftpTestServer":
        from tenancy.sftp_accounts import ensure_system_user, provision_drop_folder, sftp_user, sshd_match_blocks

        self.state.mkdir(parents=True, exist_ok=True)
        # sshd reads authorized keys as the user: a root-owned, world-readable folder outside /tmp
        # (like /etc/ssh/authorized_keys/%u in production), so StrictModes can stay on.
        self.keys_dir = self.drop_root.with_name(self.drop_root.name + "-keys")
        self.keys_dir.mkdir(mode=0o755, parents=True, exist_ok=True)
        host_key = self.state / "ssh_host_ed25519_key"
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(host_key)], check=True)
        for tenant in self.tenants:
            user = sftp_user(self.user_prefix, tenant)
            uid, gid = ensure_system_user(user)
            provision_drop_folder(self.drop_root, tenant, uid, gid)
            key = self.state / f"id_{tenant}"
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
            (self.keys_dir / user).write_text((key.with_suffix(".pub")).read_text())
            os.chmod(self.keys_dir / user, 0o644)
            self.users[tenant], self.keys[tenant] = user, key
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # privilege separation directory
        self.port = free_port()
        config = self.state / "sshd_config"
        config.write_text(
            f"Port {self.port}\n"
            "ListenAddress 127.0.0.1\n"
            f"HostKey {host_key}\n"
            f"PidFile {self.state / 'sshd.pid'}\n"
            f"AuthorizedKeysFile {self.keys_dir}/%u\n"
            "PubkeyAuthentication yes\n"
            "PasswordAuthentication no\n"
            "KbdInteractiveAuthentication no\n"
            "UsePAM no\n"
            "PermitRootLogin no\n"
            "LogLevel VERBOSE\n"
            "Subsystem sftp internal-sftp\n\n"
            + sshd_match_blocks(self.drop_root, self.users)
        )
        subprocess.run([SSHD, "-t", "-f", str(config)], check=True, capture_output=True)
        self.log = open(self.state / "sshd.log", "ab")
        self.process = subprocess.Popen([SSHD, "-D", "-e", "-f", str(config)], stdout=self.log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"sshd exited: {(self.state / 'sshd.log').read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("sshd did not listen in time")

    def sftp(self, tenant: str, commands: list[str], timeout: float = 30) -> subprocess.CompletedProcess:
        """Run an sftp batch as `tenant` (a '-' prefix lets a command fail without aborting the batch)."""
        batch = self.state / f"batch-{uuid.uuid4().hex[:6]}"
        batch.write_text("\n".join(commands) + "\n")
        try:
            return subprocess.run(
                ["sftp", "-b", str(batch), "-i", str(self.keys[tenant]), "-P", str(self.port),
                 "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
                 "-o", "LogLevel=ERROR", f"{self.users[tenant]}@127.0.0.1"],
                capture_output=True, text=True, timeout=timeout,
            )
        finally:
            batch.unlink(missing_ok=True)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        if getattr(self, "log", None):
            self.log.close()
        shutil.rmtree(getattr(self, "keys_dir", self.state / "none"), ignore_errors=True)
        for user in self.users.values():
            try:
                pwd.getpwnam(user)
            except KeyError:
                continue
            subprocess.run(["userdel", user], capture_output=True)
