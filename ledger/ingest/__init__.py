"""Ingest: article files -> :class:`~ledger.model.Document`.

Every later stage quotes character offsets into ``Document.text``, so this stage
decides once what the text *is*: decoded, repaired, with page furniture removed,
one kept line per segment. A build reads many files from many hands; one bad file
must never stop the others, so :func:`read_inputs` turns every refusal into a
:class:`~ledger.model.BadInput` with a reason an editor can act on, and counts
what it skipped and ignored by reason (:mod:`ledger.ingest.files` finds the
files; :mod:`ledger.ingest.html` reads saved web pages).

Words of a language (boilerplate lines, dateline shapes, attribution phrases)
live in ``data/<lang>/boilerplate.yaml`` and ``data/<lang>/dateline.yaml``;
language-neutral limits live in ``data/ingest.yaml``.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import ftfy
import yaml

from ledger import calendar, lexicon
from ledger.ingest import files, html
from ledger.ingest.files import Reading
from ledger.model import BadInput, Document, Segment, content_id

__all__ = [
    "METADATA_FIELDS",
    "Dateline",
    "IngestError",
    "Reading",
    "find_dateline",
    "read_article",
    "read_articles",
    "read_inputs",
]

METADATA_FIELDS = ("outlet", "url", "published", "language", "title")

# ftfy's defaults turn “ ” ‘ ’ into ASCII quotes; the quotes are the text's own.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, explain=True)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2007\u202f]+")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f") + b"\x7f"
_NOT_TEXT = re.compile("[\x80-\x9f\ufffd]")  # C1 controls (latin-1 of non-text) and U+FFFD


class IngestError(ValueError):
    """A file that cannot become a Document; ``reason`` is said in plain words,
    ``kind`` in two or three (the build summary counts problems by kind)."""

    def __init__(self, path: Path | str, reason: str, kind: str = files.UNREADABLE) -> None:
        self.path = str(path)
        self.reason = reason
        self.kind = kind
        super().__init__(f"{Path(path).name}: {reason}")


# The kinds of refusal, beside those of ingest.files (missing, unreadable, ...).
EMPTY, BINARY, UNDECODABLE, TOO_LARGE = "empty", "binary", "undecodable", "too large"
NO_TEXT, BAD_METADATA, LANGUAGE = "no text", "bad metadata", "unsupported language"
DUPLICATE = "duplicate"


@dataclass(frozen=True)
class Dateline:
    """The "Outlet, Place - " opening of an article; ``end`` is where the prose starts.
    ``date``: the words of the date it was filed, when it gives one ("20 Mei 2026")."""

    outlet: str
    place: str
    end: int
    date: str | None = None


class _MetaLoader(yaml.SafeLoader):
    """A safe loader that leaves dates as strings, so a bad date gets our own message."""


_MetaLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _params() -> dict[str, Any]:
    params: dict[str, Any] = lexicon.load("ingest", None)
    return params


# --- the public API -------------------------------------------------------------------------


def read_inputs(paths: Iterable[str | Path], *, max_bytes: int | None = None) -> Reading:
    """Read files and folders of articles (folders to any depth); never raises for a
    bad file or path.

    Documents come back in file-name order. A file whose cleaned text equals an
    earlier one's is refused as a duplicate, so a story counted twice cannot
    look like two sources agreeing. The :class:`Reading` also holds every
    problem, and the files skipped and ignored counted by reason.
    """
    reading = Reading()
    seen: dict[str, str] = {}
    for path in files.collect([Path(p) for p in paths], _types(), reading):
        try:
            doc = read_article(path, max_bytes=max_bytes)
        except IngestError as err:
            reading.skip(path, err.kind, err.reason)
            continue
        if doc.text in seen:
            reading.skip(path, DUPLICATE, f"duplicate of {seen[doc.text]}")
            continue
        seen[doc.text] = doc.name
        reading.documents.append(doc)
    return reading


def read_articles(
    paths: Iterable[str | Path], *, max_bytes: int | None = None
) -> tuple[list[Document], list[BadInput]]:
    """:func:`read_inputs`, as (documents, problems)."""
    reading = read_inputs(paths, max_bytes=max_bytes)
    return reading.documents, reading.problems


def read_article(path: str | Path, *, max_bytes: int | None = None) -> Document:
    """Read one article file (text, Markdown or a saved web page), raising
    :class:`IngestError` if it cannot be used."""
    path = Path(path)
    params = _params()
    data = _read_bytes(path, int(params["max_bytes"]) if max_bytes is None else max_bytes)
    raw_text, encoding, warnings = _decode(path, data, float(params["max_control_ratio"]))
    text = raw_text.replace("\r\n", "\n").replace("\r", "\n")
    is_page = path.suffix.lower() in _page_suffixes()
    if is_page:
        page = html.read_page(text, dict(params.get("html") or {}))
        if page is None:
            raise IngestError(path, "no article text: the page has no main text", NO_TEXT)
        # What the page's main text was, before cleaning: the markup is not kept.
        raw_text = text = page.text
        meta, text, meta_warnings = _metadata(path, text, page=page.meta)
    else:
        meta, text, meta_warnings = _metadata(path, text)
    warnings += meta_warnings
    language = str(meta.get("language", lexicon.DEFAULT_LANGUAGE))
    if not re.fullmatch(r"[a-z]{2,3}", language) or not (lexicon.data_dir() / language).is_dir():
        reason = f"language {language!r} is not supported (no data/{language}/)"
        raise IngestError(path, reason, LANGUAGE)
    text, repairs = _repair(text, params)
    warnings += repairs
    if not text.strip():
        raise IngestError(path, "no text: only whitespace", NO_TEXT)
    text, segments = _lines(text, language, params)
    if not segments:
        raise IngestError(path, "no article text: every line is boilerplate", NO_TEXT)
    if is_page and not any(s.kind == "body" for s in segments):
        # What is left of a page without prose is its menus and headlines.
        raise IngestError(path, "no article text: the page has no line of prose", NO_TEXT)
    outlet, place = _infer_dateline(text, segments, language, int(params["dateline_lines"]))
    published, source, date_warnings = _infer_published(text, language, params)
    warnings += date_warnings
    if "published" in meta:
        if published is not None and published != meta["published"]:
            warnings.append(f"metadata date {meta['published']} differs from the {source}")
        published, source = meta["published"], "metadata"
    return Document(
        id=content_id(text),
        name=path.name,
        path=str(path),
        text=text,
        raw_text=raw_text,
        segments=tuple(segments),
        encoding=encoding,
        language=language,
        outlet=meta.get("outlet", outlet),
        url=meta.get("url"),
        title=meta.get("title"),
        published=published,
        published_source=source,
        place=place,
        warnings=tuple(warnings),
    )


def find_dateline(line: str, lang: str = lexicon.DEFAULT_LANGUAGE) -> Dateline | None:
    """The dateline at the start of ``line``, if it has one.

    :mod:`ledger.segment` uses this too: "KONTAN.CO.ID - MOSKOW. Presiden ..." is
    one sentence, and the period after the place must not end it.
    """
    for pattern in _dateline_patterns(lang):
        match = pattern.match(line)
        if match:
            place = match["place"].strip()
            place = place.title() if place.isupper() else place
            filed = match.groupdict().get("date")
            return Dateline(match["outlet"].strip(), place, match.end(), filed)
    return None


# --- files and bytes ------------------------------------------------------------------------


def _page_suffixes() -> tuple[str, ...]:
    return tuple(str(s).lower() for s in _params()["page_suffixes"])


def _types() -> files.Types:
    texts = tuple(str(s).lower() for s in _params()["article_suffixes"])
    return files.Types(texts + _page_suffixes(), str(_params()["sidecar_suffix"]))


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, opened without waiting (a named pipe is refused, never read)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        raise IngestError(path, f"cannot be read ({err.strerror or err})") from err
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise IngestError(path, files.not_regular(info.st_mode), files.NOT_REGULAR)
        if info.st_size > limit:
            size = f"{info.st_size:,} bytes, the limit is {limit:,} bytes"
            raise IngestError(path, f"too large: {size}", TOO_LARGE)
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read()
    except OSError as err:
        raise IngestError(path, f"cannot be read ({err.strerror or err})") from err
    finally:
        os.close(fd)
    if not data:
        raise IngestError(path, "empty file (0 bytes)", EMPTY)
    return data


def _decode(path: Path, data: bytes, max_ratio: float) -> tuple[str, str, list[str]]:
    """Bytes -> text: UTF-8 first (BOM stripped), then cp1252, then latin-1, saying so."""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), "utf-16", ["decoded as UTF-16, not UTF-8"]
            except UnicodeDecodeError:
                raise IngestError(
                    path, "undecodable: a UTF-16 mark but not UTF-16 text", UNDECODABLE
                ) from None
    if b"\x00" in data:
        raise IngestError(path, "binary file (contains NUL bytes), not text", BINARY)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls / len(data) > max_ratio:
        raise IngestError(path, "binary file (mostly control bytes), not text", BINARY)
    body = data.removeprefix(codecs.BOM_UTF8)
    for codec in ("utf-8", "cp1252", "latin-1"):
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            continue
        bad = len(_NOT_TEXT.findall(text))
        if text and bad / len(text) > max_ratio:
            break
        warnings = [] if codec == "utf-8" else [f"decoded as {codec}, not UTF-8"]
        return text, codec, warnings
    raise IngestError(path, "undecodable: not text in UTF-8, cp1252 or latin-1", UNDECODABLE)


# --- metadata -------------------------------------------------------------------------------


def _metadata(
    path: Path, text: str, page: dict[str, Any] | None = None
) -> tuple[dict[str, Any], str, list[str]]:
    """Front matter (removed from the text), or a web page's own metadata, and the
    sidecar; the sidecar wins a conflict."""
    meta: dict[str, Any] = dict(page or {})
    origin = "the page's" if page is not None else "front matter"
    warnings: list[str] = []
    if page is None and (text.startswith("---\n") or text.rstrip() == "---"):
        close = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.M)
        if close is None:
            raise IngestError(path, "front matter opened with '---' is never closed", BAD_METADATA)
        block, text = text[4 : 4 + close.start()], text[4 + close.end() :].lstrip("\n")
        meta.update(_check_meta(path, _load_yaml(path, block, "front matter"), "front matter"))
    sidecar = path.with_name(path.stem + str(_params()["sidecar_suffix"]))
    if sidecar.is_file():
        where = f"sidecar {sidecar.name}"
        try:
            content = sidecar.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as err:
            raise IngestError(path, f"{where} cannot be read ({err})", BAD_METADATA) from err
        fields = _check_meta(path, _load_yaml(path, content, where), where)
        warnings += [
            f"{where} overrides {origin} {key}"
            for key in fields
            if key in meta and meta[key] != fields[key]
        ]
        meta.update(fields)
    unknown = sorted(k for k in meta if k not in METADATA_FIELDS)
    warnings += [f"ignored unknown metadata field {key!r}" for key in unknown]
    return {k: v for k, v in meta.items() if k in METADATA_FIELDS}, text, warnings


def _load_yaml(path: Path, content: str, where: str) -> Any:
    try:
        return yaml.load(content, Loader=_MetaLoader)  # a SafeLoader subclass: safe
    except yaml.YAMLError as err:
        problem = str(err).splitlines()[0]
        raise IngestError(path, f"{where} is not valid YAML ({problem})", BAD_METADATA) from err


def _check_meta(path: Path, data: Any, where: str) -> dict[str, Any]:
    """Validate metadata fields; a wrong type or date refuses the article, naming ``where``."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise IngestError(path, f"{where} is not a YAML mapping of fields", BAD_METADATA)
    fields: dict[str, Any] = {}
    for key, value in data.items():
        name = str(key)
        if name not in METADATA_FIELDS:
            fields[name] = value
            continue
        if not isinstance(value, str) or not value.strip():
            kind = "empty" if value is None else f"a {type(value).__name__}"
            raise IngestError(
                path, f"{where}: field {name!r} must be text, not {kind}", BAD_METADATA
            )
        fields[name] = value.strip()
    if "published" in fields:
        published = fields["published"]
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
                raise ValueError(published)
            fields["published"] = date.fromisoformat(published)
        except ValueError:
            reason = f"{where}: published {published!r} is not a date (YYYY-MM-DD)"
            raise IngestError(path, reason, BAD_METADATA) from None
    return fields


