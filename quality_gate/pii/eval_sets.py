"""The evaluation sets of issue 13, scored the same way, and the report over the first two.

- KLUE held-out: the frozen held-out part of KLUE-NER (quality_gate/pii/klue.py), PS -> PERSON and
  LC -> LOCATION, scored with the gate plus LOCATION masking (`with_locations`: by default the gate
  masks addresses, not bare place names); a LOCATION value is found by LOCATION or KR_ADDRESS
  predictions (the PLACE family).
- Mixed documents: tests/pii/eval_mixed/mixed.jsonl, written by another session that never saw
  the recognizers (354 documents, 1,848 values, 482 look-alike negatives).
- Second documents: tests/pii/eval_second/second.jsonl, written later by another session that
  never saw the recognizers, from a brief that asked for birth dates first (the mixed set's birth
  dates were read once to write rules, so they no longer measure them). Same format as the mixed
  set; reported on its own. Its first score (2026-12-06: birth dates 0.716) is its independent
  figure; since the eleventh session it is a development set: its misses were read to write rules.
- Third documents: tests/pii/eval_third/third.jsonl, written by three more sessions from a brief that
  lists no value forms (342 documents, 1,901 values, 953 look-alikes), frozen before any recognizer
  ran on it. Its first score (2026-12-06: all values 0.907, birth dates 0.804) is its independent
  figure; after that it became a development set too.
- Fourth documents: tests/pii/eval_fourth/fourth.jsonl, written by three more sessions from the same
  brief (354 documents, 2,088 values, 1,073 look-alikes), frozen before any recognizer ran on it:
  the independent figure for the rules written from the second and third sets' misses. Its first
  score (2026-12-06: all values 0.920, names 0.908, birth dates 0.881) is its independent figure;
  since the twelfth session it is a development set too.
- Fifth documents: tests/pii/eval_fifth/fifth.jsonl, written by three more sessions from the same
  brief (355 documents, 2,162 values, 1,122 look-alikes), frozen before any recognizer ran on it:
  the independent figure for the rules written from the fourth set's misses. Its first score
  (2026-12-06: all values 0.911, names 0.907, birth dates 0.801, not-personal share 0.087) is its
  independent figure; after that it became a development set too.
- Sixth documents: tests/pii/eval_sixth/sixth.jsonl, written by three more sessions from the same
  brief (359 documents, 2,132 values, 968 look-alikes), frozen before any recognizer ran on it: the
  independent figure for the rules written from the fifth set's misses, scored once at the start of
  the thirteenth session before any rule changed (all values 0.904, names 0.919, addresses 0.914,
  birth dates 0.848, not-personal share 0.081); after that it became a development set too.
- Seventh documents: tests/pii/eval_seventh/seventh.jsonl, written by three more sessions from the
  same brief (335 documents, 2,087 values, 1,037 look-alikes), frozen before any recognizer ran on it:
  the independent figure for the thirteenth session's work (the learned birth-date model, the tagger
  trained on the development documents, the rules written from the sixth set's misses), scored once
  at the end of that session; since the fourteenth session it trains both models.
- Eighth documents: tests/pii/eval_eighth/eighth.jsonl, written by three more sessions from the
  same brief (323 documents, 1,710 values, 907 look-alikes), frozen at the end of the thirteenth
  session before any recognizer ran on it, and scored once at the start of the fourteenth before
  anything changed: the independent figure for the thirteenth session's code a second time; after
  that it trains both models too.
- Ninth documents: tests/pii/eval_ninth/ninth.jsonl, written by three more sessions from the same
  brief (344 documents, 2,246 values, 1,195 look-alikes), frozen at the start of the fourteenth
  session before any recognizer ran on it, and scored once at its end: the independent figure for
  that session's work. It is in neither model's training sets.
- Tenth documents: tests/pii/eval_tenth/tenth.jsonl, written by three more sessions (361 documents,
  2,192 values, 1,130 look-alikes), frozen at the end of the fourteenth session and scored once at
  the start of the fifteenth before anything changed: the independent figure for the fourteenth
  session's whole work; since then a development set that trains both models too.
- Eleventh documents: tests/pii/eval_eleventh/eleventh.jsonl, written by three more sessions (335
  documents, 2,102 values, 1,099 look-alikes), frozen early in the fifteenth session before any
  recognizer ran on it, and scored once at its end: the independent figure for that session's work.
  It is in neither model's training sets.
- Twelfth documents: tests/pii/eval_twelfth/twelfth.jsonl, written by three more sessions (350
  documents, 2,240 values, 1,071 look-alikes), frozen at the end of the fifteenth session and scored
  once at the start of the sixteenth before anything changed: the independent figure for the
  fifteenth session's whole work; since then a development set that trains both models too.
- Thirteenth documents: tests/pii/eval_thirteenth/thirteenth.jsonl, written by three more sessions
  (361 documents, 2,192 values, 979 look-alikes), frozen early in the sixteenth session before any
  recognizer ran on it, and scored once at its end: the independent figure for that session's work;
  since the seventeenth session a development set (its misses read), but not yet training data: a build
  with it drew a PERSON threshold of 0.45 and found fewer names (README, seventeenth session).
- Fourteenth documents: tests/pii/eval_fourteenth/fourteenth.jsonl, written by three more sessions
  (352 documents, 2,134 values, 1,136 look-alikes), frozen early in the seventeenth session before any
  recognizer ran on it, and scored once at its end: the independent figure for that session's work;
  since the eighteenth session a development set (its misses read), in neither model's training sets.
- Fifteenth documents: tests/pii/eval_fifteenth/fifteenth.jsonl, written by three more sessions (341
  documents, 2,590 values, 1,411 look-alikes), frozen early in the eighteenth session before any
  recognizer ran on it, scored first with the code that session started from and at its end with its
  own: the independent figure for that session's work; since the nineteenth session a development set
  (its misses read), in neither model's training sets.
- Sixteenth documents: tests/pii/eval_sixteenth/sixteenth.jsonl, written by three more sessions (337
  documents, 2,341 values, 1,120 look-alikes), frozen early in the nineteenth session before any
  recognizer ran on it, scored first with the code that session started from and at its end with its
  own: the independent figure for that session's work; since the twentieth session a development set
  (its misses read), in neither model's training sets.
- Seventeenth documents: tests/pii/eval_seventeenth/seventeenth.jsonl, written by three more sessions
  (352 documents, 2,354 values, 1,224 look-alikes), frozen early in the twentieth session before any
  recognizer ran on it, scored first with the code that session started from and at its end with its
  own: the independent figure for that session's work. It is in neither model's training sets.

Scoring (evaluation.score_coverage): a value is found when predictions of its family cover >= 80%
of its non-space characters; a masked span is "not personal" when it overlaps a negative or no
labelled value at all. Per entity recall, span precision and the not-personal share are reported
for each set and for both together. Only aggregate numbers are printed: per-document errors of
these sets are not looked at (they are frozen for evaluation, not for tuning).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from configuration.models import PiiEntityConfig
from quality_gate.pii.evaluation import CoverageReport, score_coverage
from quality_gate.pii.klue import ENTITIES, FILENAME, read_klue

# Where the two document sets are frozen (read by `minwon pii evaluate` and benchmarks/quality_gate.py).
_EVAL_DIR = Path(__file__).resolve().parents[2] / "tests" / "pii"
MIXED_SET = _EVAL_DIR / "eval_mixed" / "mixed.jsonl"
SECOND_SET = _EVAL_DIR / "eval_second" / "second.jsonl"
THIRD_SET = _EVAL_DIR / "eval_third" / "third.jsonl"
FOURTH_SET = _EVAL_DIR / "eval_fourth" / "fourth.jsonl"
FIFTH_SET = _EVAL_DIR / "eval_fifth" / "fifth.jsonl"
SIXTH_SET = _EVAL_DIR / "eval_sixth" / "sixth.jsonl"
SEVENTH_SET = _EVAL_DIR / "eval_seventh" / "seventh.jsonl"
EIGHTH_SET = _EVAL_DIR / "eval_eighth" / "eighth.jsonl"
NINTH_SET = _EVAL_DIR / "eval_ninth" / "ninth.jsonl"
TENTH_SET = _EVAL_DIR / "eval_tenth" / "tenth.jsonl"
ELEVENTH_SET = _EVAL_DIR / "eval_eleventh" / "eleventh.jsonl"
TWELFTH_SET = _EVAL_DIR / "eval_twelfth" / "twelfth.jsonl"
THIRTEENTH_SET = _EVAL_DIR / "eval_thirteenth" / "thirteenth.jsonl"
FOURTEENTH_SET = _EVAL_DIR / "eval_fourteenth" / "fourteenth.jsonl"
FIFTEENTH_SET = _EVAL_DIR / "eval_fifteenth" / "fifteenth.jsonl"
SIXTEENTH_SET = _EVAL_DIR / "eval_sixteenth" / "sixteenth.jsonl"
SEVENTEENTH_SET = _EVAL_DIR / "eval_seventeenth" / "seventeenth.jsonl"
# The document sets reported each on its own, in the order they were written.
DOCUMENT_SETS = {"second": SECOND_SET, "third": THIRD_SET, "fourth": FOURTH_SET, "fifth": FIFTH_SET,
                 "sixth": SIXTH_SET, "seventh": SEVENTH_SET, "eighth": EIGHTH_SET, "ninth": NINTH_SET,
                 "tenth": TENTH_SET, "eleventh": ELEVENTH_SET, "twelfth": TWELFTH_SET,
                 "thirteenth": THIRTEENTH_SET, "fourteenth": FOURTEENTH_SET, "fifteenth": FIFTEENTH_SET,
                 "sixteenth": SIXTEENTH_SET, "seventeenth": SEVENTEENTH_SET}
# What the learned birth-date model is trained on (training/pii_ner/birth_dates.py): the development
# sets only. A set joins when it has been scored once as the independent set, never before; its
# figures after that are training figures for birth dates (leave-one-set-out gives the honest ones).
BIRTH_DATE_TRAINING_SETS = {"mixed": MIXED_SET} | {name: DOCUMENT_SETS[name] for name in (
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth")}


def sets_sha256(sets: dict[str, Path]) -> str:
    """One hash over named sets' bytes (an absent file hashes as absent): what the PII model build keys
    the development sets by, and what its card records."""
    digest = hashlib.sha256()
    for name, path in sorted(sets.items()):
        digest.update(name.encode())
        digest.update(Path(path).read_bytes() if Path(path).is_file() else b"absent")
    return digest.hexdigest()


@dataclass
class EvalDocument:
    text: str
    gold: list[tuple[str, int, int]]
    negatives: list[tuple[int, int]] = field(default_factory=list)


def klue_heldout(klue_dir: Path) -> list[EvalDocument]:
    return [
        EvalDocument(s.text, [(ENTITIES[tag], start, end) for start, end, tag in s.spans if tag in ENTITIES])
        for s in read_klue(Path(klue_dir) / FILENAME) if s.split == "heldout"
    ]


def labelled_documents(path: Path) -> list[EvalDocument]:
    """The mixed and second sets' format: one JSON object per line with text, spans and negatives."""
    documents = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            documents.append(EvalDocument(
                item["text"],
                [(span["entity"], span["start"], span["end"]) for span in item["spans"]],
                [(neg["start"], neg["end"]) for neg in item.get("negatives", [])],
            ))
    return documents


