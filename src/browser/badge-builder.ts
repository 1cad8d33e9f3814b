/**
 * `<badge-builder>`: runs the badge builder (CSS hides it without JavaScript, when
 * the full list of codes below does the job, and shows it from the first paint
 * otherwise, so nothing moves), previews the chosen badge on the
 * chosen background, and copies exactly the code shown to the clipboard.
 */
import { builderSnippet, type BadgeSize, type BuilderBadge, type BuilderTarget } from '../lib/trademark/snippet';

class BadgeBuilder extends HTMLElement {
  #badges = JSON.parse(this.dataset.badges ?? '[]') as BuilderBadge[];
  #targets = JSON.parse(this.dataset.targets ?? '[]') as BuilderTarget[];
  #form = this.querySelector<HTMLFormElement>('form[data-builder]')!;
  #preview = this.querySelector<HTMLElement>('[data-preview]')!;
  #code = this.querySelector<HTMLTextAreaElement>('#badge-code')!;
  #status = this.querySelector<HTMLElement>('[data-copy-status]')!;

  connectedCallback() {
    const f = this.#form.elements;
    const school = new URLSearchParams(location.search).get('school');
    if (school && this.#targets.some((t) => t.school === school))
      (f.namedItem('school') as HTMLSelectElement).value = school;
    this.#form.addEventListener('change', () => this.#update());
    this.#form.addEventListener('submit', (e) => e.preventDefault());
    this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy());
    this.#update();
  }

  #update() {
    const f = this.#form.elements;
    const school = (f.namedItem('school') as HTMLSelectElement).value;
    const variant = f.namedItem('variant') as HTMLSelectElement;
    // A school's own badge needs a school.
    const own = variant.querySelector<HTMLOptionElement>('option[value="school"]')!;
    own.disabled = school === '';
    own.textContent = own.disabled ? 'De badge van je school (kies eerst een school)' : 'De badge van je school';
    if (own.disabled && variant.value === 'school') variant.value = 'licht';
    const badge = this.#badges.find((b) =>
      variant.value === 'school' ? b.school === school : b.key === variant.value && !b.school,
    )!;
    const target = this.#targets.find((t) => t.school === school)!;
    // Only the sizes this badge is offered at (the square one has no Klein: its mark would be under 80 px).
    const sizes = f.namedItem('maat') as RadioNodeList;
    for (const radio of sizes as unknown as Iterable<HTMLInputElement>)
      radio.disabled = !badge.sizes.includes(radio.value as BadgeSize);
    if (!badge.sizes.includes(sizes.value as BadgeSize)) sizes.value = 'normaal';
    const size = sizes.value as BadgeSize;
    const png = (f.namedItem('png') as HTMLInputElement).checked;
    this.#code.value = builderSnippet(badge, target, size, png);
    this.#preview.dataset.background = (f.namedItem('achtergrond') as RadioNodeList).value;
    // The same snippet, loading the badge from this site (the code names the production domain).
    // It is built here from our own data, so rendering it is safe.
    this.#preview.innerHTML = builderSnippet({ ...badge, url: badge.local }, target, size, png);
    this.#preview.querySelector('a')?.setAttribute('tabindex', '-1');
    this.#status.textContent = '';
  }

  async #copy() {
    let message: string;
    try {
      await navigator.clipboard.writeText(this.#code.value);
      message = 'Gekopieerd. Plak de code nu in je website.';
    } catch {
      this.#code.focus();
      this.#code.select();
      message = 'Kopiëren lukte niet automatisch. De code is geselecteerd: kopieer met Ctrl+C (of Cmd+C).';
    }
    // Empty first, then the message in the next frame: a screen reader announces it again on a second copy.
    this.#status.textContent = '';
    requestAnimationFrame(() => (this.#status.textContent = message));
  }
}

customElements.define('badge-builder', BadgeBuilder);
