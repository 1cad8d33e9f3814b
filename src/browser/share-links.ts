/**
 * <share-links>: the "Deel" block. Without JavaScript its plain links work
 * (WhatsApp, LinkedIn, e-mail, a link to the page). With the Web Share API it
 * offers one "Delen" button in the same place (the links stay in the layout,
 * invisible, so nothing moves); "Link naar deze pagina" then copies the link.
 */
class ShareLinks extends HTMLElement {
  connectedCallback(): void {
    const url = this.dataset.url ?? location.href;
    const title = this.dataset.title ?? document.title;
    const status = this.querySelector('[data-status]');
    const say = (text: string) => status && (status.textContent = text);
    const button = this.querySelector<HTMLButtonElement>('button');
    if (button && typeof navigator.share === 'function') {
      this.setAttribute('data-native', '');
      button.hidden = false;
      button.onclick = () => navigator.share({ title, url }).catch(() => undefined);
    }
    const copy = this.querySelector<HTMLAnchorElement>('[data-copy]');
    if (copy && navigator.clipboard)
      copy.onclick = (e) => {
        e.preventDefault();
        navigator.clipboard.writeText(url).then(
          () => say('De link is gekopieerd.'),
          () => say(url),
        );
      };
  }
}
customElements.define('share-links', ShareLinks);
