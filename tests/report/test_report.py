#!/usr/bin/env python3
"""`cjsim report`, checked as a person would see it.

Small result files are made with the real cjsim binary (two runs, a run with another seed, a
2 x 2 sweep), reports are made from them through `cjsim report`, and then:
  - without --browser: bad input is refused with one line and status 2; the page holds every
    chart as an embedded image and nothing from outside; the KPI table has its rows; --images
    writes a PNG and an SVG of every chart;
  - with --browser: the page is opened in headless Chromium, which must load it without console
    errors, decode every image, and show a screenshot that is not blank. Without Chromium the
    test exits with status 77, which ctest reports as skipped.

Run by ctest (tests/report/CMakeLists.txt), or by hand:
    /usr/bin/python3 tests/report/test_report.py --cjsim build/bin/cjsim \\
        --script tools/report/cjsim_report.py [--browser] [-v]
Set CJSIM_TEST_KEEP=1 to keep the temporary folder (its path is printed).
"""
import argparse
import base64
import html.parser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import h5py
import matplotlib.image
import numpy as np

SKIPPED = 77
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
# Charts every report of the fixture results must hold (ids are "chart-<slug>").
EXPECTED_CHARTS = ("caseload-fan", "caseload-scenarios", "sweep-", "days-report-to-charge",
                   "days-charge-to-completion", "flow", "trial-results", "court-capacity",
                   "costs")
EXPECTED_KPIS = ("crown_open_at_horizon", "median_days_charge_to_completion",
                 "victim_withdrawal_rate_post_charge", "total_cost")

ARGS = None      # this script's own options
FIXTURE = None   # the folder and result files shared by every test


