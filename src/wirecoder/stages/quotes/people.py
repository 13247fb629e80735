"""What one article says about its people: the roles they hold (a title index) and their gender.

Both are read once per article from the parse and the entities, in one pass over the name
mentions, so that a speaker sieve asks "who is *the minister* here?" or "can *she* be Kim?" by
a look-up:

- **roles**: the entity's own role ("Foreign Minister"), the title words right before a name
  ("Presidential spokesman Maximiliano Ordonez", "ministry spokeswoman Eleni Roussou"), and the
  head of an apposition on either side ("X, the country's foreign minister", "the ministry's
  spokeswoman, X"). A role is kept as its words, lower-cased ("deputy interior minister").
- **gender**: honorifics before a name (Mr., Ms., Mrs.), gendered role words (spokeswoman,
  chairman), and the pronouns the text itself uses for the person: a he/his/him or she/her
  outside quotation marks counts for the one person named in its sentence or the sentence before
  when no other person is named there. The larger count wins; a tie leaves the gender unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ...lexicon.roles import CORE_HEADS, CORE_MODIFIERS, GENDERED_ROLES, HONORIFIC_GENDER
from ...records import Entity

__all__ = ["People", "role_heads"]

_MASCULINE = frozenset({"he", "his", "him", "himself"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})


def role_heads(words: list[str]) -> list[str]:
    """The role words of a title phrase, lower-cased, without determiners and possessors."""
    out = []
    joined: list[str] = []  # "Secretary", "-", "General" → "secretary-general"
    for w in words:
        if joined and (w == "-" or joined[-1] == "-"):
            joined[-1] += w
        else:
            joined.append(w)
    for w in joined:
        lw = w.lower().strip(".,")
        if lw in CORE_HEADS or lw in CORE_MODIFIERS:
            out.append(lw)
        elif "-" in lw:
            out.extend(p for p in lw.split("-") if p in CORE_HEADS or p in CORE_MODIFIERS)
    return out


@dataclass
class People:
    """Roles and gender of the PERSON entities of one article."""

    roles: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # entity id → role word tuples
    gender: dict[str, str] = field(default_factory=dict)  # entity id → "m" / "f"

    @classmethod
    def read(cls, doc: Doc, person_tokens: list[tuple[int, int, Entity]],
             inside_quote, text: str | None = None) -> People:
        """``person_tokens``: (first token, last token + 1, entity) of each PERSON name mention,
        in order; ``inside_quote(char)`` tells whether a character lies in quotation marks."""
        people = cls()
        text = doc.text if text is None else text  # Doc.text joins every token: pass it
        votes: dict[str, list[int]] = {}
        for first, last, ent in person_tokens:
            # the roles this text gives beside the name (the entity's own role may come from a
            # role noun the entity stage linked to it, which is what is being resolved here)
            roles = people.roles.setdefault(ent.id, [])
            head = doc[last - 1]
            # title words before the name, inside the same phrase
            k, title = first - 1, []
            while k >= 0 and k < doc[k].head.i < last and (not doc[k].is_punct or doc[k].text == "-") \
                    and doc[k].text != "\n":
                title.insert(0, doc[k].text)
                k -= 1
            # a title with a complement of its own ("Eritrean Ambassador to Russia Habtom
            # Zerai"): the rest of the name's left subtree, back to a comma or a line break
            j, extra = k, []
            while j >= head.left_edge.i and not doc[j].is_punct and "\n" not in doc[j].text:
                extra.insert(0, doc[j].text)
                j -= 1
            # the mention itself may carry the title ("Defence Minister Elena Marinescu")
            inner = [t.text for t in doc[first:last - 1] if t.text[:1].isupper() or t.is_lower]
            words = role_heads(extra + title + inner[: max(0, len(inner) - 1)])
            if words:
                roles.append(tuple(words))
            if k >= 0 and doc[k].lower_.rstrip(".") in HONORIFIC_GENDER:
                votes.setdefault(ent.id, [0, 0])[HONORIFIC_GENDER[doc[k].lower_.rstrip(".")] == "f"] += 3
            for tok in (head, doc[first]):
                for child in tok.children:  # "X, the country's foreign minister"
                    if child.dep_ == "appos" and child.i >= last:
                        words = _phrase_roles(child)
                        if words:
                            roles.append(words)
                if tok.dep_ == "appos" and tok.head.i < first:  # "the ministry's spokeswoman, X"
                    words = _phrase_roles(tok.head)
                    owner = tok.head.head.head if tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep" else None
                    if not words and owner is not None and owner.i < tok.head.i:
                        # "The head of the International Atomic Energy Agency, Rafael Grossi,":
                        # the parser hung the name on the body; the role is the noun it belongs to
                        words = _phrase_roles(owner)
                    if words:
                        roles.append(words)
            for words in roles:
                for w in words:
                    if w in GENDERED_ROLES:
                        votes.setdefault(ent.id, [0, 0])[GENDERED_ROLES[w] == "f"] += 3
        seen: set[str] = set()
        for _first, _last, ent in person_tokens:
            if ent.id in seen:
                continue
            seen.add(ent.id)
            people.roles[ent.id] = list(dict.fromkeys(people.roles.get(ent.id, ())))  # each role once
            if ent.role and not any(people.roles[ent.id]) and not _linked_role(text, ent):
                people.roles[ent.id] = [tuple(ent.role.lower().split())]
        # pronoun votes: one person named in this sentence (before the pronoun) or the one before
        by_sent: dict[int, list[tuple[int, Entity]]] = {}
        for first, _last, ent in person_tokens:
            by_sent.setdefault(doc[first].sent.start, []).append((first, ent))
        sents = list(doc.sents)
        for n, sent in enumerate(sents):
            pronouns = [t for t in sent if (t.lower_ in _MASCULINE or t.lower_ in _FEMININE)
                        and not inside_quote(t.idx)]
            if not pronouns:
                continue
            before = by_sent.get(sents[n - 1].start, []) if n else []
            here = by_sent.get(sent.start, [])
            for t in pronouns:
                named = {e.id for i, e in here if i < t.i} or {e.id for _, e in before}
                if len(named) == 1:
                    (eid,) = named
                    votes.setdefault(eid, [0, 0])[t.lower_ in _FEMININE] += 1
        for eid, (m, f) in votes.items():
            if m != f:
                people.gender[eid] = "m" if m > f else "f"
        return people

    def holds(self, entity_id: str, mention_words: tuple[str, ...]) -> bool:
        """Whether the person holds the role a role-noun mention names ("minister", ("defence",
        "minister")): the head agrees (or is a synonym), and the mention's modifiers are among
        the role's words when the role has any."""
        if not mention_words:
            return False
        head, mods = mention_words[-1], set(mention_words[:-1])
        for role in self.roles.get(entity_id, ()):
            if not role:
                continue
            if not _head_fits(head, role):
                continue
            if set(role) & _SUBORDINATE and not mods & _SUBORDINATE and head not in ("official", "diplomat"):
                if head not in role[:1]:  # "the minister" is not the deputy minister
                    continue
            if mods - set(role) - _LOOSE_MODIFIERS and len(role) > 1:
                continue
            return True
        return False


