"""What a third-person pronoun refers back to: the one antecedent search every statement path
uses (an object pronoun, "it"/"them" of a purpose clause, a passive's "its"), and the phrase a
referent is written as."""

from __future__ import annotations

from typing import Container

from spacy.tokens import Doc, Token

from ...lexicon.roles import CORE_HEADS, GOVERNMENT_NOUNS

__all__ = ["antecedent", "referent_text", "sentence_before"]

#: Heads of nouns that name who acts, not what is acted on: never what a thing pronoun means.
_ACTOR_HEADS = GOVERNMENT_NOUNS | CORE_HEADS | frozenset({"country", "nation", "state", "side", "party", "province",
                                                                 "region", "canton", "municipality"})
_PLURAL = frozenset({"them", "these", "those", "their", "they"})
_SUBJECTS = ("nsubj", "nsubjpass")
_ANTECEDENT_DEPS = (*_SUBJECTS, "dobj", "attr", "pobj")
#: Dependents of a referent's noun that comment on it: left out of the phrase it is written as.
_REFERENT_CUTS = ("relcl", "acl", "appos", "punct", "advcl", "cc", "conj")
_OWNER_PRONOUNS = frozenset({"its", "their", "our", "my", "his", "her"})


def sentence_before(doc: Doc, start: int) -> int:
    """The first token of the sentence before the one starting at ``start``, past the stray
    fragments of quotation marks and line breaks the parser leaves between paragraphs."""
    first = doc[start - 1].sent.start
    while first > 0 and not any(t.is_alpha for t in doc[first:start]):
        first = doc[first - 1].sent.start
    return first


def _governing(pronoun: Token) -> set[int]:
    """The verb of ``pronoun`` and the verbs governing it, whose own subjects and objects are not
    what it stands for ("compromise our security to get it": not the security)."""
    governing = {pronoun.head.i}
    cur = pronoun.head
    while cur.dep_ in ("xcomp", "ccomp", "advcl", "acomp", "pcomp", "prep", "acl") and cur.head.i != cur.i:
        if cur.dep_ == "acl" and cur.head.dep_ in ("dobj", "attr") and cur.head.pos_ == "NOUN":
            cur = cur.head  # "had no plans to raise it": the subject of "had" is not what is raised
        elif cur.dep_ == "acl":
            break
        cur = cur.head
        governing.add(cur.i)
    return governing


def _fits(tok: Token, pronoun: Token, governing: set[int], named: Container[int], owner: bool) -> bool:
    """``tok`` can be what ``pronoun`` stands for: a subject, object or complement of its number,
    no named entity, person or date; for a thing pronoun no actor either ("the government will
    veto it": who vetoes, not what), for an owner ("its decisions") a body's name too."""
    if tok.dep_ not in _ANTECEDENT_DEPS or tok.i in named:
        return False
    if not (tok.pos_ == "NOUN" or owner and tok.pos_ == "PROPN" and tok.dep_ != "pobj") or tok.lower_ in ("one", "ones"):
        return False  # "No one is going to rush this through ... we will debate it": not the one
    if tok.ent_type_ in ("PERSON", "NORP", "DATE", "TIME") or not owner and tok.lemma_.lower() in _ACTOR_HEADS:
        return False
    if (tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)) != (pronoun.lower_ in _PLURAL):
        return False
    if tok.head.i in governing:
        return False  # the verb's own subject, or its governor's, is not its object
    return not (tok.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.head.children))
    # a second subject of one verb is a misparse ("the price of RM2.05 a litre could rise")


def antecedent(pronoun: Token, floor: int, *, named: Container[int] = (), owner: bool = False) -> Token | None:
    """The noun ``pronoun`` refers back to, searched sentence by sentence from its own back to
    the token ``floor``: in each, the object of the same verb first ("will veto a bill that ...
    will veto it"), then the last subject ("This law protects Kenyans, and we will defend it"),
    then the last object or complement ("Europe needs gas, and we will deliver it": the gas, not
    the situation of the sentence before), none inside a relative clause but the same verb's
    ("has 30 days to file a challenge ... would file it"). ``named``: token ids of named entities, never a thing
    pronoun's referent; ``owner``: a possessive "its"/"their", which may stand for a body."""
    doc = pronoun.doc
    governing = _governing(pronoun)
    end = pronoun.i
    while end > floor:
        start = max(doc[end - 1].sent.start, floor)
        found = [t for t in doc[start:end] if _fits(t, pronoun, governing, named, owner)]
        same = [t for t in found if t.dep_ == "dobj" and t.head.lemma_ == pronoun.head.lemma_
                and t.head.pos_ == "VERB" and t.head.i != pronoun.head.i]
        found = [t for t in found if not any(a.dep_ == "relcl" for a in t.ancestors)]  # "a law that raises taxes"
        subjects = [t for t in found if t.dep_ in _SUBJECTS]
        if same or subjects or found:
            return (same or subjects or found)[-1]
        end = start
    return None


def referent_text(noun: Token) -> str | None:
    """A noun referred back to, as a definite phrase without its clauses and appositions: "a
    law that raises funding" → "the law", "the court's ruling" as it is; None for a phrase that
    needs resolving itself ("its commitment")."""
    cut = {t.i for c in noun.children if c.dep_ in _REFERENT_CUTS and c.tag_ != "HYPH"
           or c.dep_ == "prep" and c.lower_ != "of" for t in c.subtree}
    toks = [t for t in noun.subtree if t.i not in cut and (not t.is_punct or t.tag_ == "HYPH")]  # "cease-fire"
    if any(t.lower_ in _OWNER_PRONOUNS and t.i < noun.i for t in toks):
        return None
    while toks and toks[0].dep_ in ("det", "predet") and toks[0].head.i == noun.i and toks[0].lower_ in (
            "the", "a", "an", "this", "that", "these", "those", "any", "every", "such"):
        toks = toks[1:]
    words = "".join(t.text_with_ws for t in toks).strip()
    owned = toks and (toks[0].dep_ == "poss" or toks[0].head.i != noun.i and toks[0].head.dep_ == "poss")
    if toks and toks[0].is_sent_start and toks[0].pos_ == "NOUN" and not toks[0].text.isupper():
        words = words[:1].lower() + words[1:]  # "Border security is ..." → "the border security"
    return f"the {words}" if words and not owned else words or None
