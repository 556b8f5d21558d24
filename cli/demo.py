"""`make demo`: sample uploads of all three cities -> retrain flow -> API -> 5 unseen complaints classified."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from runtime import current_platform
from ingest import upload_prefix


def _step(number: int, total: int, text: str, started: float) -> None:
    print(f"\n[{number}/{total}] {text}  (t+{time.monotonic() - started:.0f}s)", flush=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def place_sample_uploads(samples: Path) -> int:
    """Drop each city's sample files into its upload area, as the city would."""
    platform = current_platform()
    placed = 0
    for tenant in platform.config.tenants.tenants:
        for path in sorted((samples / tenant).glob("*")):
            if path.suffix.lower() in {".csv", ".xlsx", ".jsonl"}:
                platform.store.put_file(upload_prefix(tenant) + path.name, path)
                placed += 1
    return placed


def _wait_ready(url: str, server: subprocess.Popen, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"API server exited with code {server.returncode}")
        try:
            response = httpx.get(url + "/readyz", timeout=2)
            if response.status_code == 200:
                return response.json()
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError("API server did not become ready in time")


def _show_progress() -> None:
    """Training progress (steps, loss, validation metrics: never record text) on the console,
    through Prefect's console handler."""
    import logging

    logging.getLogger("training").setLevel(logging.INFO)


def _publish_pii_model(platform) -> None:
    """The quality gate fetches its learned PII tagger from the registry: build it if this checkout
    has not yet (cached; `make demo` builds it first) and publish it to the demo's registry."""
    if not (platform.config.quality_gate.pii.learned and platform.config.quality_gate.pii.learned.enabled):
        return
    from training.pii_ner.build import ensure_model, publish_model

    # The demo runs on embedded defaults, also where ../shared is missing: it allows a tagger built
    # without KLUE-NER and says so below; `minwon pii train-model` refuses one.
    folder = ensure_model(allow_synthetic_only=True)
    version, new = publish_model(folder, platform, allow_synthetic_only=True)
    card = json.loads((folder / "model_card.json").read_text(encoding="utf-8"))
    data = "KLUE-NER (CC BY-SA 4.0) + synthetic sentences" if card.get("klue_used") else "synthetic sentences only"
    print(f"  learned PII tagger: pii-ner {version} ({card['onnx']['precision']}, {card['parameters']:,} parameters"
          f"{', published now' if new else ''}; trained on {data})")
    if not card.get("klue_used"):
        # Seen in a clone without ../shared: a tagger that never saw real Korean text tags ordinary
        # words as names (hundreds of PERSON masks per 100 sample complaints).
        print("  WARNING: KLUE-NER was not found when the tagger was built (../shared/data/klue-ner or "
              "MINWON_KLUE_NER_DIR): expect many ordinary words masked as names; rebuild with "
              "`minwon pii train-model --force` once it is there")


def run_demo(repo: Path, port: int = 0) -> None:
    _show_progress()
    started = time.monotonic()
    total = 6
    samples = repo / "data" / "samples"
    platform = current_platform()
    print(f"minwon demo — data dir {os.environ['MINWON_DATA_DIR']}, storage {platform.config.platform.storage.backend}")

    _step(1, total, "Cities upload complaint files (CSV UTF-8 / CP949 / BOM, XLSX, JSONL)", started)
    print(f"  {place_sample_uploads(samples)} files placed in the upload areas of "
          f"{', '.join(t.display_name for t in platform.config.tenants.tenants.values())}")

    _step(2, total, "Prefect `retrain` flow: ingest -> quality gate -> train -> publish", started)
    _publish_pii_model(platform)
    from flows.retrain import RetrainParameters, retrain_flow

    result = retrain_flow(RetrainParameters(training_config="tiny"))
    print(result.summary())
    if result.publication is None:
        raise SystemExit(result.nothing_to_train)

    _step(3, total, "Start the classification API on the production model", started)
    port = port or _free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "serving.app:app_from_env", "--factory",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"],
        # The access log (request id, tenant, status, latency; never text) would interleave here.
        env=os.environ | {"MINWON_LOG_LEVEL": "WARNING"},
    )
    try:
        ready = _wait_ready(url, server)
        winner = result.publication.decision.get("winner", "model") if result.publication else "model"
        print(f"  ready: {ready['model']} {ready['version']} (the {winner} candidate, {ready['model_file']}) "
              f"on {ready['provider']} at {url}")

        _step(4, total, "Classify 5 complaints that were not in training (over HTTP)", started)
        from tenancy import issue_key

        with platform.sessions() as session:
            key = issue_key(session, "suwon")
        holdout = [json.loads(line) for line in (samples / "holdout.jsonl").read_text(encoding="utf-8").splitlines()]
        names = {d.code: d.name for d in platform.config.taxonomy.departments}
        with httpx.Client(base_url=url, timeout=10) as client:
            unauthorised = client.post("/api/v1/classify", json={"text": "버스가 오지 않습니다"})
            print(f"  without an API key: HTTP {unauthorised.status_code} {unauthorised.json()['error']['code']}")
            correct = 0
            for item in holdout[:5]:
                response = client.post("/api/v1/classify", json={"text": item["text"]}, headers={"X-API-Key": key})
                response.raise_for_status()
                body = response.json()
                hit = body["department"]["code"] == item["expected_code"]
                correct += hit
                title = item["text"].split("\n", 1)[0][:38]
                print(f"  {'✓' if hit else '✗'} {title:<40} -> {body['department']['name']} "
                      f"({body['department']['code']}, confidence {body['confidence']:.2f}; "
                      f"expected {names[item['expected_code']]}) [{response.elapsed.total_seconds() * 1000:.0f} ms]")
            print(f"  {correct}/5 as the city's own department would have it; "
                  f"quota left today for suwon: {response.headers.get('X-Quota-Remaining')}")
    finally:
        server.terminate()
        server.wait(timeout=30)

    _step(5, total, "GPU layer: suwon's batch classification job, GPU hours per account this month", started)
    show_gpu_accounting(samples)

    _step(6, total, "Quality reports and model metrics", started)
    print(result.details())
    print(f"\ndemo finished in {time.monotonic() - started:.0f} s")


def show_gpu_accounting(samples: Path) -> None:
    """A city's inference job through the GPU scheduler (local backend: runs here, still accounted),
    then the GPU-hour accounting per account: the retrain's training job ran on the platform account."""
    import tempfile

    from scheduling import open_backend
    from serving.batch import run_batch

    holdout = [json.loads(line) for line in (samples / "holdout.jsonl").read_text(encoding="utf-8").splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "suwon-batch.jsonl"
        batch.write_text("".join(json.dumps({"id": f"h{i}", "text": item["text"]}, ensure_ascii=False) + "\n"
                                 for i, item in enumerate(holdout)), encoding="utf-8")
        result = run_batch(batch, "suwon", log=lambda line: print(f"  | {line}"))
    summary = result.summary or {}
    print(f"  {summary.get('records')} complaints classified by job {result.outcome.job_id} "
          f"({result.outcome.state}) -> {result.output_key}")
    backend = open_backend()
    print(f"  GPU hours this month ({backend.name} backend; the quota counts training on whole GPUs):")
    for account in backend.policy.accounts:
        usage = backend.usage(account.name)
        print(f"    {account.name:<9} training {usage.used_hours:.4f} / {usage.limit_hours:g} h ({usage.ratio:.2%})"
              f", inference {usage.other_hours:.4f} h")
