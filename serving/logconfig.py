"""Process logging for the API server: records go through a queue to a writer thread.

A request's log line is then a cheap queue append on the event loop; the write to stderr (a
syscall, during which another thread may take the GIL for a whole switch interval) happens on
the listener thread. Request texts are never logged by this package.
"""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import queue
import sys

_listener: logging.handlers.QueueListener | None = None


def configure_logging(level: int | str = logging.INFO) -> None:
    global _listener
    if _listener is not None:
        return
    records: queue.SimpleQueue = queue.SimpleQueue()
    stream = logging.StreamHandler(sys.stderr)
    stream.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    _listener = logging.handlers.QueueListener(records, stream, respect_handler_level=False)
    _listener.start()
    atexit.register(_listener.stop)
    root = logging.getLogger()
    root.addHandler(logging.handlers.QueueHandler(records))
    root.setLevel(level)
