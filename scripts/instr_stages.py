"""Instructions per bench document, stage by stage: run under cachegrind (deterministic, unlike
wall time on a shared machine).

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python scripts/instr_stages.py N K

Scores 60 bench documents fully to warm up, then for N bench documents (seed 11) runs `prepare`
and the first K scorers of `registry.scorers()` (K = -1: nothing; K past the last scorer: the
kinds too). The instructions of stage K per document are (Ir(N, K) - Ir(N, K - 1)) / N. A part of
`doc.analysis` is counted in the first stage that asks for it (the attributions in loaded
language, the furniture lines in unsourced claims).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import bench  # noqa: E402
from xlplugin import engine, kinds, mixed_language, registry  # noqa: E402
from xlplugin.settings import default_settings  # noqa: E402
from xlplugin.text import prepare  # noqa: E402


def main(n: int, k: int) -> None:
    for text in bench.corpus(60, seed=3):
        engine.score_text(text)
    settings = default_settings()
    scorers = registry.scorers()
    for text in bench.corpus(max(n, 1), seed=11)[:n] if k >= 0 else ():
        doc = mixed_language.english_part(prepare(text))
        signals = {module.NAME: module.score(doc, settings) for module in scorers[:k]}
        if k > len(scorers):  # (given the loaded language score, as the engine gives it: not scored again)
            kinds.classify(doc, loaded=signals.get("loaded_language"))


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
