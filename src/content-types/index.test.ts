import { describe, expect, it } from 'vitest';
import { plainPageKind } from '../lib/search-meta';
import { collectionNames, contentTypes } from './index';

describe('the content type registry', () => {
  const kinds = [...collectionNames.flatMap((n) => contentTypes[n].search?.kind ?? []), plainPageKind];

  it('gives every search kind its own value and label, so the soort filter tells them apart', () => {
    expect(new Set(kinds.map((k) => k.value)).size).toBe(kinds.length);
    expect(new Set(kinds.map((k) => k.label)).size).toBe(kinds.length);
  });
});
