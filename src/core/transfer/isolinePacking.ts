import { quadsPerLevel } from '../contours/crossedQuads';
import { traceIsolines, type IsoLine } from '../contours/isolines';

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
  const buckets = quadsPerLevel(values, rows, cols, levels);
  return levels.map((level, k) => traceIsolines(values, rows, cols, level, { cornerMask, quads: buckets[k] }));
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
