"""Speaker resolution: a quote's speaker mention to a person, institution or country.

Resolution order: an entity mention the speaker mention overlaps ("Vucic", "Belgrade"); for
"X's press office quoted the official", X; pronouns to the most recent compatible speaker or
person (number and, where known, gender agree); role nouns ("the Serbian leader", "the
minister") to the most recent person of a compatible country; otherwise the mention's own words
("Western politicians and organizations"). Resolution runs in text order and remembers speakers.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from collections import Counter

from ...lexicon.cues import INSTITUTION_NOUNS, PRONOUNS, ROLE_NOUNS
from ...records import Entity

__all__ = ["SpeakerResolver"]

_TYPE_RANK = {"PERSON": 0, "ORG": 1, "COUNTRY": 2}


class SpeakerResolver:
    """Stateful over one article: call :meth:`resolve` in text order."""

    def __init__(self, doc: Doc, entities: tuple[Entity, ...], gazetteer=None) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self._demonym: str | None | bool = False  # computed on first use
        self.entities = {e.id: e for e in entities}
        self.mentions = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[0]
        )
        self._starts = [m[0] for m in self.mentions]
        self.history: list[tuple[int, Entity]] = []  # (position, resolved speaker entity)

    def _overlapping(self, a: int, b: int) -> Entity | None:
        best = None
        for start, end, ent in self.mentions:
            if start >= b:
                break
            if end > a:
                key = (_TYPE_RANK[ent.type], -(min(b, end) - max(a, start)))
                if best is None or key < best[0]:
                    best = (key, ent)
        return best[1] if best else None

    def _recent(self, position: int, types: tuple[str, ...], number: str = "sg", gender: str | None = None) -> Entity | None:
        for pos, ent in reversed(self.history):
            if pos <= position and ent.type in types:
                return ent
        k = bisect_right(self._starts, position)
        for start, _end, ent in reversed(self.mentions[:k]):
            if ent.type in types:
                return ent
        return None

    def _article_demonym(self) -> str | None:
        """The adjective of the article's main country ("Serbian"), when the text uses one."""
        if self._demonym is not False:
            return self._demonym  # type: ignore[return-value]
        self._demonym = None
        countries = Counter(
            e.country for e in self.entities.values() for _ in e.mentions if e.type == "COUNTRY"
        )
        if not countries or self.gazetteer is None:
            return None
        main = countries.most_common(1)[0][0]
        for tok in self.doc:
            if tok.pos_ in ("ADJ", "PROPN") and tok.text[:1].isupper():
                ref = self.gazetteer.lookup(tok.text)
                if ref is not None and ref.type == "PLACE" and ref.country == main and tok.text.endswith(
                    ("an", "ian", "ish", "ese", "i", "ic", "ch")
                ):
                    self._demonym = tok.text
                    break
        return self._demonym

    def resolve(
        self,
        mention: tuple[int, int] | None,
        head: int | None,
        possessor: int | None,
        position: int,
    ) -> tuple[str | None, str | None]:
        """(entity id, name) for a speaker mention at ``position`` in the text."""
        if mention is None:
            return None, None
        a, b = mention
        words = self.doc.text[a:b]
        head_tok = self.doc[head] if head is not None else None
        ent = self._overlapping(a, b)
        lower = head_tok.lower_ if head_tok is not None else words.lower()
        if ent is None and possessor is not None:
            tok = self.doc[possessor]
            ent = self._overlapping(tok.idx, tok.idx + len(tok.text))
        if ent is None and lower in PRONOUNS:
            gender, number = PRONOUNS[lower]
            types = ("COUNTRY", "ORG") if gender == "n" else ("PERSON",) if number == "sg" else ("PERSON", "ORG", "COUNTRY")
            ent = self._recent(position, types)
        if ent is None and head_tok is not None and head_tok.lemma_.lower() in ROLE_NOUNS:
            if any(t.lower_ in ("the", "this", "that") for t in head_tok.lefts):
                ent = self._recent(position, ("PERSON",))
        if ent is None and head_tok is not None and head_tok.lower_ in INSTITUTION_NOUNS and (
            b - a == len(head_tok.text) or words.lower().startswith(("the ", "local "))
        ):
            demonym = self._article_demonym()
            if demonym:  # "police" in a story about Serbia: the Serbian police
                return None, f"{demonym} {head_tok.text.lower()}"
        if ent is None:
            return None, words
        self.history.append((position, ent))
        return ent.id, ent.name
