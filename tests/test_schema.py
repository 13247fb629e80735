"""The JSON contract as a file: every analysis the tests make validates against the shipped
JSON Schema, the schema has teeth, and DESIGN.md's contract block is checked field by field."""

from __future__ import annotations

import copy
import fnmatch
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import wirecoder
from wirecoder.schema import SCHEMA_FILE
from wirecoder.readers import read_paths

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WIRE_DEV = SHARED / "data" / "wire_dev"

#: The seeds, the positions fixture corpus and a dozen wire_dev stories spread over the set.
ARTICLES = [
    *sorted((ROOT / "samples").glob("*.txt")),
    *sorted((ROOT / "tests" / "fixtures" / "positions" / "articles").glob("*.txt")),
    *sorted(WIRE_DEV.glob("*.txt"))[::3][:12],
]


def _name(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return wirecoder.json_schema()


@pytest.fixture(scope="module")
def validator(schema):
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture(scope="module")
def outputs() -> dict[str, dict[str, Any]]:
    """The JSON of every test article, read and analysed as ``wirecoder analyze`` does."""
    results = list(wirecoder.analyze_many(read_paths(ARTICLES)))
    assert all(isinstance(r, wirecoder.Analysis) for r in results), results
    assert len(results) == len(ARTICLES)
    return {_name(Path(r.article.source)): r.to_dict() for r in results}


def test_the_corpus_is_the_one_asked_for():
    names = [_name(p) for p in ARTICLES]
    assert sum(n.startswith("samples/") for n in names) == 2
    assert sum(n.startswith("articles/") for n in names) == 13
    assert sum(n.startswith("wire_dev/") for n in names) == 12


def test_the_schema_is_draft_2020_12(schema):
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == wirecoder.SCHEMA
    assert schema["properties"]["schema"] == {"const": wirecoder.SCHEMA}


@pytest.mark.parametrize("name", [_name(p) for p in ARTICLES])
def test_every_test_article_validates(outputs, validator, name):
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in validator.iter_errors(outputs[name])]
    assert errors == []


def test_the_outputs_have_every_kind_of_record(outputs):
    """So that the validation above covers each part of the schema."""
    for part in ("entities", "quotes", "times", "statements"):
        assert sum(len(o[part]) for o in outputs.values()) > 10, part
    assert any(o["article"]["dateline"] for o in outputs.values())
    assert {o["article"]["published_source"] for o in outputs.values()} >= {"marker", None}
    kinds = {q["kind"] for o in outputs.values() for q in o["quotes"]}
    assert kinds == {"direct", "indirect", "mixed"}


def _spans(node: Any):
    if isinstance(node, dict):
        if {"start", "end", "text"} <= set(node):
            yield node
        for value in node.values():
            yield from _spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from _spans(value)


def test_every_span_selects_its_text(outputs):
    """What the schema cannot say: start <= end and article.text[start:end] == text."""
    count = 0
    for out in outputs.values():
        text = out["article"]["text"]
        for span in _spans({k: v for k, v in out.items() if k != "article"}):
            assert 0 <= span["start"] <= span["end"] <= len(text)
            assert text[span["start"]:span["end"]] == span["text"]
            count += 1
        if out["article"]["dateline"]:
            d = out["article"]["dateline"]
            assert text[d["start"]:d["end"]] == d["text"]
    assert count > 500


def test_ids_refer_inside_their_analysis(outputs):
    for out in outputs.values():
        entities = {e["id"] for e in out["entities"]}
        quotes = {q["id"] for q in out["quotes"]}
        for q in out["quotes"]:
            assert q["speaker"]["entity"] in entities | {None}
        for s in out["statements"]:
            assert s["quote"] in quotes
            assert s["holder"]["entity"] in entities | {None}


def _set(path: str, value: Any):
    def change(data: dict) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for p in parents:
            node = node[int(p)] if p.isdigit() else node[p]
        if value is _DELETE:
            del node[last]
        else:
            node[last] = value
    return change


