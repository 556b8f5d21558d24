"""Model registry on the object store: immutable versions, each with a manifest, plus named aliases."""

from registry.model_registry import ModelRegistry, ModelVersionNotFound, RegistryError
from registry.uris import registry_version, resolve_model_uri

__all__ = ["ModelRegistry", "ModelVersionNotFound", "RegistryError", "registry_version", "resolve_model_uri"]
