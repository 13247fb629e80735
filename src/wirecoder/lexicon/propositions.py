"""The synonym tables behind proposition keys: data only, read by :mod:`wirecoder.lexicon.keys`.

The one lexicon of propositions: extraction (the statement stage) and cross-article merging
(:mod:`wirecoder.corpus.keymatch`, through :func:`wirecoder.lexicon.keys.normalize_key`)
read these tables and no other.

A *surface form* is what the parse gives for a predicate: the verb's lemma, its particle, and the
complement words standing between the verb and the object, as lemmas ("introduce sanction
against" for "introduced sanctions against Russia", "become member state" for "become a NATO
member state"). In the patterns below, slots are separated by spaces and alternatives inside a
slot by ``|``; an empty alternative makes the slot optional ("sanction on|against|").

Keep the tables small and general: they name recurring positions of international politics, not
the wording of any one article. Countries and organizations never appear here; they are the
object, coded through the gazetteer.
"""

from __future__ import annotations

from . import states as _states

__all__ = [
    "ACT_NOUN_VERBS",
    "LIGHT_ACTS",
    "AGAINST_COUNTERS",
    "ACT_STANCE_VERBS",
    "ATTITUDE_PREDICATIVES",
    "ANTONYMS",
    "AUXILIARIES",
    "COMPOUND_OBJECT_NOUNS",
    "DECISION_NOUNS",
    "DECISION_VERBS",
    "MEMBERSHIP_NOUNS",
    "GENERIC_SECTOR_WORDS",
    "INTRANSITIVE_ACTS",
    "PHRASAL_ACTS",
    "JUDGING_VERBS",
    "INSTRUMENT_NOUNS",
    "LEGISLATURE_NOUNS",
    "VOTED_NOUNS",
    "LEFT_UNDONE",
    "MEANS_VERBS",
    "MEASURE_NOUNS",
    "NON_ACT_NOUNS",
    "POSSESSIVE_OBJECT_NOUNS",
    "RESULT_STATES",
    "CONDUCT_STATES",
    "SHELL_NOUNS",
    "TELLING_NOUNS",
    "ATTITUDE_VERBS",
    "COUNTER_ATTITUDES",
    "STANCE_VERBS",
    "CONCEPTS",
    "FUNCTION_WORDS",
    "NEGATIONS",
    "OPPOSITE_PREDICATES",
    "PREDICATES",
    "RELATION_MODIFIERS",
    "RELATIONS",
    "REVERSAL_WORDS",
]

_SANCTION = "sanction|sanctions|embargo"
_AGAINST = "on|against|"
# "restrictions" and "measures" are sanctions only against someone: "lift the remaining
# restrictions" (on currency) is no lifting of sanctions
_MEASURE = "restriction|measure"

#: canonical predicate → (key slug, surface patterns)
PREDICATES: dict[str, tuple[str, tuple[str, ...]]] = {
    "impose sanctions on": (
        "impose_sanctions",
        (
            f"impose|introduce|adopt|apply|slap|enact|levy|place|join|support|back|approve|"
            f"announce|extend|expand|tighten {_SANCTION} {_AGAINST}",
            f"impose|introduce|adopt|apply|slap|enact|levy|place|join|support|back|approve|"
            f"announce|extend|expand|tighten {_MEASURE} on|against",
            "sanction",  # "sanction Russia"
            "impose|introduce|adopt|take|apply|approve|support restrictive measure|measures on|against|",
            f"put {_SANCTION} {_AGAINST}",
            f"put {_MEASURE} on|against",
        ),
    ),
    "lift sanctions on": (
        "lift_sanctions",
        (f"lift|ease|remove|drop|cancel|scrap|end|relax {_SANCTION} {_AGAINST}",
         f"lift|ease|remove|drop|cancel|scrap|end|relax {_MEASURE} on|against"),
    ),
    "join": (
        "join",
        (
            "join|enter",
            "accede to|",
            "become|remain member state| of|",
            "apply|seek|pursue|gain|obtain|get for| membership in|of|",
        ),
    ),
    "leave": ("leave", ("leave|quit|exit|abandon", "withdraw|exit from", "pull out of")),
    "recognize the independence of": (
        "recognize",
        (
            "recognize|recognise independence|statehood|sovereignty|",
            "acknowledge independence|statehood|sovereignty of|",
        ),
    ),
    "withdraw the recognition of": (
        "withdraw_recognition",
        ("withdraw|revoke|rescind recognition of|", "derecognize|derecognise"),
    ),
    "stay militarily neutral": (
        "stay_neutral",
        ("remain|stay|be|keep militarily| neutral", "remain|stay|keep non-aligned|nonaligned|unaligned"),
    ),
    "hold talks with": (
        "hold_talks",
        ("hold|start|resume|begin|open|launch talk|negotiation|dialogue with|", "negotiate with|"),
    ),
    "send weapons to": (
        "send_weapons",
        ("send|supply|deliver|provide|give|ship weapon|arm|arms|munition to|",),
    ),
    "deploy troops in": (
        "deploy_troops",
        ("deploy|send|station troop|force|soldier in|to|",),
    ),
    "expel diplomats of": ("expel_diplomats", ("expel diplomat|ambassador of|from|",)),
    "close the border with": (
        "close_border",
        ("close|shut|seal border|crossing|checkpoint|frontier with|to|",),
    ),
    # the act a border kept closed is argued about (:mod:`wirecoder.lexicon.states`): "will not
    # reopen the crossings", "the crossings stay shut" (against); its complement is closing it
    "reopen the border with": (
        "reopen_border",
        ("reopen border|crossing|checkpoint|frontier with|to|",),
    ),
}

