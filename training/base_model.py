"""A tiny Korean BERT base, built locally (no hub): a WordPiece tokenizer and a random-init BertModel.

Production fine-tunes KLUE-BERT; this base exists so that CPU tests and the demo run the same code
path (from_pretrained of a local directory) without any download.

Korean traps handled here (see shared/notes/stack.md):
- BERT's default normalizer lowercases and strips accents, which decomposes Hangul into jamo:
  we keep both off, and persist `do_lower_case=False` so a reload rebuilds the same normalizer.
- A WordPiece trained on a small corpus maps every syllable it never saw to [UNK]. All 2,350
  KS X 1001 syllables go into the initial alphabet, and their `##` continuation forms are added,
  so any common Korean word can at least be spelled syllable by syllable.
"""

from __future__ import annotations

import json

import logging
import string
from pathlib import Path

from configuration.models import TinyArchitecture
from storage import ObjectStore

log = logging.getLogger(__name__)

BASE_LINEAGE = "lineage.json"
BASE_MODEL_KEY = "base-models/tiny-ko-bert"
SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def ks_x_1001_syllables() -> list[str]:
    """The 2,350 Hangul syllables of KS X 1001, in code order (EUC-KR 0xB0A1..0xC8FE)."""
    syllables = []
    for high in range(0xB0, 0xC9):
        for low in range(0xA1, 0xFF):
            try:
                syllables.append(bytes([high, low]).decode("euc-kr"))
            except UnicodeDecodeError:
                continue  # a few code points in the range are unassigned
    return syllables


def ks_x_1001_jamo() -> list[str]:
    """The 51 Hangul compatibility jamo of KS X 1001 (0xA4A1..0xA4D3): 'ㅋㅋ', 'ㅠㅠ' in complaints."""
    return [bytes([0xA4, low]).decode("euc-kr") for low in range(0xA1, 0xD4)]


# Punctuation is always split off by the pre-tokenizer, so it needs no `##` form, but an unseen mark
# would still be [UNK]: ASCII punctuation plus what Korean office documents commonly use.
PUNCTUATION = list(string.punctuation) + list("·…‘’“”「」『』【】〈〉《》※○●◎□■△▲▽▼◆◇☆★→←↑↓～、。")


def _word_alphabet() -> list[str]:
    """Characters that occur inside words: each gets its `##` continuation form too."""
    return ks_x_1001_syllables() + ks_x_1001_jamo() + list(string.ascii_letters + string.digits)


def train_wordpiece_tokenizer(texts: list[str], vocab_size: int):
    """Train a cased WordPiece on `texts`; return a `transformers` BertTokenizer (fast) wrapper."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import BertTokenizerFast

    word_alphabet = _word_alphabet()
    alphabet = word_alphabet + PUNCTUATION

    def train(budget: int) -> Tokenizer:
        tokenizer = Tokenizer(models.WordPiece(unk_token="[UNK]", continuing_subword_prefix="##"))
        tokenizer.normalizer = normalizers.BertNormalizer(
            clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=False
        )
        tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
        trainer = trainers.WordPieceTrainer(
            vocab_size=budget,
            special_tokens=SPECIAL_TOKENS,
            initial_alphabet=alphabet,
            continuing_subword_prefix="##",
            show_progress=False,
        )
        tokenizer.train_from_iterator(texts, trainer)
        return tokenizer

    # The `##` forms the trainer did not produce are appended afterwards. Which ones are missing
    # depends only on the corpus, not on the budget, so one retrain with the budget reduced by that
    # count lands the final vocabulary at (or under) `vocab_size`.
    tokenizer = train(vocab_size)
    trained = tokenizer.get_vocab()  # once: it builds a new dict on every call
    missing = [f"##{ch}" for ch in word_alphabet if f"##{ch}" not in trained]
    if missing and len(trained) + len(missing) > vocab_size:
        tokenizer = train(max(vocab_size - len(missing), len(SPECIAL_TOKENS) + len(alphabet)))
    tokens = set(tokenizer.get_vocab()) | {f"##{ch}" for ch in word_alphabet}
    # The trainer breaks frequency ties in hash order, so ids differ from run to run; number the
    # vocabulary canonically (special tokens first, then by string) so that the same vocabulary
    # always gets the same ids, and the seeded embedding rows the same tokens.
    ordered = SPECIAL_TOKENS + sorted(tokens - set(SPECIAL_TOKENS))
    vocab = {token: index for index, token in enumerate(ordered)}

    tokenizer.model = models.WordPiece(
        vocab=vocab, unk_token="[UNK]", continuing_subword_prefix="##", max_input_chars_per_word=100
    )
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])],
    )
    tokenizer.decoder = decoders.WordPiece(prefix="##")
    return BertTokenizerFast(
        tokenizer_object=tokenizer,
        # Persisted into tokenizer_config.json: a reload rebuilds the normalizer from these.
        do_lower_case=False,
        strip_accents=False,
        tokenize_chinese_chars=True,
        unk_token="[UNK]",
        sep_token="[SEP]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        mask_token="[MASK]",
    )


def build_tiny_base_model(texts: list[str], arch: TinyArchitecture, out_dir: Path) -> Path:
    """Write a HF directory (config.json, model.safetensors, tokenizer files) for a random-init BERT."""
    import torch
    from transformers import BertConfig, BertModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    if not texts:
        raise ValueError("build_tiny_base_model needs a non-empty corpus of texts")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tokenizer = train_wordpiece_tokenizer(list(texts), arch.vocab_size)
    tokenizer.model_max_length = arch.max_position_embeddings

    config = BertConfig(
        vocab_size=max(arch.vocab_size, len(tokenizer)),
        hidden_size=arch.hidden_size,
        num_hidden_layers=arch.num_hidden_layers,
        num_attention_heads=arch.num_attention_heads,
        intermediate_size=arch.intermediate_size,
        max_position_embeddings=arch.max_position_embeddings,
        pad_token_id=tokenizer.pad_token_id,
        initializer_range=arch.initializer_range,
        # Eager attention: ORT's BERT fusions (Attention, EmbedLayerNormalization) recognise its graph.
        attn_implementation="eager",
    )
    # transformers 5.24 does not serialise the constructor argument; the public attribute is saved to
    # config.json, and from_pretrained honours it, so every reload of this base is eager too.
    config.attn_implementation = "eager"
    with torch.random.fork_rng(devices=[]):  # reproducible base, caller's RNG left untouched
        torch.manual_seed(0)
        model = BertModel(config)
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    log.info("tiny base model: vocab %d, hidden %d, layers %d -> %s",
             len(tokenizer), arch.hidden_size, arch.num_hidden_layers, out_dir)
    return out_dir


def upload_base_model(store: ObjectStore, model_dir: Path, key: str = BASE_MODEL_KEY, lineage: dict | None = None) -> str:
    """Upload a base-model directory; returns the `store://` URI a training config can name.

    `lineage` (written as lineage.json) names the cities whose curated texts built it, so that
    erasing a city finds it. config.json goes last: `registry.resolve_model_uri` treats a mirror
    that has it as complete.
    """
    model_dir = Path(model_dir)
    if lineage is not None:
        (model_dir / BASE_LINEAGE).write_text(json.dumps(lineage, indent=2, ensure_ascii=False), encoding="utf-8")
    for path in sorted(p for p in model_dir.rglob("*") if p.is_file() and p.name != "config.json"):
        store.put_file(f"{key}/{path.relative_to(model_dir).as_posix()}", path)
    store.put_file(f"{key}/config.json", model_dir / "config.json")
    return f"store://{key}"
