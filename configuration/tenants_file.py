"""Add a city to configs/tenants.yaml without touching what is already there.

`minwon tenants add ID --from proposal.yaml` calls `add_tenant`: the new block is validated together
with the existing tenants and the taxonomy, then appended as text (comments and layout of the file
are kept); the whole folder is loaded again and the file restored if that fails.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from configuration.errors import ConfigError
from configuration.loader import config_dir, load_config, read_yaml
from configuration.models import TENANT_ID, TenantsConfig


def proposal_body(proposal: dict, tenant_id: str) -> dict:
    """The tenant's fields from a proposal file: `{ID: {...}}`, `{tenants: {ID: {...}}}` or the fields."""
    if isinstance(proposal.get("tenants"), dict):
        proposal = proposal["tenants"]
    if tenant_id in proposal and isinstance(proposal[tenant_id], dict):
        return dict(proposal[tenant_id])
    if "display_name" in proposal:
        return dict(proposal)
    raise ConfigError(f"the proposal has no tenant '{tenant_id}' (keys: {', '.join(map(str, proposal))})")


def render_block(tenant_id: str, body: dict) -> str:
    """The YAML text of one tenant, indented under `tenants:`."""
    text = yaml.safe_dump({tenant_id: body}, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)
    return "".join(f"  {line}\n" for line in text.splitlines())


def add_tenant(tenant_id: str, body: dict, directory: Path | None = None) -> Path:
    """Append tenant `tenant_id` to `<configs>/tenants.yaml`; returns the file. Raises ConfigError
    (naming the file and the field) when the id exists or the result would not validate."""
    directory = Path(directory) if directory else config_dir()
    path = directory / "tenants.yaml"
    if not TENANT_ID.match(tenant_id):
        raise ConfigError(f"{path}: tenant id '{tenant_id}' must match {TENANT_ID.pattern}")
    data = read_yaml(path)
    tenants = data.get("tenants") or {}
    if tenant_id in tenants:
        raise ConfigError(f"{path}: tenant '{tenant_id}' already exists; edit the file to change it")
    try:
        TenantsConfig(tenants={**tenants, tenant_id: body})
    except ValidationError as error:
        raise ConfigError.from_validation(path, error) from None
    original = path.read_text(encoding="utf-8")
    separator = "" if original.endswith("\n") else "\n"
    path.write_text(original + separator + render_block(tenant_id, body), encoding="utf-8")
    try:
        config = load_config(directory)  # the taxonomy cross-check and every other file, as on start
        if tenant_id not in config.tenants.tenants:
            raise ConfigError(f"{path}: the new block did not land under 'tenants:'")
    except Exception:
        path.write_text(original, encoding="utf-8")
        raise
    return path
