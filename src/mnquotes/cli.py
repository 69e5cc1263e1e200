"""The `mnquotes` command: parse options, call the library, render. No extraction logic lives here."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import InputError, MnquotesError
from .options import (
    DEFAULT_MAX_MB,
    DEFAULT_THRESHOLD,
    CacheOption,
    DedupeOption,
    FormatOption,
    JobsOption,
    MaxSizeOption,
    ModelOption,
    OutputOption,
    Paths,
    QuoteTypeOption,
    RulesOption,
    SchedulerOption,
    SpeakerOption,
    ThresholdOption,
)
from .records import Claim, ClaimScope, Conflict, DocumentRecords, Hit, Quote, Record, Speaker
from .render import Format, render
from .search import DEFAULT_LIMIT, DEFAULT_MIN_SCORE, Kind

app = typer.Typer(
    name="mnquotes",
    help="Who said what, and which numbers were claimed: quotes, speakers and numeric claims from news "
    "text, each with its source (document, line, exact character span).\n\n"
    "With no paths, every command runs on the bundled sample articles. "
    "Tables on a terminal, JSON when piped; --format for jsonl, csv, tsv.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Session:
    """One command's run: reads inputs, reports each bad one on stderr, remembers that one failed."""

    def __init__(
        self,
        paths: list[str] | None,
        max_size: float,
        rules,
        model,
        jobs: int | None = None,
        cache: bool = True,
        *,
        fmt: Format | None = None,
        scheduler: str | None = None,
        output: Path | None = None,
        claims: ClaimScope = "all",
    ) -> None:
        if output is not None and fmt not in (None, Format.jsonl):
            raise typer.BadParameter("--output writes JSONL files; leave --format out", param_hint="--format")
        self.paths = paths
        self.max_bytes = int(max_size * 1e6)
        self.rules = rules
        self.model = model
        self.jobs = jobs
        self.cache = cache
        self.fmt = fmt
        self.scheduler = scheduler
        self.output_dir = output
        self.claims = claims  # a command that prints no claims, or numeric ones only, skips making the rest
        self.progress = sys.stderr.isatty()  # never when piped; `output` turns it off if data streams to the terminal
        self.failed = 0

    def prepare(self) -> None:
        """Checks that must fail before any document is analysed."""
        if self.output_dir is not None:
            from .render import prepare_parts

            prepare_parts(self.output_dir)

    def error(self, message: str) -> None:
        self.failed += 1
        typer.echo(f"mnquotes: error: {message}", err=True)

    def inputs(self) -> list[str]:
        from .documents import bundled_seeds

        return self.paths or [str(bundled_seeds())]

    def documents(self) -> Iterator:
        from .documents import read

        for item in read(self.inputs(), max_bytes=self.max_bytes):
            if isinstance(item, InputError):
                self.error(str(item))
            else:
                yield item

    def locators(self) -> Iterator:
        """With --scheduler: the inputs' paths and URLs, for the workers to read."""
        from .cluster import locate

        for item in locate(self.inputs()):
            if isinstance(item, InputError):
                self.error(str(item))
            else:
                yield item

    def results(self) -> Iterator[DocumentRecords]:
        if self.scheduler:
            from .cluster import extract_on_cluster

            results = extract_on_cluster(
                self.locators(),
                scheduler=self.scheduler,
                rules=self.rules,
                model=self.model,
                max_bytes=self.max_bytes,
                claims=self.claims,
                on_error=lambda exc: self.error(str(exc)),
            )
        else:
            from .extract import extract

            results = extract(
                self.documents(),
                rules=self.rules,
                model=self.model,
                jobs=self.jobs,
                cache=self.cache,
                claims=self.claims,
                on_error=lambda exc: self.error(str(exc)),
            )
        if self.progress:
            from .progress import tracked

            results = tracked(results, self.count())
        yield from results

    def count(self) -> int:
        """How many documents the inputs name, for the progress bar; nothing is read."""
        if self.scheduler:
            from .cluster import locate

            return sum(1 for item in locate(self.inputs()) if not isinstance(item, InputError))
        from .progress import count_documents

        return count_documents(self.inputs())

    def output(self, records: list[Record] | Iterator[Record], kinds: list[type[Record]]) -> None:
        if self.output_dir is not None:
            from .render import write_parts

            count, files = write_parts(records, self.output_dir, kinds=kinds)
            typer.echo(f"mnquotes: wrote {count} records to {self.output_dir} ({files} files)", err=True)
            return
        fmt = self.fmt or (Format.table if sys.stdout.isatty() else Format.json)
        if fmt is not Format.table and sys.stdout.isatty():
            self.progress = False  # records stream to the same terminal: a bar would garble them
        color = False if os.environ.get("NO_COLOR") else None
        render(records, fmt, sys.stdout, kinds=kinds, color=color)
        sys.stdout.flush()

    def exit(self) -> None:
        if self.failed:
            raise typer.Exit(1)


