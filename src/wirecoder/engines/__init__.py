"""Engines: where ``analyze()`` runs when the input is more than one process should carry.

``processes``: worker processes on this machine's cores (``--jobs N``), order kept, one writer.
``dask``: a Dask cluster (``--engine dask [--scheduler ADDR]``, a LocalCluster by default), the
analyses going through Parquet shards of the flat records; imported only by that option.
Each engine yields the same ``Analysis | Failure`` stream that :meth:`Pipeline.analyze_many`
gives, so the store and the CLI do not know which one ran.
"""
