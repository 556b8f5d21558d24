"""Services the tests start themselves (Ceph RGW, PostgreSQL), and what their fixtures share."""

import os
import random
import socket
import threading
from pathlib import Path

# Ports below this are never handed out as the local end of an outgoing connection.
_EPHEMERAL_RANGE = Path("/proc/sys/net/ipv4/ip_local_port_range")
# Every port handed out in this test run: services start in background threads (the Slurm
# fair-share cluster starts while other tests run), so a port picked but not yet bound must not be
# handed to another service of the same run.
_HANDED_OUT: set[int] = set()
_HANDED_OUT_LOCK = threading.Lock()


def _ephemeral_start() -> int:
    try:
        return int(_EPHEMERAL_RANGE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def free_ports(count: int) -> list[int]:
    """Distinct loopback TCP ports, free right now, for services a test starts.

    Why not bind to port 0: the kernel then picks from the ephemeral range, the same range it
    draws the local ends of outgoing connections from. Between picking a port and a daemon binding
    it, a client connection (the tests make thousands) can take it; a Slurm test cluster failed in
    CI that way (its controller read another peer's bytes: "Insane message length"). Ports drawn
    from below the ephemeral range, never twice in one run, can only be taken by a listener that
    is not this test run's."""
    low, high = 10000, _ephemeral_start() - 1
    rng = random.SystemRandom()
    sockets: list[socket.socket] = []
    with _HANDED_OUT_LOCK:
        try:
            for _ in range(count * 50):
                if len(sockets) == count:
                    break
                port = rng.randint(low, high)
                if port in _HANDED_OUT:
                    continue
                sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                try:
                    sock.bind(("127.0.0.1", port))
                except OSError:
                    sock.close()
                    continue
                sockets.append(sock)
            if len(sockets) < count:
                raise RuntimeError(f"found only {len(sockets)} of {count} free ports in {low}-{high}")
            ports = [sock.getsockname()[1] for sock in sockets]
            _HANDED_OUT.update(ports)
            return ports
        finally:
            for sock in sockets:
                sock.close()


def free_port() -> int:
    """One free loopback TCP port (see free_ports)."""
    return free_ports(1)[0]


def services_required() -> bool:
    """MINWON_REQUIRE_SERVICES=1 (CI): a missing service fails the test instead of skipping it."""
    return os.environ.get("MINWON_REQUIRE_SERVICES") == "1"
