import type { ContourHeatmapProps } from '../src';
import { peaksField, randomField, rippleField, seedField, wavesField } from './fields';

export interface GalleryChart {
  readonly id: string;
  readonly title: string;
  readonly code: string;
  /** Fresh props each call, so a solo render gets equal but not shared data. */
  readonly props: () => ContourHeatmapProps;
}

/** The demo's charts; the browser tests render each one alone, by id, to check isolation. */
export const GALLERY: readonly GalleryChart[] = Object.freeze<GalleryChart[]>([
  {
    id: 'seed',
    title: 'The seed figure, as matplotlib’s savefig draws it',
    code: "fig = Figure(figsize=(10, 5)); ax = fig.add_subplot(111); ax.imshow(Z, interpolation='spline36', extent=[-3,4,-4,3], origin='lower', aspect='auto', cmap='jet'); ax.contour(X, Y, Z, 10, colors='k'); fig.savefig(buf)",
    props: () => {
      const { x, y, z } = seedField();
      return {
        z,
        extent: [-3, 4, -4, 3],
        origin: 'lower',
        interpolation: 'spline36',
        cmap: 'jet',
        contours: { levels: 10, colors: 'k', x, y },
        axes: true,
        width: 1000,
        height: 500,
      };
    },
  },
  {
    id: 'waves',
    title: 'Saddles, bilinear, origin upper, with a colorbar',
    code: "im = ax.imshow(Z, interpolation='bilinear', cmap='viridis'); ax.contour(Z, 10, colors='w'); fig.colorbar(im, ax=ax, label='z')",
    props: () => ({
      z: wavesField(),
      interpolation: 'bilinear',
      cmap: 'viridis',
      contours: { levels: 10, colors: 'w' },
      axes: { title: 'Waves' },
      colorbar: { label: 'z' },
      width: 480,
      height: 300,
    }),
  },
  {
    id: 'holes',
    title: 'NaN holes, bicubic, explicit levels, labelled contours',
    code: "ax.imshow(Z, interpolation='bicubic', origin='lower', cmap='jet', extent=[0,8,-1,4]); cs = ax.contour(Z, [-4,-2,-1,0,1,2,4,6], colors=[…]); ax.clabel(cs)",
    props: () => ({
      z: peaksField(20, 16, [
        [6, 5],
        [12, 9],
        [12, 10],
      ]),
      extent: [0, 8, -1, 4],
      origin: 'lower',
      interpolation: 'bicubic',
      cmap: 'jet',
      contours: {
        levels: [-4, -2, -1, 0, 1, 2, 4, 6],
        colors: ['#222', '#333', '#444', 'k', '#555', '#666', '#777', '#888'],
        labels: true,
      },
      axes: { xlabel: 'x', ylabel: 'y' },
      // matplotlib's fixed margins leave a 300-px figure no room for the x label.
      layout: 'constrained',
      width: 480,
      height: 300,
    }),
  },
  {
    id: 'blocks',
    title: 'Nearest, explicit colour range',
    code: "imshow(Z, interpolation='nearest', origin='lower', vmin=-2, vmax=4); contour(Z, 5, colors='r')",
    props: () => ({
      z: randomField(6, 8, 20240501),
      origin: 'lower',
      interpolation: 'nearest',
      cmap: 'viridis',
      vmin: -2,
      vmax: 4,
      contours: { levels: 5, colors: 'r' },
      axes: true,
      width: 480,
      height: 300,
    }),
  },
  {
    id: 'contourf',
    title: 'Filled contours instead of the image, NaN holes, extend both, their colorbar',
    code: "cf = ax.contourf(Z, 8, cmap='RdBu_r', extend='both'); fig.colorbar(cf, ax=ax)",
    props: () => ({
      z: peaksField(20, 16, [
        [6, 5],
        [12, 9],
        [12, 10],
      ]),
      heatmap: false,
      contours: { levels: 8, filled: true, extend: 'both', cmap: 'RdBu_r' },
      axes: true,
      colorbar: true,
      width: 480,
      height: 300,
    }),
  },
  {
    id: 'ripple',
    title: 'Ripples, spline36, 120 × 160 grid',
    code: "ax.imshow(Z, interpolation='spline36', cmap='viridis'); ax.contour(Z, 12, colors='k'); layout='constrained'",
    props: () => ({
      z: rippleField(120, 160),
      interpolation: 'spline36',
      cmap: 'viridis',
      contours: { levels: 12, colors: 'k' },
      axes: { title: 'Constrained layout' },
      layout: 'constrained',
      colorbar: true,
      width: 480,
      height: 300,
    }),
  },
]);
