"""The command line of `cjsim report`: arguments, help, and exit statuses.

Exit status as for every cjsim command: 0 done, 1 the work failed, 2 bad input, 130 interrupted.
Bad input is one line on stderr; an unexpected error is one line too, unless CJSIM_REPORT_DEBUG
is set, when its traceback is shown (tests set it, so programming errors are never hidden).
"""
import argparse
import os
import sys

from .errors import BadInput

OK, FAILED, BAD_INPUT, INTERRUPTED = 0, 1, 2, 130

DESCRIPTION = """\
Makes one HTML page from cjsim result files, for business cases and Board papers. The page
holds everything (charts as embedded images, no scripts, no links outside): it opens from a
USB stick or an e-mail attachment and prints. It shows:

  - open caseload over time by stage, with bands across replications (the first point is the
    stock of open cases the run starts from);
  - each KPI's difference from the baseline with its 95% confidence interval, paired by
    replication when the results share their seed, shaded where clearly not zero;
  - for a sweep, the main KPIs against each swept parameter;
  - days from report to charge and from charge to completion by offence group (needs the
    /cases trace, kept by `cjsim run` by default), against the published Crown Court median;
  - the flow of cases from report to outcome, with the share lost to victim withdrawal;
  - trial outcomes and court time used in each court; costs;
  - provenance (seed, version, command line) and the assumptions written in the scenario.

Scenarios: a result file is one scenario, a sweep file one scenario per point. The first one
(or the first point of --baseline) is the baseline the others are compared with. Files must
have the same KPIs and offence groups."""

EPILOG = """\
examples:
  cjsim report results/west-yorkshire-baseline.h5 --out baseline.html
  cjsim report results/baseline.h5 results/more-sitting-days.h5 --out sitting-days.html
  cjsim report more.h5 fewer.h5 --baseline baseline.h5 --out compare.html --images slides/
  cjsim report results/capacity-sweep.h5 --out sweep.html     (one scenario per point)

exit status: 0 done, 1 the work failed, 2 bad input (the message says what is missing)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        """Usage mistakes are bad input like any other: one line, status 2."""
        raise BadInput(f"{message} (see cjsim report --help)")


def _parser():
    p = _Parser(prog="cjsim report", description=DESCRIPTION, epilog=EPILOG,
                formatter_class=argparse.RawDescriptionHelpFormatter,
                usage="cjsim report RESULT.h5 [OTHER.h5 ...] [--baseline BASE.h5] "
                      "--out REPORT.html [--images DIR]")
    p.add_argument("results", nargs="*", metavar="RESULT.h5",
                   help="result files of `cjsim run` or `cjsim sweep`")
    p.add_argument("--baseline", metavar="BASE.h5",
                   help="the result to compare with (default: the first RESULT.h5)")
    p.add_argument("-o", "--out", required=True, metavar="REPORT.html",
                   help="the HTML file to write (replaced if it exists)")
    p.add_argument("--images", metavar="DIR",
                   help="also save every chart as PNG (200 dpi) and SVG in DIR, for slides")
    return p


def run(argv):
    """Make the report; return the exit status."""
    try:
        args = _parser().parse_args(argv)
        if not args.results and not args.baseline:
            raise BadInput("give at least one result file (see cjsim report --help)")
        from .report import make_report  # after the arguments: --help should not wait for it
        written = make_report(args.results, args.baseline, args.out, args.images)
        print(f"wrote {args.out}" + (f" and {len(written)} images in {args.images}"
                                     if args.images else ""))
        return OK
    except BadInput as e:
        return _fail(BAD_INPUT, e)
    except KeyboardInterrupt:
        return INTERRUPTED
    except OSError as e:
        if _debugging():
            raise
        return _fail(FAILED, e)
    except Exception as e:  # anything else is a bug: say so in one line, or show it in debug
        if _debugging():
            raise
        return _fail(FAILED, f"internal error ({type(e).__name__}: {e}); "
                             f"set CJSIM_REPORT_DEBUG=1 to see where")


def _debugging():
    return os.environ.get("CJSIM_REPORT_DEBUG", "") not in ("", "0")


def _fail(status, message):
    print("cjsim report: " + " ".join(str(message).split()), file=sys.stderr)
    return status
