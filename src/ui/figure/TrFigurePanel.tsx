import { useEffect, useMemo, useRef, useState } from 'react';
import { viewBoxOf } from '../../diagram/raster';
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
import { useShownOnce } from '../app/useShownOnce';
import { ExportMenu } from './ExportMenu';
import { useRendered } from './useRendered';
import './trFigure.css';

const VERSIONS: readonly TrVersion[] = ['written', 'corrected'];

/**
 * Figure 6.3.4.3.2-1 as the TR would carry it, in 3GPP style: drawn from the clause's text as
 * written or after the review's redline, never from the scenario on screen. What the editor
 * downloads or copies here is this drawing.
 */
/** Arimo before the TR figure is measured (trFont.ts), loaded with the first TR figure. */
const loadFont = () => import('../../diagram/trFont').then((font) => font.loadArimo());

export function TrFigurePanel({ trace }: { trace: Trace }) {
  const [version, setVersion] = useState<TrVersion>('written');
  const root = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  // Make and draw the TR figure (its text, a Mermaid render, a font) only once first shown.
  const shown = useShownOnce(root);

  const made = useMemo(() => {
    if (!shown) return { text: null };
    try {
      return { text: trMermaid(version, buildRedline(reviewFindings(trace))) };
    } catch (err) {
      return { text: null, error: err instanceof Error ? err.message : String(err) };
    }
  }, [shown, version, trace]);
  const drawn = useRendered(made.text, loadFont);

  useEffect(() => {
    if (host.current && drawn && 'svg' in drawn) host.current.innerHTML = drawn.svg;
  }, [drawn]);

  const ready = drawn !== null && drawn.text === made.text && 'svg' in drawn;
  const box = ready ? viewBoxOf(drawn.svg) : null;
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
