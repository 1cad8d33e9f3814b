/** One example page per page type of the real site, for budgets and browser checks. */
export interface PageType {
  type: string;
  path: string;
  /** Pages with an enhancement script get a small JS budget; content pages get none. */
  enhanced: boolean;
}

export const realPageTypes: PageType[] = [
  { type: 'home', path: '/', enhanced: false },
  { type: 'verhaal', path: '/verhalen/fleur-eigen-bedrijf/', enhanced: false },
  { type: 'ambassadeur', path: '/ambassadeurs/fleur/', enhanced: false },
  { type: 'evenement', path: '/agenda/vuelta-2020/', enhanced: false },
  { type: 'tourverslag', path: '/mbo-tour-030/mbo-utrecht-zorg-en-welzijn/', enhanced: false },
  { type: 'schoolpagina', path: '/scholen/roc-midden-nederland/', enhanced: false },
  { type: 'agenda-overzicht', path: '/agenda/', enhanced: true },
  { type: 'zoeken', path: '/zoeken/', enhanced: true },
  { type: 'merk', path: '/mbo030/', enhanced: false },
  { type: 'merk-regels', path: '/mbo030/gebruik/', enhanced: false },
  { type: 'merk-gespot', path: '/mbo030/gespot/', enhanced: false },
  { type: 'badge-builder', path: '/mbo030/badge/', enhanced: true },
];
