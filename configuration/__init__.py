"""Configuration: the YAML files in `configs/`, validated on load.

Every loader raises ConfigError naming the file and the field, so an operator can fix it directly.
"""

from configuration.errors import ConfigError
from configuration.models import (
    Department,
    PlatformSettings,
    QualityGateConfig,
    Taxonomy,
    Tenant,
    TenantQuotas,
    TenantsConfig,
    TrainingConfig,
)
from configuration.loader import Config, config_dir, data_dir, load_config, load_training_config

__all__ = [
    "Config",
    "ConfigError",
    "Department",
    "PlatformSettings",
    "QualityGateConfig",
    "Taxonomy",
    "Tenant",
    "TenantQuotas",
    "TenantsConfig",
    "TrainingConfig",
    "config_dir",
    "data_dir",
    "load_config",
    "load_training_config",
]