#: canonical predicate → surface patterns that deny it: "stay out of NATO" is "not join NATO".
ANTONYMS: dict[str, tuple[str, ...]] = {
    "join": (
        "stay|keep|remain out|away|outside of|from|",
        "refuse|reject membership in|of|",
    ),
    "impose sanctions on": ("refuse|reject|oppose|resist sanction|sanctions on|against|",),
    "stay militarily neutral": ("abandon|give|end|drop|renounce neutrality|neutral",),
}
# Reopening a border is an act of its own, not "close the border" denied: "will not reopen the
# crossings" is against reopening them (as annotators write it); the positions layer reads the
# two keys as complements (:data:`wirecoder.lexicon.states.COMPLEMENTS`).

#: Words that name a proposition on their own; an attitude verb over a phrase holding one takes
#: that proposition ("values its status of a neutral country", "will not change our policy of
#: military neutrality", "seeks NATO membership").
CONCEPTS: dict[str, str] = {
    "neutrality": "stay militarily neutral",
    "neutral": "stay militarily neutral",
    "non-alignment": "stay militarily neutral",
    "membership": "join",
    "accession": "join",
    "sanction": "impose sanctions on",
    "embargo": "impose sanctions on",
    "recognition": "recognize the independence of",
}

#: Verbs that take a proposition as their object: True when they deny it ("abandon neutrality").
ATTITUDE_VERBS: dict[str, bool] = {
    **dict.fromkeys(
        """value keep maintain preserve protect defend support back favor favour uphold respect
        cherish pursue seek welcome endorse want retain guarantee advocate promote allow accept
        approve""".split(),
        False,
    ),
    **dict.fromkeys(
        """change abandon end renounce reconsider drop reverse oppose reject betray violate
        undermine revise give abolish scrap block veto prevent stop""".split(),
        True,
    ),
}

#: Verbs that state a stance toward their object in the present tense ("we support the
#: package", "we reject any deal that ..."): a clause with one is a position without a modal.
STANCE_VERBS: frozenset[str] = frozenset(
    """support back favor favour endorse welcome advocate want seek accept oppose reject
    refuse""".split()
)

#: Stance verbs over an act named by a noun that :data:`STANCE_VERBS` does not hold, with the
#: preposition that introduces the act ("" for a direct object) and True when they are against
#: it: "would fight extradition", "will not object to the sale of ...". The polarity of the
#: verbs in STANCE_VERBS is read from :data:`COUNTER_ATTITUDES` and the stance stage's governors.
ACT_STANCE_VERBS: dict[tuple[str, str], bool] = {
    ("approve", ""): False, ("agree", "to"): False, ("consent", "to"): False, ("consider", ""): False,
    ("lobby", "for"): False, ("push", "for"): False, ("vote", "for"): False,
    ("block", ""): True, ("veto", ""): True, ("resist", ""): True, ("fight", ""): True, ("object", "to"): True,
    ("lobby", "against"): True, ("vote", "against"): True, ("argue", "against"): True,
}

