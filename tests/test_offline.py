"""Nothing reaches the network, and the core never imports a spreadsheet library.

Both run in a fresh interpreter: a module imported by an earlier test would hide the problem.
"""

from __future__ import annotations

import json
import subprocess
import sys

BLOCK_NETWORK = r"""
import socket
def refuse(*args, **kwargs):
    raise OSError("network blocked by the test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
"""


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_scoring_english_with_the_network_blocked():
    # textstat 0.7.9-0.7.13 would call nltk.download('cmudict') here and fail with LookupError.
    out = run(BLOCK_NETWORK + r"""
import json, xlplugin
r = xlplugin.score_text("The committee approved the proposal after a long debate on Tuesday. Officials said it would take effect in June, once the regional council has published the final budget.")
print(json.dumps({"grade": r.signals["readability"].value, "rel": r.reliability}))
""")
    data = json.loads(out)
    assert data["grade"] is not None and data["rel"] is not None


def test_syllables_come_from_the_cmu_dictionary_offline():
    out = run(BLOCK_NETWORK + r"""
from xlplugin.syllables import count_syllables
print(count_syllables("university"), count_syllables("cat"), count_syllables("zzqxwv"))
""")
    # "university" has five syllables in the CMU dictionary (Y UW2 N AH0 V ER1 S AH0 T IY0);
    # "cat" one; an unknown word falls back to pyphen (at least one).
    uni, cat, unknown = map(int, out.split())
    assert (uni, cat) == (5, 1) and unknown >= 1


def test_core_never_imports_spreadsheet_libraries():
    out = run(r"""
import sys, json, xlplugin
xlplugin.score_many(["One short text to score.", "Another one here."], workers=1)
list(xlplugin.score_many(["One short text to score."], workers=1))
from xlplugin import cells, inputs
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('xlwings', 'openpyxl', 'pywintypes'))))
""")
    assert json.loads(out) == []
