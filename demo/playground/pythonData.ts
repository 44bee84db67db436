// The data source as numpy code: the same formulas as demo/fields.ts.
import { holeBlocks, RANDOM_SEED, type SourceName } from './dataSources';

export function pythonData(source: SourceName, rows: number, cols: number): string {
  switch (source) {
    case 'seed':
      return [
        "# the seed figure: two bivariate normals (matplotlib's old mlab.bivariate_normal)",
        'def bivariate_normal(X, Y, sx, sy, mx, my):',
        '    return np.exp(-((X - mx)**2 / sx**2 + (Y - my)**2 / sy**2) / 2) / (2 * np.pi * sx * sy)',
        '',
        'x = np.arange(-3, 4.001, 0.5)',
        'y = np.arange(-4, 3.001, 0.5)',
        'X, Y = np.meshgrid(x, y)',
        'Z = (bivariate_normal(X, Y, 1, 1, 0, 0) - bivariate_normal(X, Y, 1.5, 0.5, 1, 1)) * 10',
      ].join('\n');
    case 'waves':
      return [`i, j = np.mgrid[0:${rows}, 0:${cols}]`, 'Z = np.sin(j / 3) * np.cos(i / 4) + 0.3 * np.sin((i + j) / 5)'].join('\n');
    case 'ripple':
      return [
        `i, j = np.mgrid[0:${rows}, 0:${cols}]`,
        `r = np.hypot((j - ${cols} / 2) / (${cols} / 8), (i - ${rows} / 2) / (${rows} / 8))`,
        'Z = np.cos(r * 1.6) * np.exp(-r / 6)',
      ].join('\n');
    case 'random':
      return [
        "# the playground draws its grid from a seeded mulberry32 generator; numpy's values differ",
        `Z = np.random.default_rng(${RANDOM_SEED}).uniform(-1, 3, size=(${rows}, ${cols}))`,
      ].join('\n');
    case 'holes':
      return [
        "# MATLAB's peaks with NaN holes",
        `y, x = np.mgrid[-3:3:${rows}j, -3:3:${cols}j]`,
        'Z = (3 * (1 - x)**2 * np.exp(-x**2 - (y + 1)**2)',
        '     - 10 * (x / 5 - x**3 - y**5) * np.exp(-x**2 - y**2)',
        '     - np.exp(-(x + 1)**2 - y**2) / 3)',
        ...holeBlocks(rows, cols).map(([r0, r1, c0, c1]) => `Z[${r0}:${r1}, ${c0}:${c1}] = np.nan`),
      ].join('\n');
  }
}
