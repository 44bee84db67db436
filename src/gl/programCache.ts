import type createREGL from 'regl';
import { aggWeightLut } from '../core/resample/aggWeightLut';
import type { Kernel } from '../core/resample/kernels';
import type { Uniforms } from './drawUniforms';
import { FULLSCREEN_VERT } from './shaders';

/** One renderer's compiled programs and kernel weight textures, built on first use and kept for its context's life. */
export interface ProgramCache {
  /** A full-viewport draw command for a fragment shader; every uniform comes from the draw's props. */
  command(frag: string, uniformNames: readonly string[]): createREGL.DrawCommand;
  /** Agg's weight LUT for a kernel as a float texture. */
  weightTexture(kernel: Kernel): createREGL.Texture2D;
}

/** Owned by one renderer (its regl instance): nothing is shared between charts. */
export function createProgramCache(regl: createREGL.Regl): ProgramCache {
  // Keyed by name and radius: sinc, lanczos and blackman are rebuilt per filterrad.
  const weightTextures = new Map<string, createREGL.Texture2D>();
  // One compiled program per shader source (kernel diameter, taps per axis).
  const commands = new Map<string, createREGL.DrawCommand>();
  const triangle = regl.buffer([-1, -1, 3, -1, -1, 3]);

  return {
    command(frag, uniformNames) {
      let draw = commands.get(frag);
      if (!draw) {
        draw = regl({
          vert: FULLSCREEN_VERT,
          frag,
          attributes: { position: triangle },
          uniforms: Object.fromEntries(uniformNames.map((name) => [name, regl.prop<Uniforms, string>(name)])),
          framebuffer: regl.prop<Uniforms, string>('framebuffer'),
          scissor: { enable: true, box: regl.prop<Uniforms, string>('box') },
          depth: { enable: false },
          count: 3,
        });
        commands.set(frag, draw);
      }
      return draw;
    },
    weightTexture(kernel) {
      const key = `${kernel.name}:${kernel.radius}`;
      let texture = weightTextures.get(key);
      if (!texture) {
        const weights = Float32Array.from(aggWeightLut(kernel));
        texture = regl.texture({ width: weights.length, height: 1, format: 'luminance', type: 'float', data: weights });
        weightTextures.set(key, texture);
      }
      return texture;
    },
  };
}
