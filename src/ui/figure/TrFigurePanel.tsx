import { useEffect, useMemo, useRef, useState } from 'react';
import { parseViewBox } from '../../diagram/export';
import { renderSvg } from '../../diagram/mermaid';
import {
  heightMm,
  labelPoints,
  TR_VERSIONS,
  TR_WIDTH_MM,
  trMermaid,
  type TrVersion,
} from '../../diagram/trExport';
import { TR_FONT_SIZE } from '../../diagram/trLook';
import type { Trace } from '../../protocol/types';
import { buildRedline } from '../../review/redline';
import { reviewFindings } from '../../review/review';
import { TID } from '../app/testIds';
import { ExportMenu } from './ExportMenu';
import './trFigure.css';

type Drawn = { text: string; svg: string } | { text: string; error: string };

const VERSIONS: readonly TrVersion[] = ['written', 'corrected'];

/**
 * Figure 6.3.4.3.2-1 as the TR would carry it, in 3GPP style: drawn from the clause's text as
 * written or after the review's redline, never from the scenario on screen. What the editor
 * downloads or copies here is this drawing.
 */
export function TrFigurePanel({ trace }: { trace: Trace }) {
  const [version, setVersion] = useState<TrVersion>('written');
  const made = useMemo(() => {
    try {
      return { text: trMermaid(version, buildRedline(reviewFindings(trace))) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  }, [version, trace]);
  const text = 'text' in made ? made.text : null;
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // The tab's panel is mounted hidden with the page: draw the TR figure (a Mermaid render and a
  // font) only once the panel is first shown, not on every visit that never opens it.
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const el = root.current;
    if (!el || shown) return;
    const seen = new ResizeObserver((entries) => {
      if (entries.some((e) => e.contentRect.width > 0)) setShown(true);
    });
    seen.observe(el);
    return () => seen.disconnect();
  }, [shown]);

  useEffect(() => {
    if (text === null || !shown) return;
    let stale = false;
    import('../../diagram/trFont')
      .then((font) => font.loadArimo())
      .then(() => renderSvg(text))
      .then(
        (svg) => !stale && setDrawn({ text, svg }),
        (err: unknown) =>
          !stale && setDrawn({ text, error: err instanceof Error ? err.message : String(err) }),
      );
    return () => {
      stale = true;
    };
  }, [text, shown]);

  useEffect(() => {
    if (host.current && drawn && 'svg' in drawn) host.current.innerHTML = drawn.svg;
  }, [drawn]);

  const ready = drawn !== null && drawn.text === text && 'svg' in drawn;
  const box = ready ? parseViewBox(/viewBox="([^"]+)"/.exec(drawn.svg)?.[1]) : null;
  const error = 'error' in made ? made.error : drawn && 'error' in drawn ? drawn.error : null;

  return (
    <div className="tr-figure-panel" ref={root}>
      <fieldset className="tr-versions">
        <legend>Figure 6.3.4.3.2-1 for the TR</legend>
        {VERSIONS.map((v) => (
          <label key={v}>
            <input
              type="radio"
              name="tr-version"
              value={v}
              data-testid={TID.trVersion(v)}
              checked={version === v}
              onChange={() => setVersion(v)}
            />{' '}
            {TR_VERSIONS[v].label.replace(/^TR figure, /, '')}
          </label>
        ))}
      </fieldset>
      <p className="tr-about">
        {TR_VERSIONS[version].about} The same for every scenario: the text covers both variants.
        {box && (
          <>
            {' '}
            At {TR_WIDTH_MM / 10} cm wide it is {(heightMm(box) / 10).toFixed(1)} cm tall, with
            labels of {labelPoints(TR_FONT_SIZE, box.width).toFixed(1)} pt.
          </>
        )}
      </p>
      <ExportMenu kind={version} />
      {error !== null && (
        <p className="error-box" role="alert">
          The TR figure could not be drawn: {error}
        </p>
      )}
      <div className="tr-figure-scroll" tabIndex={0} role="region" aria-label="TR figure, scrolls">
        <div
          ref={host}
          className="tr-figure"
          data-testid={TID.trFigure}
          data-version={version}
          data-ready={ready ? 'true' : 'false'}
          role="img"
          aria-label={`${TR_VERSIONS[version].label}: sequence diagram between UE_1, MME_1, MME_2 and UE_2`}
        />
      </div>
    </div>
  );
}
