"""Role nouns: the words of titles ("Deputy Prime Minister") and role-noun mentions ("the official").

The one role, title and institution vocabulary: every such word list of the stages is defined here.

The vocabulary is built once by :func:`build_role_vocabulary` from the Phoenix agents dictionary
plus the core words below, and kept in the :class:`~wirecoder.lexicon.gazetteer.Gazetteer`.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Iterable, Mapping, Sequence

from .tables import NEWS_OUTLETS

__all__ = [
    "ABBREVIATED_TITLES",
    "ANONYMOUS_HEADS",
    "ANONYMOUS_MEDIA",
    "BODY_HEADS",
    "DOCUMENT_NOUNS",
    "LEGAL_TEXTS",
    "GENDERED_ROLES",
    "GROUP_NAME_HEADS",
    "GROUP_NOUNS",
    "HONORIFIC_GENDER",
    "CORE_HEADS",
    "CORE_MODIFIERS",
    "GENERIC_ROLES",
    "GOVERNMENT_NOUNS",
    "HONORIFICS",
    "HONORIFIC_PHRASES",
    "INSTITUTION_HEADS",
    "INSTITUTION_MODIFIERS",
    "INSTITUTION_WORDS",
    "NATIONAL_FORCES",
    "ORG_NAME_HEADS",
    "ROLE_NOUNS",
    "RoleVocabulary",
    "SPEAKING_BODIES",
    "build_role_vocabulary",
    "display_role",
    "honorific_length",
    "is_news_medium",
    "NEWS_MEDIA",
    "roles_compatible",
]

#: Nouns that name a person by office or function (the head of a title).
CORE_HEADS: frozenset[str] = frozenset("""
president minister premier chancellor spokesman spokeswoman spokesperson secretary ambassador
envoy leader official governor mayor senator lawmaker legislator congressman congresswoman
diplomat general admiral commander chief head chairman chairwoman chair director king queen
prince princess emperor pope patriarch cardinal archbishop bishop ayatollah emir sultan sheikh
prosecutor judge justice speaker deputy aide adviser advisor negotiator representative
commissioner ombudsman mp officer colonel lieutenant marshal rapporteur coordinator
administrator mediator ceo executive candidate politician vice-president president-elect treasurer
secretary-general attorney-general commander-in-chief monarch ruler dictator regent
undersecretary under-secretary
""".split())

#: Words that modify a head inside a title ("Deputy Prime Minister", "Secretary of State").
CORE_MODIFIERS: frozenset[str] = frozenset("""
deputy vice prime foreign defense defence interior finance economy economic trade energy
health justice education culture agriculture environment labor labour transport development
first acting interim state press chief senior top special presidential national security
affairs general attorney supreme grand crown assistant under executive permanent high
opposition party parliamentary parliament house senate majority minority army military
central bank police intelligence home treasury commerce industry digital science operating
financial information marketing technology cabinet
""".split())

#: Role nouns that fit any person ("the official", "the leader"); they never set a role.
GENERIC_ROLES: frozenset[str] = frozenset({"official", "leader", "politician"})

#: Abbreviated titles and what they stand for.
ABBREVIATED_TITLES: dict[str, str] = {
    "gen.": "general", "lt.": "lieutenant", "col.": "colonel", "maj.": "major",
    "capt.": "captain", "adm.": "admiral", "sen.": "senator", "rep.": "representative",
    "gov.": "governor", "pres.": "president", "amb.": "ambassador", "sgt.": "sergeant",
}

#: Courtesy titles: not part of a name, not a role.
HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam", "mister", "mme"}
)

#: Honorifics of several words, or of one word that is a name elsewhere, as tokens (lower case,
#: apostrophes straight): Malaysian and Bruneian styles ("Tan Sri", "Datuk Seri", "Dato' Sri"),
#: West African ("Alhaji"), British ("Rt Hon"); not "Sheikh", a name in "Sheikh Hasina". Not part
#: of a name, not a role: "Tan Sri Muhyiddin Yassin" is the person "Muhyiddin Yassin".
#: "Sri" and "Tan" alone are names ("Sri Mulyani Indrawati", "Tan Cheng Bock"): only the phrases.
HONORIFIC_PHRASES: frozenset[tuple[str, ...]] = frozenset({
    ("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("tun",),
    ("datuk", "seri"), ("datuk", "sri"), ("datuk",), ("datin", "seri"), ("datin", "sri"), ("datin",),
    ("dato", "'", "seri"), ("dato", "'", "sri"), ("dato", "seri"), ("dato", "sri"), ("dato", "'"),
    ("dato",), ("dato'",), ("dato'", "seri"), ("dato'", "sri"), ("yang", "berhormat"),
    ("pehin",), ("dasho",),
    ("alhaji",), ("alhaja",), ("alhajiya",), ("hajiya",),
    ("rt", "hon"), ("rt", "hon."), ("rt.", "hon."), ("right", "honourable"), ("hon.",),
})
_HONORIFIC_LENGTH = max(len(p) for p in HONORIFIC_PHRASES)


def honorific_length(words: Sequence[str]) -> int:
    """How many of ``words`` (a name's words as tokens, from its first) are honorifics: 0 for
    "Muhyiddin Yassin", 2 for "Tan Sri Muhyiddin Yassin", 4 for "Tan Sri Dato Seri ..."."""
    n = 0
    while n < len(words):
        for k in range(min(_HONORIFIC_LENGTH, len(words) - n), 0, -1):
            if tuple(w.lower().replace("\u2019", "'") for w in words[n : n + k]) in HONORIFIC_PHRASES:
                n += k
                break
        else:
            return n
    return n


#: Words of institutions: between a country and a title ("China's foreign ministry spokesman"),
#: never in a person's name ("Prime Minister Office"), never a title modifier taken from Phoenix.
INSTITUTION_WORDS: frozenset[str] = frozenset("""ministry ministries office department government
administration agency service council commission committee embassy mission delegation press party
palace building house assembly bank court parliament cabinet army police military republic kingdom
federation union front movement organization organisation forum group alliance coalition source
force forces unit""".split())

#: Role words that also end organization names ("AK Party", "Supreme Court").
ORG_NAME_HEADS: frozenset[str] = frozenset("""party house senate army police parliament council court
bank assembly committee commission ministry office agency service union front""".split())

#: Head nouns of national institutions ("Foreign Ministry", "Border Guard", "the army").
INSTITUTION_HEADS: frozenset[str] = frozenset("""ministry embassy consulate police army navy forces
military guard committee office parliament court agency council commission service staff
presidency""".split())

#: Forces that are a country's own when a story names no other ("Police said", "the army"):
#: these alone, without a name, are an institution of the story's country.
NATIONAL_FORCES: frozenset[str] = frozenset("police army navy military".split())

#: Lower-case words that may open an institution's name ("the interior ministry", "the armed
#: forces"); capitalized words always may.
INSTITUTION_MODIFIERS: frozenset[str] = frozenset("""foreign interior defence defense finance
economy economic trade energy health justice education culture agriculture environment labor
labour transport development security information commerce industry digital science state
border coast national presidential regional armed general federal revenue migration customs
intelligence emergency emergencies communications""".split())

#: Bodies that speak for a country when no country is named ("police" in a Serbian story).
SPEAKING_BODIES: frozenset[str] = frozenset(
    "police government ministry army military parliament authorities prosecutors prosecutor "
    "court officials police's".split()
)

#: Nouns that stand for a country's government as a subject ("the government", "the authorities").
GOVERNMENT_NOUNS: frozenset[str] = frozenset({"government", "authorities", "leadership", "administration", "cabinet"})

#: Role nouns that refer back to a person already named ("the Serbian leader", "the official"),
#: as the quote stage reads them (lemmas of a speaker phrase's head).
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    president minister leader official premier chancellor spokesman spokeswoman spokesperson
    secretary senator governor mayor ambassador envoy diplomat general commander chief head
    lawmaker legislator congressman congresswoman representative candidate nominee politician
    king queen prince emir sheikh monarch prime deputy director chairman chairwoman chair
    adviser advisor aide negotiator prosecutor judge lawyer attorney
    """.split()
)

