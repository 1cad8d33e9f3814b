/** Date precision: how exactly a source dates something. Shared by events and tour visits. */
import { z } from 'astro/zod';
import { impliedPrecision, type LocalDate } from '../lib/local-date';
import { precisions, type Precision } from '../lib/vocabulary';

export const precisionSchema = z
  .enum(precisions, { error: 'Kies precisie: dag, maand of jaar (zo precies als de bron het zegt).' })
  .optional();

const rank: Record<LocalDate['granularity'], number> = { jaar: 0, maand: 1, dag: 2, tijd: 3 };

export { impliedPrecision };

/** A Dutch complaint when the stated precision claims more than the date gives, else undefined. */
export function precisionMismatch(d: LocalDate, precision: Precision): string | undefined {
  if (rank[d.granularity] < rank[precision]) {
    return `Precisie '${precision}' vraagt een preciezere datum dan "${d.date.slice(0, d.granularity === 'jaar' ? 4 : 7)}". Geef de hele datum of kies precisie: ${impliedPrecision(d)}.`;
  }
  return undefined;
}
