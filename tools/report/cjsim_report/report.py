"""Builds the report: opens the results, checks they can be compared, renders each section and
writes the page (through a temporary file, so a failed run never leaves half a report)."""
import os
import tempfile
from dataclasses import dataclass

from . import case_trace, html_page
from .figures import FigureStore
from .scenarios import open_results, require_comparable, scenarios_of
from .sections import SECTIONS

# Charts drawn once per scenario (flows, distributions) show at most this many scenarios.
MAX_DETAILED_SCENARIOS = 4


@dataclass
class Context:
    """What every section is rendered from."""
    scenarios: list
    figures: FigureStore
    case_samples: list  # per scenario: CaseSample, or None without a /cases trace

    @property
    def baseline(self):
        return self.scenarios[0]

    @property
    def results(self):
        return list({id(s.result): s.result for s in self.scenarios}.values())

    @property
    def detailed(self):
        """(scenario, case sample) of the scenarios drawn one by one."""
        return list(zip(self.scenarios, self.case_samples))[:MAX_DETAILED_SCENARIOS]


def make_report(paths, baseline, out, images_dir):
    """Write the report for the result files `paths` (and `baseline`, first) to `out`."""
    results = open_results(paths, baseline)
    try:
        require_comparable(results)
        scenarios = scenarios_of(results)
        ctx = Context(scenarios, FigureStore(images_dir), case_trace.read_samples(scenarios))
        sections = [s for s in (render(ctx) for render in SECTIONS) if s is not None]
        document = html_page.page(_title(ctx), _subtitle(ctx), sections,
                                  "Made with cjsim report from " +
                                  ", ".join(r.path for r in results) + ".")
    finally:
        for r in results:
            r.close()
    _write_atomically(out, document)
    return ctx.figures.written


def _title(ctx):
    names = list(dict.fromkeys(r.scenario_name for r in ctx.results))
    return "cjsim report: " + ", ".join(names)


def _subtitle(ctx):
    base = ctx.baseline.result
    n = len(ctx.scenarios)
    compared = f"{n} scenarios, baseline “{ctx.baseline.label}”" if n > 1 else "one scenario"
    return (f"{compared}; the baseline starts {base.start_date} with "
            f"{len(ctx.baseline.runs)} replications, run {base.provenance.get('created_utc', '?')}")


def _write_atomically(path, document):
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".html", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(document)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a report is for sharing
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
