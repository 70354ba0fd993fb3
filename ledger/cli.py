"""The ``ledger`` command: a thin layer over :mod:`ledger.api`.

Each command opens what it needs, calls one public function and turns the
library's errors into :class:`click.ClickException`.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text
from tabulate import tabulate

from ledger import __version__, api, store
from ledger import evaluate as evaluate_mod
from ledger.reviews import NOTE_LIMIT, STATUSES

DB_OPTION = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=api.DEFAULT_DB,
    show_default=True,
    help="The ledger file (SQLite).",
)


@click.group()
@click.version_option(__version__, prog_name="ledger")
def cli() -> None:
    """The fact ledger: find where versions of a news story contradict each other."""


class _Stderr(logging.Handler):
    """The library's warnings (a build waiting for another) as lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(self.format(record), err=True)


@contextmanager
def _warnings_on_stderr() -> Iterator[None]:
    logger = logging.getLogger("ledger")
    handler = _Stderr(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


PROGRESS_FROM = 50
"""A build of this many documents or more shows its progress, when stderr is a terminal."""

STAGES = {"segment": ("sentences", "documents"), "occasions": ("occasions", "stories")}
"""How :func:`ledger.api.build`'s progress stages are shown: a label and what is counted."""


class _Rate(ProgressColumn):
    """Items per second over the line's time so far: ``41.7 documents/s``."""

    def render(self, task: Task) -> Text:
        elapsed = task.finished_time or task.elapsed
        if not elapsed or not task.completed:
            return Text("")
        rate = f"{task.completed / elapsed:,.1f} {task.fields['unit']}/s"
        return Text(rate, style="progress.data.speed")


class _Count(ProgressColumn):
    """``12/60``; nothing while the total is unknown."""

    def render(self, task: Task) -> Text:
        if task.total is None:
            return Text("")
        return Text(f"{task.completed:,.0f}/{task.total:,.0f}", style="progress.download")


class _BuildProgress:
    """The progress callback of a build, drawn with rich on stderr.

    A first line for the whole build (its time from the start, and at the end the
    documents per second of the whole build), then a bar for each stage
    :func:`ledger.api.build` reports, with its count and rate. Shown only where a
    person is watching (stderr is a terminal; rich's ``TTY_COMPATIBLE=1`` or
    ``FORCE_COLOR`` force it) and for a build of :data:`PROGRESS_FROM` documents
    or more, decided on the first report.
    """

    def __init__(self, console: Console) -> None:
        self.progress = Progress(
            TextColumn("{task.description:<10}"),
            BarColumn(),
            _Count(),
            _Rate(),
            TimeElapsedColumn(),
            console=console,
        )
        # Added now, so that its time runs from the start of the build.
        self.build = self.progress.add_task("build", total=None, unit="documents")
        self.shown: bool | None = None
        self.stages: dict[str, TaskID] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.shown is None:
            self.shown = self.progress.console.is_terminal and total >= PROGRESS_FROM
            if self.shown:
                self.progress.start()
        if not self.shown:
            return
        if stage not in self.stages:
            label, unit = STAGES.get(stage, (stage, "items"))
            self.stages[stage] = self.progress.add_task(label, total=total, unit=unit)
        self.progress.update(self.stages[stage], completed=done, total=total)

    def close(self, documents: int | None) -> None:
        """Stop drawing; with the number of documents built, the build's own rate."""
        if not self.shown:
            return
        if documents:
            self.progress.update(self.build, total=documents, completed=documents)
        self.progress.stop()


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@DB_OPTION
@click.option(
    "--keep-unreadable",
    is_flag=True,
    help="When the old ledger cannot be read (locked, damaged), keep a copy of it beside "
    "the new one instead of stopping.",
)
@click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="For scripts: no progress bar, no summary, no warnings about articles; only "
    "errors, files skipped and what happened to the ledger file.",
)
def build(paths: tuple[Path, ...], db_path: Path, keep_unreadable: bool, quiet: bool) -> None:
    """Build the ledger from article files or folders (default: seeds/).

    Bad files are skipped, each named on stderr with the reason; the previous
    ledger stays intact until the new one is complete. A file that is not a
    ledger is never replaced; a ledger that cannot be read (its reviews would be
    lost) stops the build, unless --keep-unreadable. A second build of the same
    ledger waits for the first. A long build shows its progress on a terminal
    (documents per second); --quiet keeps a script's output to what went wrong.

    Examples:

    \b
        ledger build seeds/ --db build/ledger.db
        ledger build archive/ --db build/ledger.db --quiet
    """
    try:
        store.check_target(db_path, keep_unreadable=keep_unreadable)  # before the long work
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    inputs = list(paths) or [Path("seeds")]
    progress = None if quiet else _BuildProgress(Console(stderr=True))
    result: api.BuildResult | None = None
    try:
        with _warnings_on_stderr():
            result = api.build(inputs, db_path, progress=progress, keep_unreadable=keep_unreadable)
    except (OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:  # on an error or ^C too: the terminal gets its cursor back
        if progress is not None:
            progress.close(result.documents if result else None)
    for problem in result.problems:
        click.echo(f"skipped {problem.path}: {problem.reason}", err=True)
    if quiet:
        return
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(result.summary())


@cli.command()
@DB_OPTION
@click.option("--verdict", type=click.Choice(["contradiction", "variant", "consistent"]))
@click.option("--property", "prop", help="Only findings about this property (duration, date, ...).")
def findings(db_path: Path, verdict: str | None, prop: str | None) -> None:
    """List the findings as a table, contradictions first.

    Example:

        ledger findings --db build/ledger.db --verdict contradiction
    """
    try:
        rows = api.findings(db_path, verdict=verdict, property=prop)
    except (FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    if not rows:
        click.echo("No findings.")
        return
    table = [
        [
            r["verdict"],
            r["severity"],
            r["rule_id"],
            f"{r['document_a']}\n{r['value_a']}",
            f"{r['document_b']}\n{r['value_b']}" if r["claim_b"] else "(one claim)",
            f"{r['confidence']:.2f}",
            r["explanation"],
            r["finding_id"],
        ]
        for r in rows
    ]
    headers = ["verdict", "severity", "rule", "source A", "source B", "conf.", "explanation", "id"]
    widths = [None, None, None, 24, 24, None, 50, None]
    click.echo(
        tabulate(table, headers, tablefmt="grid", maxcolwidths=widths, disable_numparse=True)
    )
    click.echo(f"{len(rows)} finding(s)")


@cli.command()
@DB_OPTION
@click.option("--port", default=8001, show_default=True, help="Port on 127.0.0.1.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--public",
    is_flag=True,
    help="Read-only: no arbitrary SQL, no file download, no reviews, a short SQL time limit.",
)
def serve(db_path: Path, port: int, host: str, public: bool) -> None:
    """Serve the ledger in Datasette, with the editors' pages at /-/ledger/overview.

    Example:

        ledger serve --db build/ledger.db --port 8001
    """
    from ledger.publish import serve as run_server

    try:
        run_server(db_path, host=host, port=port, public=public)
    except (FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command()
@click.argument("finding_id")
@click.option("--status", required=True, type=click.Choice(list(STATUSES)), help="The verdict.")
@click.option("--note", help=f"Why: what the editor checked (at most {NOTE_LIMIT} characters).")
@click.option(
    "--note-file",
    type=click.File("r", encoding="utf-8"),
    help="Read the note from this UTF-8 file, or from stdin with '-' (a long note; the "
    "same limit).",
)
@DB_OPTION
def review(
    finding_id: str, status: str, note: str | None, note_file: IO[str] | None, db_path: Path
) -> None:
    """Mark a finding confirmed, dismissed or needs-check, with a note.

    The review is kept across every rebuild of the ledger. A note has the same
    limit here as on the desk's form; a long one comes from a file or stdin.

    Examples:

    \b
        ledger review bff42899deeb3407 --status confirmed --note "Kontan 31/12" --db l.db
        ledger review bff42899deeb3407 --status needs-check --note-file checked.txt
        pbpaste | ledger review bff42899deeb3407 --status dismissed --note-file -
    """
    if note is not None and note_file is not None:
        raise click.UsageError("give the note with --note or with --note-file, not both")
    if note_file is not None:
        try:
            note = note_file.read()
        except UnicodeDecodeError as exc:
            raise click.ClickException(
                f"cannot read the note: {note_file.name} is not UTF-8 text"
            ) from exc
    try:
        saved = api.review(db_path, finding_id, status, note or "")
    except (FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    values = f"{saved['value_a']} / {saved['value_b'] or 'one claim'}"
    click.echo(f"{saved['finding_id']}: {saved['status']} ({values})")


@cli.command(name="set")
@click.argument("key", type=click.Choice(list(store.SETTINGS)))
@click.argument("value")
@DB_OPTION
def set_(key: str, value: str, db_path: Path) -> None:
    """Set one of the ledger's own settings: who publishes it (the organisation that
    signs its ClaimReview records, with its web address) and where it is served.
    They survive every rebuild; an empty value removes one.

    Example:

        ledger set organisation "Meja Cek Fakta" --db build/ledger.db
    """
    try:
        settings = api.set_setting(db_path, key, value)
    except (FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    for k, v in sorted(settings.items()):
        click.echo(f"{k}: {v}")


@cli.command()
@click.argument("what", type=click.Choice(["findings", "claims", "claimreview"]))
@DB_OPTION
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The file to write (CSV, JSON or JSON-LD).",
)
@click.option("--excel", is_flag=True, help="CSV for Excel: a byte-order mark, inert formulas.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json"]),
    help="findings and claims: csv (the default) or json, for machines.",
)
@click.option("--verdict", type=click.Choice(["contradiction", "variant", "consistent"]))
@click.option("--property", "prop", help="Only this property (duration, date, ...).")
@click.option("--document", help="Only findings or claims of this document (its file name).")
@click.option(
    "--organisation",
    envvar="LEDGER_ORGANISATION",
    help="claimreview: the reviewing organisation's name (required; default: the "
    "ledger's own, see 'ledger set') [env LEDGER_ORGANISATION].",
)
@click.option(
    "--organisation-url",
    envvar="LEDGER_ORGANISATION_URL",
    help="claimreview: the organisation's web address [env LEDGER_ORGANISATION_URL].",
)
@click.option(
    "--site-url",
    envvar="LEDGER_SITE_URL",
    help="claimreview: where the ledger is served; each review links to its finding's "
    "page there [env LEDGER_SITE_URL].",
)
def export(
    what: str, db_path: Path, out: Path, excel: bool, fmt: str | None, verdict: str | None,
    prop: str | None, document: str | None, organisation: str | None,
    organisation_url: str | None, site_url: str | None,
) -> None:  # fmt: skip
    """Export findings or claims as CSV for editors (or JSON for machines), or the
    reviewed findings as schema.org ClaimReview JSON-LD.

    Examples:

    \b
        ledger export findings --db build/ledger.db --out findings.csv --excel
        ledger export findings --db build/ledger.db --out findings.json --format json
        ledger export claimreview --db build/ledger.db --out reviews.jsonld \\
            --organisation "Cek Fakta" --organisation-url https://cekfakta.example
    """
    try:
        n = api.export(
            what, db_path, out, excel=excel, format=fmt, verdict=verdict, property=prop,
            document=document, organisation=organisation, organisation_url=organisation_url,
            site_url=site_url,
        )  # fmt: skip
    except (FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    if what == "claimreview":
        click.echo(f"{n} ClaimReview record{'' if n == 1 else 's'} written to {out}")
    else:
        click.echo(f"{n} {what} written to {out}")


@cli.command()
@DB_OPTION
@click.option("--document", help="Only the claims of this document (its file name).")
@click.option(
    "--property", "prop", help="Only claims of this property (date, duration, name, ...)."
)
def claims(db_path: Path, document: str | None, prop: str | None) -> None:
    """List the claims with their spans.

    Example:

        ledger claims --db build/ledger.db --document 004_214c75a972e520e4.txt --property date
    """
    try:
        rows = api.claims(db_path, document=document, property=prop)
    except (FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    table = [
        [r["document"], r["property"], f"{r['start']}:{r['end']}", r["value_text"], r["subject"],
         r["normalised"]]
        for r in rows
    ]  # fmt: skip
    headers = ["document", "property", "span", "words", "about", "read as"]
    widths = [None, None, None, 30, 30, 50]
    click.echo(tabulate(table, headers, tablefmt="simple", maxcolwidths=widths))
    click.echo(f"{len(rows)} claim(s)")


@cli.command()
@click.argument("finding_id")
@DB_OPTION
def explain(finding_id: str, db_path: Path) -> None:
    """Explain a finding: both sentences with the claimed words marked, the values
    as read, the rule and the scenarios that define it.

    Example:

        ledger explain bff42899deeb3407 --db build/ledger.db
    """
    try:
        found = api.explain(db_path, finding_id)
    except (FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    f = found.finding
    click.echo(f"{f['verdict'].upper()} ({f['severity']}), rule {f['rule_id']}: {f['subject']}")
    labels = "AB" if len(found.sides) == 2 else "-"
    for label, side in zip(labels, found.sides, strict=True):
        s = side["sentence"]
        marked = (
            s[: side["start"]] + "[[" + s[side["start"] : side["end"]] + "]]" + s[side["end"] :]
        )
        click.echo(f"\n{label}. {side['document']} ({side['outlet'] or 'outlet unknown'})")
        click.echo(f"   {marked}")
        click.echo(f"   read as: {side['normalised']}")
    click.echo(f"\nWhy: {f['explanation']}")
    click.echo(f"Confidence {f['confidence']:.2f}: {f['reasons'] or 'no reasons given'}")
    if f.get("review_status"):
        click.echo(f"Review: {f['review_status']}: {f['review_note'] or ''}")
    click.echo(f"\nRule {found.rule['id']}: {found.rule['description']}")
    click.echo(f"\nSpecified by features/{found.rule['feature']}:\n")
    click.echo(found.rule["feature_text"])


@cli.command()
@click.argument("key", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DB_OPTION
@click.option("--split", help="Score only the items (and documents) of this split of the key.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--min-precision",
    type=float,
    help="Exit 1 when contradiction precision falls below this (or any contradiction "
    "joins two different events).",
)
@click.option("--min-recall", type=float, help="Exit 1 when contradiction recall falls below this.")
def evaluate(
    key: Path,
    db_path: Path,
    split: str | None,
    as_json: bool,
    min_precision: float | None,
    min_recall: float | None,
) -> None:
    """Score the ledger against an editor's key: precision and recall per
    property and verdict, every false contradiction and every miss with both
    sentences. The key format is in docs/evaluate.md.

    Example:

        ledger evaluate tests/corpus/key.yaml --db build/check.db --split check
    """
    try:
        report = api.evaluate(key, db_path, split=split)
    except (FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(evaluate_mod.format_report(report, db_path))
    if min_precision is not None or min_recall is not None:
        failures = evaluate_mod.gate(report, min_precision or 0.0, min_recall or 0.0)
        if failures:
            click.echo("FAILED: " + "; ".join(failures), err=True)
            sys.exit(1)
        click.echo("Gate passed.", err=True)
