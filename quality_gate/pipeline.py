"""Run the gate over one registered upload and store its outputs.

    curated/<tenant>/<upload_id>.parquet     masked, validated records (what training may read)
    quarantine/<tenant>/<upload_id>.parquet  every other record, with a reason (masked text only)
    reports/<tenant>/<upload_id>.json        the quality report: counts, never values
"""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session, sessionmaker

from configuration import Config
from database import Upload
from ingest.readers import ParsedFile, UnsupportedFileError, column_spec, read_upload
from quality_gate.gate import KnownContent, QualityGate
from quality_gate.report import render_summary
from storage import ObjectNotFoundError, ObjectStore, join_key

CURATED = "curated"
QUARANTINE = "quarantine"
REPORTS = "reports"


def curated_key(tenant: str, upload_id: str) -> str:
    return join_key(CURATED, tenant, f"{upload_id}.parquet")


def known_content(store: ObjectStore, tenant: str) -> KnownContent:
    known = KnownContent()
    for info in store.list(join_key(CURATED, tenant) + "/"):
        frame = pd.read_parquet(io.BytesIO(store.get_bytes(info.key)), columns=["fingerprint", "minhash"])
        known.fingerprints.update(frame["fingerprint"])
        known.signatures.extend(np.frombuffer(value, dtype=np.uint64) for value in frame["minhash"])
    return known


def _put_parquet(store: ObjectStore, key: str, rows: list[dict]) -> None:
    buffer = io.BytesIO()
    pd.DataFrame(rows).to_parquet(buffer, index=False)
    store.put_bytes(key, buffer.getvalue())


def gate_upload(
    store: ObjectStore, sessions: sessionmaker[Session], config: Config, gate: QualityGate, upload_pk: int
) -> dict:
    with sessions() as session:
        upload = session.get(Upload, upload_pk)
        tenant = config.tenants.get(upload.tenant)
        upload_id, key, sha256 = upload.upload_id, upload.object_key, upload.sha256
    try:
        data = store.get_bytes(key)
    except ObjectNotFoundError:
        raise RuntimeError(f"upload {upload_id} of {tenant.id} is registered but its object is gone") from None
    filename = key.rsplit("/", 1)[-1]
    try:
        parsed = read_upload(filename, data, column_spec(config.quality_gate.columns, tenant))
        file_error = None
    except UnsupportedFileError as error:
        parsed, file_error = ParsedFile(format="unknown", encoding=None, records=[]), error
    outcome = gate.run(parsed, tenant, upload_id, sha256, known_content(store, tenant.id))
    report = outcome.report | {"object_key": key, "sha256": sha256}
    if file_error is not None:
        # The whole file was refused: the report, the summary, the flow's log and the CLI say why.
        report["file_error"] = {"reason": file_error.reason, "message": str(file_error)}
        report["rejection"] = {"rule": file_error.reason, "message": str(file_error)}
    if outcome.curated:
        _put_parquet(store, curated_key(tenant.id, upload_id), outcome.curated)
    if outcome.quarantined:
        _put_parquet(store, join_key(QUARANTINE, tenant.id, f"{upload_id}.parquet"), outcome.quarantined)
    store.put_bytes(
        join_key(REPORTS, tenant.id, f"{upload_id}.json"),
        json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8"),
    )
    store.put_bytes(join_key(REPORTS, tenant.id, f"{upload_id}.txt"), (render_summary(report) + "\n").encode("utf-8"))
    with sessions() as session:
        upload = session.get(Upload, upload_pk)
        upload.status = "rejected" if report["verdict"] == "reject" else "gated"
        upload.records_in = report["records_in"]
        upload.records_curated = report["curated"]
        upload.records_quarantined = report["quarantined"]
        upload.gated_at = datetime.now(timezone.utc)
        session.commit()
    return report
