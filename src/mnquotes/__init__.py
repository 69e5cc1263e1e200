"""mnquotes: who said what, and which numbers were claimed, in news text.

    import mnquotes
    for result in mnquotes.extract(d for d in mnquotes.read(["seeds/"]) if not isinstance(d, mnquotes.InputError)):
        for quote in result.quotes:
            print(quote.speaker, quote.text, quote.sources[0].location())

Importing this package is cheap; spaCy loads when extraction starts.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Bound eagerly (it is cheap: spaCy loads inside `Extractor`): a lazy `mnquotes.extract` would be
# replaced by the submodule `mnquotes.extract` as soon as anything imports that module.
from .extract import Extractor, extract  # noqa: E402

if TYPE_CHECKING:
    from .documents import Document, read
    from .errors import InputError, MnquotesError
    from .records import Claim, DocumentRecords, Quote, Source, Speaker

_EXPORTS = {
    "Document": "documents", "read": "documents",
    "InputError": "errors", "MnquotesError": "errors",
    "Claim": "records", "DocumentRecords": "records", "Quote": "records", "Source": "records", "Speaker": "records",
}
__all__ = sorted([*_EXPORTS, "Extractor", "extract"]) + ["__version__"]


def __getattr__(name: str) -> Any:
    """Import the public API on first use, so `mnquotes --help` never pays for spaCy."""
    if name in _EXPORTS:
        from importlib import import_module

        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'mnquotes' has no attribute {name!r}")
