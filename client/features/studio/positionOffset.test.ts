import { describe, expect, it } from 'vitest';
import { positionOffset } from './positionOffset';

describe('positionOffset', () => {
  it('turns a diagnostic line and column into a place in the text', () => {
    const text = 'format: 1\nid: mini\n  steps:\n';
    expect(positionOffset(text, 1, 1)).toBe(0);
    expect(positionOffset(text, 2, 5)).toBe(14);
    expect(text.slice(positionOffset(text, 3, 3))).toBe('steps:\n');
    expect(positionOffset(text, 99, 1)).toBe(text.length);
  });
});