_LOWER_IN_TITLE = frozenset({"of", "for", "the", "and", "on", "in", "to"})
# Agent-phrase words too common to start a title ("Left", "Second", "Post").
_NOT_MODIFIERS = frozenset("left right second post power group works flag light counter pro".split())


@dataclass(frozen=True, slots=True)
class RoleVocabulary:
    """Role heads (with their plurals) and the words that may modify them."""

    heads: frozenset[str]
    modifiers: frozenset[str]
    plurals: Mapping[str, str]  # plural form → singular head

    def head(self, word: str) -> str | None:
        """The singular role head ``word`` stands for, or None."""
        w = word.lower()
        w = ABBREVIATED_TITLES.get(w, w)
        if w in self.heads:
            return w
        return self.plurals.get(w)

    def is_word(self, word: str) -> bool:
        w = word.lower()
        return w in self.heads or w in self.modifiers or w in self.plurals or w in ABBREVIATED_TITLES


def _plural(head: str) -> str:
    if head.endswith("man"):
        return head[:-3] + "men"
    if head.endswith("y") and head[-2:-1] not in "aeiou":
        return head[:-1] + "ies"
    if head.endswith(("s", "sh", "ch")):
        return head + "es"
    return head + "s"


def build_role_vocabulary(agent_phrases: Iterable[str]) -> RoleVocabulary:
    """The core heads, and modifiers from the core list plus the words before a core head in the
    Phoenix agent phrases ("deputy prime minister", "vice foreign minister", "chief minister")."""
    heads = set(CORE_HEADS)
    modifiers = set(CORE_MODIFIERS)
    for phrase in agent_phrases:
        words = phrase.split()
        if not words or any(not w.replace("-", "").isalpha() for w in words):
            continue
        if "of" in words or "for" in words or len(words) < 2 or words[-1] not in CORE_HEADS:
            continue
        modifiers.update(
            w for w in words[:-1] if w not in INSTITUTION_WORDS and w not in _NOT_MODIFIERS and len(w) > 2
        )
    plurals = {_plural(h): h for h in heads}
    plurals.update({"attorneys-general": "attorney-general", "secretaries-general": "secretary-general"})
    return RoleVocabulary(
        frozenset(heads), frozenset(modifiers - {"the", "of", "and"}), MappingProxyType(plurals)
    )


