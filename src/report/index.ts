/**
 * What the page loads on demand (by `import()`) to export or open a report, so that none of it
 * weighs on the entry bundle.
 */
import type { LinkState } from '../store/deepLink';
import { traceOf } from '../store/store';
import { reportMarkdown } from './markdown';
import { buildReport, reportBaseName, reportJson } from './report';

export { parseReport, sizeProblem, type ReportReading } from './parse';

export interface ReportFile {
  name: string;
  type: string;
  text: string;
}

/** The report of the page's run as two files: JSON (re-openable, test vectors) and Markdown. */
export function reportFiles(state: LinkState): { json: ReportFile; markdown: ReportFile } {
  const trace = traceOf(state.scenario, state.seed, state.inputs);
  const report = buildReport(state, trace);
  const base = reportBaseName(state);
  return {
    json: { name: `${base}.json`, type: 'application/json', text: reportJson(report) },
    markdown: { name: `${base}.md`, type: 'text/markdown', text: reportMarkdown(report, trace) },
  };
}
