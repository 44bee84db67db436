/**
 * A scale and translation of path coordinates, x → scaleX·x + translateX (y likewise): how a
 * preview moves drawn lines to a new view before they are laid out for it again.
 */
export interface PathMove {
  readonly scaleX: number;
  readonly scaleY: number;
  readonly translateX: number;
  readonly translateY: number;
}

/** The path data (`M x y L x y … [Z]`, as the scene's paths are written) with every point moved. */
export function movePathData(d: string, move: PathMove): string {
  const { scaleX, scaleY, translateX, translateY } = move;
  return d.replace(/([ML])([-\d.e+]+) ([-\d.e+]+)/g, (_, command: string, x: string, y: string) => {
    return `${command}${Number(x) * scaleX + translateX} ${Number(y) * scaleY + translateY}`;
  });
}
