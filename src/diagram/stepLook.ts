/**
 * The one definition of how the figure shows a step: the past, current and future marks that
 * `showStep` (restyle.ts) writes as `data-state` on the rendered SVG. The page's live figure
 * (src/ui/figure/StepLookStyle.tsx) and the highlighted export (export.ts) both draw the step
 * with the rules written here, so the two cannot drift apart.
 */

/** The values of one look (light or dark) of the step marks. */
export interface StepLook {
  /**
   * The current step's arrow, label and note border. The figure's own colour: it matches the
   * page's `--accent` token (src/ui/app/tokens.css) in each theme, but an export cannot read a
   * page token, so it is a value here.
   */
  accent: string;
  /**
   * The labels and note texts of the steps to come: quieter, but at 4.5:1 or more on the figure's
   * panel (checked in e2e/figure.spec.ts), so that at step 0 the whole flow can be read ahead.
   */
  futureInk: string;
  /** The arrows and note boxes of the steps to come. */
  futureOpacity: number;
  /** Everything of the steps already done. */
  pastOpacity: number;
  /** The current arrow and note border, in px. */
  currentStrokeWidth: number;
  /** The current label and note text. */
  currentFontWeight: number;
}

/** The light look: the page's light theme, and every export (an export never follows the page). */
export const LIGHT: StepLook = {
  accent: '#1d4ed8',
  futureInk: '#646b76',
  futureOpacity: 0.45,
  pastOpacity: 0.75,
  currentStrokeWidth: 3,
  currentFontWeight: 700,
};

/** The dark look: the page's dark theme only. */
export const DARK: StepLook = {
  ...LIGHT,
  accent: '#79a8ff',
  futureInk: '#8f99a5',
};

/** A rule on the given selectors (each under `scope`); `important` for Mermaid-styled properties. */
function rule(
  scope: string,
  selectors: string[],
  declarations: [string, string | number, 'important'?][],
): string {
  const body = declarations
    .map(([name, value, important]) => `  ${name}: ${value}${important ? ' !important' : ''};`)
    .join('\n');
  return `${selectors.map((s) => `${scope} ${s}`).join(',\n')} {\n${body}\n}`;
}

/**
 * The CSS rules of a look, each selector under `scope` (`.figure-svg` on the page, `#<svg id>` in
 * an export). Fill, stroke and weight are `!important`: Mermaid's own sheet sets them under
 * `#<svg id> .messageText` and the like. The opacities are not, as Mermaid sets none.
 */
export function stepLookCss(scope: string, look: StepLook): string {
  const width = `${look.currentStrokeWidth}px`;
  return [
    rule(
      scope,
      ["[data-et='message'][data-state='future']", "[data-et='note'][data-state='future'] rect"],
      [['opacity', look.futureOpacity]],
    ),
    rule(
      scope,
      [
        "text.messageText[data-state='future']",
        "[data-et='note'][data-state='future'] :is(.noteText, .noteText > tspan)",
      ],
      [['fill', look.futureInk, 'important']],
    ),
    rule(scope, ["[data-state='past']"], [['opacity', look.pastOpacity]]),
    rule(
      scope,
      ["[data-et='message'][data-state='current']"],
      [
        ['stroke', look.accent, 'important'],
        ['stroke-width', width, 'important'],
      ],
    ),
    rule(
      scope,
      ["text.messageText[data-state='current']"],
      [
        ['fill', look.accent, 'important'],
        ['font-weight', look.currentFontWeight, 'important'],
      ],
    ),
    rule(
      scope,
      ["[data-et='note'][data-state='current'] rect"],
      [
        ['stroke', look.accent, 'important'],
        ['stroke-width', width, 'important'],
      ],
    ),
    rule(
      scope,
      ["[data-et='note'][data-state='current'] text"],
      [['font-weight', look.currentFontWeight, 'important']],
    ),
  ].join('\n');
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Writes the step look into an SVG as its own `<style>`, so that the file shows the step by
 * itself, in a browser and drawn into a canvas from an `<img>`. The rules are scoped by the
 * SVG's id as Mermaid scopes its sheet (`#id .messageLine0`), and beat it with more classes and
 * `!important`; an SVG without an id is scoped by its root element. Always the light look for an
 * export, whatever the page's theme.
 */
export function embedStepLook(svg: SVGSVGElement, look: StepLook = LIGHT): void {
  const scope = svg.id ? `#${CSS.escape(svg.id)}` : 'svg';
  const style = svg.ownerDocument.createElementNS(SVG_NS, 'style');
  style.setAttribute('class', 'step-look');
  style.textContent = stepLookCss(scope, look);
  svg.appendChild(style);
}
