"""The retrain flow, as the pipeline diagram reads: ingest -> quality gate -> train -> publish."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from prefect import flow
from pydantic import BaseModel, Field

from flows.ingest import IngestParameters, ingest_flow
from flows.publish import PublishParameters, Publication, publish_flow
from flows.quality_gate import GateParameters, quality_gate_flow
from flows.train import NothingToTrain, TrainParameters, train_flow
from quality_gate import render_summary


class RetrainParameters(BaseModel):
    training_config: str = Field(default="tiny", description="configs/training/<name>.yaml: tiny or klue-bert-base")
    tenants: list[str] | None = Field(default=None, description="Tenants whose new uploads to ingest; empty: all")


@dataclass
class RetrainResult:
    new_uploads: list[int]
    reports: list[dict]
    metrics: dict                      # test metrics of the run's best candidate (the one published)
    publication: Publication | None    # None when there was nothing to train
    served_dir: Path | None = None     # that candidate's package (confusion_matrix.png, metrics.json)
    nothing_to_train: str | None = None

    def summary(self) -> str:
        p = self.publication
        lines = [f"  uploads registered: {len(self.new_uploads)}; gated: {len(self.reports)}"]
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


@flow(name="retrain", log_prints=True)
def retrain_flow(parameters: RetrainParameters = RetrainParameters()) -> RetrainResult:
    new_uploads = ingest_flow(IngestParameters(tenants=parameters.tenants))
    reports = quality_gate_flow(GateParameters())
    candidate = train_flow(TrainParameters(training_config=parameters.training_config))
    if isinstance(candidate, NothingToTrain):
        return RetrainResult(new_uploads, reports, {}, None, nothing_to_train=candidate.message)
    publication = publish_flow(PublishParameters(
        package_dir=str(candidate.package_dir), training_config=parameters.training_config,
        candidates={name: str(folder) for name, folder in candidate.candidates.items()}))
    served = candidate.candidates.get(publication.decision.get("winner"), candidate.package_dir)
    metrics = json.loads((served / "metrics.json").read_text(encoding="utf-8"))
    return RetrainResult(new_uploads, reports, metrics, publication, served_dir=served)
