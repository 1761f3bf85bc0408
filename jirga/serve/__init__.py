"""``jirga serve``: the workbench's REST API and dashboard (``create_app``)."""
from jirga.serve.app import create_app

__all__ = ["create_app"]
