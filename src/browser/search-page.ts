/**
 * `<zoek-pagina>`: turns the static search form on /zoeken/ into live search.
 * Loads Pagefind from the site's own bundle on first use, keeps the state in
 * the URL (`?q=…&school=…`), announces the result count in a live region and
 * shows results ten at a time. Everything it needs is in the server HTML; if
 * loading fails, the baseline notice with links to the overviews stays.
 */
import {
  hasSearch,
  pagefindOptions,
  parseSearch,
  resultSummary,
  searchString,
  type SearchState,
} from '../lib/search-query';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o: ReturnType<typeof pagefindOptions>) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;

/** Keeps only text and `<mark>` from Pagefind's excerpt HTML. */
function excerptNodes(html: string): Node[] {
  const t = document.createElement('template');
  t.innerHTML = html;
  return [...t.content.childNodes].map((n) => {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      return m;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}

function resultCard(r: PagefindResultData, showSummary: boolean): HTMLLIElement {
  const m = r.meta;
  const thumb = m.image
    ? Object.assign(el('img', 'size-16 shrink-0 rounded-lg object-cover'), {
        src: m.image,
        alt: '',
        width: 64,
        height: 64,
        loading: 'lazy',
        decoding: 'async',
      })
    : el(
        'span',
        'flex size-16 shrink-0 items-center justify-center rounded-lg bg-geel-licht text-2xl font-extrabold text-inkt',
        (m.soort ?? '?').slice(0, 1),
      );
  if (!m.image) thumb.setAttribute('aria-hidden', 'true');
  const eyebrow = el('p', 'eyebrow', m.soort ?? 'Pagina');
  if (m.datum) eyebrow.append(' · ', el('span', 'normal-case tracking-normal text-inkt-zacht', m.datum));
  const link = Object.assign(el('a', 'card-link text-inkt no-underline hover:underline', m.title ?? r.url), {
    href: r.url,
  });
  const text = el(
    'p',
    'mt-1 text-inkt-zacht',
    ...(showSummary || !r.excerpt ? [m.samenvatting ?? ''] : excerptNodes(r.excerpt)),
  );
  return el(
    'li',
    'card flex-row gap-4 p-4',
    thumb,
    el('div', 'min-w-0', eyebrow, el('h2', 'mt-1 text-xl', link), text),
  );
}

class SearchPage extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #run = 0;
  #pending: PagefindResult[] = [];
  #form = this.querySelector('form')!;
  #status = this.querySelector<HTMLElement>('[data-search-status]')!;
  #list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
  #more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
  #notice = this.querySelector<HTMLElement>('[data-search-notice]')!;

  connectedCallback() {
    if (import.meta.env.DEV) return; // no index in `astro dev`: the notice says so
    this.#notice.hidden = true;
    this.#fill(parseSearch(location.search));
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#search();
    });
    this.#form.addEventListener('input', () => void this.#search());
    this.#more.addEventListener('click', () => void this.#showMore(true));
    window.addEventListener('popstate', () => {
      this.#fill(parseSearch(location.search));
      void this.#search(false);
    });
    // A reader on /zoeken/ came to search: fetch Pagefind now, while they type.
    if (hasSearch(parseSearch(location.search))) void this.#search(false);
    else void this.#load().catch(() => undefined);
  }

  /** Puts a state into the form fields. */
  #fill(state: SearchState) {
    const f = this.#form.elements;
    (f.namedItem('q') as HTMLInputElement).value = state.q;
    for (const name of ['soort', 'school', 'sector', 'jaar'] as const)
      (f.namedItem(name) as HTMLSelectElement).value = state.filters[name] ?? '';
    (f.namedItem('sorteer') as HTMLSelectElement).value = state.sort;
    // Filters in use stay in view; otherwise they fold away to keep results close on a phone.
    if (Object.keys(state.filters).length > 0 || state.sort !== 'relevantie')
      this.querySelector('details')!.open = true;
  }

  #state(): SearchState {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(this.#form)) if (typeof v === 'string') params.set(k, v);
    return parseSearch(`?${params}`);
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const url = `${this.dataset.bundle}pagefind.js`;
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pf.options({ baseUrl: this.dataset.base, excerptLength: 24 });
      await pf.init();
      return pf;
    })();
    return this.#pagefind;
  }

  async #search(updateUrl = true) {
    const run = ++this.#run;
    const state = this.#state();
    if (updateUrl) history.replaceState(history.state, '', `${location.pathname}${searchString(state)}`);
    this.#list.setAttribute('aria-busy', 'true');
    if (!hasSearch(state)) {
      this.#list.removeAttribute('aria-busy');
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = '';
      return;
    }
    try {
      const pf = await this.#load();
      const found = await pf.search(state.q || null, pagefindOptions(state));
      if (!found || run !== this.#run) return; // a newer search has started
      this.#pending = [...found.results];
      this.#list.replaceChildren();
      this.#showSummary = state.q === '';
      await this.#showMore(false, run);
      if (run !== this.#run) return;
      this.#status.textContent = resultSummary(found.results.length, state);
      this.#list.removeAttribute('aria-busy');
    } catch {
      if (run !== this.#run) return;
      this.#list.removeAttribute('aria-busy');
      this.#status.textContent = 'Zoeken lukt nu niet. Probeer het later opnieuw, of gebruik de overzichten hieronder.';
      this.#notice.classList.remove('only-without-js');
      this.#notice.hidden = false;
    }
  }

  #showSummary = false;

  /** Shows the next page of results; after "Meer resultaten", focus moves to the first new one. */
  async #showMore(moveFocus: boolean, run = this.#run) {
    const next = this.#pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.#run) return;
    const cards = data.map((d) => resultCard(d, this.#showSummary));
    this.#list.append(...cards);
    this.#more.hidden = this.#pending.length === 0;
    if (moveFocus) cards[0]?.querySelector('a')?.focus();
  }
}

customElements.define('zoek-pagina', SearchPage);
