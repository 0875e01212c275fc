"""A pivot table survives a refresh byte for byte.

xlsxwriter cannot write pivot tables, so the test adds a small one (cache definition, cache
records, table, their relationships and content types) to a user workbook at the zip level, as
Excel lays them out; openpyxl reading it back is the check that the parts are well formed.
"""

from __future__ import annotations

import re
import zipfile

import openpyxl
from workbook_helpers import TEXTS, parts, user_book

from xlplugin.workbook import refresh_workbook

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml."

CACHE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="{MAIN}" xmlns:r="{REL}" r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Pivot data"/></cacheSource><cacheFields count="2"><cacheField name="kind" numFmtId="0"><sharedItems count="2"><s v="a"/><s v="b"/></sharedItems></cacheField><cacheField name="count" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="2"/></cacheField></cacheFields></pivotCacheDefinition>"""
RECORDS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheRecords xmlns="{MAIN}" xmlns:r="{REL}" count="2"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="2"/></r></pivotCacheRecords>"""
TABLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="{MAIN}" name="PivotTable1" cacheId="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" indent="0" outline="1" outlineData="1"><location ref="D1:E4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i r="0"><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of count" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>"""


def _rels(*rels: tuple[str, str, str]) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{target}"/>' for i, t, target in rels)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL}">{body}</Relationships>'


def add_pivot_table(path) -> None:
    """Add a pivot table over the 'Pivot data' sheet (A1:B3) to the workbook at `path`."""
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    workbook = members["xl/workbook.xml"].decode()
    sheet_id = re.search(r'<sheet name="Pivot data" sheetId="\d+" r:id="(rId\d+)"', workbook).group(1)
    wb_rels = members["xl/_rels/workbook.xml.rels"].decode()
    sheet_target = re.search(rf'Id="{sheet_id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{sheet_id}"', wb_rels)
    sheet_file = (sheet_target.group(1) or sheet_target.group(2)).split("/")[-1]
    members["xl/workbook.xml"] = re.sub(r"(</calcPr>|<calcPr[^>]*/>)", r'\1<pivotCaches><pivotCache cacheId="1" r:id="rIdPivot1"/></pivotCaches>', workbook, count=1).encode()
    members["xl/_rels/workbook.xml.rels"] = wb_rels.replace(
        "</Relationships>", f'<Relationship Id="rIdPivot1" Type="{REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>').encode()
    members["xl/pivotCache/pivotCacheDefinition1.xml"] = CACHE.encode()
    members["xl/pivotCache/pivotCacheRecords1.xml"] = RECORDS.encode()
    members["xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels"] = _rels(("rId1", "pivotCacheRecords", "pivotCacheRecords1.xml")).encode()
    members["xl/pivotTables/pivotTable1.xml"] = TABLE.encode()
    members["xl/pivotTables/_rels/pivotTable1.xml.rels"] = _rels(("rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml")).encode()
    sheet_rels = f"xl/worksheets/_rels/{sheet_file}.rels"
    assert sheet_rels not in members
    members[sheet_rels] = _rels(("rId1", "pivotTable", "../pivotTables/pivotTable1.xml")).encode()
    types = members["[Content_Types].xml"].decode()
    overrides = "".join(
        f'<Override PartName="/xl/{name}" ContentType="{CT}{kind}+xml"/>'
        for name, kind in (("pivotCache/pivotCacheDefinition1.xml", "pivotCacheDefinition"),
                           ("pivotCache/pivotCacheRecords1.xml", "pivotCacheRecords"),
                           ("pivotTables/pivotTable1.xml", "pivotTable")))
    members["[Content_Types].xml"] = types.replace("</Types>", overrides + "</Types>").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_pivot_table_parts_are_kept_byte_for_byte(tmp_path):
    path = tmp_path / "book.xlsx"
    user_book(path, pivot_data=[("kind", "count"), ("a", 1), ("b", 2)])
    add_pivot_table(path)
    # well formed: openpyxl reads the pivot table and its cache
    pivots = openpyxl.load_workbook(path)["Pivot data"]._pivots
    assert [p.name for p in pivots] == ["PivotTable1"] and pivots[0].cache.cacheSource.worksheetSource.sheet == "Pivot data"
    before = parts(path)
    summary = refresh_workbook(path)
    assert summary.appended == len(TEXTS)
    after = parts(path)
    pivot_parts = [name for name in before if "pivot" in name.lower()]
    assert len(pivot_parts) == 5
    for name in pivot_parts + ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]:
        assert after[name] == before[name], name
    assert [p.name for p in openpyxl.load_workbook(path)["Pivot data"]._pivots] == ["PivotTable1"]
