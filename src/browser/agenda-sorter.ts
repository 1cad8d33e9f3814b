/**
 * Moves events whose date passed after the build to "Datum net voorbij", and
 * adds the passed-date sentence (data-passed-note) to a card without a recorded outcome.
 */
class AgendaSorter extends HTMLElement {
  connectedCallback() {
    const now = Date.now();
    const recent = this.querySelector<HTMLElement>('[data-just-ended]');
    const list = recent?.querySelector('ul');
    if (!recent || !list) return;
    for (const item of this.querySelectorAll<HTMLElement>('[data-upcoming] li[data-ends]')) {
      if (Date.parse(item.dataset.ends ?? '') > now) continue;
      const card = item.querySelector('[data-event-card]');
      if (card && this.dataset.passedNote && !card.querySelector('[data-event-state]')) {
        const note = document.createElement('p');
        note.className = 'mt-2 text-sm font-bold';
        note.dataset.eventState = '';
        note.textContent = this.dataset.passedNote;
        card.querySelector('h4, h3, h2')?.after(note);
      }
      list.prepend(item);
      recent.hidden = false;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-upcoming] [data-group]')) {
      if (!group.querySelector('li')) group.remove();
    }
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (empty && !this.querySelector('[data-upcoming] li')) empty.hidden = false;
  }
}
customElements.define('agenda-sorter', AgendaSorter);