def display_role(words: Iterable[str]) -> str:
    """Title Case a role as the gold writes it: "deputy prime minister" → "Deputy Prime Minister"."""
    out = []
    for i, word in enumerate(words):
        w = word.lower()
        w = ABBREVIATED_TITLES.get(w, w)
        if i and w in _LOWER_IN_TITLE:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out).replace(" - ", "-")


def roles_compatible(mention_role: str, person_role: str | None) -> bool:
    """Can a role-noun mention ("the prime minister") refer to a person holding ``person_role``?

    "the official" fits anyone; "the leader" fits heads of state or government (or an unknown
    role); a specific role fits the same role or, as its bare head, a role ending in it
    ("the minister" for a Foreign Minister) unless that role is a deputy's or a vice's.
    """
    m = mention_role.lower()
    if person_role is None or m in ("official", "politician"):
        return True
    p = person_role.lower()
    if m == "leader":
        words = p.split()
        if any(w in _SUBORDINATE for w in words):
            return False
        return p in _LEADER_ROLES or words[-1] in _LEADER_ROLES
    if m == p:
        return True
    p_words = p.split()
    if len(m.split()) == 1 and p_words[-1] == m:
        return not any(w in _SUBORDINATE for w in p_words[:-1])
    return False


_SUBORDINATE = frozenset({"deputy", "vice", "former", "acting", "assistant", "under"})
_LEADER_ROLES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen",
                           "emir", "sultan", "leader", "monarch", "ruler", "dictator",
                           "supreme leader", "chairman", "general secretary", "head of state"})


#: News agencies, papers and broadcasters (lower case, without "the"): they report what others
#: hold. Derived from the one outlet table, :data:`wirecoder.lexicon.tables.NEWS_OUTLETS`.
NEWS_MEDIA: frozenset[str] = frozenset(
    form.lower().removeprefix("the ")
    for outlet, name, aliases, dateline_only, _home in NEWS_OUTLETS
    for form in (outlet, name, *aliases, *dateline_only)
)
_MEDIA_HEADS = frozenset("agency newspaper daily broadcaster channel television radio media outlet tabloid".split())
_MEDIA_MODIFIERS = frozenset("news state local press wire".split())


def is_news_medium(name: str | None) -> bool:
    """Is ``name`` a news agency, paper or broadcaster ("TASS", "Reuters", "the news agency",
    "local media")?"""
    if not name:
        return False
    low = " ".join(name.lower().split()).removeprefix("the ")
    if low in NEWS_MEDIA:
        return True
    words = low.split()
    return words[-1] == "media" or words[-1] in _MEDIA_HEADS and len(words) > 1 and words[-2] in _MEDIA_MODIFIERS


