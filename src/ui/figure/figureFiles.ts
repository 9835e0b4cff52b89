/**
 * The figure's files, for each thing the export menu offers: the TR figure as written or as the
 * review corrects it (3GPP style, trLook.ts), or the app's figure with the current step
 * highlighted (for slides). Each is rendered apart from the page's figure, in a detached host,
 * from the same text its `.mmd` file holds.
 */
import { APP_LOOK } from '../../diagram/config';
import { EXPORT_NAME, exportStepSvg } from '../../diagram/export';
import { renderSvg } from '../../diagram/mermaid';
import { svgToPng, viewBoxOf } from '../../diagram/raster';
import { indexFigure, showStep } from '../../diagram/restyle';
import { FIGURE_TITLE, figureOrder, toMermaid } from '../../diagram/sequence';
import {
  TR_DPI,
  TR_PNG_WIDTH,
  TR_VERSIONS,
  trMermaid,
  trSvgFile,
  type TrVersion,
} from '../../diagram/trExport';
import { withFrontMatter } from '../../diagram/trLook';
import { FIGURE_CAPTION } from '../../protocol/clause';
import { describeScenario, scenarioName, type Scenario } from '../../protocol/scenario';
import type { Trace } from '../../protocol/types';
import { buildRedline } from '../../review/redline';
import { reviewFindings } from '../../review/review';

export type FigureKind = TrVersion | 'step';

export const FIGURE_KINDS: Readonly<Record<FigureKind, { label: string; about: string }>> = {
  written: TR_VERSIONS.written,
  corrected: TR_VERSIONS.corrected,
  step: {
    label: 'This step, highlighted (slides)',
    about: "The app's figure, PC5 steps included, with the current step highlighted.",
  },
};

export type Ext = 'svg' | 'png' | 'mmd';

export interface FigureFiles {
  name(ext: Ext): string;
  mmd: string;
  svg(): Promise<string>;
  png(): Promise<Blob>;
}

/** Renders diagram text in a detached host and hands the SVG element to `take`. */
async function withRendered<T>(text: string, take: (svg: SVGSVGElement) => T): Promise<T> {
  const markup = await renderSvg(text);
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
  document.body.appendChild(host);
  try {
    host.innerHTML = markup;
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('Mermaid returned no SVG');
    return take(svg);
  } finally {
    host.remove();
  }
}

/** The step a highlighted file shows, and where: "Step 9: … · Variant … · Step 0 …". */
export function stepCaption(trace: Trace, scenario: Scenario, step: number): string {
  const title = trace.steps[step]?.def.title ?? '';
  return `kdflow, step ${step}${title ? `: ${title}` : ''} · ${describeScenario(scenario)}`;
}

/** `figure-6.3.4.3.2-1-calculated_0b_exp-code_no_intended-step-9.png` */
export function stepFileName(scenario: Scenario, step: number, ext: Ext): string {
  return `${EXPORT_NAME}-${scenarioName(scenario).replaceAll('/', '_')}-step-${step}.${ext}`;
}

function trFiles(version: TrVersion, trace: Trace, caption: boolean): FigureFiles {
  const mmd = trMermaid(version, buildRedline(reviewFindings(trace)));
  const svg = async () => {
    const font = await import('../../diagram/trFont');
    await font.loadArimo();
    return withRendered(mmd, (el) =>
      trSvgFile(el, { caption: caption ? FIGURE_CAPTION : null, fontFace: font.ARIMO_FONT_FACE }),
    );
  };
  return {
    name: (ext) => `${TR_VERSIONS[version].file}.${ext}`,
    mmd,
    svg,
    png: async () => svgToPng(await svg(), TR_PNG_WIDTH, TR_DPI),
  };
}

/** Twice the figure's own size, as a slide takes it: 192 dpi at CSS pixels. */
const SLIDE_SCALE = 2;

function stepFiles(trace: Trace, scenario: Scenario, step: number): FigureFiles {
  const text = toMermaid(trace);
  const svg = () =>
    withRendered(text, (el) => {
      showStep(indexFigure(el, figureOrder(trace)), step);
      return exportStepSvg(el, { caption: stepCaption(trace, scenario, step) });
    });
  return {
    name: (ext) => stepFileName(scenario, step, ext),
    mmd: withFrontMatter(text, APP_LOOK, [
      FIGURE_TITLE,
      `kdflow scenario: ${describeScenario(scenario)}`,
      'A .mmd cannot carry the step highlight: the SVG and PNG show it.',
    ]),
    svg,
    png: async () => {
      // The slide file's size is its view box (export.ts), in CSS pixels.
      const file = await svg();
      return svgToPng(file, viewBoxOf(file).width * SLIDE_SCALE, 96 * SLIDE_SCALE);
    },
  };
}

/** The files of one kind of figure, for the scenario and step on screen. */
export function figureFiles(
  kind: FigureKind,
  {
    trace,
    scenario,
    step,
    caption,
  }: { trace: Trace; scenario: Scenario; step: number; caption: boolean },
): FigureFiles {
  return kind === 'step' ? stepFiles(trace, scenario, step) : trFiles(kind, trace, caption);
}

/**
 * Puts the figure on the clipboard: the PNG, and the SVG where the browser takes one. The blobs
 * are handed over as promises, inside the click, as browsers ask of an asynchronous copy.
 * Returns what went onto the clipboard.
 */
export async function copyFigure(files: FigureFiles): Promise<string[]> {
  const svgToo =
    typeof ClipboardItem.supports === 'function' && ClipboardItem.supports('image/svg+xml');
  const items: Record<string, Promise<Blob>> = { 'image/png': files.png() };
  if (svgToo)
    items['image/svg+xml'] = files.svg().then((t) => new Blob([t], { type: 'image/svg+xml' }));
  await navigator.clipboard.write([new ClipboardItem(items)]);
  return svgToo ? ['PNG', 'SVG'] : ['PNG'];
}
