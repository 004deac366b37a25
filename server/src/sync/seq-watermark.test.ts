import { describe, expect, it } from 'vitest';
import { SeqWatermark } from './seq-watermark.ts';

describe('SeqWatermark', () => {
  it('[PERSIST-3] moves only over numbers the document holds, whatever order they come in', () => {
    const mark = new SeqWatermark(10);
    mark.add(12);
    mark.add(14);
    expect(mark.value).toBe(10);
    mark.add(11);
    expect(mark.value).toBe(12);
    mark.add(9);
    mark.add(13);
    expect(mark.value).toBe(14);
    mark.add(17);
    mark.addAllThrough(15);
    mark.add(16);
    expect(mark.value).toBe(17);
  });
});
