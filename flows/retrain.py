"""The retrain flow, as the pipeline diagram reads: ingest -> quality gate -> train -> publish."""

from __future__ import annotations

import json
from dataclasses import dataclass

from prefect import flow
from pydantic import BaseModel, Field

from flows.ingest import IngestParameters, ingest_flow
from flows.publish import PublishParameters, Publication, publish_flow
from flows.quality_gate import GateParameters, quality_gate_flow
from flows.train import TrainParameters, train_flow
from quality_gate import render_summary


class RetrainParameters(BaseModel):
    training_config: str = Field(default="tiny", description="configs/training/<name>.yaml: tiny or klue-bert-base")
    tenants: list[str] | None = Field(default=None, description="Tenants whose new uploads to ingest; empty: all")


@dataclass
class RetrainResult:
    new_uploads: list[int]
    reports: list[dict]
    metrics: dict
    publication: Publication

    def summary(self) -> str:
        p = self.publication
        lines = [f"  uploads registered: {len(self.new_uploads)}; gated: {len(self.reports)}"]
        lines += ["  " + line for report in self.reports for line in render_summary(report).splitlines()]
        lines.append(
            f"  model: test accuracy {self.metrics['accuracy']:.3f}, macro-F1 {self.metrics['macro_f1']:.3f}"
        )
        if p.version:
            lines.append(
                f"  registry: version {p.version} {'promoted to production' if p.promoted else 'not promoted'}"
                f" — {'; '.join(p.decision.get('reasons', []))}"
            )
        lines.append(f"  production model: {p.production_version}")
        return "\n".join(lines)

    def details(self) -> str:
        m = self.metrics
        lines = ["Model metrics on the held-out test split:",
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
        return "\n".join(lines)


@flow(name="retrain", log_prints=True)
def retrain_flow(parameters: RetrainParameters = RetrainParameters()) -> RetrainResult:
    new_uploads = ingest_flow(IngestParameters(tenants=parameters.tenants))
    reports = quality_gate_flow(GateParameters())
    candidate = train_flow(TrainParameters(training_config=parameters.training_config))
    publication = publish_flow(PublishParameters(package_dir=str(candidate.package_dir),
                                                 training_config=parameters.training_config))
    return RetrainResult(new_uploads, reports, candidate.metrics, publication)
