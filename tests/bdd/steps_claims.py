"""Steps about the claims as stored: that each slices back to its words, and which an
article does not make at all."""

from __future__ import annotations

from pytest_bdd import then

from tests.bdd.support import Ledger, sentence


def _spans_slice_back(ledger: Ledger, table: str, column: str) -> None:
    """documents.text[start:end] is the row's text, for every row of ``table``."""
    texts = {r["id"]: r["text"] for r in ledger.db["documents"].rows}
    rows = list(ledger.db[table].rows)
    assert rows, f"no {table} at all"
    for r in rows:
        assert texts[r["document_id"]][r["start"] : r["end"]] == r[column], r


# Then ----------------------------------------------------------------------


@then("every claim's span in its document's text is its value text")
def claim_spans(ledger: Ledger) -> None:
    """documents.text[start:end] == claims.value_text, for every claim."""
    _spans_slice_back(ledger, "claims", "value_text")


@then("every sentence's span in its document's text is its text")
def sentence_spans(ledger: Ledger) -> None:
    """documents.text[start:end] == sentences.text, for every sentence."""
    _spans_slice_back(ledger, "sentences", "text")


@then(sentence('the article "{name:phrase}" has no {prop:w} claim'))
def no_claim(ledger: Ledger, name: str, prop: str) -> None:
    """The article makes no claim of this property at all."""
    rows = ledger.rows(
        "select c.* from claims c join documents d on d.id = c.document_id "
        "where d.name = ? and c.property = ?",
        [ledger.document(name), prop],
    )
    assert rows == [], [r["value_text"] for r in rows]
