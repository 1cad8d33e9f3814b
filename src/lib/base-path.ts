/**
 * Normalises a deployment base path: always a leading and a trailing slash,
 * `/` when nothing (or only slashes) is given. `mbo030` → `/mbo030/`.
 */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
