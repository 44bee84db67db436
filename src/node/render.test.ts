// contour-heatmap/node: the browser's figure drawn in Node — its image layer by the CPU renderer's
// pixel function, its vectors by the export's painter on Skia; sizes, types, scale and errors.
import { describe, expect, it } from 'vitest';
import { seedField } from '../../demo/fields';
import { ALL_COLORMAPS } from '../../test-support/colormaps';
import { compareImages, decodePng } from '../../test-support/matplotlibFixtures';
import { kernelFor, resolvePicture } from '../core/options';
import { heatmapPixelsOnCpu } from '../cpu/cpuRenderer';
import { renderToBase64, renderToBuffer, renderToSVG, type ChartOptions } from './index';
import { ensureMatplotlibFont, loadCanvas } from './nodeCanvas';

const { x, y, z } = seedField();
const SEED: ChartOptions = {
  z,
  extent: [-3, 4, -4, 3],
  origin: 'lower',
  interpolation: 'spline36',
  cmap: 'jet',
  contours: { levels: 10, colors: 'k', x, y },
  width: 400,
  height: 200,
};

describe('renderToBuffer', () => {
  it('draws the image layer with the CPU renderer’s pixels, exactly', async () => {
    const props: ChartOptions = { ...SEED, contours: false, axes: false, width: 300, height: 150 };
    const png = decodePng(await renderToBuffer(props));
    const p = resolvePicture(props, undefined, ALL_COLORMAPS);
    const expected = heatmapPixelsOnCpu(p, kernelFor(p, 300, 150), 300, 150);
    expect([png.width, png.height]).toEqual([300, 150]);
    expect(Buffer.from(png.data).equals(Buffer.from(expected))).toBe(true);
  });

  it('draws the figure at width × height × pixelRatio × scale device px', async () => {
    const size = async (props: ChartOptions, scale?: number) => {
      const png = decodePng(await renderToBuffer(props, { scale }));
      return [png.width, png.height];
    };
    expect(await size(SEED)).toEqual([400, 200]);
    expect(await size({ ...SEED, pixelRatio: 2 })).toEqual([800, 400]);
    expect(await size(SEED, 2)).toEqual([800, 400]);
    expect(await size({ ...SEED, pixelRatio: 1.5 }, 2)).toEqual([1200, 600]);
  });

  it('redraws the image layer at a scale (resampled from the data, not enlarged)', async () => {
    const props: ChartOptions = { ...SEED, contours: false, axes: false, width: 200, height: 100 };
    const scaled = decodePng(await renderToBuffer(props, { scale: 3 }));
    const p = resolvePicture(props, undefined, ALL_COLORMAPS);
    expect(Buffer.from(scaled.data).equals(Buffer.from(heatmapPixelsOnCpu(p, kernelFor(p, 600, 300), 600, 300)))).toBe(true);
  });

  it('is white under the figure and keeps transparency where matplotlib has it', async () => {
    const withAxes = decodePng(await renderToBuffer(SEED));
    expect([...withAxes.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    const holes = z.map((row, r) => row.map((v, c) => (r === 7 && c === 7 ? NaN : v)));
    const bare = decodePng(
      await renderToBuffer({ ...SEED, z: holes, axes: false, contours: false, interpolation: 'nearest', width: 150, height: 150 }),
    );
    expect(bare.data[(75 * 150 + 75) * 4 + 3]).toBe(0);
  });

  it('encodes PNG, JPEG, WebP and SVG, and base64 is the buffer’s', async () => {
    const png = await renderToBuffer(SEED);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const jpeg = await renderToBuffer(SEED, { type: 'image/jpeg' });
    expect([...jpeg.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    const small = await renderToBuffer(SEED, { type: 'image/jpeg', quality: 0.2 });
    expect(small.length).toBeLessThan(jpeg.length);
    const webp = await renderToBuffer(SEED, { type: 'image/webp' });
    expect(webp.subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(await renderToBase64(SEED)).toBe(png.toString('base64'));
    const svg = (await renderToBuffer(SEED, { type: 'image/svg+xml' })).toString('utf8');
    expect(svg).toBe(await renderToSVG(SEED));
  });

  it('gives equal bytes for equal props, whatever was drawn before', async () => {
    const first = await renderToBuffer(SEED);
    await renderToBuffer({ ...SEED, cmap: 'viridis', colorbar: true, axes: { title: 'other', fontSize: 20 } });
    expect((await renderToBuffer(SEED)).equals(first)).toBe(true);
  });
});

describe('renderToSVG', () => {
  it('writes the scene as the browser’s toSVG does (e2e/node.spec.ts compares them), the rasters as PNG', async () => {
    const svg = await renderToSVG({ ...SEED, colorbar: { label: 'z <&> "q"' }, axes: { title: 'Bivariate normal' } });
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('width="400" height="200" viewBox="0 0 400 200"');
    expect(svg.match(/<image /g)).toHaveLength(2); // the heatmap and the colorbar
    expect(svg).toContain('<rect width="400" height="200" fill="rgba(255,255,255,1)"/><rect x="50" y="24"'); // background, axes face
    expect(svg).toContain('class="contour-heatmap-lines"');
    expect(svg).toContain('href="data:image/png;base64,');
    expect(svg.match(/<path [^>]*data-level=/g)!.length).toBeGreaterThan(5);
    expect(svg).toContain('>Bivariate normal</text>');
    expect(svg).toContain('>z &lt;&amp;&gt; "q"</text>');
    const clipId = /<clipPath id="([^"]+)"/.exec(svg)![1]!;
    expect(svg).toContain(`clip-path="url(#${clipId})"`);
    // Equal charts give equal documents (ids from the content, not a counter or a random number).
    expect(await renderToSVG({ ...SEED, colorbar: { label: 'z <&> "q"' }, axes: { title: 'Bivariate normal' } })).toBe(svg);
    expect(await renderToSVG({ ...SEED, cmap: 'viridis' })).not.toContain(clipId);
  });

  it('draws what the PNG shows (rasterised by resvg, text and lines antialiased apart)', async () => {
    const props: ChartOptions = { ...SEED, colorbar: true, axes: { title: 'Bivariate normal', xlabel: 'x' } };
    const canvas = await loadCanvas();
    const image = new canvas.Image();
    image.src = Buffer.from(await renderToSVG(props));
    await image.decode();
    const raster = canvas.createCanvas(400, 200);
    raster.getContext('2d').drawImage(image, 0, 0);
    const diff = compareImages(decodePng(await raster.encode('png')), decodePng(await renderToBuffer(props)));
    expect(diff.meanAbs).toBeLessThan(3);
    expect(diff.exactPixels).toBeGreaterThan(0.9);
  });

  it('scales its rasters, not its coordinates', async () => {
    const svg = await renderToSVG({ ...SEED, axes: false }, { scale: 2 });
    expect(svg).toContain('viewBox="0 0 400 200"');
    const href = /href="data:image\/png;base64,([^"]+)"/.exec(svg)![1]!;
    const raster = decodePng(Buffer.from(href, 'base64'));
    expect([raster.width, raster.height]).toEqual([800, 400]);
  });
});

describe('errors', () => {
  const rejects = (promise: Promise<unknown>, message: string) => expect(promise).rejects.toThrow(message);

  it('rejects with the browser’s messages, naming the prop', async () => {
    await rejects(renderToBuffer({ ...SEED, cmap: 'nope' as never }), 'contour-heatmap: invalid prop "cmap"');
    await rejects(renderToBuffer({ ...SEED, z: undefined as never }), 'contour-heatmap: invalid prop "z": is required');
    await rejects(
      renderToBuffer({ ...SEED, pixelRatio: -1 }),
      'contour-heatmap: invalid prop "pixelRatio": must be a positive number, got -1',
    );
    await rejects(renderToBuffer({ ...SEED, renderer: 'fast' as never }), 'contour-heatmap: invalid prop "renderer"');
    await rejects(renderToBuffer({ ...SEED, axes: false, colorbar: true }), 'contour-heatmap: invalid prop "colorbar"');
    await rejects(renderToBuffer(null as never), 'contour-heatmap: invalid prop "props"');
  });

  it('needs width and height, which no element gives in Node', async () => {
    await rejects(renderToBuffer({ ...SEED, width: undefined }), 'contour-heatmap: invalid prop "width": is required in Node');
    await rejects(renderToBuffer({ ...SEED, height: undefined }), 'contour-heatmap: invalid prop "height": is required in Node');
    await rejects(renderToSVG({ ...SEED, width: undefined }), 'invalid prop "width"');
  });

  it('checks the render options', async () => {
    await rejects(
      renderToBuffer(SEED, { type: 'image/gif' as never }),
      'contour-heatmap: invalid prop "type": expected one of image/png, image/jpeg, image/webp, image/svg+xml',
    );
    await rejects(renderToBuffer(SEED, { quality: 2 }), 'contour-heatmap: invalid prop "quality"');
    await rejects(renderToBuffer(SEED, { scale: 0.5 }), 'contour-heatmap: invalid prop "scale": expected a number from 1 to 16, got 0.5');
    await rejects(renderToSVG(SEED, { scale: 17 }), 'contour-heatmap: invalid prop "scale": expected a number from 1 to 16, got 17');
  });

  it('refuses figures bigger than a browser draws, as the browser does', async () => {
    await rejects(
      renderToBuffer({ ...SEED, width: 40000 }),
      'contour-heatmap: invalid prop "width": the figure would be 40000 × 200 device px',
    );
    await rejects(
      renderToBuffer({ ...SEED, width: 5000, height: 5000 }, { scale: 2 }),
      'invalid prop "width": the figure would be 10000 × 10000 device px',
    );
  });

  it('rejects rather than throws', () => {
    const result = renderToBuffer({ ...SEED, width: -5 });
    expect(result).toBeInstanceOf(Promise);
    return rejects(result, 'invalid prop "width"');
  });
});

describe('fonts', () => {
  it('measures and draws in DejaVu Sans, matplotlib’s font, when it is installed; registering is idempotent', async () => {
    const canvas = await loadCanvas();
    ensureMatplotlibFont(canvas);
    const families = canvas.GlobalFonts.families.length;
    ensureMatplotlibFont(canvas);
    expect(canvas.GlobalFonts.families.length).toBe(families);
    const { existsSync } = await import('node:fs');
    if (existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')) expect(canvas.GlobalFonts.has('DejaVu Sans')).toBe(true);
  });
});
