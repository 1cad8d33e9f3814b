/**
 * Lets editors zoom in /admin/ (WCAG 1.4.4). Sveltia CMS adds its own viewport
 * <meta> with `maximum-scale=1`, which blocks pinch zoom on phones and fails
 * axe's meta-viewport rule. Every viewport <meta> that appears in the head
 * (ours, and the CMS's whenever it adds or changes one) keeps its other parts
 * but loses what limits zoom.
 */

/** A viewport `content` without `maximum-scale`, `minimum-scale` or `user-scalable`. */
export function zoomableViewport(content: string): string {
  return content
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^(maximum-scale|minimum-scale|user-scalable)\s*=/i.test(part))
    .join(', ');
}

function unblock(meta: Element): void {
  const content = meta.getAttribute('content') ?? '';
  const zoomable = zoomableViewport(content);
  if (zoomable !== content) meta.setAttribute('content', zoomable);
}

/** Rewrites every viewport <meta> now and each one added or changed later. */
export function allowZoom(doc: Document = document): MutationObserver {
  const all = () => doc.head.querySelectorAll('meta[name="viewport"]').forEach(unblock);
  all();
  const observer = new MutationObserver(all);
  observer.observe(doc.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['content', 'name'] });
  return observer;
}

if (typeof document !== 'undefined') allowZoom();
