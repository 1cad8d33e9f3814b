/**
 * Overviews in pages, so a list of thousands of stories stays a light page:
 * /verhalen/ is page 1, /verhalen/pagina/2/ the next (urls.ts `listPage`).
 */

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  total: number;
  items: T[];
}

/** Splits items into pages of `size`; always at least one (possibly empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** Page numbers to show around the current one: 1 … 4 5 [6] 7 8 … 20 (null = a gap). */
export function pageWindow(current: number, total: number, spread = 2): (number | null)[] {
  const shown = new Set([1, total]);
  for (let n = current - spread; n <= current + spread; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1]! > 1) out.push(null);
    out.push(n);
  });
  return out;
}
