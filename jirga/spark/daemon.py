"""PySpark's Python worker daemon, with Jirga's models and data loaded before it forks.

Spark starts one daemon per executor and forks a Python worker from it for each task it
cannot give to an idle worker; a worker that loads the models itself loads them again in
every new worker (four loads for five tasks on ``local[2]``). Loaded here, in the daemon,
they are shared by every worker it forks (copy-on-write). The job names this module in
``spark.python.daemon.module`` and passes its settings in ``JIRGA_SPARK_SETTINGS``.
"""
from __future__ import annotations

import json
import os

SETTINGS_ENV = "JIRGA_SPARK_SETTINGS"


def preload() -> None:
    """Build the worker pipeline for the job's settings, if the job gave them."""
    raw = os.environ.get(SETTINGS_ENV)
    if raw:
        from jirga.spark.code import pipeline_for
        pipeline_for(json.loads(raw))


if __name__ == "__main__":
    from pyspark import daemon
    preload()
    daemon.manager()
