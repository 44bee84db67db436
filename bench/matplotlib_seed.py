#!/usr/bin/env python3
"""The matplotlib side of the seed-figure benchmark (see bench/README.md).

One timed run builds the seed figure exactly as the component draws it and encodes it:

    fig = Figure(figsize=(10, 5), dpi=100)             # 1000 x 500 px
    ax = fig.add_axes([0, 0, 1, 1]); ax.set_axis_off()  # the picture fills the figure, as the component's does
    ax.imshow(Z, interpolation='spline36', extent=[-3, 4, -4, 3], origin='lower', aspect='auto', cmap='jet')
    ax.contour(X, Y, Z, 10, colors='k')
    fig.savefig(BytesIO, format='png', dpi=100); base64.b64encode(...)

timed with time.perf_counter from Figure() to the base64 string. The data (Z, X, Y) is made
once, beforehand, as the browser side's is. pyplot is never imported (no global figure state).

Three modes:

    /usr/bin/python3 bench/matplotlib_seed.py --runs 10 [--warmup 1]
        prints one JSON object: {"version": ..., "times_ms": [...], "png_bytes": ...}

    /usr/bin/python3 bench/matplotlib_seed.py --serve
        prints {"ready": true, "version": ...} and then, for every line "run" read on stdin, does one
        timed run and prints {"ms": ..., "png_bytes": ...}. bench/run.mjs uses this to interleave
        matplotlib runs with the browser's, run by run, in one warm process.

    /usr/bin/python3 bench/matplotlib_seed.py --throughput 40 --processes 2
        draws 40 seed figures as fast as it can and prints {"figures", "seconds",
        "figures_per_second", "processes"}: with --processes 1 one after another in this process,
        otherwise spread over a multiprocessing pool of that many warm processes (matplotlib's way
        to use several cores: its drawing holds the GIL). The wall time runs from the first figure
        handed out to the last one back; the pool is started and warmed up before.
"""

import argparse
import base64
import json
import math
import multiprocessing
import sys
import time
from io import BytesIO

import numpy as np
import matplotlib as mpl
from matplotlib.figure import Figure

mpl.rcdefaults()


def bivariate_normal(X, Y, sigmax, sigmay, mux, muy):
    """The old matplotlib.mlab.bivariate_normal (rho = 0)."""
    Xmu = X - mux
    Ymu = Y - muy
    z = Xmu**2 / sigmax**2 + Ymu**2 / sigmay**2
    return np.exp(-z / 2) / (2 * math.pi * sigmax * sigmay)


X_NODES = np.arange(-3, 4.001, 0.5)
Y_NODES = np.arange(-4, 3.001, 0.5)
X, Y = np.meshgrid(X_NODES, Y_NODES)
Z = (bivariate_normal(X, Y, 1, 1, 0, 0) - bivariate_normal(X, Y, 1.5, 0.5, 1, 1)) * 10
assert Z.shape == (15, 15)


def one_run():
    """One seed figure to base64 PNG; returns (milliseconds, PNG size in bytes)."""
    t0 = time.perf_counter()
    fig = Figure(figsize=(10, 5), dpi=100)
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_axis_off()
    ax.imshow(Z, interpolation="spline36", extent=[-3, 4, -4, 3], origin="lower", aspect="auto", cmap="jet")
    ax.contour(X, Y, Z, 10, colors="k")
    ax.set_xlim(-3, 4)
    ax.set_ylim(-4, 3)
    buf = BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    png = buf.getvalue()
    b64 = base64.b64encode(png).decode("ascii")
    ms = (time.perf_counter() - t0) * 1000
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(b64) > 0
    return ms, len(png)


def warm_process(warmup):
    """A pool process's initializer: draw a few figures untimed, as the single process does."""
    for _ in range(warmup):
        one_run()


def pooled_run(_):
    return one_run()


def throughput(figures, processes, warmup):
    """Seed figures per second, in this process or in a pool of warm processes."""
    if processes == 1:
        warm_process(warmup)
        t0 = time.perf_counter()
        for _ in range(figures):
            one_run()
        seconds = time.perf_counter() - t0
    else:
        with multiprocessing.Pool(processes, initializer=warm_process, initargs=(warmup,)) as pool:
            # Every process has finished its initializer once it has answered a trivial task each.
            pool.map(math.sqrt, range(processes), chunksize=1)
            t0 = time.perf_counter()
            pool.map(pooled_run, range(figures), chunksize=1)
            seconds = time.perf_counter() - t0
    return {"figures": figures, "seconds": seconds, "figures_per_second": figures / seconds, "processes": processes}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--serve", action="store_true", help="one run per 'run' line on stdin")
    parser.add_argument("--throughput", type=int, default=0, help="draw this many figures as fast as possible")
    parser.add_argument("--processes", type=int, default=1, help="with --throughput: the size of the process pool")
    args = parser.parse_args()

    if args.throughput:
        print(json.dumps(throughput(args.throughput, args.processes, max(1, args.warmup))), flush=True)
        return

    for _ in range(args.warmup):
        one_run()

    if args.serve:
        print(json.dumps({"ready": True, "version": mpl.__version__, "numpy": np.__version__}), flush=True)
        for line in sys.stdin:
            command = line.strip()
            if command == "run":
                ms, size = one_run()
                print(json.dumps({"ms": ms, "png_bytes": size}), flush=True)
            elif command == "quit":
                break
        return

    times = []
    size = 0
    for _ in range(args.runs):
        ms, size = one_run()
        times.append(ms)
    print(json.dumps({"version": mpl.__version__, "numpy": np.__version__, "times_ms": times, "png_bytes": size}))


if __name__ == "__main__":
    main()
