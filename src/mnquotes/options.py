"""Options shared by every command, declared once as `Annotated` aliases."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .documents import DEFAULT_MAX_BYTES
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
