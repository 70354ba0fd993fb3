"""Issue 7, done-when: a build of articles with no sidecar metadata produces no
contradiction that rests on a guessed year or publication date."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from ledger import api

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_no_contradiction_rests_on_a_guessed_year(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for split in ("dev", "check"):
        for article in (CORPUS / split).glob("*.txt"):
            shutil.copy(article, folder / article.name)  # the text only: no sidecar
    db = tmp_path / "ledger.db"
    api.build([folder], db)
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "select c.value_text, c.qualifiers, d.name, d.published, d.published_source "
        "from findings f join claims c on c.id in (f.claim_a, f.claim_b) "
        "join documents d on d.id = c.document_id "
        "where f.verdict = 'contradiction' and c.property = 'date'"
    ).fetchall()
    conn.close()
    assert rows, "no date contradiction at all: the test would pass for the wrong reason"
    for value, qualifiers, name, published, source in rows:
        basis = json.loads(qualifiers).get("basis")
        # "weekday": the year in which the written weekday and date fall together;
        # "confirmed": a day and month of an undated article whose own weekday-date
        # fits the story's year (timeline.confirm_borrowed). Both are read from the
        # article's own text; "story": a day and month of an undated article that
        # another article of the story writes with a year read from its own text
        # (timeline.confirm_by_story), so corroborated day for day, not guessed;
        # "borrowed" and "none" never reach a contradiction.
        assert basis in ("written", "weekday", "confirmed", "story", "reference"), (
            name,
            value,
            basis,
        )
        if basis == "reference":  # the article's own date, read from its own text
            assert published and source and source.startswith("text"), (name, value, source)
