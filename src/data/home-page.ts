/** What the home page shows: the newest stories, the coming events, the tour's progress and its own words. */
import { tourProgressData } from './tour-progress-block';
import { siteContent } from './site';

export async function homePage() {
  const { stories, upcoming } = await siteContent();
  return { stories, upcoming, progress: await tourProgressData(), text: homeText };
}
/** What the home page says in its own words; every claim with the place in the plan that makes it. */
export const homeText = {
  description:
    "mbo030 wil het Utrechtse mbo in de schijnwerpers zetten: verhalen van mbo'ers, ambassadeurs, de agenda en de Mbo Tour 030.",
  quoteCredit:
    '"Mega Belangrijk Onderwijs" is de vondst van een mbo-ambassadeur. Wethouder Klaas Verschuure schrijft dat hij het geregeld gebruikt.',
  quoteSource: 'Uitvoeringsplan Sterk Utrechts mbo 2020-2022, voorwoord',
  lead: "Mbo'ers bouwen onze huizen, ontwikkelen onze software en zijn de handen aan het bed. In het plan voor 2020-2022 wil de gemeente Utrecht het mbo in de schijnwerpers zetten, onder meer met de campagne mbo030.",
  leadSource: 'Uitvoeringsplan Sterk Utrechts mbo 2020-2022, samenvatting en hoofdstuk 2',
  noUpcoming: 'Er staan nu geen evenementen met een datum die nog komt in de agenda.',
  noUpcomingLink: 'Bekijk de hele agenda',
  studentLife:
    "Sinds studiejaar 2020-2021 zijn mbo'ers officieel student. Volgens het plan voor 2020-2022 wil de gemeente dat ze net zo meedoen in het Utrechtse studentenleven als hbo- en wo-studenten.",
  trademark:
    "Het plan voor 2020-2022 noemt stadsbussen, grote bouwprojecten en zorginstellingen als plekken voor het merk mbo030: daar dragen mbo'ers bij aan de stad. Mbo-studenten zouden het merk ontwikkelen.",
} as const;

export type HomePageView = Awaited<ReturnType<typeof homePage>>;