class Fixture:
    """Result files made once with the real cjsim, in a temporary folder."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="cjsim-report-test-")
        try:
            self._make()
        except BaseException:
            self.remove()
            raise

    def _make(self):
        baseline = os.path.join(ARGS.source, "scenarios", "west-yorkshire", "baseline.yaml")
        short = ["--set", "horizon_years=1", "--set", "replications=2", "--force"]
        self.base = self._run("run", baseline, "base.h5", short)
        self.more = self._run("run", baseline, "more.h5",
                              short + ["--set", "crown.sitting_days_scale=1.2"])
        self.other_seed = self._run("run", baseline, "other-seed.h5", short + ["--seed", "7"])
        sweep = os.path.join(self.dir, "sweep.yaml")
        with open(sweep, "w") as f:
            f.write(f"extends: {os.path.relpath(baseline, self.dir)}\n"
                    "name: report-test-sweep\nhorizon_years: 1\nreplications: 2\n"
                    "sweep: {grid: {crown.sitting_days_scale: [0.9, 1.1], "
                    "charging.eia.uptake: [0.3, 0.6]}}\n")
        # The sweep lives in a scratch folder and extends the bundled baseline from outside it.
        self.sweep = self._run("sweep", sweep, "sweep.h5", ["--force", "--allow-extends-anywhere"])

    def _run(self, command, scenario, out, options):
        path = os.path.join(self.dir, out)
        done = subprocess.run([ARGS.cjsim, command, scenario, "--out", path, *options],
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            problems = [line for line in done.stderr.splitlines() if not line.startswith("runs ")]
            raise RuntimeError(f"cjsim {command} failed: " + " ".join(problems))
        return path

    def path(self, name):
        return os.path.join(self.dir, name)

    def copy(self, source, name):
        """A copy of a result file, to damage on purpose."""
        target = self.path(name)
        shutil.copyfile(source, target)
        return target

    def remove(self):
        if os.environ.get("CJSIM_TEST_KEEP"):
            print(f"kept {self.dir}", file=sys.stderr)
        else:
            shutil.rmtree(self.dir, ignore_errors=True)


def report(*args):
    """Run `cjsim report ARGS` with tracebacks on (programming errors must not hide)."""
    env = dict(os.environ, CJSIM_REPORT_SCRIPT=ARGS.script, CJSIM_REPORT_DEBUG="1")
    return subprocess.run([ARGS.cjsim, "report", *args], capture_output=True, text=True,
                          timeout=120, env=env)


class Page(html.parser.HTMLParser):
    """What a reader of the page gets: its images, inline SVGs, tables and links."""

    def __init__(self, text):
        super().__init__()
        self.images, self.svgs, self.links, self.tables = [], [], [], {}
        self._table, self._row, self._svg_depth, self._svg_size = None, None, 0, 0
        self.text = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img":
            self.images.append(a)
        elif tag == "svg":
            self._svg_depth += 1
        elif self._svg_depth:
            self._svg_size += 1
        if tag in ("a", "link", "script", "iframe", "source") and (a.get("href") or a.get("src")):
            self.links.append(a.get("href") or a.get("src"))
        if tag == "table":
            self._table = a.get("id", f"table-{len(self.tables)}")
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self._row = []

    def handle_endtag(self, tag):
        if tag == "svg":
            self._svg_depth -= 1
            if not self._svg_depth:
                self.svgs.append(self._svg_size)
                self._svg_size = 0
        elif tag == "tr" and self._table and self._row is not None:
            self.tables[self._table].append(" ".join(self._row))
            self._row = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        self.text.append(data)
        if self._row is not None:
            self._row.append(data.strip())


def decode_png(data_uri):
    """The pixels of a data:image/png URI (raises if it is not a decodable PNG)."""
    prefix = "data:image/png;base64,"
    if not data_uri.startswith(prefix):
        raise ValueError(f"not an embedded PNG: {data_uri[:40]}")
    raw = base64.b64decode(data_uri[len(prefix):], validate=True)
    return raw, matplotlib.image.imread(io.BytesIO(raw), format="png")


def is_blank(pixels):
    """One colour all over (a failed render)."""
    flat = pixels.reshape(-1, pixels.shape[-1]) if pixels.ndim == 3 else pixels.reshape(-1, 1)
    return bool(np.all(flat == flat[0]))


def chart_ids(page):
    return [img.get("id", "")[len("chart-"):] for img in page.images]


class BadInputTest(unittest.TestCase):
    """Input the report cannot use: one line naming the problem, status 2, no traceback."""

    def refused(self, *args, naming):
        done = report(*args, "--out", FIXTURE.path("never.html"))
        self.assertEqual(done.returncode, 2, done.stderr)
        lines = done.stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, done.stderr)
        self.assertTrue(lines[0].startswith("cjsim report: "), lines[0])
        for part in naming:
            self.assertIn(part, lines[0])
        self.assertFalse(os.path.exists(FIXTURE.path("never.html")))

    def refused_by_script(self, path, naming):
        """The report maker on its own (not through cjsim, whose reader checks first)."""
        out = FIXTURE.path("never.html")
        env = dict(os.environ, CJSIM_REPORT_DEBUG="1")
        done = subprocess.run([sys.executable, ARGS.script, path, "--out", out],
                              capture_output=True, text=True, timeout=120, env=env)
        self.assertEqual(done.returncode, 2, done.stderr)
        lines = done.stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, done.stderr)
        for part in naming:
            self.assertIn(part, lines[0])
        self.assertFalse(os.path.exists(out))

    def test_shape_mismatch_refused_by_the_report_itself(self):
        path = FIXTURE.copy(FIXTURE.base, "short-kpi.h5")
        with h5py.File(path, "a") as f:
            values = f["summary/runs/charge_rate"][:]
            del f["summary/runs/charge_rate"]
            f["summary/runs/charge_rate"] = values[:-1]
        self.refused(path, naming=("short-kpi.h5", "/summary/runs/charge_rate", "shape"))
        self.refused_by_script(path, naming=("short-kpi.h5", "/summary/runs/charge_rate",
                                             "shape"))

    def test_series_of_the_wrong_type_refused_by_the_report_itself(self):
        path = FIXTURE.copy(FIXTURE.base, "text-series.h5")
        with h5py.File(path, "a") as f:
            shape = f["timeseries/open_crown"].shape
            del f["timeseries/open_crown"]
            f["timeseries/open_crown"] = np.full(shape, b"x", dtype="S1")
        self.refused(path, naming=("text-series.h5", "/timeseries/open_crown"))
        self.refused_by_script(path, naming=("text-series.h5", "/timeseries/open_crown", "text"))

    def test_other_format_version_refused(self):
        path = FIXTURE.copy(FIXTURE.base, "format-99.h5")
        with h5py.File(path, "a") as f:
            f.attrs["format"] = "cjsim-result/99"
        self.refused(path, naming=("format-99.h5", "cjsim-result/99"))
        self.refused_by_script(path, naming=("format-99.h5", "cjsim-result/99"))

    def test_missing_file(self):
        self.refused(FIXTURE.path("nowhere.h5"), naming=("nowhere.h5", "no such file"))

    def test_not_hdf5(self):
        path = FIXTURE.path("notes.h5")
        with open(path, "w") as f:
            f.write("not a result\n")
        self.refused(path, naming=("notes.h5", "not an HDF5 file"))

    def test_truncated_hdf5(self):
        path = FIXTURE.path("truncated.h5")
        with open(FIXTURE.base, "rb") as f, open(path, "wb") as g:
            g.write(f.read(4096))
        self.refused(path, naming=("truncated.h5",))

    def test_hdf5_but_not_a_result(self):
        path = FIXTURE.path("other.h5")
        with h5py.File(path, "w") as f:
            f["values"] = np.arange(10)
        self.refused(path, naming=("other.h5", "not a cjsim result file"))

    def test_result_without_a_needed_dataset(self):
        path = FIXTURE.copy(FIXTURE.base, "no-crown-series.h5")
        with h5py.File(path, "a") as f:
            del f["timeseries/open_crown"]
        self.refused(path, naming=("no-crown-series.h5", "/timeseries/open_crown"))

    def test_result_without_labels(self):
        path = FIXTURE.copy(FIXTURE.base, "no-labels.h5")
        with h5py.File(path, "a") as f:
            del f["labels"]
        self.refused(path, naming=("no-labels.h5", "no /labels", "older cjsim"))

    def test_labels_without_a_needed_field(self):
        path = FIXTURE.copy(FIXTURE.base, "no-caseload-label.h5")
        with h5py.File(path, "a") as f:
            rows = f["labels/stages"][:]
            kept = [n for n in rows.dtype.names if n != "caseload"]
            del f["labels/stages"]
            f["labels/stages"] = rows[kept]
        self.refused(path, naming=("no-caseload-label.h5", "/labels/stages", "caseload"))

    def test_different_kpis(self):
        path = FIXTURE.copy(FIXTURE.more, "fewer-kpis.h5")
        with h5py.File(path, "a") as f:
            # Whole: a KPI missing only its runs or only its intervals is a damaged file.
            del f["summary/runs/charge_rate"]
            del f["summary/points/charge_rate"]
        self.refused(FIXTURE.base, path,
                     naming=("cannot be compared", "KPIs differ", "'charge_rate'"))

    def test_different_offence_groups(self):
        path = FIXTURE.copy(FIXTURE.more, "other-groups.h5")
        with h5py.File(path, "a") as f:
            names = [n.decode() for n in f["offence_groups"][:]]
            del f["offence_groups"]
            f["offence_groups"] = np.array(["burglary"] + names[1:], dtype=h5py.string_dtype())
        self.refused(FIXTURE.base, path, naming=("offence groups differ", "'burglary'"))

    def test_no_result_given(self):
        self.refused(naming=("give at least one result file",))

    def test_unknown_option(self):
        self.refused(FIXTURE.base, "--colour", "red", naming=("--colour", "--help"))


class ReportTest(unittest.TestCase):
    """A report of two runs and a sweep: what is on the page, and the images for slides."""

    @classmethod
    def setUpClass(cls):
        cls.html = FIXTURE.path("report.html")
        cls.images = FIXTURE.path("images")
        cls.done = report(FIXTURE.base, FIXTURE.more, FIXTURE.sweep, "--out", cls.html,
                          "--images", cls.images)
        with open(cls.html, encoding="utf-8") as f:
            cls.page = Page(f.read())

    def test_made(self):
        self.assertEqual(self.done.returncode, 0, self.done.stderr)
        self.assertIn("wrote", self.done.stdout)

    def test_every_chart_is_an_embedded_image(self):
        ids = chart_ids(self.page)
        for expected in EXPECTED_CHARTS:
            self.assertTrue(any(i.startswith(expected) for i in ids), f"no chart {expected}")
        for img in self.page.images:
            raw, pixels = decode_png(img["src"])
            self.assertGreater(len(raw), 5000, img.get("id"))
            self.assertGreater(pixels.shape[0], 200, img.get("id"))
            self.assertFalse(is_blank(pixels), img.get("id"))
            self.assertTrue(img.get("alt"), img.get("id"))

    def test_nothing_from_outside(self):
        for link in self.page.links:
            self.assertTrue(link.startswith(("#", "data:")), link)
        for img in self.page.images:
            self.assertTrue(img["src"].startswith("data:"), img.get("id"))

    def test_kpi_table(self):
        rows = self.page.tables["kpi-differences"]
        for kpi in EXPECTED_KPIS:
            self.assertTrue(any(kpi in row.split() for row in rows), kpi)
        header = rows[0]
        self.assertIn("more − baseline, paired", header)

    def test_sweep_without_case_trace_is_noted(self):
        text = " ".join(self.page.text)
        self.assertIn("No /cases trace for", text)
        self.assertIn("crown.sitting_days_scale", text)

    def test_assumptions_with_their_keys(self):
        rows = " ".join(r for t, rs in self.page.tables.items() if t.startswith("table-")
                        for r in rs)
        self.assertIn("offence_groups[rape].trend_per_year", rows)
        self.assertIn("assumption: reporting of rape has risen steadily", rows)

    def test_provenance(self):
        rows = " ".join(self.page.tables["provenance"])
        self.assertIn("20260401", rows)
        self.assertIn("crown.sitting_days_scale=1.2", rows)  # the command line of more.h5

    def test_images_for_slides(self):
        written = sorted(os.listdir(self.images))
        for chart in chart_ids(self.page):
            self.assertIn(f"{chart}.png", written)
            self.assertIn(f"{chart}.svg", written)
        for name in written:
            path = os.path.join(self.images, name)
            self.assertGreater(os.path.getsize(path), 5000, name)
            if name.endswith(".svg"):
                with open(path, encoding="utf-8") as f:
                    self.assertRegex(f.read(2000), r"<svg[\s>]")
            else:
                self.assertFalse(is_blank(matplotlib.image.imread(path)), name)


class LabelsTest(unittest.TestCase):
    """Stage and outcome names on the page are the result file's own (/labels)."""

    def test_names_come_from_the_file(self):
        path = FIXTURE.copy(FIXTURE.base, "relabelled.h5")
        with h5py.File(path, "a") as f:
            stages = f["labels/stages"][:]
            stages["label"][3] = "Crown Court (as the file says)"
            f["labels/stages"][...] = stages
            outcomes = f["labels/outcomes"][:]
            outcomes["label"][3] = "Acquitted (as the file says)"
            f["labels/outcomes"][...] = outcomes
        out = FIXTURE.path("relabelled.html")
        done = report(path, "--out", out)
        self.assertEqual(done.returncode, 0, done.stderr)
        with open(out, encoding="utf-8") as f:
            page = Page(f.read())
        rows = " ".join(r for t, rs in page.tables.items() for r in rs)
        self.assertIn("Crown Court (as the file says)", rows)
        self.assertIn("Acquitted (as the file says)", rows)


