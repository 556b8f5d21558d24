"""A real single-node Slurm cluster for tests: munge, MariaDB, slurmdbd, slurmctld and one slurmd per
node, all under one state folder, on free loopback ports, nothing read from or written to /etc.

The caller gives the cluster's policy: the slurm.conf lines and gres.conf that `minwon gpu provision`
renders from configs/gpu.yaml (nodes, partitions, GRES, priorities, preemption). This module adds
the site part (ports, paths, authentication, plugins that need no cgroups) and starts the daemons.
See /work/shared/notes/slurm.md for why each setting is there.

    cluster = SlurmCluster(tmp / "slurm", policy_conf=text, gres_conf=text, nodes=["n1", "n2"])
    cluster.start()            # cold start ~10 s
    cluster.env                # SLURM_CONF=... for sbatch/squeue/sacctmgr
    cluster.restart_controller()
    cluster.stop()
"""

from __future__ import annotations

import getpass
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

try:
    from tests.services import free_ports
    from tests.services.ceph_rgw import _die_with_parent, _tail
except ImportError:  # imported as `services.slurm`
    from services import free_ports
    from services.ceph_rgw import _die_with_parent, _tail

REQUIRED_BINARIES = ("munged", "mariadbd", "mariadb-install-db", "mariadb", "slurmdbd", "slurmctld", "slurmd",
                     "sbatch", "squeue", "sacct", "sacctmgr", "scontrol", "sinfo")


def slurm_available() -> bool:
    return all(shutil.which(name) for name in REQUIRED_BINARIES)


class SlurmClusterError(RuntimeError):
    pass


