"""The trigger tables of the events stage: which words report which PLOVER act.

Started from the PLOVER v2.0 manual's category definitions and the CAMEO verb classes
(``data/plover/cameo_to_plover.csv``); each sense carries the CAMEO code it stands for, from which
the mode is read (when PLOVER defines that mode for the category).

- :data:`VERBS`: verb lemma → its sense when nothing below applies;
- :data:`OBJECT_SENSES`: verb lemma → (object class, sense) tried in order on the verb's object
  ("close the border" is SANCTION, "close talks" nothing; "send troops" is MOBILIZE, "send aid"
  AID); a verb listed only here is a trigger only with one of those objects;
- :data:`CIVIL_SENSES`: the sense when the actor is a crowd, not a state ("drivers blocked the
  bridge" is PROTEST, "Kazakhstan blocked shipments" SANCTION);
- :data:`NOUNS`: event nominals ("a rally", "talks", "an attack", "arrests");
- :data:`LIGHT_VERBS`: verbs that realise an event nominal ("held talks", "staged a protest",
  "took part in the march", "imposed sanctions"), whose subject is the nominal's actor.

Pure data: no I/O here (the PLOVER tables are read in :mod:`wirecoder.stages.events.plover`).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "CIVIL_SENSES", "CLASSES", "GOVERNORS", "LIGHT_VERBS", "NOUNS", "OBJECT_SENSES", "ONGOING",
    "PARTICLE_SENSES", "Sense", "VERBS", "sense",
]


class Sense(NamedTuple):
    category: str
    cameo: str
    mode: str | None = None


def sense(spec: str) -> Sense:
    """``"COERCE 173"`` or ``"COERCE 173 arrest"`` → Sense."""
    parts = spec.split()
    return Sense(parts[0], parts[1], parts[2] if len(parts) > 2 else None)


def _table(text: str) -> dict[str, Sense]:
    out: dict[str, Sense] = {}
    for line in text.strip().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        words, spec = line.split(":", 1)
        for w in words.split(","):
            out[w.strip()] = sense(spec)
    return out


#: Noun classes for objects and arguments (lemmas).
CLASSES: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "troops": """troop soldier unit force reservist reserve warship ship jet aircraft tank
            battalion brigade division corvette frigate destroyer submarine vessel fighter
            missile artillery personnel contingent marine paratrooper drone helicopter police
            officer guard""",
        "aid": """aid assistance food medicine supply grant loan disbursement fund funding money
            wheat grain vaccine vaccines equipment shelter asylum relief tonne ton dollar
            euro weapon arm ammunition helicopter""",
        "border": """border borders crossing checkpoint airspace port embassy consulate frontier
            bridge road route highway crossing-point station""",
        "trade": """import export shipment good trade product cargo flight""",
        "sanction": """sanction tariff embargo ban restriction duty measure""",
        "talks": """talk accession negotiation membership bid dialogue process mediation
            contact""",
        "hold": """blockade siege occupation closure""",
        "people": """people person migrant citizen protester activist journalist correspondent
            man woman refugee civilian student worker diplomat national resident opponent
            member leader official""",
        "proposal": """law bill package decision resolution proposal plan demand call offer
            request appeal amendment motion initiative deal agreement draft measure""",
        "media": """broadcast broadcasts website newspaper channel station media outlet
            publication""",
        "info": """evidence information intelligence data photograph image technology expertise
            know-how""",
        "envoys": """diplomat ambassador envoy inspector observer monitor peacekeeper attache
            consul mission staff""",
        "ties": """tie relation relations contact link visa""",
        "rule": """ban law ceasefire cease-fire truce agreement accord embargo resolution order
            curfew sanction""",
        "refuge": """refuge asylum shelter protection""",
        "curfew": """curfew restriction limit""",
        "objection": """objection opposition veto reservation claim charge demand condition
            increase hike rise tax levy plan proposal bill""",
        "occasion": """ceremony event summit meeting celebration commemoration parade games
            olympics session inauguration conference forum funeral reception memorial""",
        "riot": """gas teargas tear-gas cannon bullet baton grenade spray truncheon""",
        "pact": """agreement accord deal treaty pact memorandum declaration contract protocol
            charter convention mou ceasefire cease-fire truce understanding""",
        "approval": """light go-ahead approval blessing confidence endorsement nod""",
        "mines": """mine landmine minefield ordnance explosive ied bomb""",
        "place": """base camp station infrastructure building office port village town city
            district position facility plant club embassy headquarters""",
    }.items()
}

VERBS: dict[str, Sense] = _table("""
agree, pledge, promise, vow, offer: AGREE 030
meet, confer: CONSULT 040
talk, consult, discuss: CONSULT 040
negotiate: CONSULT 046
visit, tour: CONSULT 042 visit
host: CONSULT 043 visit
mediate: CONSULT 045
phone, telephone: CONSULT 041 phone
support, praise, welcome, hail, commend, applaud, congratulate, thank, endorse, salute: SUPPORT 051
reaffirm: SUPPORT 050
defend: SUPPORT 052
apologize, apologise: SUPPORT 055
forgive: SUPPORT 056
ratify, sign: SUPPORT 057
recognize, recognise: SUPPORT 054
cooperate, collaborate: COOPERATE 060
donate, supply, disburse: AID 070
ease, relax, waive, concede, yield: CONCEDE 080
lift: CONCEDE 081
accept: CONCEDE 083
release, free: RETREAT 084 release
withdraw, retreat, evacuate: RETREAT 087 withdraw
resign: RETREAT 087 resign
investigate, probe: ACCUSE 090 investigate
accuse, blame: ACCUSE 112 disapprove
condemn, criticize, criticise, denounce, deplore, decry, slam, censure, rebuke, chide: ACCUSE 111 disapprove
summon: ACCUSE 114 disapprove
complain: ACCUSE 114 disapprove
sue: ACCUSE 115 allege
indict: ACCUSE 115 allege
urge, demand, request, implore, exhort: REQUEST 100
reject, rebuff, spurn, dismiss: REJECT 120
refuse, decline: REJECT 120
veto: REJECT 129 yield
defy: REJECT 128 yield
threaten: THREATEN 130
protest, rally, demonstrate, march, picket, riot: PROTEST 141 demo
mobilize, mobilise, deploy, redeploy, station, reinforce: MOBILIZE 154 troops
shadow: MOBILIZE 150
sanction, embargo: SANCTION 163 discontinue
arrest, detain, jail, imprison, apprehend: COERCE 173 arrest
seize, confiscate, impound: COERCE 171 seize
raid: COERCE 171 seize
deport, extradite: COERCE 174 deport
prohibit, forbid: COERCE 172 restrict
besiege, blockade: COERCE 191 restrict
occupy, annex: COERCE 192 seize
censor: COERCE 172 censor
attack, assault, storm, bomb, bombard, shell, ambush, strafe: ASSAULT 190
kill, murder, massacre: ASSAULT 190
shoot, gun: ASSAULT 190
assassinate: ASSAULT 186
abduct, kidnap, hijack: ASSAULT 181 abduct
ram, puncture: ASSAULT 190
injure, wound: ASSAULT 190
torch: ASSAULT 180 destroy
torture: ASSAULT 182 torture
beat: ASSAULT 182 beat
overrun, retake, recapture, invade: ASSAULT 190
demolish, bulldoze, raze: COERCE 171 seize
hack: COERCE 172 cyber
surrender: RETREAT 087 disarm
renege: REJECT 120
charge: ACCUSE 112 allege
allow, permit: CONCEDE 080
shorten: CONCEDE 081
smash, vandalize, vandalise, loot: ASSAULT 180 destroy
""")

_o = sense
#: verb → ((object class, sense), ...): the first whose class holds the object's lemma wins.
OBJECT_SENSES: dict[str, tuple[tuple[str, Sense], ...]] = {
    "send": (("troops", _o("MOBILIZE 154 troops")), ("aid", _o("AID 070"))),
    "move": (("troops", _o("MOBILIZE 154 troops")),),
    "bring": (("troops", _o("MOBILIZE 154 troops")),),
    "call": (("troops", _o("MOBILIZE 154 troops")),),
    "dispatch": (("troops", _o("MOBILIZE 154 troops")), ("aid", _o("AID 070"))),
    "mass": (("troops", _o("MOBILIZE 154 troops")),),
    # "scrambled fighter jets": a military response put on alert
    "scramble": (("troops", _o("MOBILIZE 154 troops")),),
    # "gave Podgorica the green light", "granted a vote of confidence to the cabinet"
    "give": (("aid", _o("AID 070")), ("approval", _o("SUPPORT 051"))),
    "provide": (("aid", _o("AID 070")), ("info", _o("AID 070"))),
    "lift": (("hold", _o("RETREAT 085 ease")),),
    "deliver": (("aid", _o("AID 070")),),
    "hand": (("aid", _o("AID 070")), ("troops", _o("AID 072"))),
    "grant": (("aid", _o("AID 070")), ("approval", _o("SUPPORT 051"))),
    "approve": (("aid", _o("AID 070")),),
    "pledge": (("aid", _o("AGREE 033")),),
    "close": (("border", _o("SANCTION 160 discontinue")),),
    "shut": (("border", _o("SANCTION 160 discontinue")), ("media", _o("COERCE 172 censor"))),
    "keep": (("sanction", _o("SANCTION 163 discontinue")),),
    "reopen": (("border", _o("CONCEDE 080")),),
    "open": (("border", _o("CONCEDE 080")),),
    "ban": (("trade", _o("SANCTION 163 discontinue")), ("media", _o("COERCE 172 censor")),
            ("people", _o("COERCE 172 restrict"))),
    "bar": (("trade", _o("SANCTION 163 discontinue")), ("people", _o("COERCE 172 restrict"))),
    "block": (("trade", _o("SANCTION 163 discontinue")), ("talks", _o("REJECT 120")),
              ("proposal", _o("REJECT 120")), ("border", _o("PROTEST 144 obstruct"))),
    "impose": (("sanction", _o("SANCTION 163 discontinue")), ("curfew", _o("COERCE 172 curfew"))),
    "suspend": (("aid", _o("SANCTION 162 discontinue")), ("ties", _o("SANCTION 161 withdraw")),
                ("proposal", _o("REJECT 120")), ("media", _o("COERCE 172 censor")),
                ("talks", _o("SANCTION 164 withdraw")), ("trade", _o("SANCTION 160 discontinue"))),
    "halt": (("talks", _o("SANCTION 164 withdraw")), ("trade", _o("SANCTION 160 discontinue"))),
    "cut": (("trade", _o("SANCTION 160 discontinue")), ("aid", _o("SANCTION 162 discontinue"))),
    "expel": (("envoys", _o("SANCTION 166 expel")), ("people", _o("COERCE 174 deport"))),
    "force": (("people", _o("COERCE 174 deport")),),
    "push": (("people", _o("COERCE 174 deport")),),
    "strip": (("people", _o("COERCE 172 restrict")),),
    "recall": (("people", _o("SANCTION 161 withdraw")),),
    "strike": (("place", _o("ASSAULT 195")), ("troops", _o("ASSAULT 190"))),
    "hit": (("place", _o("ASSAULT 195")), ("troops", _o("ASSAULT 190"))),
    "target": (("place", _o("ASSAULT 190")), ("troops", _o("ASSAULT 190"))),
    "board": (("troops", _o("ASSAULT 190")),),
    "violate": (("border", _o("MOBILIZE 150")), ("rule", _o("REJECT 128 yield"))),
    "escort": (("troops", _o("MOBILIZE 150")), ("border", _o("MOBILIZE 150"))),
    "boycott": (("proposal", _o("SANCTION 160 discontinue")), ("occasion", _o("SANCTION 160 discontinue"))),
    "neutralize": (("troops", _o("ASSAULT 190")), ("mines", _o("COOPERATE 062"))),
    # clearing mines is demining, a joint military task when several states do it (a lone
    # state's demining is dropped in find)
    "neutralise": (("mines", _o("COOPERATE 062")),),
    "clear": (("mines", _o("COOPERATE 062")),),
    "defuse": (("mines", _o("COOPERATE 062")),),
    "remove": (("mines", _o("COOPERATE 062")),),
    "sweep": (("mines", _o("COOPERATE 062")),),
    "order": (("people", _o("COERCE 174 deport")),),
    "share": (("info", _o("COOPERATE 064")),),
    "establish": (("ties", _o("SUPPORT 050")),),
    "restore": (("ties", _o("SUPPORT 050")),),
    "sever": (("ties", _o("SANCTION 161 withdraw")),),
    "break": (("ties", _o("SANCTION 161 withdraw")),),
    "accept": (("proposal", _o("CONCEDE 083")),),
    "seek": (("refuge", _o("REQUEST 103")),),
    "deny": (("refuge", _o("SANCTION 166 expel")),),
    "end": (("talks", _o("SANCTION 164 withdraw")),),
    # giving up a measure, a claim or an objection is a concession ("dropped its objection to
    # the package", "scrapped the proposed tax increase", "withdrew the bill")
    "drop": (("objection", _o("CONCEDE 080")), ("proposal", _o("CONCEDE 080"))),
    "abandon": (("objection", _o("CONCEDE 080")), ("proposal", _o("CONCEDE 080"))),
    "scrap": (("objection", _o("CONCEDE 080")), ("proposal", _o("CONCEDE 080"))),
    "shelve": (("proposal", _o("CONCEDE 080")),),
    "withdraw": (("objection", _o("CONCEDE 080")), ("proposal", _o("CONCEDE 080"))),
    "fire": (("riot", _o("COERCE 175")), ("troops", _o("ASSAULT 190"))),
    "use": (("riot", _o("COERCE 175")),),
}

#: verb + particle or preposition → sense ("called on", "pulled out", "cracked down").
PARTICLE_SENSES: dict[tuple[str, str], Sense] = {
    ("call", "on"): sense("REQUEST 100"),
    ("call", "for"): sense("REQUEST 100"),
    ("call", "upon"): sense("REQUEST 100"),
    ("appeal", "to"): sense("REQUEST 100"),
    ("appeal", "for"): sense("REQUEST 100"),
    ("press", "for"): sense("REQUEST 100"),
    ("ask", "for"): sense("REQUEST 100"),
    ("pull", "out"): sense("RETREAT 087 withdraw"),
    ("pull", "back"): sense("RETREAT 087 withdraw"),
    ("crack", "down"): sense("COERCE 175"),
    ("hand", "over"): sense("AID 070"),
    ("open", "fire"): sense("ASSAULT 190"),
    ("speak", "out"): sense("ACCUSE 111 disapprove"),
    ("turn", "down"): sense("REJECT 120"),
    ("turn", "away"): sense("COERCE 172 restrict"),
    ("lash", "out"): sense("ACCUSE 111 disapprove"),
    ("sign", "up"): sense("AGREE 030"),
    ("step", "down"): sense("RETREAT 087 resign"),
    ("fire", "at"): sense("ASSAULT 190"),
    ("fire", "on"): sense("ASSAULT 190"),
    ("beat", "up"): sense("ASSAULT 182 beat"),
    ("blow", "up"): sense("COERCE 171 seize"),
    ("stop", "work"): sense("PROTEST 143 strike"),
}

#: The sense when the actor is a crowd or a union, not a state or an army.
CIVIL_SENSES: dict[str, Sense] = _table("""
strike: PROTEST 143 strike
block, blockade, barricade, obstruct: PROTEST 144 obstruct
boycott: PROTEST 143 boycott
gather, assemble, march, rally: PROTEST 141 demo
occupy: PROTEST 144 obstruct
""")

#: Event nominals (lemmas).
NOUNS: dict[str, Sense] = _table("""
rally, protest, demonstration, march, sit-in, picket, walkout, vigil: PROTEST 141 demo
riot, unrest: PROTEST 145 riot
strike: PROTEST 143 strike
blockade: PROTEST 144 obstruct
hunger-strike: PROTEST 142 hunger
talk, meeting, summit, negotiation, consultation, visit, conference: CONSULT 040
mediation: CONSULT 045
attack, assault, airstrike, air-strike, bombing, bombardment, shelling, ambush, offensive, raid, massacre, clash: ASSAULT 190
assassination: ASSAULT 186
kidnapping, abduction: ASSAULT 181 abduct
arrest, detention, crackdown: COERCE 173 arrest
siege: COERCE 191 restrict
expulsion, deportation: COERCE 174 deport
sanction, embargo, tariff: SANCTION 163 discontinue
veto: REJECT 129 yield
refusal, rejection: REJECT 120
drill, exercise, maneuver, manoeuvre, mobilization, mobilisation, deployment, buildup, build-up: MOBILIZE 154 troops
ultimatum: THREATEN 139 relations
condemnation, criticism: ACCUSE 111 disapprove
investigation, inquiry, probe, hearing: ACCUSE 090 investigate
complaint: ACCUSE 114 disapprove
demand, appeal, request: REQUEST 100
invasion, incursion: ASSAULT 190
curfew: COERCE 172 curfew
suspension: SANCTION 160 discontinue
aid, assistance: AID 070
withdrawal, pullout: RETREAT 087 withdraw
ceasefire, cease-fire, truce: AGREE 037
""")

#: Nominals that realise an event only with a light verb or an argument of their own, not alone
#: (they are also common in other senses: "an exercise in futility", "the arrest warrant").
WEAK_NOUNS: frozenset[str] = frozenset(
    "aid assistance exercise conference visit criticism condemnation probe march offensive "
    "process sanction tariff strike ceasefire cease-fire truce investigation inquiry demand appeal "
    "request hearing complaint curfew suspension".split())

#: Verbs whose object (or "in"/"to" object) is an event nominal they realise, with the sense to
#: use when the nominal alone has another ("signed an agreement" is SUPPORT).
LIGHT_VERBS: frozenset[str] = frozenset("""hold stage organize organise launch attend join take
conduct carry begin start open resume mount impose announce approve issue order make pay
continue lead stage go lift extend sign reach call put reiterate renew repeat lodge file voice
express""".split())

#: Verbs or adjectives governing a complement that is planned, wished or hypothetical: an act in
#: their complement is not (yet) an event.
GOVERNORS: frozenset[str] = frozenset("""plan intend want wish hope seek aim try attempt expect
prepare propose consider mull weigh threaten vow promise pledge offer agree decide refuse
decline fail urge call ask demand need have seem appear due set likely able ready willing
prepared unable reluctant poised expected going about threaten warn push lobby press consider
discuss debate study review suggest recommend insist order tell deny""".split())

#: Words that make a dated act an ongoing one ("has refused entry since June").
ONGOING: frozenset[str] = frozenset({"since", "began", "begin", "started", "start", "continue",
                                     "continued", "ongoing"})
