import type { APIRoute } from 'astro';
import { buildNow } from '../../lib/now';
import { securityTxt } from '../../lib/security-txt';
import { absolute, to } from '../../lib/urls';

/** Where to report a security problem (RFC 9116); expires a year after the build. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    securityTxt({
      now: buildNow(),
      contact: absolute(to.security(), site!),
      policy: absolute(to.security(), site!),
      canonical: absolute(to.securityTxt(), site!),
    }),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
