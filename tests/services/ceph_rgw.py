"""A real single-node Ceph (one mon, one OSD) plus radosgw, for tests.

Everything (config, data, pid files, admin sockets, logs) lives under one state folder, the daemons
listen only on 127.0.0.1 on free ports, and `stop()` ends them in reverse order by pid file.
cephx is off (tests only); see /work/shared/notes/ceph-rgw.md for why each option is there.

    with CephRGW(tmp_path / "ceph") as rgw:
        key, secret = rgw.create_user("alice")
        s3 = rgw.s3_client(key, secret)
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import string
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

try:
    from tests.services import free_ports
except ImportError:  # imported as `services.ceph_rgw`
    from services import free_ports

REQUIRED_BINARIES = ("ceph-mon", "ceph-osd", "radosgw", "radosgw-admin", "ceph", "monmaptool")


def ceph_available() -> bool:
    """True when every binary a CephRGW needs is on PATH."""
    return all(shutil.which(name) for name in REQUIRED_BINARIES)


class CephRGWError(RuntimeError):
    pass


def _die_with_parent() -> None:
    """In the child before exec: ask Linux to send SIGTERM when the parent (thread) dies."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG = 1
    except Exception:  # not Linux: no safety net, stop() still works
        pass


def _random_key(length: int, alphabet: str) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


