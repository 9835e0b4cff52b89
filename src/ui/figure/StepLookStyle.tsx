import { DARK, LIGHT, stepLookCss } from '../../diagram/stepLook';

/**
 * The live figure's step look, written from the same definition as the highlighted export's
 * (src/diagram/stepLook.ts). Dark is scoped with `:where()` so that it has the light rules'
 * specificity and wins by order alone, as the dark token did before. Screen only: a printout
 * shows every message in full.
 */
const CSS = `@media screen {
${stepLookCss('.figure-svg', LIGHT)}
${stepLookCss(":where(:root[data-theme='dark']) .figure-svg", DARK)}
}`;

/**
 * Renders the step look's `<style>`. React 19 hoists a `<style href precedence>` into `<head>`
 * and keeps one per `href`, so the page has it once however many figures it shows (compare shows
 * two). React puts it first in `<head>`, before the stylesheets: figure.css's diff marks, at the
 * same specificity, come later and win, as they did when these rules sat in figure.css.
 */
export function StepLookStyle() {
  return (
    <style href="kdflow-step-look" precedence="kdflow-step-look">
      {CSS}
    </style>
  );
}
