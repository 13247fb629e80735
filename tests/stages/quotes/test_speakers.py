"""Speaker resolution through the whole pipeline (entities + quotes), on small wire-style
fixtures written for these tests."""

from __future__ import annotations

import pytest

from wirecoder import Article, analyze


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    result = analyze(Article(text=text)).to_dict()
    return [
        (q["content"]["text"][:30], q["speaker"]["mention"]["text"] if q["speaker"]["mention"] else None,
         q["speaker"]["name"])
        for q in result["quotes"]
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "KYIV (Reuters) - Ukrainian Foreign Minister Dmytro Kuleba said on Monday that talks with "
            "Moscow were frozen. “We will not trade territory for peace,” he told reporters.",
            [("talks with Moscow were frozen", "Ukrainian Foreign Minister Dmytro Kuleba", "Dmytro Kuleba"),
             ("We will not trade territory fo", "he", "Dmytro Kuleba")],
            id="pronoun-to-previous-speaker",
        ),
        pytest.param(
            "German Chancellor Olaf Scholz met Polish President Andrzej Duda in Berlin. "
            "The chancellor said that Germany would send more air defence systems.",
            [("Germany would send more air de", "The chancellor", "Olaf Scholz")],
            id="role-noun-to-compatible-person",
        ),
        pytest.param(
            "Moscow has rejected the proposal, saying that it ignores the realities on the ground.",
            [("it ignores the realities on th", "Moscow", "Russia")],
            id="capital-as-government",
        ),
        pytest.param(
            "“The border will stay closed,” Hungarian Interior Minister Sandor Pinter's office quoted "
            "the minister as saying.",
            [("The border will stay closed,", "the minister", "Sandor Pinter")],
            id="press-office-quoted",
        ),
        pytest.param(
            "Opposition parties and rights groups have repeatedly warned that the law threatens press freedom.",
            [("the law threatens press freedo", "Opposition parties and rights groups",
              "Opposition parties and rights groups")],
            id="unnamed-group-keeps-its-words",
        ),
    ],
)
def test_speaker_resolution(text, expected):
    assert speakers(text) == expected