class UnpairedTest(unittest.TestCase):
    """Results with different seeds share no random numbers: their differences are unpaired."""

    def test_other_seed(self):
        out = FIXTURE.path("unpaired.html")
        done = report(FIXTURE.other_seed, "--baseline", FIXTURE.base, "--out", out)
        self.assertEqual(done.returncode, 0, done.stderr)
        with open(out, encoding="utf-8") as f:
            page = Page(f.read())
        header = page.tables["kpi-differences"][0]
        self.assertIn("other-seed − baseline, unpaired", header)


class NumbersTest(unittest.TestCase):
    """The report's intervals are cjsim's: the same as /summary/points in the file."""

    def test_intervals_match_the_summary(self):
        sys.path.insert(0, os.path.dirname(os.path.abspath(ARGS.script)))
        from cjsim_report.confidence import mean_ci95
        with h5py.File(FIXTURE.sweep, "r") as f:
            runs = f["runs"][:]
            for kpi in ("crown_open_at_horizon", "charge_rate", "total_cost"):
                values = f[f"summary/runs/{kpi}"][:]
                for point in range(f["points"].shape[0]):
                    ci = mean_ci95(values[runs["point"] == point])
                    for field, mine in (("mean", ci.mean), ("ci_low", ci.low),
                                        ("ci_high", ci.high)):
                        stored = f[f"summary/points/{kpi}/{field}"][point]
                        self.assertAlmostEqual(mine, stored, delta=1e-9 * max(1, abs(stored)))


