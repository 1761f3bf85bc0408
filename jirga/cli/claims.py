"""``jirga claims``: the claim threads a store holds, with their denials and evidence."""
from __future__ import annotations

import json
from typing import Optional

import typer


def _who(ev) -> str:
    refs = ev.actor or []
    return "; ".join(r.name or r.text for r in refs) or "?"


def claims(db: Optional[str] = typer.Option(None, "--db", help="DuckDB file or postgresql:// URL (default: the db setting, jirga.duckdb)"),
           limit: int = typer.Option(20, help="how many threads to show, most reported first"),
           as_json: bool = typer.Option(False, "--json", help="one JSON object per thread instead of tables")):
    """Claim threads: who accuses whom of what, across articles and months, and who denies it."""
    from rich.console import Console
    from rich.table import Table

    from jirga.settings import load_settings
    from jirga.store import open_store
    with open_store(load_settings(db=db)["db"], read_only=True) as store:
        threads = store.claim_threads()
    threads.sort(key=lambda t: (-len(t.accusations) - len(t.denials), t.first or "", t.claim_id))
    out = Console()
    for t in threads[:limit]:
        if as_json:
            typer.echo(json.dumps({
                "claim_id": t.claim_id, "accuser": t.accuser, "accused": t.accused, "matter": t.matter,
                "first": t.first, "last": t.last, "documents": len(t.documents),
                "accusations": [{"event_id": e.event_id, "date": e.date, "claim": e.claim.text if e.claim else None,
                                 "sentence": e.sentence.text} for e in t.accusations],
                "denials": [{"event_id": e.event_id, "who": _who(e), "date": e.date, "answers": e.answers,
                             "sentence": e.sentence.text} for e in t.denials]}, ensure_ascii=False))
            continue
        title = (f"{t.accuser} accuses {t.accused or '?'} of: {t.matter}   "
                 f"({t.first or '?'} – {t.last or '?'}, {len(t.accusations)} accusation(s) and "
                 f"{len(t.denials)} denial(s) in {len(t.documents)} document(s))")
        table = Table(title=title, title_justify="left", show_lines=False)
        for col in ("", "date", "who", "evidence"):
            table.add_column(col)
        for e in t.accusations + t.denials:
            kind = "denies" if e.event_type == "REJECT" else "accuses"
            table.add_row(kind, e.date or "", _who(e), " ".join(e.sentence.text.split()))
        out.print(table)
    if not threads and not as_json:
        out.print("no claim threads in this database")
