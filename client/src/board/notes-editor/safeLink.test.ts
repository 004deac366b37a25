import { describe, expect, it } from 'vitest';
import { safeHref } from './safeLink.ts';

describe('safeHref', () => {
  it('[NOTES-4] keeps http, https and mailto links and completes a bare domain', () => {
    expect(safeHref('https://shop.example/a?b=1')).toBe('https://shop.example/a?b=1');
    expect(safeHref('http://shop.example')).toBe('http://shop.example/');
    expect(safeHref('mailto:ana@shop.example')).toBe('mailto:ana@shop.example');
    expect(safeHref('  shop.example/618 ')).toBe('https://shop.example/618');
  });

  it('[NOTES-4] refuses script, data and other schemes and text that is no address', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('vbscript:msgbox')).toBeNull();
    expect(safeHref('ftp://shop.example')).toBeNull();
    expect(safeHref('not a link')).toBeNull();
    expect(safeHref('')).toBeNull();
  });
});
