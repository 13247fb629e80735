"""Embedded social posts (``article.embeds``) in the exports a user reads: ``to_records`` and
``to_frame`` (kind ``embeds``), ``wirecoder export embeds`` (CSV, JSON Lines, Parquet) and the
article JSON of the API. A real page with an embed, read, ingested and exported by the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import wirecoder
from wirecoder.cli import main
from wirecoder.export import COLUMNS
from wirecoder.readers import read_file

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
PAGE = PAGES / "02_public_broadcaster.html"
POST = ("Today we published the final methane regulations. Canada will cut oil and gas methane "
        "by 75% by 2030. Clean air, good jobs. pic.twitter.example/abc")


@pytest.fixture(scope="module")
def analysis():
    (article,) = [a for a in read_file(PAGE)]
    return wirecoder.analyze(article)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("embeds") / "news.db"
    assert main(["ingest", str(PAGE), "--db", str(path), "--no-progress"]) == 0
    return path


def test_to_records_gives_one_row_per_embedded_post(analysis):
    (row,) = wirecoder.to_records([analysis], "embeds")
    art = analysis.article
    assert row["article_id"] == art.id and row["source"] == art.source
    assert (row["text"], row["author"], row["handle"], row["platform"], row["date"]) == (
        POST, "Luc Tremblay-Asante", "@LucTA_Env", "x", "2025-03-17")
    assert art.text[row["start"]:row["end"]] == row["text"]
    assert tuple(row) == COLUMNS["embeds"]


def test_to_frame_types_the_offsets(analysis):
    frame = wirecoder.to_frame([analysis], "embeds")
    assert list(frame.columns) == list(COLUMNS["embeds"])
    assert str(frame["start"].dtype) == "Int64" and frame["author"].tolist() == ["Luc Tremblay-Asante"]
    empty = wirecoder.to_frame([wirecoder.analyze("Vucic said nothing.")], "embeds")
    assert len(empty) == 0 and list(empty.columns) == list(frame.columns)


def test_wirecoder_export_embeds_in_every_format(db, tmp_path, capsys, analysis):
    assert main(["export", "embeds", "--db", str(db)]) == 0
    (row,) = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["text"], row["author"], row["platform"], row["start"]) == (
        POST, "Luc Tremblay-Asante", "x", str(analysis.article.embeds[0].span.start))
    assert main(["export", "embeds", "--format", "jsonl", "--db", str(db)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["handle"] == "@LucTA_Env"
    out = tmp_path / "embeds.parquet"
    assert main(["export", "embeds", "--format", "parquet", "--db", str(db), "-o", str(out)]) == 0
    (got,) = pq.read_table(out).to_pylist()
    assert got["date"] == "2025-03-17" and got["end"] - got["start"] == len(POST)
    assert str(pq.read_schema(out).field("start").type) == "int64"


def test_the_api_gives_the_embeds_in_the_article_record(db):
    from fastapi.testclient import TestClient

    from wirecoder.web.app import create_app

    client = TestClient(create_app(db), raise_server_exceptions=False)
    (hit,) = client.get("/api/v1/articles").json()["items"]
    body = client.get(f"/api/v1/articles/{hit['id']}").json()
    (embed,) = body["article"]["embeds"]
    assert embed["author"] == "Luc Tremblay-Asante" and embed["text"] == POST
    assert body["article"]["text"][embed["start"]:embed["end"]] == POST
