import { useEffect, useRef, useState, type RefObject } from 'react';
import { measureActorRow, sameRow, type ActorRowLayout } from './actorRow';

/**
 * The actors' names, kept at the top of the figure's scroll box once the figure scrolls down, so
 * a message far down still says who sends it to whom. Plain HTML over the SVG, not a Mermaid
 * render; aria-hidden, as the SVG and the figure's text already name the actors. Laid out after
 * each render and on a resize (ResizeObserver), shown or hidden on scroll: a step costs nothing.
 */
export function ActorRow({
  svg,
  scrollBox,
  onResize,
}: {
  svg: SVGSVGElement | null;
  scrollBox: RefObject<HTMLDivElement | null>;
  /** Called after the figure changed size and the row was laid out again. */
  onResize?: () => void;
}) {
  const row = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<ActorRowLayout | null>(null);
  const showAfter = useRef(Infinity);
  const resized = useRef(onResize);
  useEffect(() => {
    resized.current = onResize;
  }, [onResize]);

  useEffect(() => {
    const box = scrollBox.current;
    const el = row.current;
    if (!svg || !box || !el) return;
    const stick = () => el.toggleAttribute('data-stuck', box.scrollTop > showAfter.current);
    const measure = () => {
      const next = measureActorRow(svg, el, box);
      showAfter.current = next?.showAfter ?? Infinity;
      // Read by follow-scrolling (reveal.ts), which must keep the current step out from under it.
      el.dataset['height'] = String(next?.height ?? 0);
      setLayout((prev) => (sameRow(prev, next) ? prev : next));
      stick();
      resized.current?.();
    };
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    box.addEventListener('scroll', stick, { passive: true });
    return () => {
      observer.disconnect();
      box.removeEventListener('scroll', stick);
    };
  }, [svg, scrollBox]);

  return (
    <div
      ref={row}
      className="figure-actors"
      aria-hidden="true"
      style={layout ? { width: layout.width } : undefined}
    >
      {layout && (
        <div className="figure-actors-strip" style={{ height: layout.height }}>
          {layout.slots.map((s) => (
            <span
              key={s.name}
              data-actor-name={s.name}
              style={{ left: s.left, width: s.width, fontSize: layout.fontPx }}
            >
              <span className="figure-actor-name">{s.name}</span>
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
