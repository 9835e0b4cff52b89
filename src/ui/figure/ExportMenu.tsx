import { useMemo, useState } from 'react';
import {
  downloadBlob,
  exportFileName,
  exportSvg,
  mermaidSource,
  svgToPngBlob,
  TR_CAPTION,
} from '../../diagram/export';
import { renderSvg } from '../../diagram/mermaid';
import { indexFigure, showStep } from '../../diagram/restyle';
import { figureOrder, toMermaid } from '../../diagram/sequence';
import type { Trace } from '../../protocol/types';
import { useKdflow, useTrace } from '../../store/react';
import { TID } from '../app/testIds';

type Format = 'svg' | 'png' | 'mmd';

/** Whether the page's figure is drawn: exporting before that would surprise. */
function figureReady(): boolean {
  return document.querySelector(`[data-testid="${TID.figure}"][data-ready="true"] svg`) !== null;
}

/**
 * The TR figure is the clause's steps 0–7 only: rendered apart from the page's figure (which goes
 * on to PC5), in a detached host, and highlighted at the current step (at most step 7) if asked.
 */
async function withClauseFigure<T>(
  trace: Trace,
  highlightStep: number | null,
  render: (svg: SVGSVGElement) => T,
): Promise<T> {
  const markup = await renderSvg(toMermaid(trace, { clauseOnly: true }));
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
  document.body.appendChild(host);
  try {
    host.innerHTML = markup;
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('Mermaid returned no SVG');
    if (highlightStep !== null) {
      showStep(indexFigure(svg, figureOrder(trace, { clauseOnly: true })), highlightStep);
    }
    return render(svg);
  } finally {
    host.remove();
  }
}

/**
 * Downloads the updated figure as SVG, PNG (2×) or Mermaid source, clean for a TR by default.
 * The SVG and PNG are made from the figure the page shows, so they match it exactly.
 */
export function ExportMenu() {
  const trace = useTrace();
  const scenario = useKdflow((s) => s.scenario);
  const step = useKdflow((s) => s.step);
  const text = useMemo(() => toMermaid(trace, { clauseOnly: true }), [trace]);
  const [highlight, setHighlight] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function run(format: Format) {
    setProblem(null);
    setBusy(true);
    try {
      if (format === 'mmd') {
        const about = `kdflow scenario: ${Object.entries(scenario)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')}`;
        const source = mermaidSource(text, TR_CAPTION, [about]);
        downloadBlob(new Blob([source], { type: 'text/plain' }), exportFileName('mmd'));
        return;
      }
      if (!figureReady()) {
        setProblem('The figure is not drawn yet. Try again when it shows.');
        return;
      }
      const at = Math.min(step, trace.clauseLast);
      const file = await withClauseFigure(trace, highlight ? at : null, (svg) =>
        exportSvg(svg, { highlight, caption: TR_CAPTION }),
      );
      const name = exportFileName(format, highlight ? at : undefined);
      const blob =
        format === 'svg'
          ? new Blob([file], { type: 'image/svg+xml' })
          : await svgToPngBlob(file, 2);
      downloadBlob(blob, name);
    } catch (err) {
      setProblem(`The export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-menu" role="group" aria-label="Export the figure">
      <span className="export-label">Export the figure:</span>{' '}
      <button type="button" data-testid={TID.exportSvg} disabled={busy} onClick={() => run('svg')}>
        SVG
      </button>{' '}
      <button type="button" data-testid={TID.exportPng} disabled={busy} onClick={() => run('png')}>
        PNG
      </button>{' '}
      <button
        type="button"
        data-testid={TID.exportMmd}
        disabled={busy}
        onClick={() => run('mmd')}
        title="The Mermaid text of the figure; it never carries a step highlight"
      >
        Mermaid source
      </button>{' '}
      <label title="Applies to SVG and PNG. Without it the figure is clean, as for the TR.">
        <input
          type="checkbox"
          data-testid={TID.exportHighlight}
          checked={highlight}
          onChange={(e) => setHighlight(e.target.checked)}
        />{' '}
        with the current step highlighted
      </label>
      {problem !== null && (
        <p className="error-box" role="alert" data-testid={TID.exportProblem}>
          {problem}
        </p>
      )}
    </div>
  );
}
