"""Quota exactness across two uvicorn server processes sharing one database (SQLite, PostgreSQL)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.serving.conftest import REPO, free_port, publish_tiny_model, wait_http

TENANT = "yongin"
LIMIT = 5000
CALLS_LEFT = 37
REQUESTS = 200
CLIENTS = 64


def start_servers(tmp_path: Path, database_url: str, count: int = 2) -> list[tuple[subprocess.Popen, int]]:
    env = {
        **os.environ,
        "MINWON_CONFIG_DIR": str(REPO / "configs"),
        "MINWON_DATA_DIR": str(tmp_path / "var"),
        "MINWON_DATABASE__URL": database_url,
        "MINWON_SERVING__INTRA_OP_THREADS": "1",
        "PYTHONPATH": str(REPO),
        "TOKENIZERS_PARALLELISM": "false",
    }
    servers = []
    for index in range(count):
        port = free_port()
        log = open(tmp_path / f"server-{index}.log", "wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "serving.app:app_from_env",
             "--host", "127.0.0.1", "--port", str(port), "--no-access-log", "--log-level", "warning"],
            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        servers.append((process, port))
    return servers


def stop_servers(servers) -> None:
    for process, _ in servers:
        process.terminate()
    for process, _ in servers:
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


async def hammer(ports: list[int], key: str) -> list[int]:
    import httpx

    statuses: list[int] = []
    counter = iter(range(REQUESTS))
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=CLIENTS)) as client:
        async def worker(w: int):
            for i in counter:
                port = ports[(i + w) % len(ports)]
                response = await client.post(
                    f"http://127.0.0.1:{port}/api/v1/classify",
                    json={"text": f"민원 {i}: 도로에 포트홀이 생겼습니다"},
                    headers={"X-API-Key": key},
                )
                statuses.append(response.status_code)
                if response.status_code == 429:
                    assert int(response.headers["retry-after"]) > 0
        await asyncio.gather(*(worker(w) for w in range(CLIENTS)))
    return statuses


def run_exactness(tmp_path: Path, database_url: str, model_dirs) -> None:
    from database import create_platform_engine, session_factory
    from storage import LocalObjectStore
    from tenancy import QuotaService, issue_key, kst_day

    now = datetime.now(timezone.utc)
    if kst_day(now) != kst_day(now + timedelta(seconds=90)):
        pytest.skip("too close to midnight KST: the quota day would change mid-test")
    (tmp_path / "var").mkdir()
    publish_tiny_model(LocalObjectStore(tmp_path / "var" / "storage"), model_dirs["v1"], "v0001")
    servers = start_servers(tmp_path, database_url)
    engine = create_platform_engine(database_url)
    try:
        with session_factory(engine)() as session:
            key = issue_key(session, TENANT)
        quotas = QuotaService(engine, limits=lambda t: LIMIT, relaxed_sqlite_sync=False)
        quotas.set_usage(TENANT, LIMIT - CALLS_LEFT)
        for process, port in servers:
            wait_http(f"http://127.0.0.1:{port}/readyz", timeout=90, process=process)
        statuses = asyncio.run(hammer([port for _, port in servers], key))
        assert len(statuses) == REQUESTS
        assert statuses.count(200) == CALLS_LEFT, {s: statuses.count(s) for s in set(statuses)}
        assert statuses.count(429) == REQUESTS - CALLS_LEFT
        assert quotas.usage(TENANT).used == LIMIT
    except BaseException:
        for index in range(len(servers)):
            print((tmp_path / f"server-{index}.log").read_text(errors="replace")[-3000:])
        raise
    finally:
        stop_servers(servers)
        engine.dispose()


def test_quota_exact_across_processes_sqlite(tmp_path, model_dirs):
    run_exactness(tmp_path, f"sqlite:///{tmp_path / 'var' / 'platform.db'}", model_dirs)


def test_quota_exact_across_processes_postgresql(tmp_path, model_dirs, postgres_url):
    from tests.services.postgres import new_database

    run_exactness(tmp_path, new_database(postgres_url), model_dirs)


# ---------------------------------------------------------------- python -m serving --workers N
def _connections_by_pid(port: int, pids: list[int], state: str = "01") -> dict[int, int]:
    """Sockets on 127.0.0.1:port in `state` (01: established, 0A: listening) held by each process
    (from /proc, no tools needed)."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, socket_state, inode = fields[1], fields[3], fields[9]
        if socket_state == state and int(local.split(":")[1], 16) == port:
            inodes.add(inode)
    counts = {}
    for pid in pids:
        held = 0
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:[") and target[8:-1] in inodes:
                held += 1
        counts[pid] = held
    return counts


def test_workers_share_the_port_and_the_connections(tmp_path, model_dirs):
    """`python -m serving --workers 2`: each worker has its own SO_REUSEPORT socket, so keep-alive
    connections spread over both (uvicorn's shared socket gave splits like 32/0); a killed worker
    is replaced, and its replacement takes connections only once its model is loaded (no 503 while
    it starts); SIGTERM stops everything."""
    import signal

    import httpx

    from storage import LocalObjectStore

    (tmp_path / "var").mkdir()
    publish_tiny_model(LocalObjectStore(tmp_path / "var" / "storage"), model_dirs["v1"], "v0001")
    port = free_port()
    env = {
        **os.environ, "MINWON_CONFIG_DIR": str(REPO / "configs"), "MINWON_DATA_DIR": str(tmp_path / "var"),
        "MINWON_SERVING__INTRA_OP_THREADS": "1", "PYTHONPATH": str(REPO), "TOKENIZERS_PARALLELISM": "false",
    }
    log = open(tmp_path / "server.log", "wb")
    parent = subprocess.Popen(
        [sys.executable, "-m", "serving", "--port", str(port), "--workers", "2", "--log-level", "warning"],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/readyz", timeout=90, process=parent)

        def workers() -> list[int]:
            children = Path(f"/proc/{parent.pid}/task/{parent.pid}/children").read_text().split()
            return [int(pid) for pid in children if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text()]

        first = workers()
        assert len(first) == 2
        async def burst(pids: list[int]) -> tuple[list[int], dict[int, int]]:
            """32 connections opened at once (as a load generator or a busy client pool does),
            one /readyz on each; the split is read while they are all open."""
            async def one():
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.write(b"GET /readyz HTTP/1.1\r\nHost: x\r\n\r\n")
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                await reader.readexactly(length)
                return int(head[9:12]), writer

            answers = await asyncio.gather(*(one() for _ in range(32)))
            split = _connections_by_pid(port, pids)
            for _, writer in answers:
                writer.close()
            return [status for status, _ in answers], split

        for _ in range(120):  # until both workers have loaded the model and opened their socket
            if all(_connections_by_pid(port, first, "0A").values()):
                break
            time.sleep(0.5)
        statuses, split = asyncio.run(burst(first))
        assert statuses == [200] * 32
        assert sum(split.values()) == 32 and min(split.values()) >= 4, split

        os.kill(first[0], signal.SIGKILL)
        # New connections all the while the replacement starts: none may meet a loading model.
        answers: list[int] = []
        listening_since = None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            answers.append(httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=10).status_code)
            now = workers()
            replacement = [pid for pid in now if pid not in first]
            if listening_since is None and replacement and _connections_by_pid(port, replacement, "0A")[replacement[0]]:
                listening_since = time.monotonic()
            if listening_since is not None and time.monotonic() - listening_since > 2:
                break
        assert len(now) == 2 and first[0] not in now and first[1] in now
        assert listening_since is not None, "the replacement never opened its socket"
        assert answers.count(200) == len(answers) and len(answers) > 20, {s: answers.count(s) for s in set(answers)}
        statuses, split = asyncio.run(burst(now))
        assert statuses == [200] * 32 and set(split) == set(now) and min(split.values()) >= 4, split

        parent.send_signal(signal.SIGTERM)
        assert parent.wait(45) == 0
        assert not any(Path(f"/proc/{pid}").exists() for pid in now)
    except BaseException:
        print((tmp_path / "server.log").read_text(errors="replace")[-3000:])
        raise
    finally:
        if parent.poll() is None:
            os.killpg(parent.pid, signal.SIGKILL)
            parent.wait(5)


def test_workers_exit_when_the_supervisor_is_killed(tmp_path, model_dirs):
    """SIGKILL leaves the supervisor no chance to stop its workers: they stop themselves."""
    import signal

    from storage import LocalObjectStore

    (tmp_path / "var").mkdir()
    publish_tiny_model(LocalObjectStore(tmp_path / "var" / "storage"), model_dirs["v1"], "v0001")
    port = free_port()
    env = {**os.environ, "MINWON_CONFIG_DIR": str(REPO / "configs"), "MINWON_DATA_DIR": str(tmp_path / "var"),
           "PYTHONPATH": str(REPO)}
    parent = subprocess.Popen(
        [sys.executable, "-m", "serving", "--port", str(port), "--workers", "2", "--log-level", "warning"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz", timeout=90, process=parent)
        children = [int(pid) for pid in Path(f"/proc/{parent.pid}/task/{parent.pid}/children").read_text().split()
                    if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text()]
        assert len(children) == 2
        parent.kill()
        parent.wait(5)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_alive(pid) for pid in children):
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in children)
    finally:
        try:
            os.killpg(parent.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper counts as gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
