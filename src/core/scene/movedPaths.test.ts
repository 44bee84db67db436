import { describe, expect, it } from 'vitest';
import { movePathData } from './movedPaths';

describe('movePathData', () => {
  it('scales and translates every point, keeping commands and the closing Z', () => {
    const move = { scaleX: 2, scaleY: -0.5, translateX: 10, translateY: 1 };
    expect(movePathData('M0 0L1.5 4L-2 1e-3Z', move)).toBe('M10 1L13 -1L6 0.9995Z');
  });
});
