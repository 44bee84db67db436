import { isolineWorkspace, traceIsolines, type IsoLine } from '../contours/isolines';
import { lowerBound } from '../contours/levels';

/**
 * Isolines of several levels packed into three flat arrays, so they cross a worker boundary as
 * transferable buffers instead of being structured-cloned object by object.
 */
export interface PackedIsolines {
  /** Interleaved x, y of every line, level after level. */
  readonly points: Float64Array;
  /** For line i, its points run from lineStarts[i] to lineStarts[i + 1] (in points, not numbers). */
  readonly lineStarts: Uint32Array;
  /** For level k, its lines run from levelStarts[k] to levelStarts[k + 1]. */
  readonly levelStarts: Uint32Array;
  readonly closed: Uint8Array;
}

/** Traces every level of a grid: one list of lines per level, in level order. */
export function traceLevels(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  levels: readonly number[],
  cornerMask = true,
): IsoLine[][] {
  if (rows < 2 || cols < 2) return levels.map(() => []);
  const workspace = isolineWorkspace(rows, cols);
  const buckets = quadsPerLevel(values, rows, cols, levels);
  return levels.map((level, k) => traceIsolines(values, rows, cols, level, { cornerMask, workspace, quads: buckets[k] }));
}

export function packIsolines(perLevel: readonly (readonly IsoLine[])[]): PackedIsolines {
  const lines = perLevel.flat();
  const lineStarts = new Uint32Array(lines.length + 1);
  const closed = new Uint8Array(lines.length);
  lines.forEach((line, i) => {
    lineStarts[i + 1] = lineStarts[i]! + line.points.length / 2;
    closed[i] = line.closed ? 1 : 0;
  });
  const points = new Float64Array(lineStarts[lines.length]! * 2);
  lines.forEach((line, i) => points.set(line.points, lineStarts[i]! * 2));
  const levelStarts = new Uint32Array(perLevel.length + 1);
  perLevel.forEach((level, k) => (levelStarts[k + 1] = levelStarts[k]! + level.length));
  return { points, lineStarts, levelStarts, closed };
}

export function unpackIsolines(packed: PackedIsolines): IsoLine[][] {
  const { points, lineStarts, levelStarts, closed } = packed;
  return Array.from({ length: levelStarts.length - 1 }, (_, k) => {
    const lines: IsoLine[] = [];
    for (let i = levelStarts[k]!; i < levelStarts[k + 1]!; i++) {
      lines.push({ points: points.subarray(lineStarts[i]! * 2, lineStarts[i + 1]! * 2), closed: closed[i] === 1 });
    }
    return lines;
  });
}

/**
 * For each (ascending) level, the quads it crosses: a level crosses a quad when some finite corner
 * is above it and some is at or below it, i.e. min ≤ level < max over the quad's finite corners.
 * One pass over the grid with a binary search per quad, instead of one pass per level: the
 * levels then only visit their own quads (a few thousand of a million, typically).
 */
export function quadsPerLevel(values: ArrayLike<number>, rows: number, cols: number, levels: readonly number[]): Int32Array[] {
  const quadCount = (rows - 1) * (cols - 1);
  const first = new Int32Array(quadCount);
  const last = new Int32Array(quadCount); // exclusive
  const counts = new Int32Array(levels.length);
  for (let r = 0, q = 0; r < rows - 1; r++) {
    for (let c = 0; c < cols - 1; c++, q++) {
      const a = values[r * cols + c]!;
      const b = values[r * cols + c + 1]!;
      const d = values[(r + 1) * cols + c]!;
      const e = values[(r + 1) * cols + c + 1]!;
      let lo: number;
      let hi: number;
      if (a + b + d + e - (a + b + d + e) === 0) {
        // All four finite (the common case): no per-corner checks.
        lo = Math.min(a, b, d, e);
        hi = Math.max(a, b, d, e);
      } else {
        lo = Infinity;
        hi = -Infinity;
        for (const v of [a, b, d, e]) {
          if (v - v === 0) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
      }
      const from = lowerBound(levels, lo); // first level ≥ min
      const to = lowerBound(levels, hi); // first level ≥ max: levels below it are < max
      first[q] = from;
      last[q] = to;
      for (let k = from; k < to; k++) counts[k]!++;
    }
  }
  const buckets = Array.from(counts, (n) => new Int32Array(n));
  const filled = new Int32Array(levels.length);
  for (let q = 0; q < quadCount; q++) {
    for (let k = first[q]!; k < last[q]!; k++) buckets[k]![filled[k]!++] = q;
  }
  return buckets;
}
