"""PII detection and masking for Korean civil complaints (quality gate, issue 3).

    masker = build_masker(load_config().quality_gate.pii)
    result = masker.mask("민원인 홍길동님 연락처 010-1234-5678", tenant="daejeon")
    result.text           # '민원인 <PERSON_3f9a2c>님 연락처 <PHONE>'
    result.entity_counts  # {'PERSON': 1, 'PHONE_NUMBER': 1}
    masker.residual_entities(result.text)  # [] -> nothing left; else quarantine as residual_pii

Detection runs on Presidio's AnalyzerEngine with a model-free Korean NlpEngine and one recognizer
per configured entity (see `recognizers/`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from quality_gate.pii.masker import (
    TAGS,
    Detection,
    MaskResult,
    PiiMasker,
    PiiMaskingError,
    default_pseudonym_key,
)


def build_masker(pii_config, pseudonym_key_for: Optional[Callable[[str], bytes]] = None,
                 model_dir: Optional[Path] = None) -> PiiMasker:
    """A masker for the configured entities; keys default to `default_pseudonym_key` per tenant.

    With `pii_config.learned.enabled`, the learned tagger is loaded from `model_dir`, else from
    MINWON_PII_MODEL_DIR, else from the model registry (quality_gate/pii/ner/source.py).
    """
    model = None
    learned = getattr(pii_config, "learned", None)
    if learned is not None and learned.enabled:
        from quality_gate.pii.ner.model import NerModel
        from quality_gate.pii.ner.source import resolve_model_dir

        model = NerModel(model_dir or resolve_model_dir(learned), threads=learned.threads,
                         batch_size=learned.batch_size)
    return PiiMasker(pii_config, pseudonym_key_for or default_pseudonym_key, ner_model=model)


__all__ = [
    "TAGS",
    "Detection",
    "MaskResult",
    "PiiMasker",
    "PiiMaskingError",
    "build_masker",
    "default_pseudonym_key",
]
