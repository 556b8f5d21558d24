"""The "flow process" of the launch tests: runs the train flow like `minwon retrain` would, in a
process of its own that the tests stop with SIGTERM or SIGKILL.

    python tests/training/flow_child.py CONFIG RUN_ID [ACCOUNT]
"""

import json
import sys

from cli.environment import prepare_environment

prepare_environment()

from flows.train import TrainParameters, train_flow  # noqa: E402

config, run_id = sys.argv[1], sys.argv[2]
account = sys.argv[3] if len(sys.argv) > 3 else None
candidate = train_flow(TrainParameters(training_config=config, run_id=run_id, account=account))
print("FLOW DONE", candidate.run_id, json.dumps(candidate.gpu_job), flush=True)
