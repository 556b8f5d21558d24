"""The Prefect UI in a real browser (Debian's Chromium driven by Playwright): a data scientist opens
the UI of a Prefect server, finds the `retrain` deployment, starts it from the form with typed
parameters, and sees the run complete. The server keeps its state in PostgreSQL, as a deployment's
would: on SQLite the form's Submit failed once in nine full test runs ("Oops. Something went
wrong."), most likely SQLite's lock under load (the log was not kept then). Screenshots of
every step and both logs are kept when the test fails (in $MINWON_TEST_ARTIFACTS, default
test-artifacts/)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.services import free_port, services_required
from tests.services.postgres import new_database

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "data" / "samples"
CHROMIUM = Path(os.environ.get("MINWON_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(os.environ.get("MINWON_TEST_ARTIFACTS", REPO / "test-artifacts")) / "prefect-ui"
# The flags a closed network needs (no background connections, no component updates) and root needs.
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--disable-quic"]


def _skip_or_fail(message: str):
    if services_required():
        pytest.fail(f"MINWON_REQUIRE_SERVICES=1 but {message}", pytrace=False)
    pytest.skip(message)


def _wait(probe, timeout: float, what: str, process: subprocess.Popen | None = None, log: Path | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise AssertionError(f"{what}: the process exited ({process.returncode}): "
                                 f"{log.read_text()[-3000:] if log else ''}")
        try:
            value = probe()
            if value:
                return value
        except Exception:  # noqa: BLE001 - not up yet
            pass
        time.sleep(1)
    raise AssertionError(f"{what} within {timeout:.0f} s" + (f": {log.read_text()[-3000:]}" if log else ""))


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.fixture
def prefect_ui(tmp_path, postgres_url):
    """A Prefect server with its UI (its database in PostgreSQL), and this project's deployments
    served against it, on a platform (local store, SQLite) with one city's sample upload waiting."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        _skip_or_fail("playwright is not installed (pip install playwright)")
    if not CHROMIUM.is_file():
        _skip_or_fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/install-system-packages.sh)")
    import httpx

    configs = tmp_path / "configs"
    shutil.copytree(REPO / "configs", configs)
    from tests.platform_configs import short_fine_tuning, short_pretraining

    short_fine_tuning(configs, log_every_steps=10)  # a short run: the test is about the UI
    short_pretraining(configs)  # the encoder's MLM pretraining in seconds, on the curated text only
    data = tmp_path / "data"
    upload = sorted(p for p in (SAMPLES / "suwon").iterdir() if p.suffix in {".csv", ".jsonl", ".xlsx"})[0]
    target = data / "storage" / "uploads" / "suwon" / upload.name
    target.parent.mkdir(parents=True)
    shutil.copyfile(upload, target)

    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = os.environ | {
        "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_API_HOST": "127.0.0.1",
        "PREFECT_SERVER_API_PORT": str(port), "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "MINWON_DATA_DIR": str(data), "MINWON_CONFIG_DIR": str(configs),
        "PREFECT_SERVER_DATABASE_CONNECTION_URL":
            new_database(postgres_url).replace("postgresql+psycopg://", "postgresql+asyncpg://"),
    }
    env.pop("PREFECT_API_URL", None)
    server_log, runner_log = tmp_path / "server.log", tmp_path / "runner.log"
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=server_log.open("w"),
                              stderr=subprocess.STDOUT, start_new_session=True)
    runner = None
    try:
        _wait(lambda: httpx.get(api + "/health", timeout=2).status_code == 200, 120, "the Prefect server answers",
              server, server_log)
        runner = subprocess.Popen([sys.executable, "-m", "flows.deployments"], cwd=REPO,
                                  env=env | {"PREFECT_API_URL": api}, stdout=runner_log.open("w"),
                                  stderr=subprocess.STDOUT, start_new_session=True)
        _wait(lambda: any(d["name"] == "weekly" for d in httpx.post(api + "/deployments/filter", json={}).json()),
              120, "the deployments are served", runner, runner_log)
        yield {"url": f"http://127.0.0.1:{port}", "api": api, "runner_log": runner_log, "server_log": server_log,
               "data": data}
    finally:
        if runner is not None:
            _stop(runner)
        _stop(server)


