/**
 * What draws this page's WebGL: a 'hardware' GPU, a 'software' rasteriser (the CPU running the
 * shaders: slower at resampling than the CPU renderer's JavaScript), or 'none' (no WebGL at all).
 */
export type WebglKind = 'hardware' | 'software' | 'none';

/**
 * Software rasterisers by their renderer strings: Chromium's SwiftShader, Mesa's llvmpipe and
 * softpipe, Windows' Microsoft Basic Render Driver, macOS's Apple Software Renderer.
 */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|basic render driver|software renderer|software rasterizer/i;

/** Whether a WebGL renderer string names a software rasteriser. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

/**
 * Finds what draws WebGL here from its unmasked renderer string (WEBGL_debug_renderer_info; where
 * a browser hides it, the plain RENDERER string, which then names the real renderer or nothing
 * useful, taken as hardware). Costs a 1 × 1 WebGL context (about 10–25 ms on SwiftShader), lost
 * again at once, so its answer belongs in the page's context budget, asked once per page.
 */
export function probeWebglKind(): WebglKind {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  let gl: WebGLRenderingContext | null;
  try {
    gl = canvas.getContext('webgl', { alpha: false, antialias: false, depth: false, stencil: false });
  } catch {
    return 'none';
  }
  if (!gl) return 'none';
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    return isSoftwareRenderer(String(renderer)) ? 'software' : 'hardware';
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
