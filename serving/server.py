"""The API's processes: N uvicorn workers, each with its own SO_REUSEPORT listening socket.

Why not `uvicorn --workers N`: its workers share one listening socket, and the kernel hands a burst
of new connections mostly to whichever worker is waiting in accept first. Keep-alive clients stay
where they landed, so one process serves most of the load while the other idles. Measured with 32
keep-alive connections over 2 workers: splits of 29/3, 6/26, 26/6 and 32/0, and 2,400 to 4,600
requests/s depending on the split. With a socket per worker (SO_REUSEPORT) the kernel spreads
connections by a hash of their addresses (15/17, 12/20, 13/19, 21/11, 17/15; 4,100 to 4,650 rps).

A worker opens its socket (listen) only once its first model load has ended: beside running
siblings, a new or restarted worker is handed no connection that it could only answer 503.

The parent process only supervises: a worker that dies is restarted, SIGTERM/SIGINT stop them all
(each finishes its requests in flight: uvicorn's graceful shutdown).
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import socket
import sys
import time

from scheduling.launch import exit_with_parent

log = logging.getLogger("minwon.serving.server")

APP = "serving.app:app_from_env"
BACKLOG = 2048
# A worker that dies this soon after starting, this many times in a row, is not coming up (bad
# configuration, unusable model folder): the server stops instead of restarting it forever.
QUICK_DEATH_S = 10.0
MAX_QUICK_DEATHS = 5


def bound_socket(host: str, port: int, reuse_port: bool) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def _worker(host: str, port: int, log_level: str) -> None:
    import uvicorn

    exit_with_parent()  # SIGTERM when the supervisor dies, even by SIGKILL: no orphan holds the port
    if os.getppid() == 1:  # the supervisor died before prctl took effect
        return
    # Bound, not listening: the kernel hands a SO_REUSEPORT group's connections only to listening
    # sockets, and uvicorn calls listen() after the app's start-up, which waits for the model.
    sock = bound_socket(host, port, reuse_port=True)
    config = uvicorn.Config(APP, factory=True, access_log=False, log_level=log_level, backlog=BACKLOG)
    uvicorn.Server(config).run(sockets=[sock])


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1, log_level: str = "info") -> int:
    """Run the API until SIGTERM/SIGINT; the exit status for the command line."""
    import uvicorn

    if workers < 1:
        raise ValueError("workers must be at least 1")
    if workers == 1:
        uvicorn.run(APP, factory=True, host=host, port=port, access_log=False, log_level=log_level, backlog=BACKLOG)
        return 0
    if not hasattr(socket, "SO_REUSEPORT"):
        raise SystemExit("several workers need SO_REUSEPORT (Linux); run one worker per process manager slot")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:  # fail here, with one clear message, if the port is taken by another program
        bound_socket(host, port, reuse_port=True).close()
    except OSError as error:
        log.error("cannot listen on %s:%d: %s", host, port, error)
        return 1
    return Supervisor(host, port, workers, log_level).run()


class Supervisor:
    def __init__(self, host: str, port: int, workers: int, log_level: str):
        self.host, self.port, self.count, self.log_level = host, port, workers, log_level
        self.context = multiprocessing.get_context("spawn")  # no inherited threads or sessions
        self.workers: list[multiprocessing.Process] = []
        self.started_at: dict[int, float] = {}
        self.quick_deaths = 0
        self.stopping = False

    def _start(self) -> multiprocessing.Process:
        process = self.context.Process(
            target=_worker, args=(self.host, self.port, self.log_level), name="minwon-api-worker"
        )
        process.start()
        self.started_at[process.pid] = time.monotonic()
        return process

    def _stop(self, signum, frame) -> None:
        self.stopping = True

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        self.workers = [self._start() for _ in range(self.count)]
        log.info("API on %s:%d with %d workers (pids %s)", self.host, self.port, self.count,
                 ", ".join(str(p.pid) for p in self.workers))
        status = 0
        while not self.stopping:
            multiprocessing.connection.wait([p.sentinel for p in self.workers], timeout=0.5)
            for index, process in enumerate(self.workers):
                if process.is_alive() or self.stopping:
                    continue
                lived = time.monotonic() - self.started_at.pop(process.pid, 0.0)
                self.quick_deaths = self.quick_deaths + 1 if lived < QUICK_DEATH_S else 0
                log.error("worker %d exited with %s after %.1fs", process.pid, process.exitcode, lived)
                if self.quick_deaths >= MAX_QUICK_DEATHS:
                    log.error("workers keep dying at start; stopping (see the worker log lines above)")
                    self.stopping, status = True, 1
                    break
                self.workers[index] = self._start()
                log.info("worker %d replaces %d", self.workers[index].pid, process.pid)
        self._shutdown()
        return status

    def _shutdown(self) -> None:
        for process in self.workers:
            if process.is_alive():
                os.kill(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        for process in self.workers:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join(5)


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m serving", description="The classification API.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=1, help="worker processes (quotas stay exact across them)")
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    sys.exit(serve(args.host, args.port, args.workers, args.log_level))