class BrowserTest(unittest.TestCase):
    """The page in headless Chromium: loads without errors, every image decodes, not blank."""

    @classmethod
    def setUpClass(cls):
        cls.chromium = find_chromium()
        cls.html = FIXTURE.path("browser.html")
        done = report(FIXTURE.base, FIXTURE.more, FIXTURE.sweep, "--out", cls.html)
        if done.returncode != 0:
            raise RuntimeError(done.stderr)

    def browse(self, page, *options):
        """Run Chromium on a page; return (stdout, console lines)."""
        profile = tempfile.mkdtemp(prefix="chromium-", dir=FIXTURE.dir)
        done = subprocess.run(
            [self.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-quic", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
             "--window-size=1400,6000", *options, "file://" + os.path.abspath(page)],
            capture_output=True, text=True, timeout=90)
        self.assertEqual(done.returncode, 0, done.stderr[-2000:])
        console = [line for line in done.stderr.splitlines()
                   if re.search(r":CONSOLE|Uncaught|Not allowed to load|Failed to load", line)]
        return done.stdout, console

    def test_loads_without_errors(self):
        dom, console = self.browse(self.html, "--dump-dom")
        self.assertEqual(console, [])
        page = Page(dom)
        self.assertGreater(len(" ".join(page.text)), 5000)
        rows = page.tables["kpi-differences"]
        for kpi in EXPECTED_KPIS:
            self.assertTrue(any(kpi in row.split() for row in rows), kpi)
        self.assertGreaterEqual(len(page.images), len(EXPECTED_CHARTS))
        for img in page.images:
            raw, pixels = decode_png(img["src"])
            self.assertGreater(len(raw), 5000, img.get("id"))
            self.assertFalse(is_blank(pixels), img.get("id"))
        for size in page.svgs:
            self.assertGreater(size, 10)

    def test_browser_decodes_every_image(self):
        """A copy of the page with a probe script asks the browser itself whether each image
        decoded (the report has no scripts of its own)."""
        probe = FIXTURE.path("probe.html")
        with open(self.html, encoding="utf-8") as f:
            text = f.read()
        script = ("<script>window.addEventListener('load', function () {"
                  "var p = document.createElement('pre'); p.id = 'probe';"
                  "p.textContent = JSON.stringify(Array.from(document.images).map(function (i)"
                  " { return [i.id, i.complete, i.naturalWidth, i.naturalHeight]; }));"
                  "document.body.appendChild(p); });</script>")
        with open(probe, "w", encoding="utf-8") as f:
            f.write(text.replace("</body>", script + "</body>"))
        dom, console = self.browse(probe, "--dump-dom", "--virtual-time-budget=10000")
        self.assertEqual(console, [])
        found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
        self.assertIsNotNone(found, "the probe did not run")
        images = json.loads(html.unescape(found.group(1)))
        self.assertGreaterEqual(len(images), len(EXPECTED_CHARTS))
        for image_id, complete, width, height in images:
            self.assertTrue(complete, image_id)
            self.assertGreater(width, 300, image_id)
            self.assertGreater(height, 150, image_id)

    def test_screenshot_is_not_blank(self):
        shot = FIXTURE.path("screenshot.png")
        _, console = self.browse(self.html, f"--screenshot={shot}")
        self.assertEqual(console, [])
        self.assertTrue(os.path.exists(shot))
        pixels = matplotlib.image.imread(shot)
        self.assertEqual(pixels.shape[:2], (6000, 1400))
        self.assertFalse(is_blank(pixels))
        ink = np.mean(np.any(pixels[..., :3] < 0.9, axis=-1))
        self.assertGreater(ink, 0.03, "the screenshot is nearly all background")
        if ARGS.screenshot:
            shutil.copyfile(shot, ARGS.screenshot)


