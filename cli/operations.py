"""Operating the platform: `minwon tenants erase`, `minwon models list|show`."""

from __future__ import annotations

import json

import typer

models_app = typer.Typer(help="Model versions in the registry: lineage, metrics, decisions.", no_args_is_help=True)


def erase(
    tenant: str = typer.Argument(..., help="The city to erase (its id, e.g. yongin)"),
    dry_run: bool = typer.Option(False, "--dry-run", help="List everything that would go; change nothing"),
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation"),
    retrain: bool = typer.Option(False, "--retrain", help="Afterwards, retrain on the remaining cities' data"),
    list_items: bool = typer.Option(False, "--list", help="Print every item, not only the counts"),
    actor: str = typer.Option("operator", help="Who asked (kept in the erasure audit)"),
) -> None:
    """Remove a city's data from everything the platform keeps, and withdraw models trained on it."""
    from flows.erase import EraseParameters, erase_tenant_flow

    parameters = EraseParameters(tenant=tenant, dry_run=dry_run, actor=actor)
    if not dry_run and not yes:
        typer.confirm(f"Erase every upload, record, report, key and model of {tenant}? This cannot be undone",
                      abort=True)
    report = erase_tenant_flow(parameters)
    typer.echo(report.render(list_items or dry_run))
    if dry_run:
        return
    if retrain:
        from flows.retrain import RetrainParameters, retrain_flow

        typer.echo("retraining on the remaining cities' data ...")
        typer.echo(retrain_flow(RetrainParameters()).summary())
    elif report.withdrawn_for_tenant:
        typer.echo(f"models trained on {tenant} are withdrawn ({', '.join(report.withdrawn_for_tenant)}); production is "
                   f"{report.production_after or 'none'}. Retrain on the remaining cities with `minwon retrain` "
                   f"(its data is gone, so no later model can include {tenant}).")


@models_app.command("list")
def list_models() -> None:
    """Every version (and withdrawn ones), with its cities, macro-F1 and whether it serves."""
    from runtime import current_platform

    platform = current_platform()
    registry = platform.registry
    production = registry.get_alias(platform.config.platform.serving.model_alias)
    for version in registry.versions():
        lineage = registry.read_json(version, "lineage.json")
        metrics = registry.read_json(version, "metrics.json")
        mark = "  <- production" if version == production else ""
        typer.echo(f"{version}  macro-F1 {metrics.get('macro_f1', float('nan')):.3f}  "
                   f"cities {', '.join(lineage.get('tenants', []))}{mark}")
    for version in registry.withdrawn():
        tombstone = registry.tombstone(version) or {}
        typer.echo(f"{version}  withdrawn {tombstone.get('withdrawn_at', '?')[:19]}: {tombstone.get('reason', '')}")


@models_app.command("show")
def show_model(version: str = typer.Argument(..., help="A version, e.g. v0003"),
               as_json: bool = typer.Option(False, "--json", help="Print the raw lineage, metrics and decision")) -> None:
    """A version's lineage as a person reads it: uploads and records per city, dataset, base model,
    code, metrics, the promotion decision and whether it serves."""
    from registry import ModelVersionNotFound, RegistryError
    from runtime import current_platform

    platform = current_platform()
    registry = platform.registry
    alias = platform.config.platform.serving.model_alias
    tombstone = None
    try:
        lineage, metrics = registry.read_json(version, "lineage.json"), registry.read_json(version, "metrics.json")
    except ModelVersionNotFound:
        tombstone = registry.tombstone(version)
        if tombstone is None:
            typer.echo(f"error: {registry.name} has no version {version}; see `minwon models list`", err=True)
            raise typer.Exit(2)
        lineage, metrics = tombstone.get("lineage", {}), {}
    except RegistryError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2)
    decision = registry.decision(version) or {}
    if as_json:
        typer.echo(json.dumps({"version": version, "lineage": lineage, "metrics": metrics, "decision": decision,
                               "withdrawn": tombstone}, ensure_ascii=False, indent=2))
        return
    typer.echo(render_version(version, lineage, metrics, decision, tombstone,
                              serving=registry.get_alias(alias) == version, alias=alias))


def render_version(version: str, lineage: dict, metrics: dict, decision: dict, tombstone: dict | None,
                   serving: bool, alias: str) -> str:
    lines = [f"{version}" + (f"  (serving as {alias})" if serving else "")]
    if tombstone:
        lines.append(f"  WITHDRAWN {tombstone.get('withdrawn_at', '?')[:19]}: {tombstone.get('reason', '')} "
                     "(its files are deleted; this is what was recorded about it)")
    lines.append(f"  trained on: {', '.join(lineage.get('tenants', [])) or '?'}")
    for tenant, entry in lineage.get("per_tenant", {}).items():
        lines.append(f"    {tenant}: {entry['train']} train / {entry['validation']} validation / {entry['test']} test "
                     f"records from {len(entry['uploads'])} upload(s): {', '.join(entry['uploads'])}")
    sizes = lineage.get("split_sizes", {})
    lines += [
        f"  dataset: {lineage.get('dataset_version', '?')}  ({sizes.get('train', '?')} train, "
        f"{sizes.get('validation', '?')} validation, {sizes.get('test', '?')} test records)",
        f"  candidate: {lineage.get('candidate', 'transformer')}; "
        f"base model: {lineage.get('base_model_version') or lineage.get('base_model') or 'none'}; "
        f"training config: {lineage.get('training_config', {}).get('name', '?')}; "
        f"run {lineage.get('run_id', '?')} ({lineage.get('steps', '?')} steps on {lineage.get('device', '?')})",
        f"  code: git commit {lineage.get('git_commit') or 'unknown (not run from a git checkout)'}",
        f"  trained {lineage.get('started_at', '?')[:19]} .. {lineage.get('finished_at', '?')[:19]}",
    ]
    if metrics:
        lines.append(f"  test metrics: accuracy {metrics.get('accuracy', float('nan')):.3f}, "
                     f"macro-F1 {metrics.get('macro_f1', float('nan')):.3f}")
        for code, row in metrics.get("per_class", {}).items():
            lines.append(f"    {code:<12} precision {row['precision']:.2f}  recall {row['recall']:.2f}  f1 {row['f1']:.2f}"
                         f"  n={row.get('support', '?')}")
    if decision:
        lines.append(f"  promotion decision: {'promoted' if decision.get('promote') else 'not promoted'} — "
                     f"{'; '.join(decision.get('reasons', []))}")
    return "\n".join(lines)
