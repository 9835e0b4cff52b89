/**
 * Presenter mode: the figure, the two UEs' keys and the step's caption in large type, for a
 * projector. Loaded only when first asked for, so the page's first load does not carry it.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { HeldValue, Trace, ValueName } from '../../protocol/types';
import { displayValue, isIllustrative, VALUE_INFO } from '../../protocol/values';
import { useActions, useKdflow, useTrace } from '../../store/react';
import { Figure } from '../figure/Figure';
import { revealCurrent } from '../figure/reveal';
import { useIgnoreFileDrops, usePresenterToggle } from './presenter';
import { ShortcutsDialog } from '../stepping/ShortcutsDialog';
import { provenanceStep } from '../actors/provenance';
import { SpeedSelect } from '../stepping/SpeedSelect';
import { TID } from '../app/testIds';
import { shortHex } from '../actors/keyRows';
import './presenter.css';

type Ue = 'UE_1' | 'UE_2';

/** What a UE's key panel shows, in this order, whether held yet or not. */
const ROWS: Record<Ue, ValueName[]> = {
  UE_1: ['UE_1_ID', 'Keying_material_1', 'Keying_material_2', 'DKSI', 'KD', 'KD_sess'],
  UE_2: ['UE_2_ID', 'Keying_material_1', 'Keying_material_2', 'DKSI', 'KD', 'KD_sess'],
};

function KeyRow({
  name,
  held,
  step,
}: {
  name: ValueName;
  held: HeldValue | undefined;
  step: number;
}) {
  const label = VALUE_INFO[name].label;
  if (!held)
    return (
      <div className="key-row absent" data-value={name} data-held="false">
        <dt>{label}</dt>
        <dd>not yet</dd>
      </div>
    );
  const text = displayValue(name, held.hex);
  const isNew = provenanceStep(held.provenance) === step;
  return (
    <div
      className={`key-row${isNew ? ' new' : ''}`}
      data-value={name}
      data-held="true"
      data-illustrative={String(isIllustrative(held))}
      data-hex={held.hex}
    >
      <dt>
        {label}
        {isNew && <span className="badge">new</span>}
      </dt>
      <dd>
        <code title={text}>{shortHex(text)}</code>
      </dd>
    </div>
  );
}

function KeyPanel({ ue, trace, step }: { ue: Ue; trace: Trace; step: number }) {
  const held = trace.steps[step]?.holdings[ue] ?? [];
  return (
    <section className={`presenter-keys ${ue}`} aria-label={`${ue} keys`} data-actor={ue}>
      <h2>{ue}</h2>
      <dl>
        {ROWS[ue].map((name) => (
          <KeyRow key={name} name={name} held={held.find((v) => v.name === name)} step={step} />
        ))}
      </dl>
    </section>
  );
}

/** "Both UEs hold the same KD", once they do: the point of the procedure. */
function sameKd(trace: Trace, step: number): boolean {
  const kd = (ue: Ue) => trace.steps[step]?.holdings[ue].find((v) => v.name === 'KD')?.hex;
  return kd('UE_1') !== undefined && kd('UE_1') === kd('UE_2');
}

/** How large the figure is drawn: fitted to its column, or larger, following the current step. */
export const FIGURE_ZOOMS = [1, 1.5, 2] as const;
type Zoom = (typeof FIGURE_ZOOMS)[number];
/**
 * The size presenter mode starts at: "fit" draws the labels at 10–11 px on a 1280×720 projector,
 * too small for a room; 1.5× gives about 16 px, and the figure scrolls, following the step.
 */
export const DEFAULT_ZOOM: Zoom = 1.5;

function PresenterBar({
  step,
  zoom,
  setZoom,
}: {
  step: number;
  zoom: Zoom;
  setZoom: (z: Zoom) => void;
}) {
  const playing = useKdflow((s) => s.playing);
  const { previous, next, togglePlay, setHelpOpen } = useActions();
  const present = usePresenterToggle();
  const final = useTrace().steps.length - 1;
  return (
    <nav className="presenter-bar" aria-label="Presenter controls">
      <button type="button" data-testid={TID.previous} onClick={previous} disabled={step === 0}>
        ◀ <span className="visually-hidden">Previous step</span>
      </button>
      <button type="button" data-testid={TID.play} onClick={togglePlay} aria-pressed={playing}>
        {playing ? '‖ Pause' : '▶ Play'}
      </button>
      <button type="button" data-testid={TID.next} onClick={next} disabled={step === final}>
        ▶ <span className="visually-hidden">Next step</span>
      </button>
      <SpeedSelect />
      <span className="zoom" role="group" aria-label="Figure size">
        <span aria-hidden="true">Figure</span>
        {FIGURE_ZOOMS.map((z) => (
          <button
            key={z}
            type="button"
            aria-pressed={zoom === z}
            data-testid={TID.presenterZoom(z)}
            onClick={() => setZoom(z)}
          >
            {z === 1 ? 'fit' : `${z}×`}
          </button>
        ))}
      </span>
      <span className="spacer" />
      <button type="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
        Shortcuts (?)
      </button>
      <button
        type="button"
        data-testid={TID.presenterExit}
        onClick={() => present(false)}
        aria-keyshortcuts="Escape"
      >
        Leave (Esc)
      </button>
    </nav>
  );
}

export function PresenterView() {
  const trace = useTrace();
  const step = useKdflow((s) => s.step);
  const def = trace.steps[step]?.def;
  const final = trace.steps.length - 1;
  const agreed = sameKd(trace, step);
  useIgnoreFileDrops();
  const [zoom, setZoom] = useState<Zoom>(DEFAULT_ZOOM);
  const figureBox = useRef<HTMLDivElement>(null);
  // A new size keeps the current step in view, in the figure's own scroll box (stepping does the
  // same inside Figure, with the same helper).
  useEffect(() => {
    const scroller = figureBox.current?.querySelector<HTMLElement>('.figure-scroll');
    if (scroller) revealCurrent(scroller, true);
  }, [zoom]);
  return (
    <div className="presenter" data-testid={TID.presenter}>
      <header className="presenter-caption" data-testid={TID.presenterCaption}>
        <h1 data-current-step={step}>
          <span className="presenter-step">
            Step {step} of {final}
          </span>{' '}
          {def?.title}
        </h1>
        <p aria-live="polite" data-testid={TID.announcer}>
          <span className="visually-hidden">
            Step {step} of {final}: {def?.title}.{' '}
          </span>
          {def?.narration}
        </p>
        {agreed && (
          <p className="presenter-agreed" data-testid={TID.presenterAgreed}>
            ✓ UE_1 and UE_2 hold the same KD
          </p>
        )}
      </header>
      <KeyPanel ue="UE_1" trace={trace} step={step} />
      <div
        ref={figureBox}
        className="presenter-figure"
        style={{ '--zoom': zoom } as CSSProperties}
        data-zoom={zoom}
      >
        <Figure trace={trace} follow />
      </div>
      <KeyPanel ue="UE_2" trace={trace} step={step} />
      <PresenterBar step={step} zoom={zoom} setZoom={setZoom} />
      <ShortcutsDialog />
    </div>
  );
}