class SlurmCluster:
    def __init__(self, state_dir: Path | str, *, policy_conf: str, gres_conf: str, nodes: list[str],
                 cluster_name: str = "minwon", timeout: float = 60.0):
        self.state = Path(state_dir).resolve()
        self.policy_conf, self.gres_conf, self.nodes = policy_conf, gres_conf, list(nodes)
        self.cluster_name, self.timeout = cluster_name, timeout
        self.run_dir, self.log_dir = self.state / "run", self.state / "log"
        self.conf = self.state / "etc" / "slurm.conf"
        self.munge_socket = self.run_dir / "munge" / "munge.sock"
        self.hostname = socket.gethostname().split(".")[0]
        self.ctld_port = self.dbd_port = self.db_port = 0
        self.node_ports: dict[str, int] = {}
        self._procs: dict[str, subprocess.Popen] = {}
        self.start_seconds: float | None = None

    # ------------------------------------------------------------------ environment for clients
    @property
    def env(self) -> dict[str, str]:
        """What a client (sbatch, sacctmgr, the scheduling package) needs to reach this cluster."""
        return {"SLURM_CONF": str(self.conf)}

    def run(self, *args: str, timeout: float = 30, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(list(args), env=os.environ | self.env, capture_output=True, text=True,
                                timeout=timeout, stdin=subprocess.DEVNULL)
        if check and result.returncode != 0:
            raise SlurmClusterError(f"{' '.join(args)} exited {result.returncode}: {result.stderr.strip()}")
        return result

    # ------------------------------------------------------------------------------ lifecycle
    def start(self) -> "SlurmCluster":
        for binary in REQUIRED_BINARIES:
            if not shutil.which(binary):
                raise SlurmClusterError(f"{binary} is not on PATH (scripts/install-system-packages.sh)")
        began = time.monotonic()
        self.stop()
        if self.state.exists():
            shutil.rmtree(self.state)
        for path in (self.run_dir / "munge", self.log_dir, self.state / "etc", self.state / "ctld",
                     self.state / "spool", self.state / "dev", self.state / "mysql"):
            path.mkdir(parents=True)
        # munged wants every directory above its socket searchable by all.
        for path in (self.state, self.run_dir, self.run_dir / "munge"):
            path.chmod(0o755)
        ports = free_ports(3 + len(self.nodes))
        self.ctld_port, self.dbd_port, self.db_port = ports[:3]
        self.node_ports = dict(zip(self.nodes, ports[3:]))
        try:
            self._start_munge()
            self._start_mariadb()
            self._write_confs()
            self._start_slurmdbd()
            self.run("sacctmgr", "-i", "add", "cluster", self.cluster_name)
            self._start_slurmctld()
            for node in self.nodes:
                self._start_slurmd(node)
            self.wait_nodes_idle()
        except BaseException:
            self.stop()
            raise
        self.start_seconds = time.monotonic() - began
        return self

    def stop(self) -> None:
        ctld = self._procs.get("slurmctld")
        if ctld is not None and ctld.poll() is None:
            # End the jobs first, so that none of their processes outlives the cluster.
            try:
                self.run("scancel", "--full", f"--user={getpass.getuser()}", check=False, timeout=10)
                deadline = time.monotonic() + 15
                while time.monotonic() < deadline and self.run("squeue", "-h", "-o", "%i", check=False,
                                                               timeout=10).stdout.strip():
                    time.sleep(0.3)
            except (subprocess.TimeoutExpired, OSError):
                pass
        for name in reversed(list(self._procs)):
            self._stop(name)
        self._procs.clear()
        self._kill_step_daemons()

    def _kill_step_daemons(self) -> None:
        """slurmstepd detaches from slurmd's session: end the ones of this cluster (their environment
        names our slurm.conf), so that none outlives it waiting for a controller that is gone."""
        marker = f"SLURM_CONF={self.conf}".encode()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                if (entry / "cmdline").read_bytes().startswith(b"slurmstepd") and \
                        marker in (entry / "environ").read_bytes().split(b"\0"):
                    os.kill(int(entry.name), signal.SIGKILL)
            except (OSError, ValueError):
                continue

    def restart_controller(self, down_seconds: float = 0.0) -> None:
        """Stop slurmctld (SIGTERM: it saves its state), optionally stay down, start it again."""
        self._stop("slurmctld")
        time.sleep(down_seconds)
        self._start_slurmctld(recover=True)

    def lose_jobs(self, first_job_id: int) -> None:
        """A controller that restarts without its saved job state (a crash that lost it): every job
        it knew is forgotten. New job ids continue from `first_job_id` so they never reuse old ones."""
        self._stop("slurmctld")
        for path in (self.state / "ctld").iterdir():
            if path.name.startswith("job_state") or path.name.startswith("hash."):
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink()
        text = self.conf.read_text()
        text = "\n".join(l for l in text.splitlines() if not l.startswith("FirstJobId=")) + f"\nFirstJobId={first_job_id}\n"
        self.conf.write_text(text)
        self._start_slurmctld(recover=True)

    def stop_controller(self) -> None:
        self._stop("slurmctld")

    def start_controller(self) -> None:
        self._start_slurmctld(recover=True)

    # -------------------------------------------------------------------------------- daemons
    def _spawn(self, name: str, args: list[str], env: dict | None = None) -> subprocess.Popen:
        out = open(self.log_dir / f"{name}.out", "ab")
        try:
            proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                    env=env or (os.environ | self.env), start_new_session=True,
                                    preexec_fn=_die_with_parent)
        finally:
            out.close()
        self._procs[name] = proc
        return proc

    def _stop(self, name: str, wait: float = 10.0) -> None:
        proc = self._procs.pop(name, None)
        if proc is None:
            return
        for sig, seconds in ((signal.SIGTERM, wait), (signal.SIGKILL, 5.0)):
            if proc.poll() is not None:
                break
            try:
                os.kill(proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                proc.wait(timeout=seconds)
            except subprocess.TimeoutExpired:
                continue  # a slurmd stuck registering may ignore SIGTERM
        # Children of a daemon (slurmstepd of a job) left behind are ended with their session.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def _wait(self, name: str, what: str, probe, timeout: float | None = None, interval: float = 0.2):
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            proc = self._procs.get(name)
            if proc is not None and proc.poll() is not None:
                raise SlurmClusterError(f"{name} exited {proc.returncode} while waiting for {what}:\n"
                                        f"{_tail(self.log_dir / f'{name}.log')}\n{_tail(self.log_dir / f'{name}.out')}")
            if probe():
                return
            if time.monotonic() > deadline:
                raise SlurmClusterError(f"timed out waiting for {what}:\n{_tail(self.log_dir / f'{name}.log')}"
                                        f"\n{_tail(self.log_dir / f'{name}.out')}")
            time.sleep(interval)

    def _start_munge(self) -> None:
        key = self.state / "etc" / "munge.key"
        key.write_bytes(secrets.token_bytes(1024))
        key.chmod(0o400)
        self._spawn("munged", ["munged", "-F", f"--socket={self.munge_socket}", f"--key-file={key}",
                               f"--pid-file={self.run_dir / 'munged.pid'}", f"--log-file={self.log_dir / 'munged.log'}",
                               f"--seed-file={self.state / 'munge.seed'}", "--force"])
        self._wait("munged", "munged's socket", self.munge_socket.exists)

    def _start_mariadb(self) -> None:
        datadir = self.state / "mysql"
        result = subprocess.run(
            ["mariadb-install-db", "--user=root", f"--datadir={datadir}", "--auth-root-authentication-method=socket",
             "--skip-test-db", "--skip-name-resolve"], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise SlurmClusterError(f"mariadb-install-db failed: {result.stderr[-2000:]}")
        self.db_socket = self.run_dir / "mysqld.sock"
        self._spawn("mariadbd", ["mariadbd", "--no-defaults", "--user=root", f"--datadir={datadir}",
                                 f"--socket={self.db_socket}", f"--port={self.db_port}", "--bind-address=127.0.0.1",
                                 f"--pid-file={self.run_dir / 'mysqld.pid'}", f"--log-error={self.log_dir / 'mariadbd.log'}",
                                 "--skip-name-resolve", "--innodb-buffer-pool-size=64M",
                                 "--innodb-log-file-size=16M", "--innodb-flush-log-at-trx-commit=0",
                                 "--skip-log-bin", "--performance-schema=OFF"])
        self.db_password = secrets.token_hex(12)
        sql = (f"CREATE DATABASE IF NOT EXISTS slurm_acct_db; "
               f"CREATE USER IF NOT EXISTS 'slurm'@'127.0.0.1' IDENTIFIED BY '{self.db_password}'; "
               f"GRANT ALL ON slurm_acct_db.* TO 'slurm'@'127.0.0.1';")

        def ready() -> bool:
            if not self.db_socket.exists():
                return False
            done = subprocess.run(["mariadb", f"--socket={self.db_socket}", "-uroot", "-e", sql],
                                  capture_output=True, text=True, timeout=30)
            return done.returncode == 0

        self._wait("mariadbd", "MariaDB", ready, interval=0.3)

    def _write_confs(self) -> None:
        s = self.state
        dbd = s / "etc" / "slurmdbd.conf"
        dbd.write_text(f"""AuthType=auth/munge
AuthInfo=socket={self.munge_socket}
DbdHost=localhost
DbdAddr=127.0.0.1
DbdPort={self.dbd_port}
SlurmUser=root
PidFile={self.run_dir / 'slurmdbd.pid'}
LogFile={self.log_dir / 'slurmdbd.log'}
StorageType=accounting_storage/mysql
StorageHost=127.0.0.1
StoragePort={self.db_port}
StorageUser=slurm
StoragePass={self.db_password}
StorageLoc=slurm_acct_db
""")
        dbd.chmod(0o600)
        (s / "etc" / "policy.conf").write_text(self._with_node_addresses(self.policy_conf))
        (s / "etc" / "gres.conf").write_text(self.gres_conf)
        self.conf.write_text(f"""# Site part of a test cluster (tests/services/slurm.py); the policy is in policy.conf.
ClusterName={self.cluster_name}
SlurmctldHost={self.hostname}(127.0.0.1)
SlurmctldPort={self.ctld_port}
AuthType=auth/munge
AuthInfo=socket={self.munge_socket},cred_expire=10
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation={s / 'ctld'}
SlurmdSpoolDir={s / 'spool'}/%n
SlurmctldPidFile={self.run_dir / 'slurmctld.pid'}
SlurmdPidFile={self.run_dir}/slurmd-%n.pid
SlurmctldLogFile={self.log_dir / 'slurmctld.log'}
SlurmdLogFile={self.log_dir}/slurmd-%n.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
MpiDefault=none
SlurmdParameters=config_overrides
ReturnToService=2
MailProg=/bin/true
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=127.0.0.1
AccountingStoragePort={self.dbd_port}
AccountingStoragePass={self.munge_socket}
MinJobAge=600
KillWait=5
SchedulerParameters=sched_interval=2,bf_interval=2
InactiveLimit=0
SlurmctldTimeout=30
SlurmdTimeout=60
MessageTimeout=20
Include {s / 'etc' / 'policy.conf'}
""")

    def _with_node_addresses(self, text: str) -> str:
        """Every node runs here, each slurmd on its own port: add where it listens to its NodeName line
        (a node is declared on one line only)."""
        lines = []
        for line in text.splitlines():
            name = line.split()[0].partition("=")[2] if line.startswith("NodeName=") else None
            if name in self.node_ports:
                body, hash_, comment = line.partition("#")
                line = (f"{body.rstrip()} NodeHostname={self.hostname} NodeAddr=127.0.0.1 "
                        f"Port={self.node_ports[name]} {hash_}{comment}").rstrip()
            lines.append(line)
        missing = set(self.node_ports) - {l.split()[0].partition("=")[2] for l in text.splitlines() if l.startswith("NodeName=")}
        if missing:
            raise SlurmClusterError(f"nodes without a NodeName line in the policy: {sorted(missing)}")
        return "\n".join(lines) + "\n"

    def _start_slurmdbd(self) -> None:
        self._spawn("slurmdbd", ["slurmdbd", "-D"])  # reads slurmdbd.conf beside $SLURM_CONF

        def answers() -> bool:
            return self.run("sacctmgr", "-n", "show", "cluster", check=False, timeout=20).returncode == 0

        self._wait("slurmdbd", "slurmdbd", answers, interval=0.3)

    def _start_slurmctld(self, recover: bool = False) -> None:
        args = ["slurmctld", "-D", "-f", str(self.conf)] + ([] if recover else ["-i"])
        self._spawn("slurmctld", args)
        self._wait("slurmctld", "slurmctld", lambda: self.run("scontrol", "ping", check=False).returncode == 0
                   and "UP" in self.run("scontrol", "ping", check=False).stdout, interval=0.2)

    def _start_slurmd(self, node: str) -> None:
        self._spawn(f"slurmd-{node}", ["slurmd", "-D", "-N", node, "-f", str(self.conf)])

    def wait_nodes_idle(self, timeout: float | None = None) -> None:
        def idle() -> bool:
            result = self.run("sinfo", "-h", "-N", "-o", "%N %t", check=False)
            states = dict(line.split() for line in result.stdout.splitlines() if line.strip())
            return set(states) >= set(self.nodes) and all(states[n] == "idle" for n in self.nodes)

        try:
            self._wait("slurmctld", "every node idle", idle, timeout=timeout, interval=0.3)
        except SlurmClusterError as error:
            # The controller's log rarely says why a node never came up; the node's own log does.
            nodes = "\n".join(f"--- slurmd-{n} (port {self.node_ports.get(n)}):\n{_tail(self.log_dir / f'slurmd-{n}.log')}"
                              for n in self.nodes)
            raise SlurmClusterError(f"{error}\n{nodes}") from None

    def logs(self, name: str = "slurmctld", lines: int = 60) -> str:
        return _tail(self.log_dir / f"{name}.log", lines)


# ------------------------------------------------------------------- the platform's test cluster
def test_policy(cluster_name: str = "minwon"):
    """The policy of configs/gpu.yaml with the test cluster's timing: usage charged every minute
    (Slurm's minimum), never decayed or reset during a run. Only the timing differs from production."""
    from configuration import load_config
    from scheduling.policy import build_policy

    config = load_config()
    gpu = config.gpu()
    scheduler = gpu.scheduler.model_copy(update={
        "cluster_name": cluster_name, "priority_calc_period_minutes": 1, "priority_decay_half_life": "0",
        "priority_usage_reset_period": "NONE"})
    return build_policy(gpu.model_copy(update={"scheduler": scheduler}), config.tenants)


def minwon_cluster(state_dir: Path, cluster_name: str = "minwon") -> tuple[SlurmCluster, object]:
    """A SlurmCluster running the platform's rendered policy (nodes, partitions, GRES), GPUs declared
    with device files that are symlinks to /dev/null. Not started; accounting not provisioned."""
    from scheduling.render import device_files, render_gres_conf, render_slurm_conf

    policy = test_policy(cluster_name)
    state_dir = Path(state_dir)
    devices = state_dir.parent / f"{state_dir.name}-dev"
    devices.mkdir(parents=True, exist_ok=True)
    for path in device_files(policy, devices):
        if not path.is_symlink():
            path.symlink_to("/dev/null")
    cluster = SlurmCluster(state_dir, policy_conf=render_slurm_conf(policy),
                           gres_conf=render_gres_conf(policy, str(devices)),
                           nodes=[n.name for n in policy.nodes], cluster_name=cluster_name)
    return cluster, policy


def gpu_seconds_by_account(rows: list[dict], start, end) -> dict[str, float]:
    """GPU-seconds each account used inside [start, end], from sacct rows with the keys account,
    start, end (ISO times; end may be missing for a running job) and tres (AllocTRES)."""
    from datetime import datetime

    used: dict[str, float] = {}
    for row in rows:
        if row["start"] in ("", "Unknown", "None"):
            continue
        began = datetime.fromisoformat(row["start"])
        ended = datetime.fromisoformat(row["end"]) if row["end"] not in ("", "Unknown", "None") else end
        seconds = (min(ended, end) - max(began, start)).total_seconds()
        gpus = 0.0
        for item in row["tres"].split(","):
            name, _, value = item.partition("=")
            if name == "gres/gpu":
                gpus = float(value)
        used[row["account"]] = used.get(row["account"], 0.0) + max(0.0, seconds) * gpus
    return used
