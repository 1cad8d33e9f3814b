/**
 * Two fixes to Sveltia CMS's page, so /admin/ passes axe (WCAG 2.2 AA) like the site:
 *
 * - Editors can zoom (WCAG 1.4.4). The CMS adds its own viewport <meta> with
 *   `maximum-scale=1`, which blocks pinch zoom on phones. Every viewport <meta>
 *   in the head (ours, and the CMS's whenever it adds or changes one) keeps its
 *   other parts but loses what limits zoom.
 * - The preview pane says it is Dutch (WCAG 3.1.1). The CMS gives the preview's
 *   document its locale key as language: `_default` on a site with one
 *   language, which is no language at all. Each preview document gets `nl`.
 */

/** A viewport `content` without `maximum-scale`, `minimum-scale` or `user-scalable`. */
export function zoomableViewport(content: string): string {
  return content
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^(maximum-scale|minimum-scale|user-scalable)\s*=/i.test(part))
    .join(', ');
}

/** The language a preview document should say it is in: its own if that is a language tag, else Dutch. */
export function previewLang(lang: string | null): string {
  return lang && /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(lang) ? lang : 'nl';
}

function unblock(meta: Element): void {
  const content = meta.getAttribute('content') ?? '';
  const zoomable = zoomableViewport(content);
  if (zoomable !== content) meta.setAttribute('content', zoomable);
}

function setPreviewLang(frame: HTMLIFrameElement): void {
  const html = frame.contentDocument?.documentElement;
  if (!html) return;
  const lang = previewLang(html.getAttribute('lang'));
  if (html.getAttribute('lang') !== lang) html.setAttribute('lang', lang);
}

/** Applies both fixes now and to every viewport <meta> and preview frame that appears or changes later. */
export function fixEditorPage(doc: Document = document): MutationObserver {
  const frames = new WeakSet<HTMLIFrameElement>();
  const watchFrame = (frame: HTMLIFrameElement) => {
    setPreviewLang(frame);
    if (frames.has(frame)) return;
    frames.add(frame);
    // Each render of the preview loads a new document into the frame.
    frame.addEventListener('load', () => setPreviewLang(frame));
  };
  const fixWithin = (node: Node) => {
    if (!(node instanceof Element)) return;
    if (node.matches('meta[name="viewport"]')) unblock(node);
    if (node instanceof HTMLIFrameElement) watchFrame(node);
    node.querySelectorAll('meta[name="viewport"]').forEach(unblock);
    node.querySelectorAll('iframe').forEach(watchFrame);
  };
  fixWithin(doc.documentElement);
  // Only what changed is looked at: the CMS changes its page all the time.
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') fixWithin(r.target);
      else r.addedNodes.forEach(fixWithin);
    }
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['content', 'name'],
  });
  return observer;
}

if (typeof document !== 'undefined') fixEditorPage();
