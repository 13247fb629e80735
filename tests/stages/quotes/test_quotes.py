"""Quote patterns, one small fixture each, through the real spaCy pipeline."""

from __future__ import annotations

import pytest

from wirecoder.stages.quotes.find import find_quotes


def quotes(nlp, text):
    return [
        (q.kind, q.content.text, q.cue.text if q.cue else None,
         q.speaker.mention.text if q.speaker.mention else None)
        for q in find_quotes(nlp(text), ())
    ]


CASES = [
    pytest.param('"We will not back down," Smith said. "This is our land."',
                 [("direct", "We will not back down,", "said", "Smith"),
                  ("direct", "This is our land.", "said", "Smith")], id="split-around-cue"),
    pytest.param('The minister said: "Our troops will stay in the region until the job is done."',
                 [("direct", "Our troops will stay in the region until the job is done.", "said",
                   "The minister")], id="colon-introduced"),
    pytest.param("“The economy is growing faster than expected this year,” said Finance Minister Jane Doe.",
                 [("direct", "The economy is growing faster than expected this year,", "said",
                   "Finance Minister Jane Doe")], id="inverted-cue"),
    pytest.param("“We will rebuild every house that was destroyed,\n“and we will do it within two years,” the mayor said.",
                 [("direct", "We will rebuild every house that was destroyed,\n“and we will do it within two years,",
                   "said", "the mayor")], id="continued-paragraphs"),
    pytest.param("“We have no plans to raise taxes,” Lee told reporters.\n“The budget is balanced and the deficit is shrinking.”",
                 [("direct", "We have no plans to raise taxes,", "told", "Lee"),
                  ("direct", "The budget is balanced and the deficit is shrinking.", "told", "Lee")],
                 id="quote-only-paragraph-continues"),
    pytest.param("Officials told Reuters that the talks had stalled.",
                 [("indirect", "the talks had stalled", "told", "Officials")], id="told-y-that"),
    pytest.param("Russia is unlikely to accept the plan, according to diplomats familiar with the talks.",
                 [("indirect", "Russia is unlikely to accept the plan", "according to",
                   "diplomats familiar with the talks")], id="according-to-after"),
    pytest.param("According to the ministry, 40 people were killed in the attack.",
                 [("indirect", "40 people were killed in the attack.", "According to", "the ministry")],
                 id="according-to-before"),
    pytest.param("The Kremlin said in a statement that the sanctions were illegal.",
                 [("indirect", "the sanctions were illegal", "said in a statement", "The Kremlin")],
                 id="said-in-a-statement"),
    pytest.param("Kuleba said the counteroffensive would continue, adding that Ukraine needed more air defence.",
                 [("indirect", "the counteroffensive would continue", "said", "Kuleba"),
                  ("indirect", "Ukraine needed more air defence", "adding", "Kuleba")], id="bare-clause-and-adding"),
    pytest.param("The ministry quoted Ivanov as saying that the border would remain closed.",
                 [("indirect", "the border would remain closed", "quoted", "Ivanov")], id="quoted-as-saying"),
    pytest.param('He warned that the country faced "a very difficult winter" unless gas supplies resumed.',
                 [("mixed", 'the country faced "a very difficult winter" unless gas supplies resumed',
                   "warned", "He")], id="mixed"),
    pytest.param("The army is reluctant to withdraw, saying that the front is not secure.",
                 [("indirect", "the front is not secure", "saying", "The army")], id="saying-that"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quote_patterns(nlp, text, expected):
    assert quotes(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “special operation” began in February.",
        'She called the film "Gone with the Wind" a classic.',
        "Residents described the mood as “tense”.",
        "The bill, known as the “Clean Air Act”, passed on Tuesday.",
    ],
)
def test_not_quotes(nlp, text):
    assert quotes(nlp, text) == []


def test_scare_quotes_inside_a_paraphrase_do_not_make_it_mixed(nlp):
    got = quotes(nlp, "The so-called “special operation” began in February, officials said.")
    assert [(k, c) for k, c, *_ in got] == [("indirect", "The so-called “special operation” began in February")]


@pytest.mark.parametrize("text, expected", [
    pytest.param('Asked whether the port would reopen this month, Harbour Minister Ana Petrov said: '
                 '"We will open it when the repairs are finished."',
                 [("direct", "We will open it when the repairs are finished.", "said",
                   "Harbour Minister Ana Petrov")], id="asked-whether-colon"),
    pytest.param("Asked whether the party would accept the post of “junior partner” that the "
                 "coalition is expected to offer, Moreau said the leadership “will weigh every offer "
                 "carefully.”",
                 [("mixed", "the leadership “will weigh every offer carefully.”", "said", "Moreau")],
                 id="asked-whether-fragment"),
    pytest.param("Asked whether Westland intended to leave the customs union, Kerr replied: "
                 "\"Nobody here hides what we want.\"",
                 [("direct", "Nobody here hides what we want.", "replied", "Kerr")],
                 id="asked-whether-replied"),
    pytest.param("The senator was more cautious when asked whether the treaty could be ratified "
                 "this year.", [], id="when-asked-whether"),
    pytest.param("The minister was asked whether the port would reopen this month.", [],
                 id="was-asked-whether"),
])
def test_the_reporters_question_is_not_the_speakers_words(nlp, text, expected):
    # "Asked whether ...": a participle with no subject of its own puts the reporter's question
    assert quotes(nlp, text) == expected


def test_a_speaker_who_asks_is_still_quoted(nlp):
    got = quotes(nlp, "The senator asked whether the treaty could be ratified this year.")
    assert [(k, cue, who) for k, _, cue, who in got] == [("indirect", "asked", "The senator")]
    got = quotes(nlp, "The senator has asked whether the treaty could be ratified this year.")
    assert [(k, cue, who) for k, _, cue, who in got] == [("indirect", "asked", "The senator")]
