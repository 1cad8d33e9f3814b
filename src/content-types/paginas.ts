/** Paginas: fixed pages such as /over/ and /privacy/ (content/paginas/, schema in src/schemas/paginas.ts). */
import { path } from '../lib/routes';
import { pageSchema } from '../schemas/paginas';
import { contentType, textFiles } from './content-type';
import { title } from './form-texts';

export const paginas = contentType({
  files: textFiles,
  schema: () => pageSchema,
  images: {},
  // The file name is the URL; `mbo030` is the trademark's own page.
  page: (id) => (id === 'mbo030' ? path('trademark') : path('page', { id })),
  form: {
    label: "Vaste pagina's",
    singular: 'Pagina',
    fields: {
      titel: title,
      beschrijving: { label: 'Beschrijving', hint: 'Eén zin voor zoekresultaten en links.' },
      intro: { label: 'Inleiding', hint: 'Korte inleiding onder de kop.' },
    },
  },
  preview: { title: 'titel', lead: 'intro', eyebrow: '' },
});
