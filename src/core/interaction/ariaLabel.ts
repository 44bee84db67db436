import { formatG } from '../figure/pyFormat';
import { fixMinus } from '../figure/scalarFormatter';
import type { ResolvedPicture } from '../options';
import { extentView, sameView, type View } from '../view/view';

/** What the label describes: the grid's size and range, the contours, and the view. */
export type LabelledPicture = Pick<ResolvedPicture, 'extent' | 'heatmap'> & {
  readonly grid: Pick<ResolvedPicture['grid'], 'rows' | 'cols' | 'min' | 'max'>;
  readonly contours: Pick<NonNullable<ResolvedPicture['contours']>, 'levels' | 'fill'> | null;
};

/**
 * The chart's automatic accessible name, e.g. "heatmap, 15 × 15 cells, values −1.8 to 1.5, 10
 * contour levels", with ", showing x 0 to 1.5, y −1 to 1" when the view is not the extent: what a
 * screen reader says for the image before anyone explores it with the keyboard cursor.
 */
export function chartAriaLabel(picture: LabelledPicture, view: View | null): string {
  const { grid, contours } = picture;
  const kind = picture.heatmap ? 'heatmap' : contours?.fill ? 'filled contour plot' : 'contour plot';
  const parts = [kind, `${grid.rows} × ${grid.cols} ${grid.rows * grid.cols === 1 ? 'cell' : 'cells'}`];
  parts.push(Number.isNaN(grid.min) ? 'no finite values' : `values ${range(grid.min, grid.max)}`);
  const levels = contours?.levels.length ?? 0;
  if (levels > 0) parts.push(`${levels} contour ${levels === 1 ? 'level' : 'levels'}`);
  if (view && !sameView(view, extentView(picture.extent)))
    parts.push(`showing x ${range(view.x[0], view.x[1])}, y ${range(view.y[0], view.y[1])}`);
  return parts.join(', ');
}

/** Three significant digits are enough to say what is shown; minus signs as the axes write them. */
function compact(v: number): string {
  return fixMinus(formatG(v, 3));
}

function range(a: number, b: number): string {
  return a === b ? compact(a) : `${compact(a)} to ${compact(b)}`;
}
