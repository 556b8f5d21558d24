"""Step 1: the tiny Korean BERT base and its tokenizer."""

import json

from configuration import load_training_config
from training.base_model import build_tiny_base_model, ks_x_1001_syllables, upload_base_model

UNSEEN = "교통 불편 신고: 「힝갉」 횡단보도 신호 대기시간 조정 요청 ㅠㅠ ABC 123"


def test_ks_x_1001_syllables():
    syllables = ks_x_1001_syllables()
    assert len(syllables) == 2350
    assert syllables[0] == "가" and syllables[-1] == "힝"


def test_tokenizer_round_trip_keeps_korean(platform):
    from transformers import AutoTokenizer, BertTokenizerFast

    base_dir = platform["base_dir"]
    settings = json.loads((base_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
    assert settings["do_lower_case"] is False  # else a reload rebuilds a jamo-splitting normalizer
    for loader in (AutoTokenizer, BertTokenizerFast):
        tokenizer = loader.from_pretrained(base_dir)
        tokens = tokenizer.convert_ids_to_tokens(tokenizer(UNSEEN)["input_ids"])
        assert "[UNK]" not in tokens, tokens
        assert tokenizer.decode(tokenizer(UNSEEN)["input_ids"], skip_special_tokens=True).replace(" ", "") \
            == UNSEEN.replace(" ", "")
    # Whole topical words from the corpus became single tokens (the vocabulary learnt something).
    assert "쓰레기" in tokenizer.get_vocab() or "버스" in tokenizer.get_vocab()


def test_base_model_from_config_and_store(tmp_path, platform):
    from transformers import AutoConfig, BertModel

    from registry import resolve_model_uri

    arch = load_training_config("tiny").build_base  # the repository's tiny.yaml architecture
    texts = platform["records"]["body"].head(200).tolist()
    out = build_tiny_base_model(texts, arch, tmp_path / "base")
    config = AutoConfig.from_pretrained(out)
    assert config.hidden_size == arch.hidden_size and config.num_hidden_layers == arch.num_hidden_layers
    assert config.vocab_size >= arch.vocab_size and config.max_position_embeddings == arch.max_position_embeddings
    assert json.loads((out / "config.json").read_text())["attn_implementation"] == "eager"
    uri = upload_base_model(platform["store"], out, "base-models/tiny-from-yaml")
    local = resolve_model_uri(uri, platform["store"], tmp_path / "cache")
    model = BertModel.from_pretrained(local)
    assert model.config.hidden_size == arch.hidden_size
    assert model.config._attn_implementation == "eager"  # inherited from config.json
