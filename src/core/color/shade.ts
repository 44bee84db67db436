import type { Colormap, RGBA } from './colormaps';
import { normLutIndex } from './normValue';
import type { ResolvedNorm } from './norms';

/**
 * The colour matplotlib gives a data value: the norm, then the colormap's LUT rule — NaN (or a
 * value the norm masks, like v ≤ 0 under log) → bad, below → under, above → over. The CPU
 * counterpart of the shaders' `colorize`.
 */
export function shade(cmap: Colormap, norm: ResolvedNorm, value: number): RGBA {
  const i = normLutIndex(norm, value, cmap.n);
  if (Number.isNaN(i)) return cmap.bad;
  if (i < 0) return cmap.under;
  if (i >= cmap.n) return cmap.over;
  const l = cmap.lut;
  return [l[i * 4]!, l[i * 4 + 1]!, l[i * 4 + 2]!, l[i * 4 + 3]!];
}
