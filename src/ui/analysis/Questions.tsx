import { useEffect, useMemo, useRef, useState } from 'react';
import { downloadBlob } from '../../diagram/export';
import type { Trace } from '../../protocol/types';
import { meetingQuestions, questionsFileName, questionsMarkdown } from '../../review/questions';
import { reviewFindings } from '../../review/review';
import { useActions, useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import './redline.css';
import './questions.css';

/**
 * The questions for the meeting: this scenario's open points, in order of steps, each with the
 * sentence it is about; downloadable and copyable as Markdown.
 */
export function Questions({ trace }: { trace: Trace }) {
  const questions = useMemo(() => meetingQuestions(reviewFindings(trace)), [trace]);
  const markdown = useMemo(
    () => questionsMarkdown(questions, trace.scenario),
    [questions, trace.scenario],
  );
  const step = useKdflow((s) => s.step);
  const { goTo } = useActions();
  // What was copied and whether the browser allowed it; a new scenario's list is not copied yet.
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);
  // null: not copied yet; true: on the clipboard; false: refused, so shown to copy by hand.
  const copied = status?.text === markdown ? status.ok : null;
  const fallback = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (copied === false) fallback.current?.select();
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      setStatus({ text: markdown, ok: true });
    } catch {
      setStatus({ text: markdown, ok: false });
    }
  };
  const download = () =>
    downloadBlob(
      new Blob([markdown], { type: 'text/markdown' }),
      questionsFileName(trace.scenario),
    );
  const n = questions.length;
  return (
    <section className="questions" data-testid={TID.questions} aria-labelledby="questions-title">
      <div className="q-head">
        <h2 id="questions-title">
          Questions for the meeting: {n === 1 ? '1 open point' : `${n} open points`}, in order of
          steps
        </h2>
        <button type="button" data-testid={TID.questionsDownload} onClick={download}>
          Download Markdown
        </button>
        <button type="button" data-testid={TID.questionsCopy} onClick={() => void copy()}>
          Copy
        </button>
        <span role="status" className="q-status" data-testid={TID.questionsCopyStatus}>
          {copied === true && 'Copied as Markdown'}
          {copied === false && 'The browser did not allow copying; copy the text below.'}
        </span>
      </div>
      <p className="hint">
        This scenario’s open points, each put as a question with the sentence it is about. Where a
        finding has no question of its own, its statement is kept and the question it leaves is
        added (“worded from the finding”).
      </p>
      {copied === false && (
        <textarea
          ref={fallback}
          className="q-fallback"
          readOnly
          value={markdown}
          aria-label="The questions as Markdown"
          rows={8}
        />
      )}
      {n === 0 ? (
        <p className="hint">No open point in this scenario.</p>
      ) : (
        <ol className="q-list">
          {questions.map((q) => (
            <li
              key={q.finding}
              className={q.step === step ? 'here' : undefined}
              data-finding={q.finding}
              data-step={q.step}
            >
              <div className="q-item">
                <button type="button" className="at-step" onClick={() => goTo(q.step)}>
                  Step {q.step}
                </button>
                <div className="q-body">
                  <p className="q-text">{q.text}</p>
                  {q.quote !== undefined && (
                    <blockquote className="q-quote">
                      {q.where === 'intro' ? 'Introduction: ' : ''}“{q.quote}”
                    </blockquote>
                  )}
                  <p className="q-meta">
                    {q.source}
                    {q.derived ? ' · worded from the finding' : ''} · <code>{q.finding}</code>
                  </p>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
