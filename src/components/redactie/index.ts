/** The editor components, passed to every MDX entry so editors never import them. */
import Citaat from './Citaat.astro';
import Feiten from './Feiten.astro';
import Foto from './Foto.astro';
import Knop from './Knop.astro';
import Persoon from './Persoon.astro';
import type { EditorComponentName } from '../../lib/vocabulary';

export const editorComponents: Record<EditorComponentName, unknown> = { Citaat, Foto, Feiten, Knop, Persoon };
