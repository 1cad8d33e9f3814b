/** One example page per page type of the real site, for budgets and browser checks. */
import type { ScriptAllowance } from '../gates/budgets';
export interface PageType {
  type: string;
  path: string;
  /** Enhancement pages get a small JS budget, story, event and diary pages the share element's 1 KB, other content pages none. */
  scripts: ScriptAllowance;
}

export const realPageTypes: PageType[] = [
  { type: 'home', path: '/', scripts: 'none' },
  { type: 'verhaal', path: '/verhalen/fleur-eigen-bedrijf/', scripts: 'share' },
  { type: 'ambassadeur', path: '/ambassadeurs/fleur/', scripts: 'none' },
  { type: 'evenement', path: '/agenda/vuelta-2020/', scripts: 'share' },
  { type: 'tourverslag', path: '/mbo-tour-030/mbo-utrecht-zorg-en-welzijn/', scripts: 'share' },
  { type: 'schoolpagina', path: '/scholen/roc-midden-nederland/', scripts: 'none' },
  { type: 'agenda-overzicht', path: '/agenda/', scripts: 'enhanced' },
  { type: 'zoeken', path: '/zoeken/', scripts: 'enhanced' },
  { type: 'merk', path: '/mbo030/', scripts: 'none' },
  { type: 'merk-regels', path: '/mbo030/gebruik/', scripts: 'none' },
  { type: 'merk-gespot', path: '/mbo030/gespot/', scripts: 'none' },
  { type: 'badge-builder', path: '/mbo030/badge/', scripts: 'enhanced' },
];
