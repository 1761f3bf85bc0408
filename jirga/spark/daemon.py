"""PySpark's Python worker daemon, with Jirga's models and data loaded before it forks.

Spark starts one daemon per executor and forks a Python worker from it for each task it
cannot give to an idle worker; a worker that loads the models itself loads them again in
every new worker (four loads for five tasks on ``local[2]``). Loaded here, in the daemon,
they are shared by every worker it forks (copy-on-write): the stages' data and the spaCy
model (which ``Pipeline.prepare`` leaves to the first parse: ``code.pipeline_for`` loads
it), warmed by one parse and one Parquet write (``write.warm``: pyarrow's lazy imports),
then frozen out of the garbage collector's sight, so a worker's collections do not touch,
and copy, the daemon's pages. The job names this module in ``spark.python.daemon.module``
and passes its settings in ``JIRGA_SPARK_SETTINGS``.
"""
from __future__ import annotations

import gc
import json
import os

SETTINGS_ENV = "JIRGA_SPARK_SETTINGS"
WARM_UP = "Officials in Kabul and Islamabad met on Monday to discuss the border crossing."


def preload() -> None:
    """Build the worker pipeline for the job's settings, if the job gave them."""
    raw = os.environ.get(SETTINGS_ENV)
    if raw:
        from jirga.spark import write
        from jirga.spark.code import pipeline_for
        pipe = pipeline_for(json.loads(raw))
        list(pipe.res.nlp.pipe([WARM_UP]))
        write.warm()
        gc.collect()        # the loading's garbage goes before what remains is frozen
        gc.freeze()


if __name__ == "__main__":
    from pyspark import daemon
    preload()
    daemon.manager()
