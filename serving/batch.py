"""Batch classification as a GPU job of a city: `minwon classify-batch FILE --tenant T [--urgent]`.

The file goes to the city's batch area of the store (`batch/<tenant>/inputs/`), a job of the
`inference` (or `urgent-inference`) class runs `python -m serving.batch` on the city's dedicated
vGPU first (shared vGPUs next; urgent ones may take a passthrough GPU from training after its
checkpoint), classifies every text with the production model (ONNX Runtime, the API's engine) and
writes one JSON line per record to `batch/<tenant>/results/`: id, department, confidence, model
version. Never the text. The input object is removed once the results are written.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from storage import join_key, validate_segment

BATCH_AREA = "batch"
TEXT_COLUMNS = ("text", "본문", "내용", "body")


class BatchInputError(ValueError):
    """The file cannot be classified as it is (format, missing text column, empty)."""


def batch_keys(tenant: str, name: str) -> tuple[str, str]:
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in Path(name).stem)[:80] or "batch"
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    base = validate_segment(f"{stem}-{stamp}")
    tenant = validate_segment(tenant)
    return (join_key(BATCH_AREA, tenant, "inputs", base + Path(name).suffix.lower()),
            join_key(BATCH_AREA, tenant, "results", base + ".jsonl"))


def read_records(data: bytes, suffix: str) -> tuple[list[str], list[str]]:
    """(ids, texts) from JSONL ({"id", "text"}), CSV (a text column, or title + body) or plain text."""
    import pandas as pd

    if suffix == ".jsonl":
        rows = [json.loads(line) for line in data.decode("utf-8-sig").splitlines() if line.strip()]
        frame = pd.DataFrame(rows)
    elif suffix == ".csv":
        for encoding in ("utf-8-sig", "cp949"):
            try:
                frame = pd.read_csv(io.BytesIO(data), encoding=encoding, dtype=str)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise BatchInputError("CSV is neither UTF-8 nor CP949")
    elif suffix == ".txt":
        frame = pd.DataFrame({"text": [l for l in data.decode("utf-8-sig").splitlines() if l.strip()]})
    else:
        raise BatchInputError(f"unsupported file type '{suffix}': use .jsonl, .csv or .txt")
    column = next((c for c in TEXT_COLUMNS if c in frame.columns), None)
    if column is not None:
        texts = frame[column].fillna("").astype(str)
    elif "title" in frame.columns or "제목" in frame.columns:
        title = frame.get("title", frame.get("제목")).fillna("").astype(str)
        body = frame.get("body", pd.Series([""] * len(frame))).fillna("").astype(str)
        texts = title + "\n" + body
    else:
        raise BatchInputError(f"no text column: expected one of {', '.join(TEXT_COLUMNS)} or title/body; "
                              f"found {', '.join(map(str, frame.columns))}")
    if not len(texts):
        raise BatchInputError("the file has no records")
    ids = frame["id"].astype(str).tolist() if "id" in frame.columns else [str(i + 1) for i in range(len(frame))]
    return ids, texts.tolist()


def classify_object(tenant: str, input_key: str, output_key: str) -> dict:
    """The job's work (runs on the GPU node): production model on every record, results to the store."""
    from runtime import current_platform
    from serving.engine import EngineOptions, InferenceEngine

    platform = current_platform()
    settings = platform.config.platform.serving
    started = time.monotonic()
    ids, texts = read_records(platform.store.get_bytes(input_key), Path(input_key).suffix)
    version = platform.registry.get_alias(settings.model_alias)
    if version is None:
        raise SystemExit(f"no '{settings.model_alias}' model in the registry yet: run the retrain flow first")
    folder = platform.registry.fetch(version, platform.cache_dir / "batch-models")
    known = {d.code: d.name for d in platform.config.taxonomy.departments}
    engine = InferenceEngine(folder, version, EngineOptions.from_settings(settings), known_codes=known)
    predictions = engine.predict([t[:settings.max_text_chars] for t in texts])
    lines = [json.dumps({"id": i, "department": p.top_k[0].code, "name": p.top_k[0].name,
                         "confidence": round(p.top_k[0].probability, 4), "model_version": p.model_version},
                        ensure_ascii=False) for i, p in zip(ids, predictions)]
    platform.store.put_bytes(output_key, ("\n".join(lines) + "\n").encode("utf-8"))
    platform.store.delete(input_key)
    counts: dict[str, int] = {}
    for p in predictions:
        counts[p.top_k[0].code] = counts.get(p.top_k[0].code, 0) + 1
    return {"tenant": tenant, "records": len(ids), "model_version": version, "provider": engine.provider,
            "output": output_key, "seconds": round(time.monotonic() - started, 2), "departments": counts}


@dataclass
class BatchResult:
    outcome: object
    output_key: str
    summary: dict | None


def run_batch(path: Path, tenant: str, urgent: bool = False, backend_name: str | None = None,
              log=print) -> BatchResult:
    """Upload FILE to the city's batch area, run the job through the scheduler, return where results are."""
    from runtime import current_platform
    from scheduling import JobRequest, job_spec, open_backend

    platform = current_platform()
    platform.config.tenants.get(tenant)  # KeyError: unknown tenant
    path = Path(path)
    if not path.is_file():
        raise BatchInputError(f"{path}: no such file")
    read_records(path.read_bytes(), path.suffix.lower())  # refuse a bad file before any job runs
    input_key, output_key = batch_keys(tenant, path.name)
    platform.store.put_file(input_key, path)
    backend = open_backend(backend_name)
    request = JobRequest(name=f"classify-{tenant}", account=tenant,
                         klass="urgent-inference" if urgent else "inference", gpus=1,
                         command=[sys.executable, "-m", "serving.batch", "--tenant", tenant,
                                  "--input", input_key, "--output", output_key])
    outcome = backend.run(job_spec(backend.policy, request), log)
    summary = None
    if outcome.ok and platform.store.exists(output_key):
        summary = json.loads(platform.store.get_bytes(output_key + ".summary.json"))
    return BatchResult(outcome, output_key, summary)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="classify a city's batch file (a GPU job's command)")
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--input", required=True, help="object key of the input in the city's batch area")
    parser.add_argument("--output", required=True)
    args = parser.parse_args(argv)
    prefix = join_key(BATCH_AREA, validate_segment(args.tenant)) + "/"
    if not (args.input.startswith(prefix) and args.output.startswith(prefix)):
        parser.error(f"input and output must be in {prefix}")
    summary = classify_object(args.tenant, args.input, args.output)
    from runtime import current_platform

    current_platform().store.put_bytes(args.output + ".summary.json", json.dumps(summary).encode())
    print(f"classified {summary['records']} records with {summary['model_version']} on {summary['provider']} "
          f"in {summary['seconds']} s -> {summary['output']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())


def erase_batch_area(store, tenant: str, *, dry_run: bool) -> dict[str, list[str]]:
    """A city's batch inputs (raw complaint text) and results, for its erasure."""
    keys = [info.key for info in store.list(join_key(BATCH_AREA, validate_segment(tenant)) + "/")]
    if not dry_run:
        for key in keys:
            store.delete(key)
    return {"batch inputs and results": keys}