#: Role words that tell a person's gender ("spokeswoman", "chairman").
GENDERED_ROLES: dict[str, str] = {
    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "businesswoman": "f",
    "queen": "f", "princess": "f", "empress": "f", "duchess": "f", "countess": "f",
    "spokesman": "m", "chairman": "m", "congressman": "m", "businessman": "m",
    "king": "m", "prince": "m", "emperor": "m", "duke": "m", "count": "m",
}

#: Courtesy titles that tell a person's gender.
HONORIFIC_GENDER: dict[str, str] = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mister": "m",
                                    "madam": "f", "mme": "f", "sir": "m", "dame": "f"}

#: Nouns for people who, unnamed, are anonymous sources ("a source", "two EU diplomats",
#: "analysts", "witnesses", "a ministry official"): such a speaker stays null.
ANONYMOUS_HEADS: frozenset[str] = frozenset("""
source official diplomat analyst critic witness expert observer resident activist insider
aide officer member worker farmer driver doctor correspondent reporter journalist economist
negotiator delegate protester protestor organizer organiser participant villager student person
people someone employee staff staffer lawmaker legislator politician investor trader banker
diplomats officials sources analysts critics witnesses experts observers residents activists
insiders aides officers members workers farmers drivers doctors correspondents reporters
journalists economists negotiators delegates protesters organizers organisers participants
villagers students persons employees lawmakers legislators politicians investors traders bankers
fisherman fishermen shopkeeper commentator commentators scholar scholars researcher researchers
medic medics nurse nurses survivor survivors relative relatives official's
""".split())

#: Nouns for media that, unnamed, are anonymous ("local media", "state media reported").
ANONYMOUS_MEDIA: frozenset[str] = frozenset({"media", "press", "outlets", "newspapers", "reports",
                                             "broadcaster", "television", "tv"})

#: Documents that speak for their issuer ("the statement said", "the resolution says").
DOCUMENT_NOUNS: frozenset[str] = frozenset("""
statement resolution report communique communiqué letter declaration document memo note
notice order decree ruling verdict filing indictment complaint release announcement text
readout transcript post message
""".split())

#: Legal texts: what one "says" is what it provides, no one's words ("the 14th Amendment, which
#: says the validity of the debt “shall not be questioned”", "the law says").
LEGAL_TEXTS: frozenset[str] = frozenset("""
amendment constitution act law treaty charter article clause section statute provision code
protocol convention accord bill regulation
""".split())

#: Heads of institution phrases ("the ministry", "the chamber", "the embassy"): a definite one
#: refers to the institution with that head named earlier in the article.
BODY_HEADS: frozenset[str] = frozenset("""
ministry office department embassy consulate mission delegation council commission committee
chamber association federation confederation union party army navy police court agency
government administration parliament assembly cabinet presidency secretariat service bank
company corporation conference alliance coalition movement front organization organisation
group forces military guard prefecture municipality tribunal board bureau directorate command
staff institute foundation fund authority authorities legislature senate congress junta
regime kremlin newspaper daily broadcaster
""".split())

#: Nouns for a company by its trade ("Tesla said ... The carmaker said"): a definite one takes up
#: the body named before it, as "the company" does.
FIRM_NOUNS: frozenset[str] = frozenset("""
firm carmaker automaker planemaker lender miner retailer airline insurer drugmaker chipmaker
manufacturer producer exporter refiner brewer shipper conglomerate utility operator developer
""".split())

#: Lemmas of common nouns naming a group of people by what they are or do, who can act on a
#: position stated for them: "refugees wanted to go home", "the family would file a complaint",
#: "workers would take to the streets", "the opposition would vote against the bill". People in
#: general ("people", "citizens", "consumers", "households") are who a measure falls on, not a side.
GROUP_NOUNS: frozenset[str] = frozenset("""
refugee migrant worker farmer supporter voter family opposition union party doctor nurse
teacher student miner fisherman pensioner retiree veteran protester protestor demonstrator
resident villager parent employee trucker driver lawmaker legislator rebel fighter settler
shopkeeper trader employer landlord tenant activist
""".split())

#: Heads that a bare "the group" can refer to (armed groups, movements, parties).
GROUP_NAME_HEADS: frozenset[str] = frozenset("""
forces army front movement group party brigade brigades militia organization organisation
alliance coalition hamas hezbollah taliban
""".split())