#: Attitudes after a copula, as (head word, preposition introducing the act) → True when they
#: are against it: "we are opposed to the sale of the port", "is in favour of extending the
#: deal", "are against the closure of the crossing" ("" when the head is the preposition).
ATTITUDE_PREDICATIVES: dict[tuple[str, str], bool] = {
    ("against", ""): True, ("for", ""): False, ("opposed", "to"): True, ("hostile", "to"): True,
    ("favour", "of"): False, ("favor", "of"): False, ("supportive", "of"): False, ("open", "to"): False,
}

#: Nouns naming an act whose verb the suffix rules of
#: :func:`wirecoder.stages.statements.nominal.verb_of_noun` cannot find (irregular or
#: suppletive): "a waiver of patents" is waiving them, "the sale of jets" selling them, "a rise
#: above inflation" raising wages.
ACT_NOUN_VERBS: dict[str, str] = {
    "waiver": "waive", "sale": "sell", "rise": "raise", "extradition": "extradite",
    "intervention": "intervene", "abolition": "abolish", "reduction": "reduce",
    "resumption": "resume", "production": "produce", "destruction": "destroy",
    "expulsion": "expel", "entry": "enter", "delivery": "deliver", "purchase": "purchase",
}

#: Acts named by a noun that a light verb does, the noun staying its object: "opposes a second
#: referendum" is against holding one, "backs a ceasefire" for agreeing to one.
LIGHT_ACTS: dict[str, str] = {
    **dict.fromkeys("referendum election vote strike summit plebiscite poll".split(),
                    "hold"),
    **dict.fromkeys("ceasefire cease-fire truce armistice".split(), "agree to"),
    **dict.fromkeys("curfew quarantine lockdown".split(), "impose"),
    **dict.fromkeys("inquiry".split(), "open"),
    **dict.fromkeys("amnesty bailout".split(), "grant"),
    # read from the word as written: "supports talks with China" is holding them ("the talk" is none)
    **dict.fromkeys("talks dialogue negotiations consultations".split(), "hold"),
}

#: Nouns built like acts (or that are verbs unchanged) but that name a thing, a document, a body
#: or a group: "support the deal", "reject the proposal", "back the government" keep the stance
#: verb as their predicate.
NON_ACT_NOUNS: frozenset[str] = frozenset(
    """deal plan package agreement law proposal bill treaty program programme project policy
    budget offer people team government parliament settlement statement department movement
    document measure position idea move step contract state party group force house court
    council report request decision arrangement framework deadline term condition
    demand need development environment equipment management investment record process
    initiative solution approach result vote interest concern ruling verdict judgment judgement""".split()
)

#: Verbs of refusal read as their positive counterpart, denied: "we reject any deal that gives
#: Moscow a say" is against "accept any deal that gives Moscow a say".
COUNTER_ATTITUDES: dict[str, str] = {"reject": "accept", "oppose": "support", "refuse": "accept"}

#: Verbs whose "against" phrase is the denial of their "for" phrase: "vote against any increase"
#: is against voting for it (the proposition stays positive, the stance carries the polarity).
AGAINST_COUNTERS: dict[str, str] = {
    "vote": "vote for", "campaign": "campaign for", "lobby": "lobby for", "argue": "argue for",
    "rule": "rule in favour of", "speak": "speak for", "decide": "decide for",
}

#: What "leave X without a response" / "leave X unanswered" leaves undone: the reaction, as a
#: predicate ("Moscow will not leave the expulsions without a response" is for responding to them).
LEFT_UNDONE: dict[str, str] = {
    "response": "respond to",
    "answer": "respond to",
    "reply": "respond to",
    "reaction": "react to",
    "unanswered": "respond to",
}

#: Symmetric relations between parties ("Serbia and Russia are strategic partners"):
#: relation noun → plural relation word of the canonical predicate.
RELATIONS: dict[str, str] = {
    "partner": "partners",
    "partnership": "partners",
    "ally": "allies",
    "alliance": "allies",
    "friend": "friends",
    "friendship": "friends",
    "brother": "brothers",
    "brotherhood": "brothers",
    "enemy": "enemies",
    "adversary": "adversaries",
}

#: Modifiers kept in a relation's key ("strategic partners" is a status of its own).
RELATION_MODIFIERS: frozenset[str] = frozenset({"strategic", "military"})

#: Adverbs after a verb's object that say where the act leaves it, so the proposition keeps them:
#: "put the children first" is not "put the children", "carry the cost alone", "set the dispute aside".
OBJECT_PREDICATIVES: frozenset[str] = frozenset("first last alone aside apart together behind".split())

