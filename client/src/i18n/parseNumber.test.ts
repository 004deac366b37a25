import { describe, expect, it } from 'vitest';
import { parseNumber } from './parseNumber.ts';

const value = (text: string, decimal = '.', strip: string[] = []) => {
  const parsed = parseNumber(text, decimal, strip);
  return parsed.ok ? parsed.value : 'invalid';
};

describe('parseNumber reads numbers the way people type them', () => {
  it('accepts either decimal separator, with or without grouping', () => {
    expect(value('1234.5')).toBe(1234.5);
    expect(value('1234,5', ',')).toBe(1234.5);
    expect(value('1234,5', '.')).toBe(1234.5);
    expect(value('1.234,5', ',')).toBe(1234.5);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('1 234 567')).toBe(1234567);
    expect(value('12.000.000', ',')).toBe(12_000_000);
  });

  it('reads a lone separator before three digits by the locale', () => {
    expect(value('1,234', '.')).toBe(1234);
    expect(value('1.234', ',')).toBe(1234);
    expect(value('1.234', '.')).toBe(1.234);
    expect(value('1,234', ',')).toBe(1.234);
  });

  it('handles signs, percent and currency symbols given to strip', () => {
    expect(value('-12.5')).toBe(-12.5);
    expect(value('−3')).toBe(-3);
    expect(value('+7')).toBe(7);
    expect(value('15.5%')).toBe(15.5);
    expect(value('¥1,200', '.', ['¥'])).toBe(1200);
    expect(value('1.234,50 €', ',', ['€'])).toBe(1234.5);
  });

  it('clears on empty text and refuses what is not a number', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
    for (const text of ['twelve', '1.2.3', '1,2,3', '12a', '--1', '.', ',', '1.234.5', '1e5', 'NaN', 'Infinity']) {
      expect(value(text), text).toBe('invalid');
    }
  });
});
