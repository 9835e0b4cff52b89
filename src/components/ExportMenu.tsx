import { useMemo, useState } from 'react';
import {
  downloadBlob,
  exportFileName,
  exportSvg,
  mermaidSource,
  svgToPngBlob,
  TR_CAPTION,
} from '../diagram/export';
import { toMermaid } from '../diagram/sequence';
import { useKdflow, useTrace } from '../store/react';
import { TID } from './testIds';

type Format = 'svg' | 'png' | 'mmd';

/** The figure as drawn now, or null while it is not drawn (or is being redrawn). */
function renderedFigure(): SVGSVGElement | null {
  return document.querySelector<SVGSVGElement>(
    `[data-testid="${TID.figure}"][data-ready="true"] svg`,
  );
}

/**
 * Downloads the updated figure as SVG, PNG (2×) or Mermaid source, clean for a TR by default.
 * The SVG and PNG are made from the figure the page shows, so they match it exactly.
 */
export function ExportMenu() {
  const trace = useTrace();
  const scenario = useKdflow((s) => s.scenario);
  const step = useKdflow((s) => s.step);
  const text = useMemo(() => toMermaid(trace), [trace]);
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
      const svg = renderedFigure();
      if (!svg) {
        setProblem('The figure is not drawn yet. Try again when it shows.');
        return;
      }
      const file = exportSvg(svg, { highlight, caption: TR_CAPTION });
      const name = exportFileName(format, highlight ? step : undefined);
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
