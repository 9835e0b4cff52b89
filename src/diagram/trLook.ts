/**
 * The TR look: how Figure 6.3.4.3.2-1 is drawn for the TR, in 3GPP style (black lines and text
 * on white, Arial). This object is the one definition of that look: it is written into the
 * `.mmd` file's front-matter, and the app renders that very file, so stock Mermaid draws the same
 * figure from the file alone.
 *
 * Sizes: the figure goes into Word 17 cm wide, and labels must be at least 8 pt there
 * (`labelPoints` in trExport.ts checks the drawn figure). Text is measured in Arial or, where a
 * machine has no Arial, in Arimo, which has Arial's metrics and is bundled (trFont.ts).
 */

/** Arial first (what Word and a 3GPP template use), then its metric twins. */
export const TR_FONT_FAMILY = 'Arial, Arimo, "Liberation Sans", Helvetica, sans-serif';
export const TR_FONT_SIZE = 16;

const INK = '#000000';
const PAPER = '#ffffff';

export const TR_LOOK = {
  theme: 'base',
  look: 'classic',
  fontFamily: TR_FONT_FAMILY,
  themeVariables: {
    fontFamily: TR_FONT_FAMILY,
    fontSize: `${TR_FONT_SIZE}px`,
    background: PAPER,
    primaryColor: PAPER,
    primaryTextColor: INK,
    primaryBorderColor: INK,
    secondaryColor: PAPER,
    tertiaryColor: PAPER,
    lineColor: INK,
    textColor: INK,
    mainBkg: PAPER,
    actorBkg: PAPER,
    actorBorder: INK,
    actorTextColor: INK,
    actorLineColor: INK,
    signalColor: INK,
    signalTextColor: INK,
    labelBoxBkgColor: PAPER,
    labelBoxBorderColor: INK,
    labelTextColor: INK,
    loopTextColor: INK,
    noteBkgColor: PAPER,
    noteBorderColor: INK,
    noteTextColor: INK,
    activationBkgColor: PAPER,
    activationBorderColor: INK,
    sequenceNumberColor: PAPER,
  },
  sequence: {
    mirrorActors: false,
    wrap: false,
    showSequenceNumbers: false,
    hideUnusedParticipants: false,
    actorFontFamily: TR_FONT_FAMILY,
    messageFontFamily: TR_FONT_FAMILY,
    noteFontFamily: TR_FONT_FAMILY,
    actorFontSize: TR_FONT_SIZE,
    messageFontSize: TR_FONT_SIZE,
    noteFontSize: TR_FONT_SIZE,
    actorFontWeight: 400,
    messageFontWeight: 400,
    noteFontWeight: 400,
    width: 110,
    height: 44,
    actorMargin: 24,
    boxMargin: 8,
    boxTextMargin: 4,
    noteMargin: 8,
    messageMargin: 28,
    messageAlign: 'center',
    diagramMarginX: 8,
    diagramMarginY: 8,
    bottomMarginAdj: 0,
    rightAngles: false,
    useMaxWidth: false,
  },
} as const;

/** A YAML scalar: numbers and booleans bare, strings double-quoted (JSON's quoting is YAML's). */
const scalar = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

function yaml(value: Readonly<Record<string, unknown>>, indent: string): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    v !== null && typeof v === 'object'
      ? [`${indent}${k}:`, ...yaml(v as Record<string, unknown>, `${indent}  `)]
      : [`${indent}${k}: ${scalar(v)}`],
  );
}

/**
 * A diagram with its configuration in front-matter (`---` / `config:` / `---`), which Mermaid
 * reads before the diagram, so the file draws the same with any Mermaid set-up. `comments` go
 * after the front-matter as `%%` lines (a space after `%%` keeps one from being a directive).
 */
export function withFrontMatter(
  body: string,
  config: Readonly<Record<string, unknown>>,
  comments: readonly string[] = [],
): string {
  const comment = (s: string) => `%% ${s.replace(/[\r\n\u2028\u2029]+/g, ' ')}`.trimEnd();
  return [
    '---',
    'config:',
    ...yaml(config, '  '),
    '---',
    ...comments.map(comment),
    body.endsWith('\n') ? body.slice(0, -1) : body,
    '',
  ].join('\n');
}
