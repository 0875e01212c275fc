"""`python -m xlplugin ...` runs the `xlplugin` command (the same arguments, messages and exit codes),
for a checkout or an environment whose scripts folder is not on the PATH."""

import sys

from ._start import main

sys.exit(main())
