"""The retrain flow, as the pipeline diagram reads: ingest -> quality gate -> train -> publish.

Each stage's result is recorded (flows/stages.py): a run that failed in one stage resumes at that
stage with `minwon retrain --resume RUN` or with Retry in the Prefect UI, reusing what the stages
before it produced (no re-ingest, no re-gate, no re-training).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from prefect import flow, get_run_logger
from pydantic import BaseModel, Field

from flows.ingest import IngestParameters, ingest_flow
from flows.publish import PublishParameters, Publication, publish_flow
from flows.quality_gate import GateParameters, forget_quality_gate, quality_gate_flow
from flows.stages import StageLedger
from flows.train import Candidate, NothingToTrain, TrainParameters, train_flow
from quality_gate import render_summary
from runtime import current_platform


class RetrainParameters(BaseModel):
    training_config: str = Field(default="tiny", description="A training config in configs/training/ (tiny, klue-bert-base)")
    tenants: list[str] | None = Field(default=None, description="Tenants whose new uploads to ingest; empty: all")
    resume: str | None = Field(
        default=None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
        description="Resume this earlier retrain run at its first unfinished stage (its own parameters are kept)",
    )


@dataclass
class RetrainResult:
    run_id: str
    new_uploads: list[int]
    reports: list[dict]
    metrics: dict                      # test metrics of the run's best candidate (the one published)
    publication: Publication | None    # None when there was nothing to train
    served_dir: Path | None = None     # that candidate's package (confusion_matrix.png, metrics.json)
    nothing_to_train: str | None = None

    def summary(self) -> str:
        p = self.publication
        lines = [f"  retrain run {self.run_id}: uploads registered: {len(self.new_uploads)}; gated: {len(self.reports)}"]
        lines += ["  " + line for report in self.reports for line in render_summary(report).splitlines()]
        if p is None:
            lines.append(f"  {self.nothing_to_train}")
            return "\n".join(lines)
        for name, scores in p.decision.get("candidates", {}).items():
            lines.append(f"  candidate {name:<12} test macro-F1 {scores['macro_f1']:.3f}, accuracy {scores['accuracy']:.3f}"
                         + ("  <- best" if name == p.decision.get("winner") else ""))
        if p.version:
            lines.append(
                f"  registry: version {p.version} ({p.decision.get('winner', 'model')}) "
                f"{'promoted to production' if p.promoted else 'not promoted'}"
                f" — {'; '.join(p.decision.get('reasons', []))}"
            )
        lines.append(f"  production model: {p.production_version}")
        return "\n".join(lines)

    def details(self) -> str:
        m = self.metrics
        if not m:
            return self.nothing_to_train or "no model was trained"
        winner = self.publication.decision.get("winner", "model") if self.publication else "model"
        lines = [f"Test metrics of the best candidate ({winner}) on the held-out test split:",
                 f"  accuracy {m['accuracy']:.3f}  macro-F1 {m['macro_f1']:.3f}  "
                 f"ECE {m.get('ece_before', float('nan')):.3f} -> {m.get('ece_after', float('nan')):.3f} after temperature scaling"]
        for code, row in m.get("per_class", {}).items():
            lines.append(f"  {code:<12} precision {row['precision']:.2f}  recall {row['recall']:.2f}  "
                         f"f1 {row['f1']:.2f}  n={row.get('support', '?')}")
        totals = {"records_in": 0, "curated": 0, "quarantined": 0}
        for report in self.reports:
            for key in totals:
                totals[key] += report[key]
        lines.append("Quality gate totals: " + json.dumps(totals))
        if self.served_dir is not None and (self.served_dir / "confusion_matrix.png").is_file():
            lines.append(f"Confusion matrix (test split): {self.served_dir / 'confusion_matrix.png'}")
        return "\n".join(lines)


def _candidate_to_json(candidate: Candidate | NothingToTrain) -> dict:
    if isinstance(candidate, NothingToTrain):
        return {"nothing_to_train": candidate.message}
    return {**asdict(candidate), "package_dir": str(candidate.package_dir),
            "candidates": {name: str(folder) for name, folder in candidate.candidates.items()}}


def _candidate_from_json(data: dict) -> Candidate | NothingToTrain | None:
    """A recorded candidate, if its package folders are still on this machine."""
    if "nothing_to_train" in data:
        return NothingToTrain(data["nothing_to_train"])
    package_dir = Path(data["package_dir"])
    candidates = {name: Path(folder) for name, folder in data.get("candidates", {}).items()}
    if not all((folder / "metrics.json").is_file() for folder in candidates.values()):
        return None
    return (Candidate(**{**data, "package_dir": package_dir, "candidates": candidates})
            if (package_dir / "lineage.json").is_file() else None)


def _current_run_id() -> str:
    from prefect.runtime import flow_run

    return str(flow_run.id or uuid.uuid4())


@flow(name="retrain", log_prints=True)
def retrain_flow(parameters: RetrainParameters = RetrainParameters()) -> RetrainResult:
    run_id = parameters.resume or _current_run_id()
    ledger = StageLedger(current_platform().sessions)
    started_with = parameters.model_dump(exclude={"resume"})
    recorded, existed = ledger.open_run(run_id, started_with, resume=parameters.resume is not None)
    if existed:
        if recorded != started_with and parameters.resume is not None:
            get_run_logger().warning("resuming %s with the parameters it was started with: %s", run_id, recorded)
        parameters = RetrainParameters(**recorded)
        done = [r.stage for r in ledger.stages(run_id) if r.state == "finished"]
        get_run_logger().info("retrain run %s resumes; finished stages: %s", run_id, ", ".join(done) or "none")

    new_uploads = ledger.run_stage(
        run_id, "ingest", lambda: ingest_flow(IngestParameters(tenants=parameters.tenants)),
        to_json=lambda uploads: {"uploads": uploads}, from_json=lambda data: data["uploads"])
    reports = ledger.run_stage(
        run_id, "gate", lambda: quality_gate_flow(GateParameters()),
        to_json=lambda reports: {"reports": reports}, from_json=lambda data: data["reports"])
    # Training runs in its own processes next: the gate's analyzer, tagger and the heap it grew
    # over the upload are not needed until the next upload (50k records: measured in benchmarks/scale.py).
    forget_quality_gate()
    candidate = ledger.run_stage(
        run_id, "train", lambda: train_flow(TrainParameters(training_config=parameters.training_config)),
        to_json=_candidate_to_json, from_json=_candidate_from_json)
    if isinstance(candidate, NothingToTrain):
        return RetrainResult(run_id, new_uploads, reports, {}, None, nothing_to_train=candidate.message)
    publication = ledger.run_stage(
        run_id, "publish",
        lambda: publish_flow(PublishParameters(
            package_dir=str(candidate.package_dir), training_config=parameters.training_config,
            candidates={name: str(folder) for name, folder in candidate.candidates.items()})),
        to_json=asdict, from_json=lambda data: Publication(**data))
    served = candidate.candidates.get(publication.decision.get("winner"), candidate.package_dir)
    metrics = json.loads((served / "metrics.json").read_text(encoding="utf-8"))
    return RetrainResult(run_id, new_uploads, reports, metrics, publication, served_dir=served)
