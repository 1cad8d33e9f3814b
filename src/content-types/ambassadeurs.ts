/** Ambassadeurs: people who carry the pride of mbo for a year (content/ambassadeurs/, schema in src/schemas/ambassadeurs.ts). */
import type { z } from 'astro/zod';
import { path } from '../lib/routes';
import { schoolYearsPeriod } from '../lib/search-meta';
import { ambassadorSchema, type consentSchema } from '../schemas/ambassadeurs';
import { contentType, textFiles, type FormTexts } from './content-type';
import { draft, figure, summary } from './form-texts';
import { q } from './placeholders';

const placeholders = {
  personSummary: 'Schrijf hier in één of twee korte zinnen wie dit is.',
  portraitAlt: 'Beschrijf wat er op het portret te zien is.',
};

/** The consent record's fields; the CMS shows one group per basis, each with only its own fields. */
export const consentTexts: FormTexts<z.input<typeof consentSchema>> = {
  basis: {
    label: 'Hoe is de toestemming gekregen?',
    hint: 'Formulier: de persoon (of onder 16 een ouder) tekende. Openbare bron: een openbaar document noemt de persoon al.',
  },
  gegeven: { label: 'Datum van ondertekening', hint: 'De dag waarop het formulier getekend is.' },
  door: {
    label: 'Wie tekende?',
    hint: 'De persoon zelf, of een ouder of voogd. Was de persoon jonger dan 16? Dan tekent een ouder.',
  },
  onder16: {
    label: 'Jonger dan 16 bij het tekenen',
    hint: 'Kies Ja als de persoon toen jonger dan 16 was. Dan moet "door" ouder zijn.',
  },
  vastgelegd: {
    label: 'Waar ligt het formulier?',
    hint: 'Een verwijzing, zoals een zaaknummer. Nooit een scan uploaden.',
  },
  bron: { label: 'Welk openbaar document?', hint: 'Het document en waar erin, zoals "Uitvoeringsplan, voorwoord".' },
  datum: { label: 'Datum van de bron', hint: 'Alleen zo precies als de bron het zegt. Geen datum bekend? Laat leeg.' },
  omvat: {
    label: 'Wat maakte de bron openbaar?',
    hint: 'Bijvoorbeeld: voornaam, school en de geciteerde woorden. Alleen dat mag op de site.',
  },
  tot: {
    label: 'Toestemming geldig tot en met',
    hint: 'Na deze dag verdwijnt de persoon bij de volgende build van elke pagina. Leeg: geen einddatum.',
  },
};

export const ambassadeurs = contentType({
  files: textFiles,
  schema: ambassadorSchema,
  images: { portret: 512 },
  page: (id) => path('ambassador', { id }),
  form: {
    label: 'Ambassadeurs',
    singular: 'Ambassadeur',
    fields: {
      naam: { label: 'Naam', hint: 'Zoals die op de site mag staan; bij studenten vaak alleen de voornaam.' },
      soort: { label: 'Soort ambassadeur', hint: 'Student, leerbedrijf of een bekende Utrechter die mbo deed.' },
      school: { label: 'School', hint: 'De school die deze persoon vertegenwoordigt.' },
      opleiding: { label: 'Opleiding', hint: 'Alleen als een bron de opleiding noemt.' },
      niveau: { label: 'Niveau', hint: 'Mbo-niveau 1 tot en met 4, alleen als het bekend is.' },
      jaren: { label: 'Schooljaren als ambassadeur', hint: 'Zoals 2019-2020. Alleen als een bron het zegt.' },
      portret: figure('Portret'),
      citaat: {
        label: 'Citaat',
        hint: 'Alleen woorden die letterlijk in een bron staan, met die bron erbij.',
        fields: {
          tekst: { label: 'Letterlijke woorden', hint: 'Precies zoals de bron ze opschreef.' },
          bron: {
            label: 'Bron van het citaat',
            hint: 'Waar en wanneer gezegd, zoals "Raadsinformatiebijeenkomst, 5 november 2019".',
          },
        },
      },
      samenvatting: summary,
      toestemming: {
        label: 'Toestemming',
        hint: 'Zonder vastgelegde toestemming publiceren we niets over deze persoon. Kies eerst hoe de toestemming is gekregen; vul dan alleen de velden in die daarbij horen. Verzin niets.',
        fields: consentTexts,
      },
      draft,
    },
  },
  preview: { title: 'naam', lead: 'samenvatting', eyebrow: 'Ambassadeurs', image: 'portret' },
  newEntry: {
    command: 'ambassadeur',
    needs: ['naam', 'school', 'schooljaar', 'portret', 'vastgelegd'],
    questions: {
      portret: 'Bestandsnaam van het portret in content/afbeeldingen/',
      schooljaar: 'Schooljaar als ambassadeur (bijvoorbeeld 2026-2027)',
      vastgelegd: 'Waar ligt het getekende toestemmingsformulier?',
    },
    placeholders,
    frontMatter: (f, today) => {
      const under16 = f.onder16 === 'ja';
      return `naam: ${q(f.naam!)}
# student, leerbedrijf of prominent
soort: ${f.soort ?? 'student'}
school: ${f.school}
# opleiding: Naam van de opleiding
# niveau: 4
jaren: [${f.schooljaar}]
samenvatting: ${q(placeholders.personSummary)}
portret:
  src: ../afbeeldingen/${f.portret}
  alt: ${q(placeholders.portraitAlt)}
  # true als het een echte foto van de persoon is (dan is een getekend formulier nodig).
  toontPersonen: false
# Zonder vastgelegde toestemming verschijnt niets. Schrijf op hoe je de toestemming echt kreeg:
# basis: formulier (getekend formulier; jonger dan 16? dan tekent een ouder of voogd), of
# basis: openbare-bron (een openbaar document noemt deze persoon al; dat dekt alleen wat daarin staat, nooit een foto).
toestemming:
  basis: formulier
  gegeven: ${f.gegeven ?? today}
  door: ${under16 ? 'ouder' : 'zelf'}
  onder16: ${under16}
  # Een verwijzing (bijvoorbeeld een zaaknummer), nooit een scan.
  vastgelegd: ${q(f.vastgelegd!)}
  # Laatste dag dat het verhaal online mag; daarna verdwijnt het bij de volgende build.
  # tot: JJJJ-MM-DD
draft: false`;
    },
  },
  shareCard: { title: 'naam', eyebrow: () => 'Ambassadeur van het Utrechtse mbo', schools: (d) => [d.school] },
  search: {
    kind: { value: 'ambassadeur', label: 'Ambassadeur' },
    facts: (d) => ({
      schools: [d.school],
      summary: d.samenvatting,
      image: { src: d.portret.src, kind: 'portrait' },
      ...(d.jaren ? { ...schoolYearsPeriod(d.jaren), dateLabel: `Ambassadeur ${d.jaren.join(', ')}` } : {}),
    }),
  },
});
