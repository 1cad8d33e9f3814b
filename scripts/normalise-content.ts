/**
 * npm run inhoud:opmaken [-- <map> …]: zet elk inhoudsbestand in de vorm waarin
 * de redactieomgeving (/admin/) opslaat, zodat de eerste keer opslaan in het CMS
 * alleen de regels verandert die een redacteur veranderde. De waarden blijven
 * gelijk. Zonder map: CONTENT_DIR, anders content/.
 */
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [process.env.CONTENT_DIR ?? 'content'];
const { normaliseContent } = await import('../src/admin/normalise.ts');

let unreadableCount = 0;
for (const dir of dirs) {
  const { changed, unreadable } = normaliseContent(dir);
  for (const f of changed) console.log(`opgemaakt: ${dir}/${f}`);
  for (const f of unreadable)
    console.log(`niet gelezen: ${dir}/${f} (los eerst de fout op die npm run check:content noemt)`);
  unreadableCount += unreadable.length;
  console.log(
    changed.length
      ? `${changed.length} bestand(en) in ${dir} opgemaakt.`
      : `Alle bestanden in ${dir} staan al in de vorm van de redactieomgeving.`,
  );
}
process.exit(unreadableCount ? 1 : 0);

export {};
