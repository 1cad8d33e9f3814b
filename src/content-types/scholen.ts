/** Scholen: the Utrecht mbo schools (content/scholen/*.yaml, schema in src/schemas/scholen.ts). */
import { path } from '../lib/routes';
import { schoolSchema } from '../schemas/scholen';
import { contentType, dataFiles } from './content-type';
import { location } from './form-texts';

export const scholen = contentType({
  files: dataFiles,
  schema: () => schoolSchema,
  images: {},
  page: (id) => path('school', { id }),
  form: {
    label: 'Scholen',
    singular: 'School',
    fields: {
      naam: { label: 'Volledige naam', hint: 'Zoals de school die schrijft, zoals "ROC Midden Nederland".' },
      korteNaam: { label: 'Korte naam', hint: 'De naam die lezers kennen, zoals GLU.' },
      website: { label: 'Website', hint: 'Het webadres van de school, beginnend met https://.' },
      omschrijving: { label: 'Omschrijving', hint: 'Eén of twee zinnen over de school, in gewone taal.' },
      locaties: { label: 'Locaties', hint: 'Locaties en academies die de bronnen noemen.', fields: location },
    },
  },
  // The name is drawn twice: on the card, and on the badge every school puts on its own website.
  shareCard: { title: 'naam', eyebrow: () => 'Mbo-school in Utrecht' },
  search: {
    kind: { value: 'school', label: 'School' },
    facts: (d, id) => ({ schools: [id], summary: d.omschrijving }),
  },
});
