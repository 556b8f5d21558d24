"""A model-free Presidio NlpEngine for Korean.

No spaCy model exists offline (and spaCy's Korean tokenizer needs mecab-ko). Presidio only needs
tokens, their offsets and lemmas for its context enhancer, so this engine splits text with one
regular expression and uses each surface token as its own lemma. Presidio's substring context
matching then works on agglutinated Korean: the keyword "주민등록번호는" contains the context
word "주민등록번호". A separated number such as `010-1234-5678` stays one token, so the words
after it are within the enhancer's suffix window.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

_TOKEN = re.compile(
    r"[가-힣ㄱ-ㅎㅏ-ㅣ]+"  # a Hangul run: word plus attached particles
    r"|[A-Za-z]+"
    r"|[0-9]+(?:[-.][0-9]+)*"
    r"|[^\s\w]|_"
)


class _LazyArtifacts(NlpArtifacts):
    """NlpArtifacts that tokenise on first use.

    Only Presidio's context enhancer reads tokens, and only when some result has context words,
    so a text with nothing to enhance is never tokenised. Keywords are a set (Presidio only tests
    membership in them).
    """

    def __init__(self, text: str, nlp_engine: "KoreanTokenNlpEngine", language: str):
        self._text = text
        self._tokens: list[str] | None = None
        self._starts: list[int] = []
        self._keywords: set[str] | None = None
        self._context_index: tuple[list[int], list[str]] | None = None
        self.entities = []
        self.scores = []
        self.nlp_engine = nlp_engine
        self.language = language

    def _tokenise(self) -> None:
        tokens, starts = [], []
        for match in _TOKEN.finditer(self._text):
            tokens.append(match.group())
            starts.append(match.start())
        self._tokens, self._starts = tokens, starts

    @property
    def tokens(self) -> list[str]:
        if self._tokens is None:
            self._tokenise()
        return self._tokens

    @tokens.setter
    def tokens(self, value) -> None:
        self._tokens = value

    @property
    def tokens_indices(self) -> list[int]:
        if self._tokens is None:
            self._tokenise()
        return self._starts

    @tokens_indices.setter
    def tokens_indices(self, value) -> None:
        self._starts = value

    @property
    def lemmas(self) -> list[str]:
        return self.tokens

    @lemmas.setter
    def lemmas(self, value) -> None:
        self._tokens = value

    @property
    def keywords(self) -> set[str]:
        if self._keywords is None:
            keywords = set()
            for token in self.tokens:
                if len(token) == 1 and not token.isalnum():
                    continue
                keywords.update(token.lower().split(":"))
            self._keywords = keywords
        return self._keywords

    @keywords.setter
    def keywords(self, value) -> None:
        self._keywords = value

    @property
    def context_index(self) -> tuple[list[int], list[str]]:
        """(each token's end offset, each token lower-cased): what the context enhancer looks words up
        in, computed once per text."""
        if self._context_index is None:
            tokens = self.tokens
            ends = [start + len(token) for start, token in zip(self.tokens_indices, tokens)]
            # A text without capitals (most Korean text) is its own lower case, and so is each token.
            self._context_index = (ends, tokens if self._text == self._text.lower() else [t.lower() for t in tokens])
        return self._context_index


class KoreanTokenNlpEngine(NlpEngine):
    """Regex tokenizer; lemma = token; no named entities."""

    def __init__(self, languages: Iterable[str] = ("ko",)):
        self._languages = list(languages)

    def load(self) -> None:
        return None

    def is_loaded(self) -> bool:
        return True

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return _LazyArtifacts(text, self, language)

    def process_batch(
        self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **kwargs
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return len(word) == 1 and not word.isalnum()

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return list(self._languages)