_SUBORDINATE = frozenset({"deputy", "vice", "assistant", "under"})
_LOOSE_MODIFIERS = frozenset({"senior", "top", "chief", "state", "national", "country's", "former"})
# role-noun mentions that fit several heads
_SYNONYMS = {
    "diplomat": {"diplomat", "ambassador", "envoy", "minister", "representative", "consul",
                 "negotiator", "secretary", "commissioner", "head", "director", "spokesman",
                 "spokeswoman", "spokesperson", "attache", "charge"},
    "official": None,  # anyone with a role
    "leader": {"leader", "president", "chairman", "chairwoman", "chair", "head", "secretary",
               "premier", "chancellor", "king", "queen", "emir", "commander", "chief", "prime"},
    "politician": {"politician", "lawmaker", "legislator", "senator", "mp", "leader", "minister",
                   "president", "deputy", "representative", "congressman", "congresswoman"},
    "spokesperson": {"spokesperson", "spokesman", "spokeswoman"},
    "spokesman": {"spokesperson", "spokesman"},
    "spokeswoman": {"spokesperson", "spokeswoman"},
    "lawmaker": {"lawmaker", "legislator", "mp", "senator", "congressman", "congresswoman", "deputy"},
    "envoy": {"envoy", "ambassador", "representative"},
    # "the UN chief" (the Secretary-General), "the Pentagon chief" (the Defense Secretary), "the
    # IAEA chief" (the Director General): whoever heads the body
    "chief": {"chief", "head", "director", "commander", "secretary-general", "secretary",
              "director-general", "chairman", "chairwoman", "chair", "president"},
    "head": {"head", "chief", "director", "chairman", "chairwoman", "chair", "president", "leader",
             "secretary-general", "director-general"},
}


def _head_fits(head: str, role: tuple[str, ...]) -> bool:
    syn = _SYNONYMS.get(head, {head})
    if syn is None:
        return True
    if head in ("leader", "head", "chief", "diplomat", "politician", "lawmaker"):
        return any(w in syn for w in role)
    return role[-1] in syn or head in role[-1:] or (head in ("minister", "secretary") and head in role)


def _phrase_roles(tok: Token) -> tuple[str, ...]:
    """The role words of the noun phrase headed by ``tok`` ("the deputy interior minister in
    charge of ..." → ("deputy", "interior", "minister")), when its head is a role noun."""
    if tok.lower_ not in CORE_HEADS and tok.lemma_.lower() not in CORE_HEADS:
        return ()
    words = [c.text for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")] + [tok.lemma_]
    return tuple(role_heads(words)) or (tok.lemma_.lower(),)


def _linked_role(text: str, ent: Entity) -> bool:
    """Whether the entity's role comes only from a role noun the entity stage linked to it
    ("Austria's interior minister" for a poet named before): its words are not written next to
    any of its names (within the title before it, or the name mention itself)."""
    role = ent.role.lower().split()[-1] if ent.role else ""
    for m in ent.mentions:
        if m.text[:1].islower() or m.text.split()[-1].islower():
            continue
        if role in text[max(0, m.start - 80) : m.end].lower():
            return False
    return True