def _process_state(pid: int) -> str | None:
    """The one-letter state of `pid` from /proc, or None when it no longer exists."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    # Format: "pid (comm) S ..."; comm may contain spaces or parentheses.
    return stat.rsplit(")", 1)[1].split()[0]


def _alive(pid: int) -> bool:
    """A zombie (state Z/X) counts as gone: PID 1 here reaps orphans lazily."""
    state = _process_state(pid)
    return state is not None and state not in ("Z", "X")


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return f"({path} does not exist)"
    return "\n".join(text.splitlines()[-lines:])


class CephRGW:
    """A mon + one OSD + radosgw under `state_dir`. Use as a context manager or start()/stop()."""

    MON_ID = "a"
    OSD_ID = 0
    RGW_NAME = "client.rgw"

    def __init__(
        self,
        state_dir: Path | str,
        objectstore: str = "memstore",
        timeout: float = 60.0,
        bluestore_size_gb: int = 10,
        memstore_size_mb: int = 1024,
        die_with_parent: bool = True,
    ):
        """`objectstore`: "memstore" (RAM, fastest) or "bluestore" (a sparse file under the state folder,
        for tests that store much data). `die_with_parent`: the daemons get SIGTERM if this process dies
        without calling stop() (Linux PR_SET_PDEATHSIG), so a killed test run leaves nothing behind."""
        if objectstore not in ("memstore", "bluestore"):
            raise ValueError("objectstore must be 'memstore' or 'bluestore'")
        self.state_dir = Path(state_dir).resolve()
        self.objectstore = objectstore
        self.timeout = timeout
        self.bluestore_size_gb = bluestore_size_gb
        self.memstore_size_mb = memstore_size_mb
        self.die_with_parent = die_with_parent
        self.conf = self.state_dir / "ceph.conf"
        self.run_dir = self.state_dir / "run"
        self.log_dir = self.state_dir / "log"
        self.mon_port_v2 = self.mon_port_v1 = self.rgw_port = 0
        self.endpoint = ""
        self.admin_uid = "rgw-admin"
        self.admin_access_key = ""
        self.admin_secret_key = ""
        self.start_seconds: float | None = None
        self._procs: dict[str, subprocess.Popen] = {}
        self._started = False

    # ----------------------------------------------------------------------------- lifecycle
    def __enter__(self) -> "CephRGW":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> "CephRGW":
        if self._started:
            return self
        for binary in REQUIRED_BINARIES:
            if not shutil.which(binary):
                raise CephRGWError(f"{binary} is not on PATH (install ceph-mon ceph-osd radosgw ceph-common)")
        began = time.monotonic()
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self._stop_leftovers()
        for attempt in (1, 2):
            try:
                self._start_once()
                break
            except CephRGWError as error:
                # The free ports were free when picked; another process may have taken one since.
                if attempt == 2 or "already in use" not in str(error):
                    raise
        self.start_seconds = time.monotonic() - began
        return self

    def _start_once(self) -> None:
        # A fresh cluster every time: remove what an earlier run left in this folder.
        for name in ("run", "log", f"mon.{self.MON_ID}", f"osd.{self.OSD_ID}", "rgw", "crash", "monmap"):
            path = self.state_dir / name
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
        self.run_dir.mkdir()
        self.log_dir.mkdir()
        self._started = True
        try:
            self.mon_port_v2, self.mon_port_v1, self.rgw_port = free_ports(3)
            self.endpoint = f"http://127.0.0.1:{self.rgw_port}"
            self._write_conf()
            self._start_mon()
            self._start_osd()
            self._start_rgw()
            self.admin_access_key, self.admin_secret_key = self.create_user(
                self.admin_uid, display_name="minwon test admin", admin=True
            )
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop radosgw, then the OSD, then the mon (killing the mon first makes the OSD hang ~5 s)."""
        for name in (self.RGW_NAME, f"osd.{self.OSD_ID}", f"mon.{self.MON_ID}"):
            self._stop_daemon(name)
        self._procs.clear()
        self._started = False

    # ------------------------------------------------------------------------------- helpers
    def _pid_file(self, name: str) -> Path:
        return self.run_dir / f"{name}.pid"

    def _log_file(self, name: str) -> Path:
        return self.log_dir / f"{name}.log"

    def _write_conf(self) -> None:
        s = self.state_dir
        mon_addr = f"[v2:127.0.0.1:{self.mon_port_v2},v1:127.0.0.1:{self.mon_port_v1}]"
        self.fsid = str(uuid.uuid4())
        self.conf.write_text(
            f"""[global]
fsid = {self.fsid}
mon host = {mon_addr}
public addr = 127.0.0.1
auth cluster required = none
auth service required = none
auth client required = none
auth allow insecure global id reclaim = false
ms bind ipv6 = false
run dir = {self.run_dir}
crash dir = {s}/crash
pid file = {self.run_dir}/$name.pid
log file = {self.log_dir}/$name.log
log to stderr = false
err to stderr = true
keyring = /dev/null
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon max pg per osd = 1000
mon allow pool size one = true
mon allow pool delete = true
mon data avail warn = 1
mon data avail crit = 0
client mount timeout = 30
rados mon op timeout = 30
rados osd op timeout = 60

[mon]
mon data = {s}/mon.$id
mon cluster log file = {self.log_dir}/cluster.log
admin socket = {self.run_dir}/$name.asok
paxos propose interval = 0.05
paxos min wait = 0.01
mon warn on pool no redundancy = false

[osd]
osd data = {s}/osd.$id
osd objectstore = {self.objectstore}
admin socket = {self.run_dir}/$name.asok
public addr = 127.0.0.1
cluster addr = 127.0.0.1
osd memory target = 939524096
osd op num shards = 1
osd op num threads per shard = 2
memstore device bytes = {self.memstore_size_mb * 1024 * 1024}
bluestore block create = true
bluestore block size = {self.bluestore_size_gb * 1024 ** 3}
bluestore block db create = false
bluestore block wal create = false
bluestore cache size = 134217728
bluestore fsck on mkfs = false

[client]
admin socket =

[{self.RGW_NAME}]
ms mon client mode = crc
admin socket = {self.run_dir}/$name.asok
rgw frontends = beast endpoint=127.0.0.1:{self.rgw_port}
rgw data = {s}/rgw
rgw thread pool size = 64
rgw enable usage log = false
rgw enable lc threads = false
rgw dns name = 127.0.0.1
"""
        )

    def _env(self) -> dict:
        env = dict(os.environ)
        env["CEPH_CONF"] = str(self.conf)
        env.pop("CEPH_ARGS", None)
        return env

    def _run(self, args: list[str], timeout: float = 60, check: bool = True) -> subprocess.CompletedProcess:
        try:
            result = subprocess.run(
                args, env=self._env(), capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired as error:
            raise CephRGWError(f"{' '.join(args)} did not finish in {timeout} s") from error
        if check and result.returncode != 0:
            raise CephRGWError(
                f"{' '.join(args)} exited {result.returncode}:\n{result.stderr.strip()}\n{result.stdout.strip()}"
            )
        return result

    def _ceph(self, *args: str, timeout: float = 20, check: bool = True) -> subprocess.CompletedProcess:
        return self._run(["ceph", "-c", str(self.conf), "--connect-timeout", "5", *args], timeout=timeout, check=check)

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen:
        """Run a daemon in the foreground (-f) as our child, in its own session, output to its log folder."""
        out = open(self.log_dir / f"{name}.stdout", "ab")
        try:
            proc = subprocess.Popen(
                args, env=self._env(), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True, preexec_fn=_die_with_parent if self.die_with_parent else None,
            )
        finally:
            out.close()
        self._procs[name] = proc
        # The daemon writes its pid file itself once running; write it now so stop() can always find it.
        self._pid_file(name).write_text(f"{proc.pid}\n")
        return proc

    def _check_running(self, name: str) -> None:
        proc = self._procs.get(name)
        if proc is not None and proc.poll() is not None:
            raise CephRGWError(
                f"{name} exited with status {proc.returncode} during start.\n"
                f"--- {self._log_file(name)} (tail) ---\n{_tail(self._log_file(name))}\n"
                f"--- stdout/stderr ---\n{_tail(self.log_dir / f'{name}.stdout')}"
            )

    def _wait(self, name: str, what: str, probe, deadline: float, interval: float = 0.1):
        last_error = None
        while True:
            self._check_running(name)
            try:
                value = probe()
                if value:
                    return value
            except CephRGWError as error:
                last_error = error
            if time.monotonic() > deadline:
                raise CephRGWError(
                    f"timed out after {self.timeout:g} s waiting for {what}"
                    + (f" (last error: {last_error})" if last_error else "")
                    + f"\n--- {self._log_file(name)} (tail) ---\n{_tail(self._log_file(name))}"
                )
            time.sleep(interval)

    # ---------------------------------------------------------------------------- daemons
    def _start_mon(self) -> None:
        deadline = time.monotonic() + self.timeout
        mid = self.MON_ID
        monmap = self.state_dir / "monmap"
        self._run(["monmaptool", "--create", "--clobber", "--fsid", self.fsid, "--addv", mid,
                   f"[v2:127.0.0.1:{self.mon_port_v2},v1:127.0.0.1:{self.mon_port_v1}]", str(monmap)])
        self._run(["ceph-mon", "-c", str(self.conf), "--mkfs", "-i", mid, "--monmap", str(monmap)])
        self._spawn(f"mon.{mid}", ["ceph-mon", "-c", str(self.conf), "-f", "-i", mid])

        def mon_answers():
            return self._ceph("mon", "stat", timeout=10, check=False).returncode == 0

        self._wait(f"mon.{mid}", "the mon to answer", mon_answers, deadline)

    def _start_osd(self) -> None:
        deadline = time.monotonic() + self.timeout
        oid = self.OSD_ID
        osd_uuid = str(uuid.uuid4())
        osd_id = self._ceph("osd", "new", osd_uuid).stdout.strip()
        if osd_id != str(oid):
            raise CephRGWError(f"expected osd id {oid}, the mon gave {osd_id!r}")
        (self.state_dir / f"osd.{oid}").mkdir()
        self._run(["ceph-osd", "-c", str(self.conf), "-i", str(oid), "--mkfs", "--osd-uuid", osd_uuid],
                  timeout=self.timeout)
        self._spawn(f"osd.{oid}", ["ceph-osd", "-c", str(self.conf), "-f", "-i", str(oid)])

        def osd_up():
            result = self._ceph("osd", "stat", "-f", "json", timeout=10, check=False)
            if result.returncode != 0:
                return False
            return json.loads(result.stdout).get("num_up_osds") == 1

        self._wait(f"osd.{oid}", "the OSD to come up", osd_up, deadline)

    def _start_rgw(self) -> None:
        deadline = time.monotonic() + self.timeout
        self._spawn(self.RGW_NAME, ["radosgw", "-c", str(self.conf), "-f", "-n", self.RGW_NAME])

        def s3_answers():
            try:
                with urllib.request.urlopen(self.endpoint + "/", timeout=2) as response:
                    return response.status == 200
            except (urllib.error.URLError, OSError):
                return False

        self._wait(self.RGW_NAME, f"radosgw to answer on {self.endpoint}", s3_answers, deadline, interval=0.1)

    def _owned(self, pid: int) -> bool:
        """Whether `pid` is a Ceph daemon of this state folder (guards against a reused pid)."""
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            return False
        return str(self.conf).encode() in cmdline

    def _stop_daemon(self, name: str, timeout: float = 15.0) -> None:
        pid_file = self._pid_file(name)
        proc = self._procs.get(name)
        pid = None
        try:
            pid = int(pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            pid = proc.pid if proc is not None else None
        if pid is None:
            return
        if proc is None and not self._owned(pid):
            pid_file.unlink(missing_ok=True)
            return

        def gone() -> bool:
            if proc is not None and proc.pid == pid:
                return proc.poll() is not None or not _alive(pid)
            return not _alive(pid)

        for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
            if gone():
                break
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                break
            end = time.monotonic() + wait
            while not gone() and time.monotonic() < end:
                time.sleep(0.05)
        if proc is not None:
            try:
                proc.wait(timeout=1)  # reap our child so it does not linger as a zombie
            except subprocess.TimeoutExpired:
                pass
        pid_file.unlink(missing_ok=True)

    def _stop_leftovers(self) -> None:
        """Stop daemons that an earlier, crashed session left running from this state folder."""
        if self.run_dir.is_dir():
            for name in (self.RGW_NAME, f"osd.{self.OSD_ID}", f"mon.{self.MON_ID}"):
                self._stop_daemon(name)

    # ------------------------------------------------------------------------------ admin
    def radosgw_admin(self, *args: str) -> dict | list | str:
        """Run `radosgw-admin` (as client.admin) against this cluster; JSON output is parsed."""
        result = self._run(["radosgw-admin", "-c", str(self.conf), *args], timeout=self.timeout)
        text = result.stdout.strip()
        try:
            return json.loads(text) if text else ""
        except json.JSONDecodeError:
            return text

    def create_user(
        self, uid: str, tenant: str | None = None, display_name: str | None = None, admin: bool = False
    ) -> tuple[str, str]:
        """Create an RGW user (or return the keys of the existing one): (access_key, secret_key)."""
        who = ["--uid", uid] + (["--tenant", tenant] if tenant else [])
        info = self._user_info(who)
        if info is None:
            access = _random_key(20, string.ascii_uppercase + string.digits)
            secret = _random_key(40, string.ascii_letters + string.digits)
            args = ["user", "create", *who, "--display-name", display_name or uid,
                    "--access-key", access, "--secret-key", secret]
            if admin:
                args.append("--admin")
            try:
                info = self.radosgw_admin(*args)
            except CephRGWError:
                info = self._user_info(who)  # created meanwhile by someone else
                if info is None:
                    raise
        keys = info.get("keys") or []
        if not keys:
            raise CephRGWError(f"RGW user {uid!r} has no S3 keys: {info}")
        return keys[0]["access_key"], keys[0]["secret_key"]

    def _user_info(self, who: list[str]) -> dict | None:
        result = self._run(["radosgw-admin", "-c", str(self.conf), "user", "info", *who],
                           timeout=self.timeout, check=False)
        if result.returncode != 0:
            return None
        return json.loads(result.stdout)

    def s3_client(self, access_key: str | None = None, secret_key: str | None = None, service: str = "s3"):
        """A boto3 client for this RGW (admin credentials by default), path-style, us-east-1."""
        import boto3
        from botocore.config import Config

        return boto3.client(
            service,
            endpoint_url=self.endpoint,
            aws_access_key_id=access_key or self.admin_access_key,
            aws_secret_access_key=secret_key or self.admin_secret_key,
            region_name="us-east-1",
            config=Config(
                s3={"addressing_style": "path"},
                retries={"max_attempts": 3, "mode": "standard"},
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
            ),
        )
