"""(meta19) The `xlplugin` command's entry point: the command line (`xlplugin.cli`) is loaded
inside it, so that a Ctrl-C (or a SIGTERM) while the scorers are still loading prints one line
and exits as an interrupted run does (130), not a Python traceback."""

from __future__ import annotations

import sys
from typing import Sequence

from .errors import DataFileError

EXIT_INTERRUPTED = 130  # as xlplugin.cli says for a run stopped by Ctrl-C
EXIT_BROKEN = 2  # as xlplugin.cli's EXIT_USAGE, which it gives for a broken data file met later


def main(argv: Sequence[str] | None = None) -> int:
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        try:
            print("xlplugin: interrupted while starting; nothing was read or written", file=sys.stderr)
        except OSError:  # (the terminal has gone)
            pass
        return EXIT_INTERRUPTED
    except DataFileError as exc:  # (loud50) a data file read at import, broken: one line naming it
        print(f"xlplugin: error: {exc}", file=sys.stderr)
        return EXIT_BROKEN
    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
