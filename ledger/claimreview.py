"""ClaimReview: the editors' reviewed findings as schema.org JSON-LD.

A fact-checking desk publishes what it checked in the shape search engines and
fact-check aggregators read: one ``ClaimReview`` per finding an editor has
settled (``confirmed`` or ``dismissed``; ``needs-check`` is no verdict yet, and
an unreviewed finding is the ledger's word, not the desk's). Each record says

* what was checked: ``claimReviewed``, both sides' words with their outlets, and
  ``itemReviewed``, a ``Claim`` with one ``appearance`` (a ``CreativeWork``) per
  article it was read in, with the article's URL, outlet (as ``publisher`` and
  ``author``) and date where the ledger knows them;
* the verdict in words: ``reviewRating``, a ``Rating`` whose ``alternateName``
  comes from the finding's verdict and the editor's status (:func:`rating_name`),
  with the editor's note as its ``ratingExplanation``;
* who checked and when: ``author``, the reviewing ``Organization`` (the caller
  names it: the ledger does not know who runs it), and ``datePublished``, the
  date of the review.

The file is a JSON array of records, each with its own ``@context`` so that one
can be pasted into a page alone.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ledger import store

CONTEXT = "https://schema.org"

# Reviewed findings, with what the ledger knows of the article behind each side.
# ``:name is null or ...`` keeps every filter optional in one statement.
REVIEWED_SQL = """
select f.*, r.reviewed_at,
       da.id as doc_id_a, da.url as url_a, da.title as title_a, da.published as published_a,
       da.language as language_a,
       db.id as doc_id_b, db.url as url_b, db.title as title_b, db.published as published_b,
       db.language as language_b
from finding_report f
join reviews r on r.finding_id = f.finding_id
join claims ca on ca.id = f.claim_a
join documents da on da.id = ca.document_id
left join claims cb on cb.id = f.claim_b
left join documents db on db.id = cb.document_id
where r.status in ('confirmed', 'dismissed')
  and (:verdict is null or f.verdict = :verdict)
  and (:property is null or f.property = :property)
  and (:document is null or f.document_a = :document or f.document_b = :document)
order by r.reviewed_at, f.finding_id
"""

# The rating in words: (verdict, status) -> words; a confirmed finding's words also
# say where the other side is ("sides": two articles, the same article, or one claim).
CONFIRMED = {
    ("contradiction", "two"): "Contradicted by another source",
    ("contradiction", "same"): "Contradicted within the same article",
    ("contradiction", "one"): "Contradicts itself",
    ("variant", "two"): "Confirmed: the same fact, worded differently",
    ("variant", "same"): "Confirmed: the same fact, worded differently",
    ("consistent", "two"): "Confirmed: consistent with another source",
    ("consistent", "same"): "Confirmed: consistent within the same article",
}
DISMISSED = {"contradiction": "Dismissed: no contradiction"}


class NoOrganisation(ValueError):
    """A ClaimReview must say who reviewed, and the ledger cannot know."""


def rating_name(verdict: str, status: str, sides: str) -> str:
    """The words of a review's rating (``alternateName``).

    ``sides`` is ``two`` (two articles), ``same`` (two claims of one article) or
    ``one`` (a finding on one claim, such as a weekday that does not fit its date).
    """
    if status == "confirmed":
        return CONFIRMED.get((verdict, sides), f"Confirmed: {verdict}")
    if status == "dismissed":
        return DISMISSED.get(verdict, "Dismissed")
    raise ValueError(f"a {status!r} review is no verdict: only confirmed or dismissed are rated")


def organisation(name: str | None, url: str | None = None) -> dict[str, Any]:
    """The reviewing ``Organization``; raises :class:`NoOrganisation` without a name."""
    if not name or not name.strip():
        raise NoOrganisation(
            "a ClaimReview names the organisation that reviewed: give its name "
            "(ledger export claimreview --organisation NAME, or LEDGER_ORGANISATION)"
        )
    org: dict[str, Any] = {"@type": "Organization", "name": name.strip()}
    if url:
        org["url"] = url
    return org


def _sides(row: dict[str, Any]) -> str:
    if row["claim_b"] is None:
        return "one"
    return "same" if row["doc_id_a"] == row["doc_id_b"] else "two"


def _appearance(row: dict[str, Any], side: str) -> dict[str, Any]:
    """The article a side was read in, with only what the ledger knows of it."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if row[f"url_{side}"]:
        work["url"] = row[f"url_{side}"]
    work["name"] = row[f"title_{side}"] or row[f"document_{side}"]
    work["identifier"] = row[f"document_{side}"]
    if row[f"outlet_{side}"]:
        outlet = {"@type": "Organization", "name": row[f"outlet_{side}"]}
        work["publisher"] = outlet
        work["author"] = dict(outlet)
    if row[f"published_{side}"]:
        work["datePublished"] = row[f"published_{side}"]
    if row[f"language_{side}"]:
        work["inLanguage"] = row[f"language_{side}"]
    return work


def claim_words(row: dict[str, Any]) -> str:
    """Both sides' words with where each was read: the ``claimReviewed`` text."""

    def side(s: str) -> str:
        return f'"{row[f"value_{s}"]}" ({row[f"outlet_{s}"] or row[f"document_{s}"]})'

    about = f"{row['subject']}: " if row["subject"] else ""
    if row["claim_b"] is None:
        return about + side("a")
    return about + f"{side('a')} vs {side('b')}"


def record(
    row: dict[str, Any], author: dict[str, Any], site_url: str | None = None
) -> dict[str, Any]:
    """One ``ClaimReview`` for one reviewed finding (a row of :data:`REVIEWED_SQL`)."""
    sides = _sides(row)
    appearances = [_appearance(row, "a")]
    if sides == "two":
        appearances.append(_appearance(row, "b"))
    claim: dict[str, Any] = {"@type": "Claim", "name": row["subject"] or row["property"]}
    dates = sorted(w["datePublished"] for w in appearances if "datePublished" in w)
    if dates:
        claim["datePublished"] = dates[0]  # the earliest article known to make it
    claim["appearance"] = appearances
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": rating_name(row["verdict"], row["review_status"], sides),
    }
    if row["review_note"]:
        rating["ratingExplanation"] = row["review_note"]
    review: dict[str, Any] = {"@context": CONTEXT, "@type": "ClaimReview"}
    if site_url:
        review["url"] = f"{site_url.rstrip('/')}/-/ledger/finding/{row['finding_id']}"
    review.update(
        {
            "identifier": row["finding_id"],
            "claimReviewed": claim_words(row),
            "itemReviewed": claim,
            "reviewRating": rating,
            "reviewBody": row["explanation"],
            "author": author,
            "datePublished": row["reviewed_at"][:10],
        }
    )
    return review


def export_claimreview(
    db: store.Reader,
    out: Path,
    *,
    organisation_name: str | None,
    organisation_url: str | None = None,
    site_url: str | None = None,
    verdict: str | None = None,
    property: str | None = None,
    document: str | None = None,
) -> int:
    """Write the reviewed findings as a JSON-LD array of ``ClaimReview``; returns the count.

    ``site_url`` is where the ledger is served (``ledger serve --public``): each
    review's ``url`` is then its finding's page there; without it there is none.
    """
    author = organisation(organisation_name, organisation_url)
    params = {"verdict": verdict, "property": property, "document": document}
    records = [record(row, author, site_url) for row in db.query(REVIEWED_SQL, params)]
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(records, ensure_ascii=False, indent=2)
    out.write_text(text + "\n", encoding="utf-8")
    return len(records)
