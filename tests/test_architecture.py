"""The layer contracts in pyproject.toml ([tool.importlinter]) hold, and they can fail.

Layers, top to bottom: cli > flows > serving > training > quality_gate > ingest > scheduling > tenancy >
runtime (the composition root) > registry > httpapi | database | storage > configuration.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ["cli", "configuration", "database", "flows", "httpapi", "ingest", "quality_gate",
            "registry", "runtime", "scheduling", "serving", "storage", "tenancy", "training"]


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    command = [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"]
    # The packages under `root` come first on the path, before the editable install of the repo.
    env = os.environ | {"PYTHONPATH": str(root)}
    return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=300)


def test_every_package_is_named_in_the_contracts():
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    on_disk = sorted(p.name for p in REPO.iterdir() if (p / "__init__.py").is_file() and p.name not in {"tests", "benchmarks"})
    assert on_disk == sorted(PACKAGES), "a new top-level package needs its place in [tool.importlinter]"
    for package in PACKAGES:
        assert f'"{package}"' in text


def test_the_import_contracts_hold():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    kept = re.search(r"Contracts: (\d+) kept, (\d+) broken", result.stdout)
    assert kept and int(kept.group(1)) >= 3 and kept.group(2) == "0", result.stdout


@pytest.fixture
def copy_of_the_code(tmp_path) -> Path:
    for package in PACKAGES:
        shutil.copytree(REPO / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


@pytest.mark.parametrize("module, line, contract", [
    # A stage reaching up into the orchestration layer.
    ("ingest/registration.py", "import flows.ingest", "Platform layers"),
    # The composition root importing a stage.
    ("runtime/platform.py", "import quality_gate.gate", "Platform layers"),
    # tenancy depending on ingest.
    ("tenancy/keys.py", "import ingest.sftp", "Platform layers"),
    # The GPU scheduling room calling a stage.
    ("scheduling/jobs.py", "import training.train", "Platform layers"),
    # The deps <-> errors circle that used to be.
    ("serving/errors.py", "import serving.deps", "Serving"),
])
def test_a_forbidden_import_breaks_a_contract(copy_of_the_code, module, line, contract):
    path = copy_of_the_code / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # planted by the test\n", encoding="utf-8")
    result = lint_imports(copy_of_the_code)
    assert result.returncode != 0
    broken = [l for l in result.stdout.splitlines() if l.endswith("BROKEN")]
    assert any(l.startswith(contract) for l in broken), result.stdout
