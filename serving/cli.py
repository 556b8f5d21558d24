"""`minwon serve` and `minwon serving export-triton`: a typer sub-app for the lead to mount.

    app.add_typer(serving_app, name="serving")
"""

from __future__ import annotations

from pathlib import Path

import typer

serving_app = typer.Typer(help="The classification API and its model exports.", no_args_is_help=True)


@serving_app.command("serve")
def serve(
    host: str = typer.Option("127.0.0.1", help="interface to listen on"),
    port: int = typer.Option(8000),
    workers: int = typer.Option(1, help="worker processes, one listening socket each (quotas stay exact across them)"),
    log_level: str = typer.Option("info"),
) -> None:
    """Run the API (config from MINWON_CONFIG_DIR / MINWON_DATA_DIR / MINWON_*)."""
    from serving.server import serve as run_server

    raise typer.Exit(run_server(host, port, workers, log_level))


@serving_app.command("export-triton")
def export_triton_command(
    out: Path = typer.Option(..., "--out", help="Triton model repository folder"),
    version: str = typer.Option("production", help="a version (v0003) or an alias"),
    max_batch_size: int = typer.Option(64),
    instance_kind: str = typer.Option("KIND_GPU", help="KIND_GPU | KIND_CPU"),
    tensorrt: bool = typer.Option(False, help="enable the TensorRT accelerator in the ORT backend"),
) -> None:
    """Write <out>/<model>/config.pbtxt, <out>/<model>/1/model.onnx and labels for Triton."""
    from configuration import load_config
    from serving.triton import export_triton_from_config

    target = export_triton_from_config(
        load_config(), version, out, max_batch_size=max_batch_size, instance_kind=instance_kind, tensorrt=tensorrt
    )
    typer.echo(str(target))
