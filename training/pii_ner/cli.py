"""`minwon pii ...`: build and publish the learned PII tagger; the evaluation report."""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path

import typer

pii_app = typer.Typer(no_args_is_help=True)


@pii_app.command("train-model")
def train_model_command(
    force: bool = typer.Option(False, help="Train again even when this data and code were built already"),
    publish: bool = typer.Option(True, help="Publish to the model registry as pii-ner (alias production)"),
    allow_synthetic_only: bool = typer.Option(
        False, help="Build and publish even without KLUE-NER (synthetic sentences only: many ordinary words "
                    "masked as names). For demos and tests on a machine without the shared data"),
) -> None:
    """Build the PERSON / LOCATION / ADDRESS tagger (KLUE-NER train part + synthetic sentences;
    minutes on 2 CPU cores, cached per data and code) and publish it for the quality gate."""
    from training.pii_ner.build import KlueNerMissing, ensure_model, publish_model

    logging.getLogger("training.pii_ner").setLevel(logging.INFO)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="%(message)s")
    try:
        folder = ensure_model(force=force, allow_synthetic_only=allow_synthetic_only)
    except KlueNerMissing as refused:
        typer.echo(f"error: {refused}", err=True)
        raise typer.Exit(2) from None
    card = json.loads((folder / "model_card.json").read_text(encoding="utf-8"))
    onnx = card["onnx"]
    typer.echo(f"pii-ner model: {folder} ({onnx['precision']}, {onnx['bytes'] / 1e6:.2f} MB, "
               f"{card['parameters']:,} parameters; built in {card['build_seconds']:.0f} s; "
               f"KLUE-NER {'used' if card['klue_used'] else 'NOT FOUND: synthetic sentences only'})")
    typer.echo(f"  validation recall {onnx['validation_recall_shipped']}; thresholds {card['thresholds']}")
    if publish:
        from runtime import current_platform

        version, new = publish_model(folder, current_platform(), allow_synthetic_only=allow_synthetic_only)
        typer.echo(f"  registry: pii-ner {version} ({'published' if new else 'already production'})")


def _fmt(value: float) -> str:
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.3f}"


@pii_app.command("evaluate")
def evaluate_command(
    json_out: Path = typer.Option(None, "--json", help="Also write the report as JSON here"),
    klue_dir: Path = typer.Option(None, help="KLUE-NER folder (default ../shared/data/klue-ner)"),
    mixed: Path = typer.Option(None, help="The independent mixed evaluation set (JSONL; default "
                                           "tests/pii/eval_mixed/mixed.jsonl)"),
    second: Path = typer.Option(None, help="The second set, birth dates first, a development set since its first "
                                            "score (JSONL; default tests/pii/eval_second/second.jsonl)"),
    third: Path = typer.Option(None, help="The third set, a development set since its first score (JSONL; default "
                                           "tests/pii/eval_third/third.jsonl)"),
    fourth: Path = typer.Option(None, help="The fourth set, a development set since its first score (JSONL; "
                                            "default tests/pii/eval_fourth/fourth.jsonl)"),
    fifth: Path = typer.Option(None, help="The fifth set, a development set since its first score (JSONL; "
                                           "default tests/pii/eval_fifth/fifth.jsonl)"),
    sixth: Path = typer.Option(None, help="The sixth set, a development set since its first score (JSONL; "
                                           "default tests/pii/eval_sixth/sixth.jsonl)"),
    seventh: Path = typer.Option(None, help="The seventh set, a development set since its first score (JSONL; "
                                             "default tests/pii/eval_seventh/seventh.jsonl)"),
    eighth: Path = typer.Option(None, help="The eighth set, a development set since its first score (JSONL; "
                                            "default tests/pii/eval_eighth/eighth.jsonl)"),
    ninth: Path = typer.Option(None, help="The ninth set, a development set since its first score (JSONL; default "
                                           "tests/pii/eval_ninth/ninth.jsonl)"),
    tenth: Path = typer.Option(None, help="The tenth set, a development set since its first score (JSONL; default "
                                           "tests/pii/eval_tenth/tenth.jsonl)"),
    eleventh: Path = typer.Option(None, help="The eleventh set, a development set since its first score (JSONL; default "
                                              "tests/pii/eval_eleventh/eleventh.jsonl)"),
    twelfth: Path = typer.Option(None, help="The twelfth set, a development set since its first score (JSONL; "
                                             "default tests/pii/eval_twelfth/twelfth.jsonl)"),
    thirteenth: Path = typer.Option(None, help="The thirteenth set, a development set since its first score (JSONL; "
                                                "default tests/pii/eval_thirteenth/thirteenth.jsonl)"),
    fourteenth: Path = typer.Option(None, help="The fourteenth set, a development set since its first score (JSONL; "
                                                "default tests/pii/eval_fourteenth/fourteenth.jsonl)"),
    fifteenth: Path = typer.Option(None, help="The fifteenth set, a development set since its first score (JSONL; "
                                               "default tests/pii/eval_fifteenth/fifteenth.jsonl)"),
    sixteenth: Path = typer.Option(None, help="The sixteenth set, a development set since its first score (JSONL; "
                                               "default tests/pii/eval_sixteenth/sixteenth.jsonl)"),
    seventeenth: Path = typer.Option(None, help="The seventeenth independent set (JSONL; default "
                                                 "tests/pii/eval_seventeenth/seventeenth.jsonl)"),
) -> None:
    """Recall per entity, span precision and the share of masked spans that are not personal, on
    the KLUE-NER held-out part and the seventeen document sets (aggregate numbers only)."""
    from configuration import load_config
    from quality_gate.pii import build_masker
    from quality_gate.pii.eval_sets import DOCUMENT_SETS, MIXED_SET, evaluation_report, with_locations
    from quality_gate.pii.klue import default_klue_dir
    from quality_gate.pii.ner.model import NerModelError, cpu_description, weights_sha256

    pii_config = load_config().quality_gate.pii
    try:
        masker = build_masker(pii_config)
    except NerModelError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1)
    klue_masker = (build_masker(with_locations(pii_config), model_dir=masker.ner_model.directory)
                   if masker.ner_model is not None else None)
    given = {"second": second, "third": third, "fourth": fourth, "fifth": fifth, "sixth": sixth, "seventh": seventh,
             "eighth": eighth, "ninth": ninth, "tenth": tenth,
             "eleventh": eleventh, "twelfth": twelfth, "thirteenth": thirteenth, "fourteenth": fourteenth,
             "fifteenth": fifteenth, "sixteenth": sixteenth, "seventeenth": seventeenth}
    reports = evaluation_report(masker, klue_dir or default_klue_dir(), mixed or MIXED_SET, klue_masker=klue_masker,
                                document_sets={name: given[name] or path for name, path in DOCUMENT_SETS.items()})
    for name, report in reports.items():
        typer.echo("\n" + report.table(f"[{name}] {report.records} documents"))
    result = {name: report.as_dict() for name, report in reports.items()}
    if masker.ner_model is not None:
        card = masker.ner_model.card
        result["model"] = {"build_key": card.get("build_key"), "precision": card["onnx"]["precision"],
                           "directory": str(masker.ner_model.directory),
                           "weights_sha256": weights_sha256(masker.ner_model.directory),
                           "built_on": card.get("built_on"), "evaluated_on": cpu_description()}
    if json_out:
        json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    typer.echo(json.dumps({name: {"recall": r["recall"], "not_personal_share": r["not_personal_share"]}
                           for name, r in result.items() if name != "model"}, ensure_ascii=False))
