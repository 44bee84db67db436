/**
 * The callable segment data of matplotlib's registered colormaps (`matplotlib._cm`), keyed by the
 * Python function's name so the generated data (data/datad.ts) can refer to them. Each is ported
 * operation for operation — same order of floating-point operations — because the LUT is the
 * byte-truncated value, so a different rounding could move an entry by one.
 * Only the functions a registered colormap uses are here (the gnuplot `gfunc` table has 37).
 */
export const CHANNEL_FUNCTIONS = Object.freeze({
  // gnuplot palette functions (gfunc[i] = _g<i>)
  _g3: (x: number) => x,
  _g5: (x: number) => x ** 3,
  _g7: (x: number) => Math.sqrt(x),
  _g10: (x: number) => Math.cos((x * Math.PI) / 2),
  _g13: (x: number) => Math.sin(x * Math.PI),
  _g15: (x: number) => Math.sin(x * 2 * Math.PI),
  _g23: (x: number) => 3 * x - 2,
  _g28: (x: number) => Math.abs((3 * x - 1) / 2),
  _g30: (x: number) => x / 0.32 - 0.78125,
  _g31: (x: number) => 2 * x - 0.84,
  _g32: (x: number) => {
    if (x < 0.25) return 4 * x;
    if (x < 0.92) return -2 * x + 1.84;
    return x / 0.08 - 11.5;
  },
  _g33: (x: number) => Math.abs(2 * x - 0.5),
  _g34: (x: number) => 2 * x,
  _g35: (x: number) => 2 * x - 0.5,
  _g36: (x: number) => 2 * x - 1,
  _flag_red: (x: number) => 0.75 * Math.sin((x * 31.5 + 0.25) * Math.PI) + 0.5,
  _flag_green: (x: number) => Math.sin(x * 31.5 * Math.PI),
  _flag_blue: (x: number) => 0.75 * Math.sin((x * 31.5 - 0.25) * Math.PI) + 0.5,
  _prism_red: (x: number) => 0.75 * Math.sin((x * 20.9 + 0.25) * Math.PI) + 0.67,
  _prism_green: (x: number) => 0.75 * Math.sin((x * 20.9 - 0.25) * Math.PI) + 0.33,
  _prism_blue: (x: number) => -1.1 * Math.sin(x * 20.9 * Math.PI),
  _gist_heat_red: (x: number) => 1.5 * x,
  _gist_heat_green: (x: number) => 2 * x - 1,
  _gist_heat_blue: (x: number) => 4 * x - 3,
  _gist_yarg: (x: number) => 1 - x,
  /**
   * cubehelix (D. A. Green): matplotlib registers `partial(_ch_helper, gamma, s, r, h, p0, p1)`
   * per channel; x comes last there and first here.
   */
  _ch_helper: (x: number, gamma: number, s: number, r: number, h: number, p0: number, p1: number) => {
    const xg = x ** gamma;
    const a = (h * xg * (1 - xg)) / 2;
    const phi = 2 * Math.PI * (s / 3 + r * x);
    return xg + a * (p0 * Math.cos(phi) + p1 * Math.sin(phi));
  },
});

export type ChannelFunctionName = keyof typeof CHANNEL_FUNCTIONS;
