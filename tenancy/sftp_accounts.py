"""The SFTP side of a tenant: its system user, its chroot drop folder and its sshd `Match` block.

Provisioned by `minwon tenants provision`; the sweeper (ingest.sftp) reads the folders made here.

    <root>/<tenant>/              root:root 0755   the tenant's chroot ("/" in its SFTP session)
    <root>/<tenant>/inbox/        <user>:<user> 0700   drop files here (the session starts here)
    <root>/<tenant>/processed/    root:<user> 0750     taken files, read-only for the tenant
"""

from __future__ import annotations

import os
import pwd
import subprocess
from pathlib import Path

INBOX = "inbox"
PROCESSED = "processed"


def sftp_user(prefix: str, tenant: str) -> str:
    return f"{prefix}{tenant}"


def ensure_system_user(name: str) -> tuple[int, int]:
    """A system user for SFTP only (no home, nologin shell, key-only: password '*', not locked '!')."""
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell",
             "/usr/sbin/nologin", "--user-group", name],
            check=True, capture_output=True,
        )
        entry = pwd.getpwnam(name)
    # useradd leaves '!' (locked): without PAM, sshd refuses even key logins for locked accounts.
    subprocess.run(["usermod", "-p", "*", name], check=True, capture_output=True)
    return entry.pw_uid, entry.pw_gid


def provision_drop_folder(root: Path, tenant: str, uid: int, gid: int) -> Path:
    """Create (or repair) <root>/<tenant>/{inbox,processed} with the ownership sshd and the sweeper need."""
    root = Path(root)
    chroot = root / tenant
    as_root = os.geteuid() == 0  # not root (a developer's test run): modes only, no chown, no chroot use
    for path in (root, chroot):
        path.mkdir(mode=0o755, parents=True, exist_ok=True)
        if as_root:
            os.chown(path, 0, 0)
        os.chmod(path, 0o755)
    inbox, processed = chroot / INBOX, chroot / PROCESSED
    inbox.mkdir(exist_ok=True)
    processed.mkdir(exist_ok=True)
    if as_root:
        os.chown(inbox, uid, gid)
        os.chown(processed, 0, gid)
    os.chmod(inbox, 0o700)
    os.chmod(processed, 0o750)
    return chroot


def sshd_match_blocks(root: Path, users: dict[str, str]) -> str:
    """The sshd_config `Match` blocks: one chroot per tenant user, SFTP only, nothing forwarded."""
    blocks = []
    for tenant, user in sorted(users.items()):
        blocks.append(
            f"Match User {user}\n"
            f"    ChrootDirectory {Path(root) / tenant}\n"
            f"    ForceCommand internal-sftp -d /{INBOX} -u 0027\n"
            "    AuthenticationMethods publickey\n"
            "    AllowTcpForwarding no\n"
            "    AllowAgentForwarding no\n"
            "    AllowStreamLocalForwarding no\n"
            "    PermitTunnel no\n"
            "    PermitTTY no\n"
            "    X11Forwarding no\n"
        )
    return "\n".join(blocks)
