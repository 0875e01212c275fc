"""(meta19) The `xlplugin` command's entry point: the command line (`xlplugin.cli`) is loaded
inside it, so that a Ctrl-C (or a SIGTERM) while the scorers are still loading prints one line
and exits as an interrupted run does (130), not a Python traceback."""

from __future__ import annotations

import sys
from typing import Sequence

EXIT_INTERRUPTED = 130  # as xlplugin.cli says for a run stopped by Ctrl-C


def main(argv: Sequence[str] | None = None) -> int:
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        try:
            print("xlplugin: interrupted while starting; nothing was read or written", file=sys.stderr)
        except OSError:  # (the terminal has gone)
            pass
        return EXIT_INTERRUPTED
    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
