"""Imported by the fork server from which `xlplugin.dask.start_client` forks its local Dask workers:
loads the word lists once, there, so that every worker starts with them (and shares their memory
until it writes to it) instead of reading them again.

Importing this module is the whole of its work; nothing else imports it.
"""

from .engine import warm_up

warm_up()
