"""Write xlplugin/data/calibri_widths.csv: the advance width of each printable ASCII character
in Calibri 11 regular and bold, read from Carlito (Calibri's metric twin, fonts-crosextra-carlito,
SIL Open Font License), in font units of 2048 to the em. The workbook uses it to tell how many
lines a header wraps to (`fit.header_lines`).

    python scripts/font_widths.py [FONTDIR]

(default FONTDIR: /usr/share/fonts/truetype/crosextra). Reads the TrueType tables itself
(head, hhea, hmtx and a format-4 cmap), so it needs no font library.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "xlplugin" / "data" / "calibri_widths.csv"
CHARACTERS = range(32, 127)


def _tables(data: bytes) -> dict[str, bytes]:
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for index in range(count):
        tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        tables[tag.decode("latin-1")] = data[offset : offset + length]
    return tables


def _glyphs(cmap: bytes) -> dict[int, int]:
    """{code point: glyph} from the cmap's Windows Unicode BMP subtable (format 4)."""
    count = struct.unpack_from(">H", cmap, 2)[0]
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * index)
        if (platform, encoding) == (3, 1) and struct.unpack_from(">H", cmap, offset)[0] == 4:
            break
    else:
        raise SystemExit("no format-4 Windows Unicode cmap in the font")
    segments = struct.unpack_from(">H", cmap, offset + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", cmap, offset + 14)
    starts = struct.unpack_from(f">{segments}H", cmap, offset + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", cmap, offset + 16 + 4 * segments)
    ranges_at = offset + 16 + 6 * segments
    range_offsets = struct.unpack_from(f">{segments}H", cmap, ranges_at)
    glyphs = {}
    for code in CHARACTERS:
        for seg, (start, end) in enumerate(zip(starts, ends)):
            if start <= code <= end:
                if range_offsets[seg] == 0:
                    glyphs[code] = (code + deltas[seg]) % 65536
                else:
                    at = ranges_at + 2 * seg + range_offsets[seg] + 2 * (code - start)
                    glyph = struct.unpack_from(">H", cmap, at)[0]
                    glyphs[code] = (glyph + deltas[seg]) % 65536 if glyph else 0
                break
    return glyphs


def advances(path: Path) -> dict[int, int]:
    """{code point: advance width in font units} of the printable ASCII characters in a font."""
    tables = _tables(path.read_bytes())
    units = struct.unpack_from(">H", tables["head"], 18)[0]
    if units != 2048:
        raise SystemExit(f"{path}: {units} units to the em, expected 2048")
    metrics = struct.unpack_from(">H", tables["hhea"], 34)[0]
    hmtx = tables["hmtx"]
    widths = {}
    for code, glyph in _glyphs(tables["cmap"]).items():
        widths[code] = struct.unpack_from(">H", hmtx, 4 * min(glyph, metrics - 1))[0]
    return widths


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("/usr/share/fonts/truetype/crosextra")
    regular, bold = advances(folder / "Carlito-Regular.ttf"), advances(folder / "Carlito-Bold.ttf")
    lines = ["# Advance widths of Calibri 11's printable ASCII characters, in font units (2048 to the em),",
             "# read from Carlito (Calibri's metric twin) by scripts/font_widths.py. code: the code point.",
             "code,regular,bold"]
    lines += [f"{code},{regular[code]},{bold[code]}" for code in CHARACTERS]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(CHARACTERS)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
