"""``jirga serve``: the workbench (REST API and dashboard) over a store."""
from __future__ import annotations

import os
from typing import Optional

import typer


def serve(db: Optional[str] = typer.Option(None, "--db", help="DuckDB file or postgresql:// URL (default: the db setting, jirga.duckdb)"),
          host: str = typer.Option("127.0.0.1", help="address to listen on; 0.0.0.0 opens it to the network"),
          port: int = typer.Option(8765, help="TCP port"),
          token: Optional[str] = typer.Option(None, "--token", help="bearer token that POST /api/documents needs (or $JIRGA_TOKEN); without one the server is read-only")):
    """Serve the REST API (docs at /api/docs) and the dashboard at http://HOST:PORT/."""
    import threading

    import uvicorn

    from jirga.analyse.query import registry
    from jirga.serve import create_app
    from jirga.settings import load_settings
    token = token or os.environ.get("JIRGA_TOKEN") or None
    app = create_app(load_settings(db=db)["db"], token=token)
    threading.Thread(target=registry, daemon=True).start()   # actor pages need it: load it now
    mode = "accepting POST /api/documents with the token" if token else "read-only"
    typer.echo(f"jirga: serving {app.state.reader.db} on http://{host}:{port}/ ({mode}); Ctrl-C stops")
    uvicorn.run(app, host=host, port=port, log_level="warning")