# --- cleaning and lines ---------------------------------------------------------------------


def _repair(text: str, params: dict[str, Any]) -> tuple[str, list[str]]:
    """ftfy with quotes kept, then the residue ftfy cannot see, then no-break spaces."""
    fixed, steps = ftfy.fix_and_explain(text, config=_FTFY)
    warnings = []
    if fixed != text and steps:
        names = ", ".join(f"{kind} {what}" for kind, what in steps)
        mojibake = any(kind in ("encode", "decode") for kind, _ in steps)
        warnings.append(f"{'repaired mojibake' if mojibake else 'cleaned text'} (ftfy: {names})")
    residue = [str(r) for r in params.get("mojibake_residue", [])]
    if residue:
        pattern = rf"(?:{lexicon.alternation(residue)})(?=[ \t\u00a0]|$)"
        fixed, count = re.subn(pattern, "", fixed, flags=re.M)
        if count:
            warnings.append(f"removed {count} stray mojibake character(s) ({', '.join(residue)})")
    return fixed, warnings


@cache
def _boilerplate(lang: str) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], Any]:
    data = lexicon.load("boilerplate", lang)
    lines = frozenset(str(s).casefold() for s in data.get("lines", []))
    patterns = "|".join(f"(?:{p})" for p in data.get("patterns", [])) or r"(?!)"
    markers = "|".join(f"(?:{p})" for p in data.get("related_markers", [])) or r"(?!)"
    return (
        lines,
        re.compile(patterns, re.IGNORECASE),
        re.compile(rf"(?:{markers})(?=\S)", re.IGNORECASE),
        data.get("bio", {}),
    )