def test_retrain_started_from_the_ui_form_completes(prefect_ui, request):
    import httpx
    from playwright.sync_api import sync_playwright

    url = prefect_ui["url"]
    shots: list[tuple[str, bytes]] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})

        def shot(name: str) -> None:
            shots.append((name, page.screenshot(full_page=True)))

        try:
            # Find the deployment the way a person does: Deployments, then retrain's "weekly".
            page.goto(url + "/deployments")
            page.get_by_role("link", name="weekly").first.click()
            page.get_by_role("button", name="Run", exact=True).wait_for(timeout=30_000)
            assert "retrain" in page.inner_text("body")
            shot("1-deployment")
            page.get_by_role("button", name="Run", exact=True).click()
            page.get_by_text("Custom run").click()
            page.get_by_role("button", name="Submit").wait_for(timeout=30_000)
            # The form Prefect renders from RetrainParameters: type the training config and a city.
            training = page.locator(".schema-form-property", has_text="Training Config").locator("textarea").first
            training.fill("tiny")
            tenants = page.locator(".schema-form-property", has=page.get_by_text("Tenants (Optional)", exact=True)).last
            tenants.get_by_role("button", name="list", exact=True).click()
            tenants.get_by_role("button", name="Add item").click()
            tenants.locator("textarea, input[type=text]").last.fill("suwon")
            run_name = page.locator(".flow-run-name-input input").input_value()
            assert run_name
            shot("2-form")
            page.get_by_role("button", name="Submit").click()
            # Back on the deployment's runs; open the new run by its name, as a person would.
            page.get_by_role("link", name=run_name).first.click(timeout=60_000)
            page.wait_for_url("**/runs/flow-run/**", timeout=60_000)
            run_id = page.url.rstrip("/").rsplit("/", 1)[-1].split("?")[0]
            shot("3-run-started")

            def state() -> str:
                return httpx.get(f"{prefect_ui['api']}/flow_runs/{run_id}", timeout=10).json()["state"]["type"]

            # While the flow runs, the browser waits on a blank page: the run page redraws its live
            # timeline with software WebGL (swiftshader), which kept one of the machine's two cores
            # busy and slowed the retrain it was showing.
            run_url = page.url
            page.goto("about:blank")
            final = _wait(lambda: state() if state() in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"} else None,
                          900, "the retrain run ends")
            page.goto(run_url)
            page.get_by_text("Completed").first.wait_for(timeout=60_000)
            shot("4-run-completed")
            run = httpx.get(f"{prefect_ui['api']}/flow_runs/{run_id}", timeout=10).json()
            assert final == "COMPLETED", prefect_ui["runner_log"].read_text()[-4000:]
            assert run["parameters"]["parameters"]["training_config"] == "tiny"
            assert run["parameters"]["parameters"]["tenants"] == ["suwon"]
            # The run did the work: suwon's upload was gated and a model version published.
            reports = list((prefect_ui["data"] / "storage" / "reports" / "suwon").glob("*.json"))
            assert reports and json.loads(reports[0].read_text(encoding="utf-8"))["records_in"] > 0
            assert list((prefect_ui["data"] / "storage" / "models").rglob("manifest.json"))
        except BaseException:
            try:
                shot("failure")
            finally:
                ARTIFACTS.mkdir(parents=True, exist_ok=True)
                for name, png in shots:
                    (ARTIFACTS / f"{request.node.name}-{name}.png").write_bytes(png)
                for log in ("runner_log", "server_log"):
                    shutil.copyfile(prefect_ui[log], ARTIFACTS / f"{request.node.name}-{log.replace('_', '.')}")
            raise
        finally:
            browser.close()
