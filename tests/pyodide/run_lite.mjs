// Runs xlplugin's xlwings Lite functions inside Pyodide, offline, and writes the results as JSON.
//
//   node run_lite.mjs WHEEL_DIR MAIN_PY LITE_CASES_PY OUT_JSON
//
// Pyodide's npm package ships the interpreter and the standard library but no package wheels
// (micropip and the rest are fetched from a CDN by loadPackage, which this test cannot reach).
// So every wheel in WHEEL_DIR (xlplugin's own and its dependencies', all pure Python, built by
// scripts/build_wheels.py) is unpacked straight into site-packages with pyodide.unpackArchive:
// what micropip does after it has resolved and downloaded them, dist-info included.
import { loadPyodide } from "pyodide";
import fs from "node:fs";
import path from "node:path";

const [wheelDir, mainPy, casesPy, outJson] = process.argv.slice(2);
if (!outJson) {
  console.error("usage: node run_lite.mjs WHEEL_DIR MAIN_PY LITE_CASES_PY OUT_JSON");
  process.exit(2);
}

const started = Date.now();
const pyodide = await loadPyodide();
const loaded = Date.now();
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
const wheels = fs.readdirSync(wheelDir).filter((name) => name.endsWith(".whl")).sort();
if (!wheels.some((name) => name.startsWith("xlplugin-"))) {
  console.error(`no xlplugin wheel in ${wheelDir}: run python scripts/build_wheels.py`);
  process.exit(2);
}
for (const name of wheels) {
  pyodide.unpackArchive(new Uint8Array(fs.readFileSync(path.join(wheelDir, name))), "wheel", { extractDir: sitePackages });
}
pyodide.FS.mkdirTree("/lite");
pyodide.FS.writeFile("/lite/main.py", new Uint8Array(fs.readFileSync(mainPy)));
pyodide.FS.writeFile("/lite/lite_cases.py", new Uint8Array(fs.readFileSync(casesPy)));
const out = pyodide.runPython(`
import sys
sys.path.insert(0, "/lite")
import lite_cases
lite_cases.run_json("/lite/main.py")
`);
const done = Date.now();
const result = JSON.parse(out);
result.pyodide_version = pyodide.version;
result.wheels = wheels;
result.seconds = { load_pyodide: (loaded - started) / 1000, install_and_run: (done - loaded) / 1000 };
fs.writeFileSync(outJson, JSON.stringify(result));
console.log(`pyodide ${pyodide.version} (Python ${result.python}): ${result.results.length} calls in ${(done - loaded) / 1000} s`);
