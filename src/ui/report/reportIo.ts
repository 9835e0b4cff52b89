/**
 * The page's side of a report, loaded on first use together with src/report: open a file the
 * user chose or dropped, and download the files of a report. Every message of the report controls
 * is written here, so that none of it weighs on the entry bundle.
 */
import { downloadBlob } from '../../diagram/export';
import { parseReport, reportFiles, sizeProblem } from '../../report/index';
import type { LinkState } from '../../store/deepLink';

/** What an attempt gave, said in one sentence; `ok` when the page now shows the file's run. */
export interface Outcome {
  ok: boolean;
  message: string;
}

const why = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Opens a report file: its size is checked before it is read, so that a huge file never stalls
 * the page, and `load` is called only with a state the file records exactly.
 */
export async function openReport(file: File, load: (state: LinkState) => void): Promise<Outcome> {
  let problem: string;
  try {
    const tooLarge = sizeProblem(file.size);
    const read = tooLarge === null ? parseReport(await file.text()) : null;
    if (read?.ok) {
      load(read.state);
      return { ok: true, message: `Opened “${file.name}”: this is the run it records.` };
    }
    problem = read?.problem ?? tooLarge ?? '';
  } catch (err) {
    problem = `it could not be read (${why(err)})`;
  }
  return { ok: false, message: `Could not open “${file.name}”: ${problem}. Nothing was changed.` };
}

/** Downloads the run's report as JSON or as Markdown; says why if it cannot. */
export function saveReport(state: LinkState, kind: 'json' | 'markdown'): Outcome | null {
  try {
    const f = reportFiles(state)[kind];
    downloadBlob(new Blob([f.text], { type: f.type }), f.name);
    return null;
  } catch (err) {
    return { ok: false, message: `Could not export the report: ${why(err)}.` };
  }
}
