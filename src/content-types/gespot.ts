/** Gespot: places in the city where the trademark mbo030 appears (content/gespot/, schema in src/schemas/gespot.ts). */
import { path } from '../lib/routes';
import { spottedSchema } from '../schemas/gespot';
import { contentType, textFiles } from './content-type';
import { draft, figure, schools, source, vagueDate } from './form-texts';
import { q, sharedPlaceholders } from './placeholders';

const placeholders = {
  spottedSource: 'Wie het zag en wanneer, of welk document het noemt.',
  spottedWhat: 'Wat draagt het merk? Bijvoorbeeld: een sticker op de bus.',
  spottedContribution: "Welke mbo'ers droegen bij? Een opleiding of groep; een naam alleen met toestemming.",
};

export const gespot = contentType({
  files: textFiles,
  schema: spottedSchema,
  images: { afbeelding: 800 },
  // No page per entry: every place is shown in the gallery.
  page: () => path('spotted'),
  form: {
    label: 'Gespot',
    singular: 'Plek',
    fields: {
      titel: { label: 'Titel', hint: 'Kort, zoals "In de stadsbus".' },
      wat: { label: 'Wat draagt het merk?', hint: 'Bijvoorbeeld "stickers in de stadsbussen".' },
      waar: { label: 'Waar in de stad?', hint: 'De plek in Utrecht.' },
      bijdrage: { label: "Bijdrage van mbo'ers", hint: 'Een opleiding of groep; een naam alleen met toestemming.' },
      scholen: schools,
      stand: { label: 'Stand', hint: 'Gepland (een plan noemt de plek) of gezien (het merk is er echt).' },
      datum: vagueDate('Datum'),
      bron: source,
      afbeelding: figure('Afbeelding'),
      volgorde: { label: 'Volgorde', hint: 'Lager komt eerder in de galerij.' },
      draft,
    },
  },
  preview: { title: 'titel', lead: 'wat', eyebrow: 'Gespot', image: 'afbeelding' },
  newEntry: {
    command: 'gespot',
    needs: ['titel', 'waar', 'afbeelding'],
    questions: { waar: 'Waar in de stad is het merk te zien?' },
    placeholders,
    frontMatter: (f, today) => `titel: ${q(f.titel!)}
wat: ${q(placeholders.spottedWhat)}
waar: ${q(f.waar!)}
bijdrage: ${q(placeholders.spottedContribution)}
scholen: [${f.school ?? ''}]
# gepland (een plan noemt de plek) of gezien (het merk is er echt)
stand: gezien
datum: ${today}
bron: ${q(placeholders.spottedSource)}
afbeelding:
  src: ../afbeeldingen/${f.afbeelding}
  alt: ${q(sharedPlaceholders.imageAlt)}
draft: false`,
  },
});
