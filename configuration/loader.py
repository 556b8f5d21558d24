"""Load and validate the whole `configs/` folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from configuration.errors import ConfigError
from configuration.gpu import GpuConfig, check_tenants
from configuration.models import (
    PlatformSettings,
    QualityGateConfig,
    Taxonomy,
    TenantsConfig,
    TrainingConfig,
)

ModelT = TypeVar("ModelT", bound=BaseModel)
_REPO_CONFIGS = Path(__file__).resolve().parent.parent / "configs"


def config_dir() -> Path:
    return Path(os.environ.get("MINWON_CONFIG_DIR", _REPO_CONFIGS)).resolve()


def data_dir() -> Path:
    """Where the embedded defaults keep state (local object store, SQLite file, caches)."""
    path = Path(os.environ.get("MINWON_DATA_DIR", "var")).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def read_yaml(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


def load_model(path: Path, model: type[ModelT]) -> ModelT:
    try:
        return model(**read_yaml(path))
    except ValidationError as error:
        raise ConfigError.from_validation(path, error) from None


@dataclass(frozen=True)
class Config:
    """Everything in `configs/`, validated and cross-checked."""

    directory: Path
    platform: PlatformSettings
    taxonomy: Taxonomy
    tenants: TenantsConfig
    quality_gate: QualityGateConfig

    def training(self, name: str) -> TrainingConfig:
        return load_training_config(name, self.directory)

    def gpu(self) -> GpuConfig:
        """configs/gpu.yaml (GPU pools and scheduling policy), checked against tenants.yaml."""
        return load_gpu_config(self.directory, self.tenants)


def _check_department_mappings(path: Path, tenants: TenantsConfig, taxonomy: Taxonomy) -> None:
    codes = set(taxonomy.codes)
    for tenant in tenants.tenants.values():
        for name, code in tenant.departments.items():
            if code not in codes:
                raise ConfigError(
                    f"{path}: field 'tenants.{tenant.id}.departments.{name}': "
                    f"'{code}' is not a department code in taxonomy.yaml"
                )


def load_config(directory: Path | None = None) -> Config:
    directory = Path(directory) if directory else config_dir()
    taxonomy = load_model(directory / "taxonomy.yaml", Taxonomy)
    tenants = load_model(directory / "tenants.yaml", TenantsConfig)
    _check_department_mappings(directory / "tenants.yaml", tenants, taxonomy)
    return Config(
        directory=directory,
        platform=load_model(directory / "platform.yaml", PlatformSettings),
        taxonomy=taxonomy,
        tenants=tenants,
        quality_gate=load_model(directory / "quality_gate.yaml", QualityGateConfig),
    )


@lru_cache(maxsize=1)
def cached_config() -> Config:
    return load_config()


def load_training_config(name: str, directory: Path | None = None) -> TrainingConfig:
    directory = Path(directory) if directory else config_dir()
    path = directory / "training" / f"{name}.yaml"
    if not path.is_file():
        available = sorted(p.stem for p in (directory / "training").glob("*.yaml"))
        raise ConfigError(f"{path}: no training config '{name}' (available: {', '.join(available)})")
    return load_model(path, TrainingConfig)


def load_gpu_config(directory: Path | None = None, tenants: TenantsConfig | None = None) -> GpuConfig:
    directory = Path(directory) if directory else config_dir()
    path = directory / "gpu.yaml"
    gpu = load_model(path, GpuConfig)
    check_tenants(path, gpu, tenants or load_model(directory / "tenants.yaml", TenantsConfig))
    return gpu
