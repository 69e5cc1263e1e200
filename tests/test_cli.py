"""The command line: help everywhere, output formats, exit codes, bad input, stdin, spreadsheet safety."""
from __future__ import annotations

import csv
import io
import json
import re

import click
import pytest
from typer.main import get_command
from typer.testing import CliRunner

from mnquotes import __version__
from mnquotes.cli import app

SEED = "seeds/000_6c0b970ec3bab91c.txt"


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("TERM", "dumb")
    return CliRunner()


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, cmd in group.commands.items():
        yield prefix + (name,)
        if isinstance(cmd, click.Group):
            yield from all_commands(cmd, prefix + (name,))


COMMANDS = list(all_commands(get_command(app)))  # type: ignore[arg-type]


def test_main_help_lists_the_commands(runner):
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0, result.output
    for name in ("quotes", "speakers", "claims"):
        assert name in result.output


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(runner, command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    help_text = get_command(app)
    for part in command:
        help_text = help_text.commands[part]  # type: ignore[attr-defined]
    assert (help_text.help or "").strip(), f"{command} has no help text"


def test_command_list_gives_each_command_one_line(runner):
    """A command's summary in `mnquotes --help` is its docstring's first paragraph: one short line."""
    for command in get_command(app).commands.values():  # type: ignore[attr-defined]
        summary = (command.help or "").strip().split("\n\n")[0]
        assert "\n" not in summary and len(summary) <= 70, summary


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_paragraphs_are_filled_to_the_terminal(runner, command):
    """A docstring's line breaks are no breaks on screen: each paragraph is wrapped to the terminal's width
    (at 80 columns, 'without --numeric, other' had ended a line of its own)."""
    output = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "80"}).output
    description = output.split("╭")[0].splitlines()[2:]  # after the usage line, before the first box
    lines = [line.strip() for line in description]
    for line, after in zip(lines, lines[1:] + [""]):
        assert not (line and after) or len(line) >= 60, f"{line!r} ends a line before {after!r}"


def test_help_shows_brackets_as_written(runner):
    """Help text is Markdown: square brackets are no markup (`pip install "mnquotes[dask]"`)."""
    assert "mnquotes[dask]" in runner.invoke(app, ["quotes", "--help"]).output.replace("│", "").replace(" ", "")


@pytest.mark.parametrize("kind", ["direct", "indirect", "INDIRECT"])
def test_type_keeps_one_kind_of_quote(runner, kind):
    result = runner.invoke(app, ["quotes", "--no-cache", "--format", "jsonl", "--type", kind, SEED])
    assert result.exit_code == 0, result.output
    types = {json.loads(line)["type"] for line in result.stdout.splitlines()}
    assert types == {kind.lower()}


def test_type_lists_its_choices_and_refuses_others(runner):
    assert "direct|indirect" in runner.invoke(app, ["quotes", "--help"]).output
    result = runner.invoke(app, ["quotes", "--no-cache", "--type", "reported", SEED])
    assert result.exit_code == 2 and "'reported' is not one of" in result.output


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"mnquotes {__version__}"


def test_json_is_the_default_when_piped(runner):
    result = runner.invoke(app, ["quotes", "--no-cache", SEED])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert records and all(r["record"] == "quote" and r["sources"][0]["doc"] == SEED.split("/")[1] for r in records)


def test_jsonl_one_record_per_line(runner):
    result = runner.invoke(app, ["speakers", "--format", "jsonl", "--no-cache", SEED])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert {json.loads(line)["name"] for line in lines} >= {"E.Odbayar", "Ts.Buyantsogtoo", "S.Bayasgalan"}


@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv_flatten_sources(runner, fmt, delimiter):
    result = runner.invoke(app, ["quotes", "--format", fmt, "--no-cache", SEED])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter=delimiter))
    assert rows and {"text", "speaker", "doc", "line", "start", "end"} <= set(rows[0])
    raw = open(SEED, encoding="utf-8").read()
    for row in rows:
        assert raw[int(row["start"]):int(row["end"])].startswith(row["text"][:20].lstrip("'"))


def test_spreadsheet_formulas_are_neutralised_in_csv_only(runner, tmp_path):
    article = tmp_path / "formula.txt"
    article.write_text("=HYPERLINK(\"http://x\") said nothing. “+cmd|' /C calc'!A0 is here now,” the hacker said.\n",
                       encoding="utf-8")
    csv_out = runner.invoke(app, ["quotes", "--format", "csv", "--no-cache", str(article)])
    assert csv_out.exit_code == 0, csv_out.output
    (row,) = list(csv.DictReader(io.StringIO(csv_out.stdout)))
    assert row["text"].startswith("'+cmd")
    json_out = runner.invoke(app, ["quotes", "--format", "json", "--no-cache", str(article)])
    assert json.loads(json_out.stdout)[0]["text"].startswith("+cmd")