#: Verbs that make a position without an object ("I will not resign", "we will retaliate"); other
#: verbs need an object to make a statement.
INTRANSITIVE_ACTS: frozenset[str] = frozenset(
    """resign quit retire run withdraw retaliate intervene surrender capitulate compromise
    negotiate apologize apologise veto boycott abstain default mobilize mobilise disarm attack
    invade annex secede stay remain leave win fight""".split()
)
#: Phrasal verbs that make a position without an object: "she should step down", "we will not back down".
PHRASAL_ACTS: frozenset[str] = frozenset({"step down", "step aside", "stand down", "back down", "pull out",
                                          "walk out", "give in", "back off", "give up"})

#: Verbs whose object, left unsaid, is the decision the story reports ("the government would
#: appeal"), with the preposition that takes it (none for "appeal").
DECISION_VERBS: dict[str, str] = {"appeal": "", "comply": "with", "abide": "by"}

#: Nouns of a court's or an authority's decision: what an elided :data:`DECISION_VERBS` object is.
DECISION_NOUNS: frozenset[str] = frozenset("ruling verdict judgment judgement decision sentence injunction".split())

#: Nouns whose actor modifier is the object: "NATO membership", "EU accession" (elsewhere it is
#: the owner: "U.S. sanctions" are imposed by the U.S., so no object is read from it).
COMPOUND_OBJECT_NOUNS: frozenset[str] = frozenset({"membership", "accession", "integration"})

#: Nouns of joining a body, with the preposition that names the body: bare ("we will apply for
#: membership", "submit our application") they are in the body the text named just before.
MEMBERSHIP_NOUNS: dict[str, str] = {"membership": "of", "accession": "to", "application": "to"}

#: Nouns whose possessor is the object: "Kosovo's independence" (elsewhere the possessor is the
#: proposition's own subject: "Sweden's membership in NATO" is Sweden joining).
POSSESSIVE_OBJECT_NOUNS: frozenset[str] = frozenset(
    {"independence", "sovereignty", "statehood", "annexation", "territory", "integrity"}
)

#: Shell nouns: general nouns whose content is given elsewhere, by a complement or the context
#: ("the issue of visas", "a date for the vote"). Bare ("raise the issue", "promise a date",
#: "study any proposal", "finish the job") they name nothing a position could
#: be held on, and a clause with one as its object carries no statement.
SHELL_NOUNS: frozenset[str] = frozenset(
    """issue topic matter question subject thing date proposal idea option point situation
    aspect detail possibility job work task""".split()
)

#: What a speaker gives when they speak, not when they act: "give a date for the elections",
#: "provide details", "offer an estimate". A clause of giving one of these reports the speaker's
#: own communication (a hedge on the act it is about), not a position.
TELLING_NOUNS: frozenset[str] = frozenset(
    """date timeline timetable deadline figure number estimate detail details indication
    answer comment""".split()
)

#: Nouns of measures a government imposes and can scrap: declared ended ("the E-levy is dead",
#: "the bread tax is gone"), the speaker is against bringing the measure back.
MEASURE_NOUNS: frozenset[str] = frozenset(
    """tax levy duty tariff toll fee charge surcharge ban law bill decree measure policy reform
    rule subsidy quota cap scheme""".split()
)

#: Verbs whose infinitive of purpose says what the act is, so the proposition keeps it: means
#: ("use force to gain access to the sea", "work with Romania to clear the lanes"), changes
#: made for an end ("amend the constitution to include Bulgarians") and sacrifices ("weaken
#: farm standards to get a trade deal"). After other verbs the purpose is the speaker's reason,
#: left out of the proposition ("cut the budget | to bring spending under control").
MEANS_VERBS: frozenset[str] = frozenset(
    """use employ exploit work cooperate collaborate partner team join amend change revise modify
    rewrite adjust adapt reform compromise sacrifice weaken trade risk abandon betray
    send deploy dispatch""".split()
)

#: Nouns of instruments of policy: a purpose after one is what the instrument does, so the
#: proposition keeps it ("push a bill through Congress to raise the minimum wage", "take
#: measures to protect ...").
INSTRUMENT_NOUNS: frozenset[str] = frozenset(
    """bill law legislation decree plan measure motion amendment proposal resolution programme
    program scheme fund money step tool power mechanism""".split()
)

#: Head words of a legislature's name ("National Assembly", "the Bundestag", "Congress"): the
#: body whose vote passes a bill, so "will vote against the bill" is a position on its passing.
LEGISLATURE_NOUNS: frozenset[str] = frozenset(
    """parliament assembly congress senate house chamber bundestag duma knesset sejm rada majlis
    diet riksdag storting folketing cortes""".split()
)

