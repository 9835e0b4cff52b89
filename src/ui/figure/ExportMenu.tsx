import { useId, useState } from 'react';
import { downloadBlob } from '../../diagram/export';
import { useKdflow, useTrace } from '../../store/react';
import { TID } from '../app/testIds';
import {
  copyFigure,
  FIGURE_KINDS,
  figureFiles,
  type Ext,
  type FigureFiles,
  type FigureKind,
} from './figureFiles';

const KIND_ORDER: readonly FigureKind[] = ['written', 'corrected', 'step'];

type Outcome = { problem: string } | { done: string } | null;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Exports the figure: the TR figure as written or as the review corrects it (3GPP style, for the
 * editor's Word document), or the app's figure with the current step highlighted (for slides);
 * as SVG, PNG or Mermaid source, or onto the clipboard. With `kind`, that figure only (the TR
 * figure tab); otherwise a list picks it.
 */
export function ExportMenu({ kind: fixed }: { kind?: FigureKind }) {
  const trace = useTrace();
  const scenario = useKdflow((s) => s.scenario);
  const step = useKdflow((s) => s.step);
  const [picked, setPicked] = useState<FigureKind>('written');
  const [caption, setCaption] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const id = useId();
  const kind = fixed ?? picked;
  const tr = kind !== 'step';

  async function run(what: Ext | 'copy') {
    setOutcome(null);
    setBusy(true);
    let files: FigureFiles;
    try {
      files = figureFiles(kind, { trace, scenario, step, caption });
    } catch (err) {
      setOutcome({ problem: `The figure could not be made: ${message(err)}` });
      setBusy(false);
      return;
    }
    try {
      if (what === 'copy') {
        const copied = await copyFigure(files);
        setOutcome({ done: `Copied the figure (${copied.join(' and ')}): paste it into Word.` });
      } else if (what === 'mmd') {
        downloadBlob(new Blob([files.mmd], { type: 'text/plain' }), files.name('mmd'));
      } else if (what === 'svg') {
        downloadBlob(new Blob([await files.svg()], { type: 'image/svg+xml' }), files.name('svg'));
      } else {
        downloadBlob(await files.png(), files.name('png'));
      }
    } catch (err) {
      setOutcome({
        problem:
          what === 'copy'
            ? `The browser did not take the figure onto the clipboard (${message(err)}): download the PNG instead.`
            : `The export failed: ${message(err)}`,
      });
    } finally {
      setBusy(false);
    }
  }

  const button = (what: Ext | 'copy', label: string, testId: string, title: string) => (
    <button
      type="button"
      data-testid={testId}
      disabled={busy}
      onClick={() => void run(what)}
      title={title}
    >
      {label}
    </button>
  );

  return (
    <div
      className="export-menu"
      role="group"
      aria-label="Export the figure"
      data-testid={fixed ? TID.exportMenuFixed(fixed) : TID.exportMenu}
    >
      {fixed === undefined ? (
        <>
          <label htmlFor={`${id}-kind`} className="export-label">
            Export
          </label>
          <select
            id={`${id}-kind`}
            data-testid={TID.exportKind}
            value={picked}
            onChange={(e) => setPicked(e.target.value as FigureKind)}
            title={FIGURE_KINDS[picked].about}
          >
            {KIND_ORDER.map((k) => (
              <option key={k} value={k}>
                {FIGURE_KINDS[k].label}
              </option>
            ))}
          </select>
        </>
      ) : (
        <span className="export-label">Export:</span>
      )}
      {button('svg', 'SVG', TID.exportSvg, 'SVG, 17 cm wide for a TR; vector, for Word')}
      {button('png', 'PNG', TID.exportPng, tr ? 'PNG, 17 cm at 300 dpi' : 'PNG at twice the size')}
      {button('mmd', '.mmd', TID.exportMmd, 'Mermaid source, its look in front-matter')}
      {button(
        'copy',
        'Copy figure',
        TID.exportCopy,
        'The PNG (and the SVG where the browser allows) onto the clipboard, to paste into Word',
      )}
      {tr && (
        <label title="Word adds its own caption under a figure: leave this off for the TR">
          <input
            type="checkbox"
            data-testid={TID.exportCaption}
            checked={caption}
            onChange={(e) => setCaption(e.target.checked)}
          />{' '}
          caption
        </label>
      )}
      {outcome !== null && (
        <span
          className={'problem' in outcome ? 'export-problem' : 'export-done'}
          role={'problem' in outcome ? 'alert' : 'status'}
          data-testid={'problem' in outcome ? TID.exportProblem : TID.exportDone}
        >
          {'problem' in outcome ? outcome.problem : outcome.done}
        </span>
      )}
    </div>
  );
}