def run(session: Session, body) -> None:
    """Run a command body, turning the library's errors into one line on stderr and an exit code."""
    try:
        session.prepare()
        body()
    except MnquotesError as exc:
        typer.echo(f"mnquotes: error: {exc}", err=True)
        raise typer.Exit(2) from None
    except BrokenPipeError:  # `mnquotes quotes | head`: the reader left, nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(session.failed and 1) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    session.exit()


@app.command()
def quotes(
    paths: Paths = None,
    fmt: FormatOption = None,
    kind: QuoteTypeOption = None,
    speaker: SpeakerOption = None,
    dedupe: DedupeOption = True,
    threshold: ThresholdOption = DEFAULT_THRESHOLD,
    rules: RulesOption = None,
    model: ModelOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
    jobs: JobsOption = None,
    cache: CacheOption = True,
    scheduler: SchedulerOption = None,
    output: OutputOption = None,
) -> None:
    """Direct and reported quotations, each attributed to its speaker.

    Example: `mnquotes quotes seeds/ --format csv > quotes.csv`
    """
    wanted = kind.value if kind else None
    session = Session(
        paths, max_size, rules, model, jobs, cache, fmt=fmt, scheduler=scheduler, output=output, claims="none"
    )

    def body() -> None:
        from .dedupe import deduplicate
        from .search import speaker_filter

        by_speaker = speaker_filter(speaker) if speaker else None
        records = (
            q for r in session.results() for q in r.quotes
            if wanted in (None, q.type) and (by_speaker is None or by_speaker(q))
        )
        session.output(deduplicate(records, threshold=threshold) if dedupe else records, [Quote])

    run(session, body)


@app.command()
def speakers(
    paths: Paths = None,
    fmt: FormatOption = None,
    dedupe: DedupeOption = True,
    threshold: ThresholdOption = DEFAULT_THRESHOLD,
    rules: RulesOption = None,
    model: ModelOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
    jobs: JobsOption = None,
    cache: CacheOption = True,
    scheduler: SchedulerOption = None,
    output: OutputOption = None,
) -> None:
    """People, organisations and described sources who are quoted.

    One record per speaker across documents, with its aliases, role and how many quotes it has.

    Example: `mnquotes speakers seeds/000_6c0b970ec3bab91c.txt`
    """
    session = Session(
        paths, max_size, rules, model, jobs, cache, fmt=fmt, scheduler=scheduler, output=output, claims="none"
    )

    def body() -> None:
        from .dedupe import deduplicate

        found = [s for r in session.results() for s in r.speakers]
        session.output(deduplicate(found, threshold=threshold) if dedupe else found, [Speaker])

    run(session, body)


@app.command()
def claims(
    paths: Paths = None,
    fmt: FormatOption = None,
    numeric: Annotated[bool, typer.Option("--numeric", "-n", help="Only numeric claims (quantities).")] = False,
    conflicts: Annotated[
        bool,
        typer.Option(
            "--conflicts",
            help="Instead of claims, the figures documents disagree on: numeric claims about the same "
            "subject and entity side by side, with their relative difference.",
        ),
    ] = False,
    dedupe: DedupeOption = True,
    threshold: ThresholdOption = DEFAULT_THRESHOLD,
    rules: RulesOption = None,
    model: ModelOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
    jobs: JobsOption = None,
    cache: CacheOption = True,
    scheduler: SchedulerOption = None,
    output: OutputOption = None,
) -> None:
    """Check-worthy claims: quantities and other checkable statements.

    Every quantity with its value, unit, qualifier, subject and who claims it; without --numeric, other
    checkable statements too (firsts, votes, agreements...), each with the rule that fired.

    Example: `mnquotes claims --numeric --format json seeds/`
    """
    scope = "numeric" if numeric or conflicts else "all"  # conflicts are between numeric claims
    session = Session(
        paths, max_size, rules, model, jobs, cache, fmt=fmt, scheduler=scheduler, output=output, claims=scope
    )

    def body() -> None:
        from .conflicts import find_conflicts
        from .dedupe import deduplicate

        records = (c for r in session.results() for c in r.claims if not numeric or c.type == "numeric")
        if dedupe:
            records = deduplicate(records, threshold=threshold)
        if conflicts:
            session.output(find_conflicts(records, threshold=threshold), [Conflict])
        else:
            session.output(records, [Claim])

    run(session, body)


