/**
 * Where the CMS saves and how editors sign in, from the environment of the
 * build (docs/deploy.md explains each). Without OAuth an editor signs in with a
 * personal GitHub token; nothing runs on a server of ours.
 */
import { normalizeBase } from '../lib/base-path';

export interface CmsSettings {
  /** The GitHub repository, `owner/name`: MBO030_CMS_REPO, else GitHub Actions' own GITHUB_REPOSITORY. */
  repo: string;
  /** The branch pull requests go into: MBO030_CMS_BRANCH, default `main`. */
  branch: string;
  /** The site's address and base path, for links from the CMS to the site. */
  siteUrl: string;
  base: string;
  /** The Sveltia CMS Authenticator (or another OAuth client) when OAuth is set up: MBO030_CMS_OAUTH_URL. */
  oauthUrl?: string;
  /** Its origin, which the admin policy must allow. */
  oauthOrigin?: string;
  /** The name of the commit status that carries a pull request's preview URL: MBO030_CMS_PREVIEW_CONTEXT. */
  previewContext?: string;
}

export function cmsSettings(env: Record<string, string | undefined> = process.env): CmsSettings {
  const oauthUrl = env.MBO030_CMS_OAUTH_URL || undefined;
  return {
    repo: env.MBO030_CMS_REPO || env.GITHUB_REPOSITORY || 'gemeente-utrecht/mbo030',
    branch: env.MBO030_CMS_BRANCH || 'main',
    siteUrl: env.SITE_URL ?? 'https://mbo030.example.nl',
    base: normalizeBase(env.BASE_PATH),
    ...(oauthUrl ? { oauthUrl, oauthOrigin: new URL(oauthUrl).origin } : {}),
    ...(env.MBO030_CMS_PREVIEW_CONTEXT ? { previewContext: env.MBO030_CMS_PREVIEW_CONTEXT } : {}),
  };
}
