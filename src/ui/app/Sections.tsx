import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { TID } from './testIds';
import './sections.css';

export interface Section {
  /** Stable id: the tab's test id is `TID.section(id)`, its panel `TID.sectionPanel(id)`. */
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * The parts of the page below the stepping view, as tabs (WAI-ARIA tabs pattern: ← → Home End
 * move between tabs, the panel follows). Every panel stays mounted, hidden when not chosen, so
 * that what it computes and the values it shows are there for a reader, the print and the tests,
 * and switching tabs costs no render.
 */
export function Sections({ sections, label }: { sections: readonly Section[]; label: string }) {
  const [chosen, setChosen] = useState(sections[0]?.id ?? '');
  const tabs = useRef<Map<string, HTMLButtonElement>>(new Map());
  const choose = (id: string) => {
    setChosen(id);
    tabs.current.get(id)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = sections.findIndex((s) => s.id === chosen);
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % sections.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + sections.length) % sections.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? sections.length - 1
              : -1;
    const next = sections[to];
    if (!next) return;
    e.preventDefault();
    choose(next.id);
  };
  return (
    <section className="sections" aria-label={label}>
      <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {sections.map((s) => (
          <button
            key={s.id}
            ref={(el) => {
              if (el) tabs.current.set(s.id, el);
              else tabs.current.delete(s.id);
            }}
            type="button"
            role="tab"
            id={`tab-${s.id}`}
            data-testid={TID.section(s.id)}
            aria-selected={s.id === chosen}
            aria-controls={`panel-${s.id}`}
            tabIndex={s.id === chosen ? 0 : -1}
            onClick={() => setChosen(s.id)}
          >
            {s.label}
          </button>
        ))}
      </div>
      {sections.map((s) => (
        <div
          key={s.id}
          role="tabpanel"
          id={`panel-${s.id}`}
          className="section-panel"
          data-testid={TID.sectionPanel(s.id)}
          aria-labelledby={`tab-${s.id}`}
          hidden={s.id !== chosen}
          tabIndex={0}
        >
          {s.content}
        </div>
      ))}
    </section>
  );
}
