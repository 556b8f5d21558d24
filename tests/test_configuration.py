"""configs/ is validated on load; errors name the file and the field."""

import shutil

import pytest
import yaml

from configuration import ConfigError, load_config, load_training_config


def copy_configs(tmp_path):
    target = tmp_path / "configs"
    shutil.copytree(load_config().directory, target)
    return target


def edit(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_shipped_configs_have_the_design_quotas():
    config = load_config()
    quotas = {t.id: t.quotas for t in config.tenants.tenants.values()}
    assert {t: q.api_calls_per_day for t, q in quotas.items()} == {"suwon": 10000, "seongnam": 10000, "yongin": 5000}
    assert {t: q.gpu_hours_per_month for t, q in quotas.items()} == {"suwon": 100, "seongnam": 100, "yongin": 50}
    assert {t: q.upload_gb_per_month for t, q in quotas.items()} == {"suwon": 50, "seongnam": 50, "yongin": 30}
    assert config.tenants.get("suwon").display_name == "수원시"
    assert 8 <= len(config.taxonomy.departments) <= 10
    assert load_training_config("klue-bert-base").base_model == "klue/bert-base"
    assert load_training_config("tiny").build_base is not None


def test_error_names_file_and_field(tmp_path):
    directory = copy_configs(tmp_path)
    edit(directory / "tenants.yaml", lambda d: d["tenants"]["suwon"]["quotas"].update(api_calls_per_day=-5))
    with pytest.raises(ConfigError) as caught:
        load_config(directory)
    message = str(caught.value)
    assert "tenants.yaml" in message and "tenants.suwon.quotas.api_calls_per_day" in message


def test_mapping_to_unknown_taxonomy_code_is_refused(tmp_path):
    directory = copy_configs(tmp_path)
    edit(directory / "tenants.yaml", lambda d: d["tenants"]["yongin"]["departments"].update({"우주과": "SPACE"}))
    with pytest.raises(ConfigError, match=r"tenants\.yaml.*yongin\.departments\.우주과.*SPACE"):
        load_config(directory)


def test_unknown_field_and_bad_yaml_are_refused(tmp_path):
    directory = copy_configs(tmp_path)
    edit(directory / "platform.yaml", lambda d: d["storage"].update(backend="ftp"))
    with pytest.raises(ConfigError, match=r"platform\.yaml: field 'storage\.backend'"):
        load_config(directory)
    (directory / "taxonomy.yaml").write_text("departments: [unclosed", encoding="utf-8")
    with pytest.raises(ConfigError, match="taxonomy.yaml: not valid YAML"):
        load_config(directory)


def test_environment_overrides_platform_yaml(monkeypatch):
    monkeypatch.setenv("MINWON_STORAGE__BACKEND", "s3")
    monkeypatch.setenv("MINWON_STORAGE__S3__BUCKET", "city-data")
    storage = load_config().platform.storage
    assert (storage.backend, storage.s3.bucket, storage.s3.region) == ("s3", "city-data", "us-east-1")


def test_unknown_training_config_lists_available():
    with pytest.raises(ConfigError, match="available: .*tiny"):
        load_training_config("huge")
