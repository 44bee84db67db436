// The floor: the least any WebGL picture + PNG export can cost here. One full-screen triangle,
// one texture tap per pixel (a 15 × 15 texture, LINEAR), read into a 2-D canvas, PNG-encoded.

const VERT = `attribute vec2 p; varying vec2 uv; void main() { uv = p * 0.5 + 0.5; gl_Position = vec4(p, 0.0, 1.0); }`;
const FRAG = `precision highp float; uniform sampler2D tex; varying vec2 uv; void main() { gl_FragColor = texture2D(tex, uv); }`;

interface FloorGL {
  readonly canvas: HTMLCanvasElement;
  readonly gl: WebGLRenderingContext;
}

function shader(gl: WebGLRenderingContext, type: number, source: string): WebGLShader {
  const s = gl.createShader(type)!;
  gl.shaderSource(s, source);
  gl.compileShader(s);
  if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(`floor: shader: ${gl.getShaderInfoLog(s)}`);
  return s;
}

/** A fresh canvas, context, program and texture, ready to draw. */
function setup(width: number, height: number): FloorGL {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const gl = canvas.getContext('webgl', { alpha: true, premultipliedAlpha: true, antialias: false, depth: false, stencil: false });
  if (!gl) throw new Error('floor: no WebGL context');
  const program = gl.createProgram()!;
  gl.attachShader(program, shader(gl, gl.VERTEX_SHADER, VERT));
  gl.attachShader(program, shader(gl, gl.FRAGMENT_SHADER, FRAG));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`floor: link: ${gl.getProgramInfoLog(program)}`);
  gl.useProgram(program);
  const buffer = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 3, -1, -1, 3]), gl.STATIC_DRAW);
  const loc = gl.getAttribLocation(program, 'p');
  gl.enableVertexAttribArray(loc);
  gl.vertexAttribPointer(loc, 2, gl.FLOAT, false, 0, 0);
  const n = 15;
  const texels = new Uint8Array(n * n * 4);
  // A smooth picture, like a heatmap's (PNG encoding time depends on how well the image compresses).
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const u = c / (n - 1);
      const v = r / (n - 1);
      texels.set([255 * u, 255 * v, 127.5 + 127.5 * Math.sin(6 * u * v), 255].map(Math.round), (r * n + c) * 4);
    }
  }
  const tex = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, tex);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, n, n, 0, gl.RGBA, gl.UNSIGNED_BYTE, texels);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  gl.uniform1i(gl.getUniformLocation(program, 'tex'), 0);
  gl.viewport(0, 0, width, height);
  return { canvas, gl };
}

/** Draws once and encodes: returns the base64 PNG. Must run in one task (no preserveDrawingBuffer). */
function drawAndEncode({ canvas, gl }: FloorGL): string {
  gl.clearColor(0, 0, 0, 0);
  gl.clear(gl.COLOR_BUFFER_BIT);
  gl.drawArrays(gl.TRIANGLES, 0, 3);
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height;
  out.getContext('2d')!.drawImage(canvas, 0, 0);
  const url = out.toDataURL('image/png');
  return url.slice(url.indexOf(',') + 1);
}

function free({ gl }: FloorGL): void {
  gl.getExtension('WEBGL_lose_context')?.loseContext();
}

let warm: FloorGL | null = null;

/**
 * One floor pass at width × height. `withContext`: canvas + context + program + texture are
 * created inside the timing (as a freshly mounted chart pays them); otherwise they are reused.
 */
export function floorRun(width: number, height: number, withContext: boolean): { ms: number; bytes: number } {
  if (withContext) {
    const t0 = performance.now();
    const g = setup(width, height);
    const b64 = drawAndEncode(g);
    const ms = performance.now() - t0;
    free(g);
    return { ms, bytes: b64.length };
  }
  if (!warm || warm.canvas.width !== width || warm.canvas.height !== height || warm.gl.isContextLost()) {
    if (warm) free(warm);
    warm = setup(width, height);
    drawAndEncode(warm);
  }
  const t0 = performance.now();
  const b64 = drawAndEncode(warm);
  return { ms: performance.now() - t0, bytes: b64.length };
}
