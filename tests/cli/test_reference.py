"""The CLI reference written from the commands themselves (``jirga/cli/reference.py``);
``tests/test_docs.py`` checks that docs/cli.md is current."""
from jirga.cli.reference import render


def test_render_has_a_section_per_command_and_subcommand():
    text = render()
    assert text.startswith("# Command reference\n")
    sections = [line for line in text.splitlines() if line.startswith("## `jirga ")]
    for cmd in ("run", "summary", "code", "geoparse", "dates", "export", "eval", "actors resolve",
                "actors show", "actors add", "actors unknown"):
        assert f"## `jirga {cmd}`" in sections
    assert "## `jirga actors`" not in sections          # a group has no section of its own


def test_render_tables_list_arguments_and_options_with_defaults():
    text = render()
    run = text.split("## `jirga run`")[1].split("## ")[0]
    assert "| `SOURCES` |" in run and "| `--processes, -j` |" in run
    unknown = text.split("## `jirga actors unknown`")[1].split("## ")[0]
    assert "| `--limit` | how many to list (default: 50) |" in unknown       # the default is added
    assert "--help" not in text


def test_render_first_help_paragraph_only():
    run = render().split("## `jirga run`")[1].split("| argument")[0]
    assert "Ingest, code and store documents" in run
    assert render() == render()
