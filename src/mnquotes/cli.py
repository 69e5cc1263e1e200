"""The `mnquotes` command: parse options, call the library, render. No extraction logic lives here."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import InputError, MnquotesError
from .options import DEFAULT_MAX_MB, FormatOption, MaxSizeOption, ModelOption, Paths, RulesOption
from .records import Claim, DocumentRecords, Quote, Record, Speaker
from .render import Format, render

app = typer.Typer(
    name="mnquotes",
    help="Who said what, and which numbers were claimed: quotes, speakers and numeric claims from news "
    "text, each with its source (document, line, exact character span).\n\n"
    "With no paths, every command runs on the bundled sample articles. "
    "Tables on a terminal, JSON when piped; --format for jsonl, csv, tsv.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Session:
    """One command's run: reads inputs, reports each bad one on stderr, remembers that one failed."""

    def __init__(self, paths: list[str] | None, max_size: float, rules, model) -> None:
        self.paths = paths
        self.max_bytes = int(max_size * 1e6)
        self.rules = rules
        self.model = model
        self.failed = 0

    def error(self, message: str) -> None:
        self.failed += 1
        typer.echo(f"mnquotes: error: {message}", err=True)

    def documents(self) -> Iterator:
        from .documents import bundled_seeds, read

        for item in read(self.paths or [str(bundled_seeds())], max_bytes=self.max_bytes):
            if isinstance(item, InputError):
                self.error(str(item))
            else:
                yield item

    def results(self) -> Iterator[DocumentRecords]:
        from .extract import extract

        yield from extract(self.documents(), rules=self.rules, model=self.model)

    def output(self, records: list[Record] | Iterator[Record], fmt: Format | None, kinds: list[type[Record]]) -> None:
        fmt = fmt or (Format.table if sys.stdout.isatty() else Format.json)
        color = False if os.environ.get("NO_COLOR") else None
        render(records, fmt, sys.stdout, kinds=kinds, color=color)
        sys.stdout.flush()

    def exit(self) -> None:
        if self.failed:
            raise typer.Exit(1)


def run(session: Session, body) -> None:
    """Run a command body, turning the library's errors into one line on stderr and an exit code."""
    try:
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
    kind: Annotated[
        Optional[str],
        typer.Option("--type", "-t", help="Only direct (quotation marks) or indirect (reported speech) quotes."),
    ] = None,
    rules: RulesOption = None,
    model: ModelOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
) -> None:
    """Direct and reported quotations, each attributed to its speaker.

    Example: [bold]mnquotes quotes seeds/ --format csv > quotes.csv[/bold]
    """
    if kind not in (None, "direct", "indirect"):
        raise typer.BadParameter("must be direct or indirect", param_hint="--type")
    session = Session(paths, max_size, rules, model)

    def body() -> None:
        records = (q for r in session.results() for q in r.quotes if kind in (None, q.type))
        session.output(records, fmt, [Quote])

    run(session, body)


@app.command()
def speakers(
    paths: Paths = None,
    fmt: FormatOption = None,
    rules: RulesOption = None,
    model: ModelOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
) -> None:
    """People, organisations and described sources who are quoted, one record per speaker across
    documents, with aliases, role and how many quotes each has.

    Example: [bold]mnquotes speakers seeds/000_6c0b970ec3bab91c.txt[/bold]
    """
    session = Session(paths, max_size, rules, model)

    def body() -> None:
        from .speakers import merge_speakers

        found = [s for r in session.results() for s in r.speakers]
        session.output(merge_speakers(found), fmt, [Speaker])

    run(session, body)


@app.command()
def claims(
    paths: Paths = None,
    fmt: FormatOption = None,
    numeric: Annotated[bool, typer.Option("--numeric", "-n", help="Only numeric claims (quantities).")] = False,
    rules: RulesOption = None,
    model: ModelOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
) -> None:
    """Check-worthy claims: every quantity (value, unit, qualifier, subject, who claims it) and,
    without --numeric, other checkable statements (firsts, votes, agreements...) with the rule that fired.

    Example: [bold]mnquotes claims --numeric --format json seeds/[/bold]
    """
    session = Session(paths, max_size, rules, model)

    def body() -> None:
        records = (c for r in session.results() for c in r.claims if not numeric or c.type == "numeric")
        session.output(records, fmt, [Claim])

    run(session, body)


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