def find_chromium():
    for name in CHROMIUM_NAMES:
        found = shutil.which(name) or (f"/usr/bin/{name}" if os.path.exists(f"/usr/bin/{name}")
                                       else None)
        if found:
            return found
    return None


def main():
    global ARGS, FIXTURE
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cjsim", required=True, help="the cjsim binary")
    parser.add_argument("--script", required=True, help="tools/report/cjsim_report.py")
    parser.add_argument("--source", help="the source tree (default: from --script)")
    parser.add_argument("--browser", action="store_true",
                        help="run the headless-browser checks only (exit 77 without Chromium)")
    parser.add_argument("--screenshot", help="also keep the browser's screenshot here")
    ARGS, rest = parser.parse_known_args()
    ARGS.script = os.path.abspath(ARGS.script)
    ARGS.source = ARGS.source or os.path.dirname(os.path.dirname(os.path.dirname(ARGS.script)))
    if ARGS.browser and not find_chromium():
        print("Chromium not found: the browser checks are skipped", file=sys.stderr)
        return SKIPPED
    cases = [BrowserTest] if ARGS.browser else [BadInputTest, ReportTest, LabelsTest,
                                                 UnpairedTest, NumbersTest]
    suite = unittest.TestSuite(unittest.defaultTestLoader.loadTestsFromTestCase(c)
                               for c in cases)
    try:
        FIXTURE = Fixture()
    except RuntimeError as e:
        print(f"cannot make the result files to test with: {e}", file=sys.stderr)
        return 1
    try:
        verbosity = 2 if "-v" in rest else 1
        result = unittest.TextTestRunner(verbosity=verbosity).run(suite)
    finally:
        FIXTURE.remove()
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
