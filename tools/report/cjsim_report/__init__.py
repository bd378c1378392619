"""cjsim report: one self-contained HTML page (charts embedded) from cjsim result files.

The package reads result files (`result_file`), groups their sweep points into the scenarios a
planner compares (`scenarios`), and renders one section of the page per module in `sections/`.
Charts go through `figures` (Agg backend, PNG embedded; PNG and SVG files for slides on request).
"""