@app.command("search")
def search_command(
    query: Annotated[
        str, typer.Argument(help="Words to find, in any order; typos and partial names are fine.", show_default=False)
    ],
    paths: Paths = None,
    fmt: FormatOption = None,
    kind: Annotated[
        Optional[Kind],
        typer.Option("--kind", "-k", help="Only quotes, claims or speakers.", case_sensitive=False, show_default=False),
    ] = None,
    speaker: SpeakerOption = None,
    min_score: Annotated[
        float, typer.Option("--min-score", help="Lowest score (0-100) to show.", min=0, max=100)
    ] = DEFAULT_MIN_SCORE,
    limit: Annotated[int, typer.Option("--limit", help="Most hits to show; 0 for all.", min=0)] = DEFAULT_LIMIT,
    dedupe: DedupeOption = True,
    threshold: ThresholdOption = DEFAULT_THRESHOLD,
    rules: RulesOption = None,
    model: ModelOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
    jobs: JobsOption = None,
    cache: CacheOption = True,
    scheduler: SchedulerOption = None,
) -> None:
    """Find quotes, claims and speakers by fuzzy match, best first.

    Typos, word order and partial names are fine; each hit has its score, kind and source.

    Example: `mnquotes search "putin icc warrant" seeds/`
    """
    session = Session(paths, max_size, rules, model, jobs, cache, fmt=fmt, scheduler=scheduler)

    def body() -> None:
        from .dedupe import deduplicate
        from .search import query_words, search

        query_words(query)  # an empty query fails before any document is read
        found = [x for r in session.results() for x in (*r.quotes, *r.claims, *r.speakers)]
        records = deduplicate(found, threshold=threshold) if dedupe else found
        hits = search(records, query, kind=kind, speaker=speaker, min_score=min_score, limit=limit)
        if not hits and records and min_score > 0:
            typer.echo(f"mnquotes: no record scores {min_score:g} or more for {query!r}; "
                       "--min-score 0 lists the closest", err=True)
        session.output(hits, [Hit])

    run(session, body)


class KeepingSession(Session):
    """A session that also keeps the documents it reads: `review` shows them with their records."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.kept: list = []

    def documents(self) -> Iterator:
        for document in super().documents():
            self.kept.append(document)
            yield document


@app.command()
def review(
    paths: Paths = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="The HTML file to write; - for stdout.")
    ] = "mnquotes-review.html",
    rules: RulesOption = None,
    model: ModelOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
    jobs: JobsOption = None,
    cache: CacheOption = True,
) -> None:
    """One self-contained HTML page to check extractions in context.

    Every quote, speaker and claim highlighted in its article, an index with filters, the record on
    hover. The page opens from disk and needs no network.

    Example: `mnquotes review seeds/ -o review.html`
    """
    session = KeepingSession(paths, max_size, rules, model, jobs, cache)

    def body() -> None:
        from .review import review_page

        results = list(session.results())  # reads the documents, keeping them in session.kept
        page = review_page(session.kept, results)
        if output == "-":
            sys.stdout.write(page)
            sys.stdout.flush()
            return
        try:
            with open(output, "w", encoding="utf-8") as out:
                out.write(page)
        except OSError as exc:
            raise MnquotesError(f"{output}: cannot write the page ({exc.strerror or exc})") from None
        typer.echo(f"mnquotes: wrote {output} ({len(session.kept)} documents)", err=True)

    run(session, body)


cache_app = typer.Typer(help="The result cache: where it is, what it holds, emptying it.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info() -> None:
    """Where the result cache is ($MNQUOTES_CACHE_DIR overrides it) and how much it holds."""
    from .cache import info

    for key, value in info().items():
        typer.echo(f"{key}: {value}")


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove every cached result; the next run analyses every document again."""
    from .cache import clear

    typer.echo(f"removed {clear()} cached documents", err=True)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"mnquotes {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", "-V", help="Show the version and exit.", callback=version_callback, is_eager=True)
    ] = False,
) -> None:
    """Who said what, and which numbers were claimed."""


def main() -> None:
    """Console entry point; an unexpected failure is one line unless MNQUOTES_DEBUG is set."""
    try:
        app()
    except Exception as exc:  # noqa: BLE001 - the last guard before a traceback reaches a user
        if os.environ.get("MNQUOTES_DEBUG"):
            raise
        typer.echo(f"mnquotes: internal error: {type(exc).__name__}: {exc} (set MNQUOTES_DEBUG=1 for details)", err=True)
        sys.exit(1)
