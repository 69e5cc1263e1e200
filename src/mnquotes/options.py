"""Options shared by every command, declared once as `Annotated` aliases."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .dedupe import DEFAULT_THRESHOLD
from .documents import DEFAULT_MAX_BYTES
from .parallel import AUTO_MIN_DOCUMENTS
from .render import Format

Paths = Annotated[
    Optional[list[str]],
    typer.Argument(
        help="Files, folders (searched recursively), globs or - for stdin. .txt, .md and .html. "
        "Default: the bundled sample articles.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Optional[Format],
    typer.Option(
        "--format", "-f",
        help="Output format. Default: table on a terminal, json when piped.",
        case_sensitive=False,
        show_default=False,
    ),
]
RulesOption = Annotated[
    Optional[Path],
    typer.Option(
        "--rules",
        help="Folder of extra rule files (same names as the bundled rules/), added to the bundled ones.",
        file_okay=False,
        show_default=False,
    ),
]
ModelOption = Annotated[
    Optional[str],
    typer.Option(
        "--model",
        help="An installed spaCy pipeline (name or path, e.g. en_core_web_sm) whose NER adds to the rules.",
        show_default=False,
    ),
]
MaxSizeOption = Annotated[
    float,
    typer.Option("--max-size", help="Largest input file to read, in MB.", min=0.001),
]
DEFAULT_MAX_MB = DEFAULT_MAX_BYTES / 1e6
JobsOption = Annotated[
    Optional[int],
    typer.Option(
        "--jobs", "-j",
        help="Processes to analyse documents with. Default: one per CPU core when at least "
        f"{AUTO_MIN_DOCUMENTS} documents need analysing (each process loads spaCy, about a second), else one.",
        min=1,
        show_default=False,
    ),
]
CacheOption = Annotated[
    bool,
    typer.Option(
        "--cache/--no-cache",
        help="Reuse the results of documents analysed before with the same rules, model and version "
        "(see `mnquotes cache info`).",
    ),
]
DedupeOption = Annotated[
    bool,
    typer.Option(
        "--dedupe/--no-dedupe",
        help="Merge the same quote, claim or speaker found in several places into one record listing "
        "every source (other wordings in `variants`).",
    ),
]
ThresholdOption = Annotated[
    float,
    typer.Option(
        "--threshold",
        help="How similar (0-100) wordings, subjects and names must be to merge; lower merges more.",
        min=0,
        max=100,
    ),
]
class QuoteType(str, Enum):
    """The `--type` choices, so `--help` lists them and a typo is a usage error."""

    direct = "direct"
    indirect = "indirect"


QuoteTypeOption = Annotated[
    Optional[QuoteType],
    typer.Option(
        "--type", "-t",
        help="Only direct quotes (in quotation marks) or only indirect ones (reported speech).",
        case_sensitive=False,
        show_default=False,
    ),
]
SpeakerOption = Annotated[
    Optional[str],
    typer.Option(
        "--speaker", "-s",
        help='Only records whose speaker matches this name, fuzzily ("putin", "buyantsogto").',
        show_default=False,
    ),
]
SchedulerOption = Annotated[
    Optional[str],
    typer.Option(
        "--scheduler",
        envvar="MNQUOTES_SCHEDULER",
        help="Run on the Dask cluster of this scheduler (tcp://HOST:8786): the workers read the inputs "
        "(paths they can see, or fsspec URLs such as s3://bucket/news/**/*.txt) and analyse them; "
        'merging and output stay here. Needs pip install "mnquotes[dask]"; --jobs and the cache do not apply.',
        show_default=False,
    ),
]
OutputOption = Annotated[
    Optional[Path],
    typer.Option(
        "--output", "-o",
        help="Write the records as JSONL files part-00000.jsonl, part-00001.jsonl... in this folder "
        "instead of to stdout; the folder must hold no part files yet.",
        file_okay=False,
        show_default=False,
    ),
]
