"""Issue 8 acceptance, reader side: 40 good articles plus one bad item of every kind the readers
meet (defects 2, 3 and 13), ingested by the real command into a real SQLite store. Every good
article and every good record of a damaged file is stored; each bad item is one message; no
traceback; a rerun stores nothing new."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

STORY = "The mayor of {place} said on Friday that the old bridge will reopen in {month}."
MONTHS = ["January", "March", "May", "July", "September", "November"]
FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>One</title><content type="text">Feed one: the minister said taxes will rise.</content>
  <updated>2024-09-06T10:00:00Z</updated></entry>
<entry><title>Two</title><content type="text">Feed two: the minister said taxes will fall.</content>
  <updated>0000-01-01T00:00:00Z</updated></entry>
<entry><title>Three</title><content type="text">Feed three: the minister said nothing.</content>
  <updated>2024-09-07T10:00:00Z</updated></entry>
</feed>"""


def _corpus(root: Path, outside: Path) -> dict[str, int]:
    """The folder; what each kind of item should store."""
    for n in range(40):
        sub = root / f"part{n // 10}"
        sub.mkdir(exist_ok=True)
        text = f"Article {n}. " + STORY.format(place=f"Town{n}", month=MONTHS[n % 6])
        (sub / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    # defect 2: a symlink loop, a link back up the tree, a name that is not UTF-8
    (root / "loop").symlink_to(root / "loop")
    (root / "part0" / "up").symlink_to(root, target_is_directory=True)
    with open(os.fsencode(root) + b"/caf\xe9-\xff.txt", "wb") as out:
        out.write(b"Odd name. The mayor of Odd said the bridge is closed.")
    (root / "new\nline.txt").write_text("Newline name. The mayor said it twice.", encoding="utf-8")
    # defect 2 and 3: JSON Lines with bad records among good ones
    lines = [
        json.dumps({"text": "Record one. The governor said the dam holds."}),
        '{"text": "Huge title.", "title": ' + "9" * 5000 + "}",
        '{"text": "A lone \\ud800 surrogate in the text."}',
        '{"text": "Record four. The governor said the road is open.", "title": "T \\udc80"}',
        json.dumps({"text": "Absurd year.", "published": "9999-12-31"}),
        json.dumps({"text": "Record six. The governor said the port reopens."}),
        '{"text": "Record seven. The governor said rain is due.", "views": ' + "1" * 5000 + "}",
    ]
    (root / "records.jsonl").write_bytes(
        "\n".join(lines).encode("utf-8", errors="surrogatepass") + b"\n"
    )
    # defect 3: a feed entry whose date is year 0
    (root / "wire.atom").write_text(FEED, encoding="utf-8")
    # defect 2: a date marker of year 9999 with a relative date
    (root / "marker.txt").write_text(
        "date 9999-12-31 The minister said on Friday that taxes rise.", encoding="utf-8"
    )
    # defect 13: a FIFO, a link out of the tree, BOM-less UTF-16, NULs after 64 KiB
    os.mkfifo(root / "pipe")
    (outside / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (root / "passwd").symlink_to(outside / "passwd")
    (root / "utf16.txt").write_bytes("Wide text. The mayor said it in UTF-16.".encode("utf-16-le"))
    (root / "nul.txt").write_bytes(b"Padding words here. " * 4000 + b"\x00 tail")
    return {"good files": 40, "odd names": 2, "jsonl": 4, "feed": 3, "utf16": 1}


def test_40_good_articles_and_every_good_record_survive_every_bad_item(tmp_path):
    root, outside = tmp_path / "news", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    expected = sum(_corpus(root, outside).values())
    db = tmp_path / "store.db"
    command = [sys.executable, "-m", "wirecoder", "ingest", str(root), "--db", str(db),
               "--no-progress"]
    run = subprocess.run(command, capture_output=True, timeout=600)
    err = run.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    assert run.returncode == 1, err  # some inputs failed; the rest was stored
    con = sqlite3.connect(db)
    sources = {row[0] for row in con.execute("SELECT source FROM articles")}
    con.close()
    assert len(sources) == expected, sorted(sources)
    assert {f"{root}/part{n // 10}/{n:02d}.txt" for n in range(40)} <= sources
    assert {f"{root}/records.jsonl#L{n}" for n in (1, 4, 6, 7)} <= sources
    assert {f"{root}/wire.atom#{n}" for n in (1, 2, 3)} <= sources
    assert {f"{root}/caf\\xe9-\\xff.txt", f"{root}/new\\nline.txt", f"{root}/utf16.txt"} <= sources
    assert not any("passwd" in s for s in sources)
    assert f"read {expected}, stored {expected}, skipped as duplicate 0, failed 6" in err
    for message in [
        f"{root}/loop: cannot read: a symbolic link loop",
        f"{root}/records.jsonl:2: \"title\" is a JSON number",
        f"{root}/records.jsonl:3: \"text\" holds invalid Unicode",
        f"{root}/records.jsonl:5: \"published\" '9999-12-31' has a year outside 1000..2999",
        f"{root}/marker.txt: the leading date marker '9999-12-31' has a year outside",
        f"{root}/nul.txt: binary file",
        f"{root}/pipe: warning: a FIFO (named pipe), not a file; skipped",
        f"{root}/passwd: warning: symbolic link to a path outside the folder, not followed",
        f"{root}/wire.atom#2: warning: date '0000-01-01T00:00:00Z' has a year outside",
        f"{root}/records.jsonl#L4: warning: \"title\" holds invalid Unicode",
    ]:
        assert message in err, (message, err)

    again = subprocess.run(command, capture_output=True, timeout=600)
    assert f"stored 0, skipped as duplicate {expected}, failed 6" in again.stderr.decode()
