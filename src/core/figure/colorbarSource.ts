import type { Extend } from '../contours/extend';
import type { ResolvedPicture } from '../options';
import type { ColorbarNorm } from './colorbarScale';

/** What a colorbar shows: a norm (ticks and scale) and where it extends. */
export interface ColorbarSource {
  readonly norm: ColorbarNorm;
  readonly extend: Extend;
  /** 'image': the heatmap's colormap through its norm; 'bands': the filled contours' bands. */
  readonly kind: 'image' | 'bands';
}

/**
 * The mappable a colorbar describes, as `fig.colorbar(mappable)`: the heatmap (imshow's image),
 * or the filled contours when no heatmap is drawn (contourf's ContourSet: ticks on its levels).
 * An image's colorbar extends only where its norm does (a BoundaryNorm's `extend`), as
 * matplotlib's, whose colormaps do not ask for triangles by default.
 */
export function colorbarSource(p: ResolvedPicture): ColorbarSource {
  if (!p.heatmap && p.contours?.fill) {
    return { norm: { kind: 'levels', levels: p.contours.levels }, extend: p.contours.fill.extend, kind: 'bands' };
  }
  const n = p.norm;
  switch (n.type) {
    case 'linear':
    case 'log':
      return image({ kind: n.type, vmin: n.vmin, vmax: n.vmax });
    case 'symlog':
      return image({ kind: 'symlog', vmin: n.vmin, vmax: n.vmax, linthresh: n.linthresh, linscale: n.linscale, base: n.base });
    case 'power':
      return image({ kind: 'power', vmin: n.vmin, vmax: n.vmax, gamma: n.gamma, clip: n.clip });
    case 'twoSlope':
      return image({ kind: 'twoSlope', vmin: n.vmin, vmax: n.vmax, vcenter: n.vcenter });
    case 'centered':
      return image({ kind: 'centered', vmin: n.vmin, vmax: n.vmax, clip: n.clip });
    case 'boundary':
      return { norm: { kind: 'boundary', boundaries: n.boundaries }, extend: n.extend, kind: 'image' };
  }
}

function image(norm: ColorbarNorm): ColorbarSource {
  return { norm, extend: 'neither', kind: 'image' };
}