def _is_bio(line: str, bio: dict[str, Any]) -> bool:
    """A content-farm author bio: a run of short fragments, most of them stock phrases."""
    if not bio:
        return False
    fragments = [f.strip() for f in re.split(r"[.!?]+", line.strip(" \"'“”‘’")) if f.strip()]
    if len(fragments) < int(bio["min_fragments"]):
        return False
    if any(len(f.split()) > int(bio["max_fragment_words"]) for f in fragments):
        return False
    phrases = {str(p).casefold() for p in bio.get("phrases", [])}
    heads = {str(h).casefold() for h in bio.get("heads", [])}
    known = sum(f.casefold() in phrases or f.split()[0].casefold() in heads for f in fragments)
    return known >= int(bio["min_known"])


def _lines(text: str, lang: str, params: dict[str, Any]) -> tuple[str, list[Segment]]:
    """Keep the article's lines, trimmed, one segment each; drop the furniture."""
    lines, patterns, related, bio = _boilerplate(lang)
    max_words = int(params["heading_max_words"])
    final, closing = str(params["final_punctuation"]), str(params["closing_marks"])
    kept: list[str] = []
    segments: list[Segment] = []
    offset = 0
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if not line or line.casefold() in lines or patterns.fullmatch(line) or _is_bio(line, bio):
            continue
        marker = related.match(line)
        if marker:
            segments.append(Segment(offset + marker.end(), offset + len(line), "related"))
        else:
            heading = len(line.split()) <= max_words and line.rstrip(closing)[-1:] not in final
            segments.append(Segment(offset, offset + len(line), "heading" if heading else "body"))
        kept.append(line)
        offset += len(line) + 1
    return "\n".join(kept), segments