def test_numbers_stay_numbers_in_csv():
    from mnquotes.render import spreadsheet_safe

    assert spreadsheet_safe(-40) == -40
    assert spreadsheet_safe(-40.5) == -40.5
    assert spreadsheet_safe("-40 degrees") == "'-40 degrees"
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_safe("plain") == "plain"


def test_table_honours_no_color(runner, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    result = runner.invoke(app, ["speakers", "--format", "table", "--no-cache", SEED])
    assert result.exit_code == 0, result.output
    assert "\x1b[" not in result.stdout
    assert "Ts.Buyantsogtoo" in result.stdout


def test_bad_inputs_are_reported_and_the_rest_processed(runner, tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    result = runner.invoke(app, ["quotes", "--no-cache", str(tmp_path / "missing.txt"), str(binary), SEED])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"mnquotes: error: {tmp_path / 'missing.txt'}: no such file or folder",
        f"mnquotes: error: {binary}: binary file, not text",
    ]
    assert "Traceback" not in result.output
    assert json.loads(result.stdout)  # the good file's quotes are still there


def test_huge_file_is_refused_with_the_limit(runner, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 300_000)
    result = runner.invoke(app, ["claims", "--no-cache", "--max-size", "1", str(big)])
    assert result.exit_code == 1
    assert re.fullmatch(r"mnquotes: error: .*big\.txt: file too large \(1\.5 MB; the limit is 1 MB, see --max-size\)\n",
                        result.stderr)


def test_usage_errors_exit_2(runner):
    assert runner.invoke(app, ["quotes", "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["nosuchcommand"]).exit_code == 2


def test_missing_model_is_a_one_line_usage_error(runner):
    result = runner.invoke(app, ["quotes", "--no-cache", "--model", "no_such_pipeline_xyz", SEED])
    assert result.exit_code == 2
    assert result.stderr.startswith("mnquotes: error: spaCy pipeline 'no_such_pipeline_xyz' is not installed")
    assert "pip install" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_stdin(runner):
    text = "“We will not leave the talks,” the envoy said on Friday.\n"
    result = runner.invoke(app, ["quotes", "--no-cache", "-"], input=text.encode("utf-8"))
    assert result.exit_code == 0, result.output
    (quote,) = json.loads(result.stdout)
    assert quote["speaker"] == "the envoy" and quote["sources"][0]["doc"] == "<stdin>"


def test_no_paths_runs_on_the_bundled_seeds(runner):
    result = runner.invoke(app, ["speakers", "--no-cache"])
    assert result.exit_code == 0, result.output
    docs = {s["doc"] for r in json.loads(result.stdout) for s in r["sources"]}
    assert len(docs) >= 4 and all(d.endswith(".txt") for d in docs)


@pytest.mark.parametrize(
    ("name", "rows", "text", "expected"),
    [
        ("cue_verbs.tsv", "grumble\tclause\tgrumble\tgrumbles\tgrumbled\n",
         "The ambassador grumbled that the talks were going nowhere.",
         ("The ambassador", "grumble", "the talks were going nowhere")),
        # rules/time_words.txt takes @months: a user's month closes a trailing tag with its date
        ("months.txt", "juli\n", "The arrest of Putin is hard, a government spokesperson told Politico on Juli 3.",
         ("a government spokesperson", "tell", "The arrest of Putin is hard")),
    ],
)
def test_user_rules_extend_the_bundled_ones(runner, tmp_path, name, rows, text, expected):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / name).write_text(rows, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(text + "\n", encoding="utf-8")
    plain = runner.invoke(app, ["quotes", "--no-cache", str(article)])
    extended = runner.invoke(app, ["quotes", "--no-cache", "--rules", str(rules), str(article)])
    assert json.loads(plain.stdout) == []
    (quote,) = json.loads(extended.stdout)
    assert (quote["speaker"], quote["cue"], quote["text"]) == expected


def test_malformed_rules_name_the_file_and_line(runner, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "speakers.jsonl").write_text('{"label": "PERSON", "id": "x", "pattern": [{"BAD": 1}]}\nnot json\n',
                                          encoding="utf-8")
    result = runner.invoke(app, ["quotes", "--no-cache", "--rules", str(rules), SEED])
    assert result.exit_code == 2
    assert "speakers.jsonl:2: not JSON" in result.stderr
