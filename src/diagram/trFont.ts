/**
 * Arimo, bundled: the TR figure names Arial first, and Arimo has Arial's metrics (SIL OFL 1.1,
 * from @fontsource/arimo), so a machine without Arial measures and draws the labels at the same
 * widths. Only the Latin subset at weight 400: the figure's labels are plain ASCII.
 *
 * Loaded by the export code only (a dynamic import away from the page's first load).
 */
import arimoWoff2 from '@fontsource/arimo/files/arimo-latin-400-normal.woff2?url&inline';

/** The font as a data URL, so that an exported SVG carries it and needs nothing else. */
export const ARIMO_DATA_URL: string = arimoWoff2;

/** The `@font-face` rule an exported TR figure carries. */
export const ARIMO_FONT_FACE = `@font-face{font-family:"Arimo";font-style:normal;font-weight:400;src:url("${ARIMO_DATA_URL}") format("woff2")}`;

let loaded: Promise<void> | null = null;

/**
 * Makes Arimo available to the page before Mermaid measures the TR figure's labels; where Arial
 * is installed the browser takes Arial (the same widths) and Arimo is never used.
 */
export function loadArimo(): Promise<void> {
  loaded ??= (async () => {
    const face = new FontFace('Arimo', `url("${ARIMO_DATA_URL}")`, { weight: '400' });
    document.fonts.add(await face.load());
  })().catch((err: unknown) => {
    loaded = null;
    throw err;
  });
  return loaded;
}
