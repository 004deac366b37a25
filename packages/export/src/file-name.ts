// Characters no file system or header should get from a board title: path separators, reserved and control ones
// (\p{Cc}: the control characters, tab and line breaks included).
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/**
 * A file name for an export, made from the board's title ([EXPORT-7]): no path separators, reserved or
 * control characters, no leading dots, at most 100 characters; `board` when nothing is left.
 *
 * @example exportFileName('Review 2026 / Tea House', 'md') // 'Review 2026 - Tea House.md'
 */
export function exportFileName(title: string, extension: string): string {
  const base =
    title
      .replace(UNSAFE, ' - ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.-]+|[\s.-]+$/g, '')
      .slice(0, 100)
      .trim() || 'board';
  return `${base}.${extension}`;
}

/**
 * A `Content-Disposition: attachment` value for `fileName`: an ASCII fallback for old clients and the exact
 * name (Chinese, accents) as RFC 5987 `filename*`.
 */
export function attachmentHeader(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  const ascii = base
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\%]/g, '')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  const fallback = `${ascii || 'board'}${extension}`;
  const exact = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}
