/**
 * The components editors may use in MDX, without importing them. The content
 * checker reads this list; `index.ts` maps the names to the components.
 */
export const editorComponentNames = ['Citaat', 'Foto', 'Feiten', 'Knop', 'Persoon'] as const;
export type EditorComponentName = (typeof editorComponentNames)[number];