#: What a legislature votes through: "vote for the bill", "vote against the budget" are for or
#: against the legislature passing it (a vote for a person or a party is an election, not this).
VOTED_NOUNS: frozenset[str] = frozenset(
    """bill law legislation motion amendment amendments budget resolution act package reform
    treaty measure decree""".split()
)

#: Verbs that judge what their subject does, True when the judgement condemns it: "a law
#: allowing police to collect the data violates the constitution" is against their collecting it,
#: "a plan to cut taxes would help families" for cutting them.
JUDGING_VERBS: dict[str, bool] = {
    **dict.fromkeys("""violate breach contravene harm hurt damage undermine endanger jeopardize
    jeopardise discourage punish crush weaken destroy ruin cost kill cripple devastate penalize
    penalise threaten deter worsen""".split(), True),
    **dict.fromkeys("help benefit strengthen boost improve protect save secure stabilize stabilise ease".split(),
                    False),
}

#: States a side keeps by how it acts: "urged supporters to stay calm", "will remain peaceful".
#: Staying so is an act of restraint, unlike a state that describes ("remain strong").
CONDUCT_STATES: frozenset[str] = frozenset({"calm", "peaceful", "vigilant", "restrained", "united"})

#: "keep X closed": a state kept is the act that makes it (``close`` X): the table of kept states.
RESULT_STATES = _states.RESULT_STATES

#: Words too general to tell sectors apart: "sanctions on Russia's nuclear sector" and "on
#: Russian nuclear energy" are both sanctions on Russia, nuclear (object ``RUS_nuclear``).
GENERIC_SECTOR_WORDS: frozenset[str] = frozenset(
    {"sector", "industry", "energy", "field", "area", "sphere", "branch", "segment", "market"}
)

#: Canonical predicate slugs that say the opposite of each other (either order): keys with them
#: never merge, however close their texts ("join NATO" / "leave NATO").
OPPOSITE_PREDICATES: frozenset[frozenset[str]] = frozenset(frozenset(p) for p in (
    ("join", "leave"), ("impose_sanctions", "lift_sanctions"), ("recognize", "withdraw_recognition"),
    ("support", "oppose"), ("accept", "reject"), ("increase", "decrease"), ("increase", "cut"),
    ("raise", "lower"), ("open", "close"), ("close_border", "reopen_border"), ("allow", "ban"), ("allow", "forbid"),
    ("allow", "prohibit"),
    ("sign", "withdraw"), ("ratify", "withdraw"), ("approve", "reject"), ("start", "stop"),
    ("start", "end"), ("begin", "end"), ("continue", "stop"), ("continue", "end"),
))

#: Words that reverse a proposition: they leave, end, remove, reduce or harm their object ("leave
#: NATO" vs "join NATO", "harms growth" vs "boosts growth"), as lemmas. Two of them cancel out
#: ("reduces harm").
REVERSAL_WORDS: frozenset[str] = frozenset({
    "leave", "quit", "exit", "withdraw", "lift", "remove", "scrap", "revoke", "cancel", "abandon",
    "reject", "oppose", "refuse", "deny", "stop", "halt", "suspend", "end", "abolish", "ban", "forbid",
    "prohibit", "derecognize", "derecognise", "decrease", "reduce", "cut", "lower", "ease", "lose",
    "harm", "hurt", "damage", "undermine", "weaken", "worsen", "threaten", "destroy", "diminish",
    "prevent", "deter", "hinder", "block", "limit", "restrict", "curb", "eliminate",
})

#: Words that negate what follows (with "n't" forms read as "not").
NEGATIONS: frozenset[str] = frozenset({"not", "no", "never", "neither", "nor", "without", "cannot", "none"})

#: Words a key never keeps: prepositions, determiners and possessives (dropped from predicate slugs
#: and from objects: "preserve relations with" → ``preserve_relation``).
FUNCTION_WORDS: frozenset[str] = frozenset(
    """on against of to with for in into from at by out away about over under up off the a an
    our its their his her my your this that these those any all""".split()
)

#: Words of a predicate written as free text that say nothing about the proposition: modals,
#: auxiliaries, intensifiers ("will never impose", "has fully joined").
AUXILIARIES: frozenset[str] = frozenset(
    """will would shall should must may might can could be is are was were been being do does did
    have has had and as new full fully further""".split()
)
