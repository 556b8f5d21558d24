"""The `minwon` command line."""

from __future__ import annotations

from pathlib import Path

import typer

from cli.environment import prepare_environment

prepare_environment()

app = typer.Typer(help="minwon: civil-complaint classification platform for Korean cities.", no_args_is_help=True)


@app.command("config-check")
def config_check() -> None:
    """Validate every file in configs/ and print a summary."""
    from configuration import load_config

    config = load_config()
    typer.echo(f"configs OK: {config.directory}")
    typer.echo(f"  departments: {', '.join(config.taxonomy.codes)}")
    for tenant in config.tenants.tenants.values():
        q = tenant.quotas
        typer.echo(
            f"  {tenant.id} ({tenant.display_name}): {q.api_calls_per_day} calls/day, "
            f"{q.gpu_hours_per_month:g} GPU h/month, {q.upload_gb_per_month:g} GB/month, "
            f"{len(tenant.departments)} departments mapped"
        )
    typer.echo(f"  storage: {config.platform.storage.backend}; database: {config.platform.database.url.split('://')[0]}")


@app.command()
def ingest(tenant: list[str] = typer.Option(None, help="Tenant id (repeatable); default all")) -> None:
    """Register new files in the tenants' upload areas (idempotent)."""
    from flows.ingest import IngestParameters, ingest_flow

    uploads = ingest_flow(IngestParameters(tenants=tenant or None))
    typer.echo(f"{len(uploads)} new upload(s) registered")


@app.command()
def gate() -> None:
    """Run the quality gate over every registered upload not gated yet."""
    from flows.quality_gate import GateParameters, quality_gate_flow
    from quality_gate import render_summary

    for report in quality_gate_flow(GateParameters()):
        typer.echo(render_summary(report))


@app.command()
def retrain(config: str = typer.Option("tiny", help="Training config name in configs/training/")) -> None:
    """Run the whole retrain flow: ingest -> quality gate -> train -> publish."""
    from flows.retrain import RetrainParameters, retrain_flow

    result = retrain_flow(RetrainParameters(training_config=config))
    typer.echo(result.summary())
    if result.nothing_to_train:
        raise typer.Exit(3)  # nothing to train: said above, no traceback


@app.command()
def demo(port: int = typer.Option(0, help="API port (0: a free one)")) -> None:
    """The main job end to end on embedded defaults; see README."""
    from cli.demo import run_demo

    run_demo(Path(__file__).resolve().parent.parent, port)


@app.command()
def ui(port: int = typer.Option(4200)) -> None:
    """Start a Prefect server with its UI and serve the retrain deployment (Ctrl-C stops both)."""
    from flows.deployments import run_ui

    run_ui(port)


from ingest.cli import upload_app  # noqa: E402
from tenancy.cli import keys_app  # noqa: E402
from serving.cli import serving_app  # noqa: E402
from tenancy.provisioning import tenants_app  # noqa: E402

app.add_typer(serving_app, name="api", help="Serve the classification API; export a model for Triton.")
app.add_typer(keys_app, name="keys", help="Issue, rotate, revoke and list tenant API keys.")
from ingest.onboarding import register_onboarding  # noqa: E402

register_onboarding(tenants_app)  # `minwon tenants inspect FILE`, `minwon tenants add ID --from proposal.yaml`
app.add_typer(tenants_app, name="tenants", help="Onboard cities (inspect, add), provision their RGW users, bucket policies and SFTP folders.")
app.add_typer(upload_app, name="upload", help="Presigned uploads, SFTP sweep, upload quota and audit log.")
from training.cli import base_model_app  # noqa: E402

app.add_typer(base_model_app, name="base-model", help="Pretrain (MLM) and show the tiny Korean encoder.")


if __name__ == "__main__":
    app()
