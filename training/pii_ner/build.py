"""Build the PII tagger once per checkout (cached by what it is built from) and publish it.

    folder = ensure_model()          # build/pii-ner/<key>/ : trains only when the key is new
    publish_model(folder, platform)  # models/pii-ner/vNNNN in the registry, alias `production`

The key hashes the training data (KLUE-NER file, petition files, generator settings), the code that
defines the model and its data (_CODE below) and the training parameters. A folder is complete when its model_card.json exists; builds write to a
temporary folder under a file lock and rename it, so two processes never train the same key twice.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from quality_gate.pii.klue import ATTRIBUTION, FILENAME, default_klue_dir
from quality_gate.pii.ner.model import CARD_FILE, COMMON_WORDS_FILE, cpu_description, weights_sha256
from training.pii_ner.birth_dates import train_birth_date_model
from training.pii_ner.data import DataSettings, common_words, data_fingerprint, default_petitions_dir

REPO = Path(__file__).resolve().parents[2]
DEFAULT_ROOT = REPO / "build" / "pii-ner"
MODEL_NAME = "pii-ner"
TRAIN_PARAMETERS = {"dim": 64, "epochs": 12, "batch_size": 64, "lr": 3e-3, "seed": 13}
# The files whose content decides what is trained (the CLI, this file and the gate's inference
# wrapper do not): a change to any of them is a new build key.
_CODE = ["training/pii_ner/data.py", "training/pii_ner/export.py", "training/pii_ner/model.py",
         "training/pii_ner/scoring.py", "training/pii_ner/synthetic.py", "training/pii_ner/train.py",
         "training/pii_ner/vocabulary.py", "quality_gate/pii/ner/codec.py", "quality_gate/pii/klue.py",
         # the birth-date model built with the tagger: its features, its candidates (the rules' patterns), its training
         "training/pii_ner/birth_dates.py", "quality_gate/pii/recognizers/birth_date_context.py",
         "quality_gate/pii/recognizers/birth_date.py", "quality_gate/pii/recognizers/birth_date_records.py",
         "quality_gate/pii/recognizers/word_dates.py", "quality_gate/pii/recognizers/date_values.py"]
LICENCE = (
    "This model was trained on KLUE-NER v1.1 (dev split, train part of minwon's frozen split): "
    + ATTRIBUTION + ". As a work derived from it, the model is shared under CC BY-SA 4.0. "
    "Synthetic training sentences are built around petition titles from the Blue House petition board "
    "(GitHub choi-jiwoo/21-1-data-analytics-in-R, MIT licence)."
)


class KlueNerMissing(RuntimeError):
    """The tagger would be trained (or published) without KLUE-NER's real sentences."""


# Measured in a clone without ../shared: a tagger trained on synthetic sentences alone tags ordinary
# words as names, hundreds of PERSON masks per 100 sample complaints. Over-masking leaks nothing, but
# it destroys the curated text a city trains on, so such a tagger is built and published only when
# the caller says so (the demo and the tests, on a machine without the shared data).
SYNTHETIC_ONLY_REFUSAL = (
    "a PII tagger trained on synthetic sentences alone masks ordinary words as names; put KLUE-NER "
    "there (or set MINWON_KLUE_NER_DIR to its folder), or allow a synthetic-only tagger explicitly "
    "(`minwon pii train-model --allow-synthetic-only`) for a demo or a test")


def default_settings() -> DataSettings:
    return DataSettings(klue_dir=str(default_klue_dir()), petitions_dir=str(default_petitions_dir()))


def code_sha256() -> str:
    digest = hashlib.sha256()
    for pattern in _CODE:
        for path in sorted(REPO.glob(pattern)):
            digest.update(path.relative_to(REPO).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def build_key(settings: DataSettings, parameters: dict) -> tuple[str, dict]:
    data = data_fingerprint(settings)
    key = hashlib.sha256(json.dumps({"data": data["sha256"], "code": code_sha256(), "parameters": parameters},
                                    sort_keys=True).encode()).hexdigest()
    return key, data


@contextmanager
def _locked(root: Path):
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_model(root: Path | None = None, settings: DataSettings | None = None, *, force: bool = False,
                 parameters: dict | None = None, allow_synthetic_only: bool = False) -> Path:
    """The model folder for the current data and code; trains it (minutes) when it is not built yet.

    Raises KlueNerMissing when KLUE-NER is absent, unless `allow_synthetic_only`."""
    root = Path(root or os.environ.get("MINWON_PII_BUILD_DIR") or DEFAULT_ROOT)
    settings = settings or default_settings()
    parameters = {**TRAIN_PARAMETERS, **(parameters or {})}
    key, data = build_key(settings, parameters)
    if data["klue_sha256"] is None and not allow_synthetic_only:
        raise KlueNerMissing(f"KLUE-NER not found ({Path(settings.klue_dir) / FILENAME}): {SYNTHETIC_ONLY_REFUSAL}")
    target = root / key[:16]
    with _locked(root):
        if (target / CARD_FILE).is_file() and not force:
            return target
        from training.pii_ner.train import train_model

        began = time.monotonic()
        work = Path(tempfile.mkdtemp(prefix=f".build-{key[:16]}-", dir=root))
        try:
            card = train_model(settings, work, **parameters)
            card["birth_dates"] = train_birth_date_model(work, settings)
            shutil.rmtree(work / "data-cache", ignore_errors=True)
            card.update({
                "build_key": key,
                "code_sha256": code_sha256(),
                "data": data,
                "klue_used": data["klue_sha256"] is not None,
                "licence": LICENCE,
                "build_seconds": round(time.monotonic() - began, 1),
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                # the key pins data, code and parameters, not the weights: those depend on the CPU
                "built_on": cpu_description(),
                "weights_sha256": weights_sha256(work),
            })
            (work / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False), encoding="utf-8")
            (work / "LICENCE.txt").write_text(LICENCE + "\n", encoding="utf-8")
            words = common_words(Path(settings.petitions_dir))
            (work / COMMON_WORDS_FILE).write_text("\n".join(words) + "\n", encoding="utf-8")
            card["common_words"] = len(words)
            (work / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False), encoding="utf-8")
            if target.exists():
                shutil.rmtree(target)
            os.replace(work, target)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return target


def publish_model(model_dir: Path, platform, alias: str = "production", *,
                  allow_synthetic_only: bool = False) -> tuple[str, bool]:
    """(version, newly published): the folder becomes the next version unless `alias` already
    points at a version with the same build key. A tagger built without KLUE-NER is refused (KlueNerMissing)
    unless `allow_synthetic_only`."""
    from registry import ModelRegistry

    registry = ModelRegistry(platform.store, MODEL_NAME)
    card = json.loads((Path(model_dir) / CARD_FILE).read_text(encoding="utf-8"))
    if not card.get("klue_used") and not allow_synthetic_only:
        raise KlueNerMissing(f"the tagger in {model_dir} was built without KLUE-NER: {SYNTHETIC_ONLY_REFUSAL}")
    current = registry.get_alias(alias)
    if current is not None:
        try:
            if registry.read_json(current, CARD_FILE).get("build_key") == card["build_key"]:
                return current, False
        except Exception:  # noqa: BLE001 - an unreadable card: publish a fresh version
            pass
    version = registry.next_version()
    registry.publish(version, Path(model_dir))
    registry.set_alias(alias, version, reason=f"pii-ner build {card['build_key'][:12]}")
    return version, True
