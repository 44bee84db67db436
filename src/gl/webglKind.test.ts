import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer } from './webglKind';

describe('isSoftwareRenderer', () => {
  it('knows the software rasterisers by their unmasked renderer strings', () => {
    for (const renderer of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa/X.org, llvmpipe (LLVM 12.0.0, 256 bits)',
      'softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple Software Renderer',
    ]) {
      expect(isSoftwareRenderer(renderer), renderer).toBe(true);
    }
  });

  it('takes GPUs (and strings that name nothing) for hardware', () => {
    for (const renderer of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
      'Mesa Intel(R) UHD Graphics 620 (KBL GT2)',
      'AMD Radeon Pro 5500M OpenGL Engine',
      'Adreno (TM) 650',
      'WebKit WebGL',
      '',
    ]) {
      expect(isSoftwareRenderer(renderer), renderer).toBe(false);
    }
  });
});
