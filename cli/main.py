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
    gpu = config.gpu()
    typer.echo(f"  GPUs: {len(gpu.hosts)} hosts, {gpu.vgpu_slices} vGPU slices, scheduler backend "
               f"{config.platform.scheduler.backend} (configs/gpu.yaml)")


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
def retrain(
    config: str = typer.Option("tiny", help="Training config name in configs/training/"),
    tenant: list[str] = typer.Option(None, help="Tenant whose new uploads to ingest (repeatable); default all"),
    resume: str = typer.Option(None, help="Resume this retrain run at its first unfinished stage"),
    list_runs: bool = typer.Option(False, "--list", help="List recent retrain runs and their stages, then exit"),
) -> None:
    """Run the whole retrain flow: ingest -> quality gate -> train -> publish (or resume one)."""
    from flows.retrain import RetrainParameters, retrain_flow
    from flows.stages import StageLedger, UnknownRunError
    from runtime import current_platform

    ledger = StageLedger(current_platform().sessions)
    if list_runs:
        for run, stages in ledger.runs():
            states = ", ".join(f"{r.stage} {r.state}" for r in stages) or "no stage started"
            typer.echo(f"{run.run_id}  {run.created_at:%Y-%m-%d %H:%M}  attempts {run.attempts}  {states}")
        return
    try:
        result = retrain_flow(RetrainParameters(training_config=config, tenants=tenant or None, resume=resume))
    except UnknownRunError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2)
    except Exception as error:  # noqa: BLE001 - the ledger says where it stopped; print that, not a traceback
        runs = ledger.runs(limit=1) if resume is None else [(None, ledger.stages(resume))]
        failed = [r for r in (runs[0][1] if runs else []) if r.state == "failed"]
        run_id = resume or (runs[0][0].run_id if runs and runs[0][0] is not None else "?")
        where = f" at stage {failed[-1].stage}" if failed else ""
        typer.echo(f"retrain run {run_id} failed{where}: {type(error).__name__}: {error}", err=True)
        typer.echo(f"resume it with: minwon retrain --resume {run_id}", err=True)
        raise typer.Exit(1)
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
from training.pii_ner.cli import pii_app  # noqa: E402
from cli.operations import erase as erase_command, models_app  # noqa: E402

tenants_app.command("erase")(erase_command)

app.add_typer(serving_app, name="api", help="Serve the classification API; export a model for Triton.")
app.add_typer(keys_app, name="keys", help="Issue, rotate, revoke and list tenant API keys.")
from ingest.onboarding import register_onboarding  # noqa: E402

register_onboarding(tenants_app)  # `minwon tenants inspect FILE`, `minwon tenants add ID --from proposal.yaml`
app.add_typer(tenants_app, name="tenants", help="Onboard cities (inspect, add), provision their RGW users, bucket policies and SFTP folders.")
app.add_typer(upload_app, name="upload", help="Presigned uploads, SFTP sweep, upload quota and audit log.")
app.add_typer(pii_app, name="pii", help="The learned PII tagger: build, publish, evaluate.")
app.add_typer(models_app, name="models", help="Model versions: list, show lineage and decisions.")


# ---- GPU layer (scheduling/): pools, Slurm provisioning, status; batch classification as a GPU job
from scheduling.cli import gpu_app  # noqa: E402

app.add_typer(gpu_app, name="gpu", help="GPU pools and scheduling: provision Slurm, status, metrics.")


@app.command("classify-batch")
def classify_batch(
    file: Path = typer.Argument(..., help="Complaints to classify: .jsonl (id, text), .csv (text or title/body) or .txt"),
    tenant: str = typer.Option(..., help="The city whose job this is (account, dedicated vGPU, results area)"),
    urgent: bool = typer.Option(False, "--urgent", help="Urgent inference: first in the queue; may take a "
                                                        "training GPU (after its checkpoint) when vGPUs are full"),
    backend: str = typer.Option(None, help="local or slurm (default: platform.yaml scheduler.backend)"),
) -> None:
    """Classify a file as an inference job on the vGPU pool; results go to the city's batch area."""
    from scheduling import PolicyError, SlurmError
    from serving.batch import BatchInputError, run_batch

    try:
        result = run_batch(file, tenant, urgent=urgent, backend_name=backend, log=typer.echo)
    except (BatchInputError, PolicyError, SlurmError, KeyError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1)
    if not result.outcome.ok:
        typer.echo(f"error: the job did not complete: {result.outcome.summary()}", err=True)
        raise typer.Exit(1)
    summary = result.summary or {}
    typer.echo(f"{summary.get('records')} records classified with {summary.get('model_version')} -> "
               f"{result.output_key} ({', '.join(f'{k} {v}' for k, v in sorted(summary.get('departments', {}).items()))})")


from training.cli import base_model_app  # noqa: E402

app.add_typer(base_model_app, name="base-model", help="Pretrain (MLM) and show the tiny Korean encoder.")


if __name__ == "__main__":
    app()
