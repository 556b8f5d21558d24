"""An erasing process for test_erasure.py that stops dead at a chosen point, so the test can SIGKILL it.

    python erase_child.py TENANT MARKER_FILE

It hangs when it is about to delete the first curated file of TENANT: models are withdrawn and
training artifacts gone by then, the city's records, uploads and keys are not. The platform comes
from the environment (MINWON_CONFIG_DIR, MINWON_DATA_DIR, AWS_* keys, PREFECT_API_URL).
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from storage import S3ObjectStore  # noqa: E402

tenant, marker = sys.argv[1:3]
_delete = S3ObjectStore.delete


def delete(self, key):
    if key.startswith(f"curated/{tenant}/"):
        Path(marker).write_text(str(os.getpid()))
        time.sleep(3600)
    return _delete(self, key)


S3ObjectStore.delete = delete

from cli.main import app  # noqa: E402

app(["tenants", "erase", tenant, "--yes"])
raise SystemExit("did not reach the crash point")
