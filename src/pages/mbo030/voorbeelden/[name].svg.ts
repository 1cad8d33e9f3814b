import type { APIRoute, GetStaticPaths } from 'astro';
import { ruleExampleSvg, ruleExamples, type RuleExample } from '../../../lib/trademark/examples';
import { assertSafeSvg } from '../../../lib/trademark/svg-checks';

export const getStaticPaths = (() =>
  ruleExamples.map((e) => ({ params: { name: e.name }, props: { e } }))) satisfies GetStaticPaths;

/** Pictures of the usage rules (do's and don'ts). */
export const GET: APIRoute = ({ props }) => {
  const e = props.e as RuleExample;
  return new Response(assertSafeSvg(e.name, ruleExampleSvg(e)), { headers: { 'Content-Type': 'image/svg+xml' } });
};
