"""Quality gate: every record validated and PII-masked before anything else may read it.

Invariant: records in = curated + quarantined, for every upload.
"""

from quality_gate.gate import GateOutcome, QualityGate
from quality_gate.report import render_summary

__all__ = ["GateOutcome", "QualityGate", "render_summary"]
