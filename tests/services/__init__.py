"""Services the tests start themselves (Ceph RGW, PostgreSQL), and what their fixtures share."""

import os
import socket


def free_port() -> int:
    """A free loopback TCP port (for a service a test starts)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def services_required() -> bool:
    """MINWON_REQUIRE_SERVICES=1 (CI): a missing service fails the test instead of skipping it."""
    return os.environ.get("MINWON_REQUIRE_SERVICES") == "1"
