/**
 * Items in groups of at most `size`: the columns of a side-by-side table (goals by month, scenarios) go in
 * tables of a few columns each, so a printed page and a laptop screen never get a table wider than they are.
 */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let at = 0; at < items.length; at += size) groups.push(items.slice(at, at + size));
  return groups;
}
