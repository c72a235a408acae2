import { describe, expect, it } from 'vitest';
import { compositeOver, type Pixels, pixelsOf } from './spritePixels';

const image = (width: number, height: number, rgba: number[] = [0, 0, 0, 0]): Pixels => {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return pixelsOf(data, width, height);
};
const at = (p: Pixels, x: number, y: number) =>
  Array.from(p.data.slice((y * p.width + x) * 4, (y * p.width + x) * 4 + 4));

describe('compositeOver', () => {
  it('copies opaque pixels, skips transparent ones, and places the sprite at (x, y)', () => {
    const dst = image(4, 3, [10, 20, 30, 255]);
    const src = image(2, 2, [200, 100, 50, 255]);
    src.data.set([0, 0, 0, 0], 4 * 3); // bottom-right of the sprite transparent
    compositeOver(dst, src, 1, 1);
    expect(at(dst, 1, 1)).toEqual([200, 100, 50, 255]);
    expect(at(dst, 2, 1)).toEqual([200, 100, 50, 255]);
    expect(at(dst, 1, 2)).toEqual([200, 100, 50, 255]);
    expect(at(dst, 2, 2)).toEqual([10, 20, 30, 255]);
    expect(at(dst, 0, 0)).toEqual([10, 20, 30, 255]);
  });

  it('blends a half-transparent pixel as source-over does', () => {
    // 50 % white over opaque black: mid grey, opaque.
    const over = image(1, 1, [0, 0, 0, 255]);
    compositeOver(over, image(1, 1, [255, 255, 255, 128]), 0, 0);
    expect(at(over, 0, 0)).toEqual([128, 128, 128, 255]);
    // 50 % red over 50 % blue: alpha 1 − 0.5·0.5 = 0.75; red weighs 0.5, blue 0.25.
    const both = image(1, 1, [0, 0, 255, 128]);
    compositeOver(both, image(1, 1, [255, 0, 0, 128]), 0, 0);
    const [r, g, b, a] = at(both, 0, 0);
    expect(a).toBe(192);
    expect(r).toBe(170);
    expect(g).toBe(0);
    expect(b).toBe(85);
    // Over nothing: the source as it is.
    const empty = image(1, 1);
    compositeOver(empty, image(1, 1, [40, 50, 60, 90]), 0, 0);
    expect(at(empty, 0, 0)).toEqual([40, 50, 60, 90]);
  });

  it('clips a sprite hanging over any edge', () => {
    const dst = image(3, 3);
    const src = image(3, 3, [1, 2, 3, 255]);
    compositeOver(dst, src, -2, 2);
    expect(at(dst, 0, 2)).toEqual([1, 2, 3, 255]);
    expect(at(dst, 1, 2)).toEqual([0, 0, 0, 0]);
    expect(at(dst, 0, 1)).toEqual([0, 0, 0, 0]);
    compositeOver(dst, src, 5, 5);
    expect(Array.from(dst.data).filter((v) => v !== 0)).toEqual([1, 2, 3, 255]);
  });
});
