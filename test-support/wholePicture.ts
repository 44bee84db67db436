// The resamplers' whole pictures in one go, for tests: the library draws pictures in bands of rows
// (src/core/resample/separable.ts separableRows, rgbaStage.ts resampleColorRows).
import type { Kernel } from '../src/core/resample/kernels';
import type { ResampleTarget } from '../src/core/resample/reference';
import { resampleColorRows } from '../src/core/resample/rgbaStage';
import { finish, separableRows } from '../src/core/resample/separable';

/** The separable resampler's width × height values, row 0 at the top. */
export function resampleSeparable(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  kernel: Kernel | null,
  target: ResampleTarget,
): Float32Array {
  return finish(separableRows({ values, first: 0, rows, cols }, kernel, target, { top: 0, bottom: target.height }));
}

/** The rgba stage's width × height × 4 premultiplied floats, row 0 at the top. */
export function resampleColors(colors: Float64Array, rows: number, cols: number, kernel: Kernel, target: ResampleTarget): Float64Array {
  return finish(resampleColorRows({ values: colors, first: 0, rows, cols }, kernel, target, { top: 0, bottom: target.height }));
}
