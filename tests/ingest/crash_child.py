"""A sweeping process for test_ingest_crash.py: it stops dead at a chosen point so the test can SIGKILL it.

    python crash_child.py POINT MARKER DROP_ROOT TENANT

POINT: `after_copy` (object stored and read back, not registered) or `after_register` (registered,
source not yet moved). The platform comes from the environment (MINWON_CONFIG_DIR, AWS_* keys).
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from runtime import current_platform  # noqa: E402
from ingest.registration import Ingestor  # noqa: E402
from ingest.sftp import SftpSweeper  # noqa: E402

point, marker, root, tenant = sys.argv[1:5]


def hang(*args, **kwargs):
    Path(marker).write_text(str(os.getpid()))
    time.sleep(3600)


if point == "after_copy":
    Ingestor.register_object = hang
elif point == "after_register":
    SftpSweeper._retire = hang
else:
    raise SystemExit(f"unknown point {point}")

sweeper = SftpSweeper(Ingestor.from_platform(current_platform()), root=root, settle_seconds=0)
sweeper.sweep([tenant])  # first look
sweeper.sweep([tenant])  # takes the files: hangs at POINT on the first one
raise SystemExit("did not reach the crash point")