_DELETE = object()
MUTATIONS = {
    "quote kind not in the enum": _set("quotes.0.kind", "quoted"),
    "stance not in the enum": _set("statements.0.stance", "neutral"),
    "hedge not in the enum": _set("statements.0.hedge", "strong"),
    "entity type not in the enum": _set("entities.0.type", "GPE"),
    "time type not in the enum": _set("times.0.type", "EVENT"),
    "a required field missing": _set("quotes.0.speaker", _DELETE),
    "a field the contract lacks": _set("quotes.0.confidence", 0.9),
    "a negative offset": _set("quotes.0.content.start", -1),
    "an offset as a string": _set("times.0.end", "66"),
    "a span without text": _set("quotes.0.cue.text", _DELETE),
    "a country not alpha-3": _set("entities.0.country", "RS"),
    "another schema": _set("schema", "wirecoder.analysis/2"),
    "published not a date": _set("article.published", "Friday"),
    "a null content": _set("quotes.0.content", None),
    "an article id not a hash": _set("article.id", "article-1"),
}


@pytest.fixture(scope="module")
def vucic() -> dict[str, Any]:
    return wirecoder.analyze("Serbia will never impose sanctions on Russia, Vucic said on Friday.",
                             published="2024-09-10").to_dict()


def test_the_unchanged_output_validates(vucic, validator):
    validator.validate(vucic)


@pytest.mark.parametrize("what", MUTATIONS)
def test_the_schema_rejects(vucic, validator, what):
    data = copy.deepcopy(vucic)
    MUTATIONS[what](data)
    assert not validator.is_valid(data)


def test_json_schema_returns_a_fresh_dict():
    first = wirecoder.json_schema()
    first["properties"].clear()
    assert wirecoder.json_schema()["properties"]


# -- DESIGN.md's contract block, field by field --------------------------------------------
_TOKEN = re.compile(r'"[^"]*"|\.\.\.|[{}\[\]:,|]|[A-Za-z_]+')


class _Contract:
    """The pseudo-JSON of DESIGN's contract as a tree: ``{"object": {key: node | None}}``,
    ``{"array": node}``, ``{"span": True}``, ``{"string": s}``, ``{"word": w}``; each node
    may carry ``alternatives`` (what follows ``|``), e.g. ``null``."""

    def __init__(self, text: str) -> None:
        self.tokens = _TOKEN.findall(text)
        self.i = 0

    def peek(self) -> str | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        token = self.tokens[self.i]
        assert expected is None or token == expected, (expected, token, self.i)
        self.i += 1
        return token

    def value(self, previous: dict | None = None) -> dict:
        node = self.single(previous)
        while self.peek() == "|":
            self.take("|")
            node.setdefault("alternatives", []).append(self.single(None))
        return node

    def single(self, previous: dict | None) -> dict:
        token = self.take()
        if token == "{":
            fields: dict[str, dict | None] = {}
            last = None
            while self.peek() != "}":
                key = self.take().strip('"')
                if self.peek() == ":":
                    self.take(":")
                    fields[key] = last = self.value(last)
                else:
                    fields[key] = None
                if self.peek() == ",":
                    self.take(",")
            self.take("}")
            return {"object": fields}
        if token == "[":
            if self.peek() == "...":  # "recipients": [...], like the field before it
                self.take("...")
                self.take("]")
                assert previous is not None
                return copy.deepcopy(previous)
            item = self.value()
            if self.peek() == "...":
                self.take("...")
            self.take("]")
            return {"array": item}
        if token.startswith('"'):
            return {"string": token.strip('"')}
        words = [token]
        while self.peek() and re.fullmatch(r"[A-Za-z_]+", self.peek()):
            words.append(self.take())
        return {"span": True} if words == ["span"] else {"word": " ".join(words)}


@pytest.fixture(scope="module")
def contract() -> dict:
    design = (SHARED / "DESIGN.md").read_text(encoding="utf-8")
    section = design.split("## Output contract (JSON)", 1)[1]
    block = section.split("```", 2)[1]
    return _Contract(block).value()


def _fields(node: dict, path: tuple[str, ...] = ()):
    """``(path, node)`` of every field the contract names."""
    if "object" in node:
        for key, child in node["object"].items():
            yield (*path, key), child
            if child is not None:
                yield from _fields(child, (*path, key))
    elif "array" in node:
        yield from _fields(node["array"], path)
    elif node.get("span"):
        for key in ("start", "end", "text"):
            yield (*path, key), None