def score(masker, documents: list[EvalDocument], batch: int = 64) -> CoverageReport:
    report = CoverageReport()
    detect_batch = getattr(masker, "detect_batch", None)
    for begin in range(0, len(documents), batch):
        chunk = documents[begin : begin + batch]
        texts = [d.text for d in chunk]
        detections = detect_batch(texts) if detect_batch else [masker.detect(t) for t in texts]
        for document, found in zip(chunk, detections):
            predicted = [(d.entity, d.start, d.end) for d in found]
            score_coverage(report, document.text, document.gold, predicted, negatives=document.negatives)
    return report


def with_locations(pii_config):
    """The gate's PII config with LOCATION masked too: what the KLUE held-out part is scored with
    (KLUE labels bare place names, which the gate by default leaves in the text)."""
    entities = dict(pii_config.entities)
    entities.setdefault("LOCATION", PiiEntityConfig(operator="tag"))
    return pii_config.model_copy(update={"entities": entities})


def evaluation_report(masker, klue_dir: Path | None, mixed_path: Path | None, klue_masker=None,
                      document_sets: dict[str, Path | None] | None = None) -> dict[str, CoverageReport]:
    """{"klue_heldout", "mixed", "both", and each of `document_sets` ("second" ... "ninth")} -> report (a set that is absent is left out;
    "both" is the KLUE held-out part and the mixed set together, issue 13's "both sets"). The KLUE
    part is scored with `klue_masker` when given (the gate with LOCATION on, see with_locations)."""
    reports: dict[str, CoverageReport] = {}
    if klue_dir is not None and (Path(klue_dir) / FILENAME).is_file():
        reports["klue_heldout"] = score(klue_masker or masker, klue_heldout(klue_dir))
    if mixed_path is not None and Path(mixed_path).is_file():
        reports["mixed"] = score(masker, labelled_documents(mixed_path))
    if len(reports) == 2:
        reports["both"] = reports["klue_heldout"].merged(reports["mixed"])
    for name, path in (document_sets or {}).items():
        if path is not None and Path(path).is_file():
            reports[name] = score(masker, labelled_documents(path))
    return reports
