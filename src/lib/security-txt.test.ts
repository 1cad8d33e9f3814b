import { describe, expect, it } from 'vitest';
import { securityTxt, securityTxtExpiry, securityTxtFields } from './security-txt';

const site = 'https://mbo030.example.nl';
const input = {
  now: new Date('2025-06-15T14:30:00Z'),
  contact: `${site}/beveiliging/`,
  policy: `${site}/beveiliging/`,
  canonical: `${site}/.well-known/security.txt`,
};

describe('security.txt (RFC 9116)', () => {
  it('expires one year after the build day', () => {
    expect(securityTxtExpiry(input.now).toISOString()).toBe('2026-06-15T00:00:00.000Z');
    expect(securityTxt(input)).toContain('\nExpires: 2026-06-15T00:00:00Z\n');
  });
  it('has the required and the promised fields, each once', () => {
    const fields = securityTxtFields(securityTxt(input));
    expect(Object.fromEntries(fields)).toEqual({
      contact: [`${site}/beveiliging/`],
      expires: ['2026-06-15T00:00:00Z'],
      'preferred-languages': ['nl, en'],
      canonical: [`${site}/.well-known/security.txt`],
      policy: [`${site}/beveiliging/`],
    });
  });
  it('is the same for every build on one day, in any time zone', () => {
    expect(securityTxt({ ...input, now: new Date('2025-06-15T00:00:01Z') })).toBe(
      securityTxt({ ...input, now: new Date('2025-06-15T23:59:59Z') }),
    );
  });
  it('lands on 1 March after a leap day', () => {
    expect(securityTxtExpiry(new Date('2024-02-29T12:00:00Z')).toISOString()).toBe('2025-03-01T00:00:00.000Z');
  });
});
