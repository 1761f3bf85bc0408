"""Archives too large for one machine: ``jirga spark`` codes them on Apache Spark into
Parquet tables with the store's schema, ``jirga load`` brings those into a store.

    from jirga.spark.job import run_job      # needs pyspark (the ``spark`` extra) and Java
    from jirga.spark.load import load        # needs neither

Nothing here imports pyspark until a job starts, so loading works without it.
"""
