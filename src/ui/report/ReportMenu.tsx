import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../store/react';
import './report.css';
import type { Outcome } from './reportIo';
import { TID } from '../app/testIds';

// The report code (building, Markdown, parsing, checking, downloading, its messages) loads on
// first use: most visits never export or open a report.
const io = () => import('./reportIo');

/** Whether a drag carries files (not text or a link dragged within the page). */
const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;

/**
 * Export the run as a report (JSON, to reopen and to use as test vectors, and Markdown, to read),
 * and open one: with the file picker, or by dropping the file anywhere on the page. A good report
 * replaces the state through the store, as a link does; a bad one changes nothing and says why.
 * The two files are two buttons because browsers ask before a page downloads several at once.
 */
export function ReportMenu() {
  const api = useApi();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);

  const run = useCallback(
    (task: (m: Awaited<ReturnType<typeof io>>) => Outcome | null | Promise<Outcome>) =>
      io()
        .then(task)
        .catch((err: unknown) => ({ ok: false, message: `The report code did not load: ${err}` }))
        .then(setOutcome),
    [],
  );
  const open = useCallback(
    (file: File) => run((m) => m.openReport(file, (s) => api.getState().load(s, []))),
    [api, run],
  );
  const save = (kind: 'json' | 'markdown') =>
    run((m) => {
      const { scenario, seed, step, compare, inputs } = api.getState();
      return m.saveReport({ scenario, seed, step, compare, inputs }, kind);
    });

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the drag
    // has left the window.
    let depth = 0;
    const on: Record<string, (e: DragEvent) => void> = {
      dragenter: () => setDragging(++depth > 0),
      dragleave: () => setDragging(--depth > 0),
      // Cancelling dragover allows the drop; cancelling the drop keeps the browser from leaving
      // the page to show the file.
      dragover: (e) => e.preventDefault(),
      drop: (e) => {
        e.preventDefault();
        depth = 0;
        setDragging(false);
        const file = e.dataTransfer?.files[0];
        if (file) void open(file);
      },
    };
    // Drags of anything but files (text, links, within the page) are left alone.
    const listeners = Object.entries(on).map(([type, f]): [string, (e: Event) => void] => [
      type,
      (e) => carriesFiles(e as DragEvent) && f(e as DragEvent),
    ]);
    for (const [type, h] of listeners) window.addEventListener(type, h);
    return () => {
      for (const [type, h] of listeners) window.removeEventListener(type, h);
    };
  }, [open]);

  return (
    <>
      <div className="field report-menu" role="group" aria-label="Report of this run">
        <span className="field-label">Report of this run</span>
        <span className="report-buttons">
          <button type="button" data-testid={TID.reportJson} onClick={() => void save('json')}>
            Export JSON
          </button>
          <button
            type="button"
            data-testid={TID.reportMarkdown}
            onClick={() => void save('markdown')}
          >
            Export Markdown
          </button>
          <label className="report-open">
            <input
              className="visually-hidden"
              type="file"
              accept=".json,application/json"
              data-testid={TID.reportOpen}
              onChange={(e) => {
                const file = e.target.files?.[0];
                // Cleared so that choosing the same file again opens it again.
                e.target.value = '';
                if (file) void open(file);
              }}
            />
            Open report…
          </label>
        </span>
      </div>
      {outcome && (
        <p
          className={`report-outcome${outcome.ok ? '' : ' bad'}`}
          role={outcome.ok ? 'status' : 'alert'}
          data-testid={outcome.ok ? TID.reportOpened : TID.reportProblem}
        >
          {outcome.message}{' '}
          <button type="button" onClick={() => setOutcome(null)}>
            Dismiss
          </button>
        </p>
      )}
      {dragging && (
        <div className="report-drop" data-testid={TID.reportDrop}>
          <p>Drop a kdflow report (.json) to open it</p>
        </div>
      )}
    </>
  );
}
