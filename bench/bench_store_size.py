"""Bytes of store per byte of input: ingest a folder into a new store, then report the file's
size (as written, and after VACUUM) over the input files' size, with the largest tables.

    .venv/bin/python bench/bench_store_size.py FOLDER [--jobs N]

A corpus to try: the MEANTIME texts (written out by ``bench/corpus.py``'s meantime_texts) and
the wire_dev stories of ../shared/data/.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--jobs", default="1")
    args = parser.parse_args()
    from wirecoder.cli import main as cli

    files = [p for p in Path(args.folder).rglob("*") if p.is_file()]
    size_in = sum(p.stat().st_size for p in files)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "size.db"
        cli(["ingest", args.folder, "--db", str(db), "--no-progress", "--jobs", args.jobs])
        con = sqlite3.connect(db)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        written = os.path.getsize(db)
        before = _tables(con)
        con.execute("VACUUM")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # WAL: the rewrite is in the file now
        vacuumed = os.path.getsize(db)
        after = _tables(con)
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.close()
    print(f"{len(files)} files, {size_in:,} bytes in; store (schema {version}): {written:,} bytes "
          f"({written / size_in:.2f} per input byte), after VACUUM {vacuumed:,} "
          f"({vacuumed / size_in:.2f})")
    print(f"  {'table or index':32s} {'as written':>16s} {'after VACUUM':>16s}")
    for name, size in sorted(before.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {name:32s} {size:>10,} ({size / size_in:.2f}) "
              f"{after.get(name, 0):>10,} ({after.get(name, 0) / size_in:.2f})")


def _tables(con: sqlite3.Connection) -> dict[str, int]:
    """Bytes of pages of every table and index (SQLite's dbstat; empty where it is missing)."""
    try:
        return dict(con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
    except sqlite3.Error:
        return {}


if __name__ == "__main__":
    main()
