/**
 * The plain share links of the "Deel" block: each is an ordinary link that
 * loads nothing from another site until a reader clicks it (no button scripts,
 * no counters, no tracking pixels).
 */
export interface ShareLinks {
  /** The page's own address, for "Kopieer link" and the Web Share button. */
  url: string;
  title: string;
  whatsapp: string;
  linkedin: string;
  email: string;
}

export function shareLinks(url: string, title: string): ShareLinks {
  const e = encodeURIComponent;
  return {
    url,
    title,
    whatsapp: `https://wa.me/?text=${e(`${title} ${url}`)}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${e(url)}`,
    email: `mailto:?subject=${e(title)}&body=${e(`${title}\n\n${url}`)}`,
  };
}