# --- what the text says of itself -----------------------------------------------------------


@cache
def _dateline_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    data = lexicon.load("dateline", lang)
    parts = {"@domain@": str(data["domain"]), "@place@": str(data["place"])}
    patterns = []
    for template in data.get("datelines", []):
        source = str(template)
        for token, part in parts.items():
            source = source.replace(token, part)
        patterns.append(re.compile(source))
    return tuple(patterns)


def _infer_dateline(
    text: str, segments: list[Segment], lang: str, lines: int
) -> tuple[str | None, str | None]:
    for segment in [s for s in segments if s.kind == "body"][:lines]:
        found = find_dateline(text[segment.start : segment.end], lang)
        if found:
            return found.outlet, found.place
    return None, None


@cache
def _date_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(attribution phrase + weekday date, weekday date alone)."""
    data = lexicon.load("dateline", lang)
    weekdays = lexicon.alternation(list(calendar.weekday_names(lang)))
    weekday_date = str(data["weekday_date"]).replace("@weekday@", weekdays)
    phrases = lexicon.alternation([str(p) for p in data.get("attribution", [])])
    gap = int(data.get("attribution_gap", 80))
    attributed = rf"(?<!\w)(?:{phrases})(?!\w)[^\n]{{0,{gap}}}?,\s*(?P<date>{weekday_date})"
    flags = re.IGNORECASE
    return re.compile(attributed, flags), re.compile(rf"(?<!\w){weekday_date}", flags)


def _infer_published(
    text: str, lang: str, params: dict[str, Any]
) -> tuple[date | None, str | None, list[str]]:
    """The publication date from "Mengutip X, Kamis (29/7/2021)" and its kin.

    A weekday date without a year takes the year in which that weekday falls,
    nearest to the years the text mentions; with none mentioned there is no
    honest answer and the date stays None.
    """
    attributed, alone = _date_patterns(lang)
    match = attributed.search(text)
    if match:
        span = match.span("date")
    else:
        head = "\n".join(text.split("\n")[: int(params["date_fallback_lines"])])
        found = next((m for m in alone.finditer(head) if m["year"]), None)
        if found is None:
            return None, None, []
        span = found.span()
    words = text[span[0] : span[1]]
    parts = alone.match(words)
    assert parts is not None  # the same weekday-date pattern matched these words
    day, month = int(parts["day"]), int(parts["month"])
    weekday = calendar.weekday_names(lang)[parts["weekday"].lower()]
    if parts["year"]:
        try:
            published = date(int(parts["year"]), month, day)
        except ValueError:
            return None, None, [f"publication date {words!r} is not a real date"]
        if published.isoweekday() != weekday:
            return published, f"text: {words}", [f"{words}: the weekday does not match the date"]
        return published, f"text: {words}", []
    low, high = (int(y) for y in params["hint_years"])
    hints = sorted({int(y) for y in _YEAR.findall(text) if low <= int(y) <= high})
    year = calendar.year_for_weekday(day, month, weekday, hints)
    if year is None:
        why = "no year in the text" if not hints else "no such weekday date"
        return None, None, [f"publication date {words!r} left empty: {why}"]
    return date(year, month, day), f"text: {words}", []
