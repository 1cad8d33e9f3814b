/** Verhalen: personal stories of mbo'ers (content/verhalen/, schema in src/schemas/verhalen.ts). */
import { formatDate } from '../lib/dutch-dates';
import { path } from '../lib/routes';
import { sectors } from '../lib/vocabulary';
import { storySchema } from '../schemas/verhalen';
import { contentType, textFiles } from './content-type';
import { ambassadors, draft, figure, schools, source, summary, title, vagueDate } from './form-texts';
import { q, sharedPlaceholders } from './placeholders';

const placeholders = { storySummary: 'Schrijf hier in één of twee korte zinnen waar het verhaal over gaat.' };

export const verhalen = contentType({
  files: textFiles,
  schema: storySchema,
  images: { afbeelding: 1200 },
  page: (id) => path('story', { id }),
  form: {
    label: 'Verhalen',
    singular: 'Verhaal',
    fields: {
      titel: title,
      samenvatting: summary,
      ambassadeurs: ambassadors,
      scholen: schools,
      sector: { label: 'Sector', hint: 'Bij welke sector hoort het verhaal?' },
      gebeurd: vagueDate('Wanneer gebeurde het?'),
      datum: { label: 'Publicatiedatum', hint: 'De dag waarop het verhaal op deze site verschijnt.' },
      bron: source,
      afbeelding: figure('Hoofdafbeelding'),
      tags: { label: 'Trefwoorden', hint: 'Losse woorden in kleine letters, zoals techniek.' },
      draft,
    },
  },
  preview: { title: 'titel', lead: 'samenvatting', eyebrow: 'Verhalen', image: 'afbeelding' },
  newEntry: {
    command: 'verhaal',
    needs: ['titel', 'school', 'sector', 'afbeelding'],
    questions: { sector: `Sector (${sectors.join(', ')})` },
    placeholders,
    frontMatter: (f, today) => `titel: ${q(f.titel!)}
# Eén of twee zinnen voor lijsten, zoekresultaten en links (max. 160 tekens).
samenvatting: ${q(placeholders.storySummary)}
# Ids uit content/ambassadeurs/ (leeg laten als het verhaal niet over een ambassadeur gaat).
ambassadeurs: [${f.ambassadeur ?? ''}]
scholen: [${f.school}]
sector: ${f.sector}
# Wanneer gebeurde het of werd het gezegd? Zo precies als de bron zegt: JJJJ-MM-DD, JJJJ-MM of JJJJ.
# Noemt de bron geen datum? Laat deze regel dan weg (verzin geen datum).
# gebeurd: JJJJ-MM-DD
# De dag dat het verhaal op deze site komt.
datum: ${today}
# Waar komen de feiten vandaan? Document en paragraaf, of een webadres. Staat op de pagina als "Bron".
bron: ${q(sharedPlaceholders.source)}
afbeelding:
  src: ../afbeeldingen/${f.afbeelding}
  # Wat is er te zien? Niet "foto": beschrijf het beeld.
  alt: ${q(sharedPlaceholders.imageAlt)}
tags: []
# Zet op true om het verhaal nog niet te publiceren.
draft: false`,
  },
  shareCard: { title: 'titel', eyebrow: (d) => `Verhaal · ${d.sector}`, schools: (d) => d.scholen },
  // Sorted and filtered by the day it was published here ("nieuwste eerst"), and labelled as such.
  search: {
    kind: { value: 'verhaal', label: 'Verhaal' },
    facts: (d) => ({
      schools: d.scholen,
      summary: d.samenvatting,
      image: { src: d.afbeelding.src, kind: 'wide' },
      sector: d.sector,
      start: d.datum,
      dateLabel: `Op mbo030 sinds ${formatDate(d.datum)}`,
    }),
  },
  feed: (d) => ({
    title: d.titel,
    published: d.datum,
    description: d.samenvatting,
    schools: d.scholen,
    categories: [d.sector],
  }),
});