def _object_of(schema: dict, node: dict) -> dict:
    """The object (or array of objects) alternative of a schema node, $refs followed."""
    if "$ref" in node:
        return _object_of(schema, schema["$defs"][node["$ref"].rsplit("/", 1)[1]])
    for alternative in node.get("anyOf", ()):
        if alternative.get("type") != "null":
            return _object_of(schema, alternative)
    if "items" in node:
        return _object_of(schema, node["items"])
    return node


def _at(schema: dict, path: tuple[str, ...]) -> tuple[dict, dict]:
    """The schema of the object holding the last field of ``path``, and that field's schema."""
    parent = schema
    for key in path[:-1]:
        parent = _object_of(schema, parent["properties"][key])
    return parent, parent["properties"][path[-1]]


def _accepts(schema: dict, node: dict, value: Any) -> bool:
    return jsonschema.Draft202012Validator({**node, "$defs": schema["$defs"]}).is_valid(value)


def test_the_contract_block_parses(contract):
    names = [".".join(p) for p, _ in _fields(contract)]
    assert len(names) > 60
    for name in ("article.dateline.agency", "quotes.speaker.mention.start", "times.value",
                 "statements.proposition.key", "events.recipients.sector", "events.evidence.text"):
        assert name in names


def test_every_design_field_is_required_in_the_schema(contract, schema):
    for path, _ in _fields(contract):
        parent, _node = _at(schema, path)
        assert path[-1] in parent.get("required", ()), ".".join(path)


def test_every_design_enum_is_the_schemas(contract, schema):
    checked = 0
    for path, node in _fields(contract):
        if node is None or "string" not in node or "alternatives" in node:
            continue
        values = node["string"].split("|")
        _, field = _at(schema, path)
        if len(values) > 1:
            assert set(field["enum"]) - {None} == set(values), ".".join(path)
            assert not _accepts(schema, field, "other"), ".".join(path)
            checked += 1
        else:  # "schema": "wirecoder.analysis/1"
            assert field == {"const": values[0]}
    assert checked == 3  # kind, stance, hedge


def test_every_design_null_is_allowed_and_no_other(contract, schema):
    nullable = {".".join(p) for p, n in _fields(contract)
                if n is not None and {"word": "null"} in n.get("alternatives", ())}
    assert nullable == {"article.dateline", "quotes.cue", "quotes.speaker.mention",
                        "quotes.speaker.entity", "quotes.speaker.name", "times.value"}
    for name in nullable:
        _, field = _at(schema, tuple(name.split(".")))
        assert _accepts(schema, field, None), name
    for path in (("quotes", "content"), ("quotes", "kind"), ("statements", "stance"),
                 ("events", "evidence"), ("article", "text")):
        _, field = _at(schema, path)
        assert not _accepts(schema, field, None), path


# -- shipped in the package ------------------------------------------------------------------
def test_the_package_data_includes_the_schema():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["wirecoder"]
    assert any(fnmatch.fnmatch(SCHEMA_FILE, g) for g in globs)
    assert (ROOT / "src" / "wirecoder" / SCHEMA_FILE).is_file()


def test_the_wheel_ships_the_schema_and_the_spacy_entry_points(tmp_path):
    """Built offline, as ./setup.sh installs the package (no build isolation)."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "src", src / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(tmp_path / "dist"), str(src)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = (tmp_path / "dist").glob("wirecoder-*.whl")
    with zipfile.ZipFile(wheel) as z:
        shipped = z.read(f"wirecoder/{SCHEMA_FILE}").decode("utf-8")
        (entry_points,) = [n for n in z.namelist() if n.endswith(".dist-info/entry_points.txt")]
        points = z.read(entry_points).decode("utf-8")
    assert shipped == (ROOT / "src" / "wirecoder" / SCHEMA_FILE).read_text(encoding="utf-8")
    assert "[spacy_factories]\nwirecoder = wirecoder.stages.component:make_wirecoder\n" in points
