"""Engines: where ``analyze()`` runs when the input is more than one process should carry.

``processes``: worker processes on this machine's cores (``--jobs N``), order kept, one writer.
Each engine yields the same ``Analysis | Failure`` stream that :meth:`Pipeline.analyze_many`
gives, so the store and the CLI do not know which one ran.
"""
