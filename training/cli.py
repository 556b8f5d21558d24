"""`minwon base-model pretrain|show`: the pretrained tiny Korean encoder in the model registry.

`base_model_app` is a typer sub-app mounted by cli/main.py.
"""

from __future__ import annotations

import json

import typer

base_model_app = typer.Typer(help="Pretrain and inspect the base encoder that fine-tuning starts from.",
                             no_args_is_help=True)


@base_model_app.command("pretrain")
def pretrain_cmd(
    config: str = typer.Option("tiny", help="Training config whose registry:// base and pretrain recipe to use"),
    steps: int = typer.Option(None, help="Optimizer steps (default: the recipe's)"),
    device: str = typer.Option(None, help="cpu or cuda (default: cuda when available)"),
) -> None:
    """Build the corpus, pretrain (MLM) and publish a new version; `latest` then names it."""
    import logging

    from runtime import current_platform
    from training.pretrain import pretrain_and_publish

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    platform = current_platform()
    cfg = platform.config.training(config)
    if not cfg.base_model.startswith("registry://") or cfg.pretrain is None:
        typer.echo(f"error: config '{config}' has no registry:// base_model with a pretrain recipe", err=True)
        raise typer.Exit(2)
    version = pretrain_and_publish(cfg, platform, reason="minwon base-model pretrain", steps=steps, device=device)
    typer.echo(f"{cfg.base_model} {version} published; fine-tuning runs of '{config}' now start from it")


@base_model_app.command("show")
def show_cmd(config: str = typer.Option("tiny", help="Training config whose base to show")) -> None:
    """The version behind the config's base, its data, licences and pretraining numbers."""
    from registry import ModelVersionNotFound, registry_version
    from runtime import current_platform

    platform = current_platform()
    cfg = platform.config.training(config)
    if not cfg.base_model.startswith("registry://"):
        typer.echo(f"{config}: base_model {cfg.base_model} (not a registry model)")
        return
    try:
        registry, version = registry_version(cfg.base_model, platform.store)
    except ModelVersionNotFound as error:
        typer.echo(str(error))
        raise typer.Exit(1)
    report = registry.read_json(version, "pretraining.json")
    typer.echo(f"{cfg.base_model} -> {version} (of {', '.join(registry.versions())})")
    summary = {key: report[key] for key in ("steps", "tokens_seen", "tokens_per_second", "device", "corpus_texts",
                                            "held_out_mlm", "tokenizer", "licences")}
    summary["sources"] = {name: {"records": s["records"], "files": s["files"]} for name, s in report["sources"].items()}
    typer.echo(json.dumps(summary, indent=2, ensure_ascii=False))
