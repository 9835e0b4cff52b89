/**
 * Compares a report read from a file with the report kdflow computes for the same state, and says
 * where they first differ in words a person can follow to the value ("step 5, MME_1, KD, hex").
 * Prose (titles, summaries, readings, how a value was made) is kdflow's wording, not the run, so
 * it may change between versions of kdflow without making an older report unreadable.
 */

/** Keys whose text is kdflow's explanation, not part of the run. */
const PROSE = new Set(['title', 'summary', 'reading', 'how']);
const CONTAINERS = new Set(['inputs', 'steps', 'holdings', 'derivations', 'params']);

export interface Difference {
  /** Where, in words, with the JSON path after it. */
  where: string;
  /** What the file has and what the run gives, quoted for a message. */
  file: string;
  run: string;
}

type Path = (string | number)[];
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value from the file, quoted for a message (cut short: the message must stay readable). */
export function quote(v: unknown): string {
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (isObject(v)) return 'an object';
  const text = typeof v === 'string' ? v : v === undefined ? 'nothing' : JSON.stringify(v);
  const chars = [...text];
  const cut = chars.length > 80 ? `${chars.slice(0, 80).join('')}…` : text;
  return typeof v === 'string' ? `“${cut}”` : cut;
}

/** The path in words, named from the run's own entries: step numbers, actors, value names. */
function describe(path: Path, run: unknown): string {
  const words: string[] = [];
  let node: unknown = run;
  let json = '';
  path.forEach((key, i) => {
    const parent = path[i - 1];
    json += typeof key === 'number' ? `[${key}]` : `${json === '' ? '' : '.'}${key}`;
    const item: unknown = Array.isArray(node)
      ? node[key as number]
      : isObject(node)
        ? node[key]
        : undefined;
    if (typeof key === 'string') {
      // A list's name is left out: its entry, named next, says enough.
      if (parent === 'inputs') words.push(`input ${key}`);
      else if (!CONTAINERS.has(key) || i === path.length - 1) words.push(key);
    } else if (parent === 'steps') words.push(`step ${key}`);
    else if (parent === 'derivations' && isObject(item))
      words.push(`the derivation of ${String(item.output)} at ${String(item.actor)}`);
    else if (isObject(item) && typeof item.name === 'string')
      words.push(parent === 'params' ? `carried ${item.name}` : item.name);
    else words.push(`entry ${key}`);
    node = item;
  });
  return `${words.join(', ')} (${json})`;
}

interface Found {
  path: Path;
  file: unknown;
  run: unknown;
}

function walk(file: unknown, run: unknown, path: Path): Found | null {
  if (Array.isArray(run)) {
    if (!Array.isArray(file) || file.length !== run.length) return { path, file, run };
    for (let i = 0; i < run.length; i++) {
      const d = walk(file[i], run[i], [...path, i]);
      if (d) return d;
    }
    return null;
  }
  if (isObject(run)) {
    if (!isObject(file)) return { path, file, run };
    const extra = Object.keys(file).filter((k) => !Object.hasOwn(run, k));
    for (const key of [...Object.keys(run), ...extra]) {
      if (PROSE.has(key)) continue;
      const d = walk(file[key], Object.hasOwn(run, key) ? run[key] : undefined, [...path, key]);
      if (d) return d;
    }
    return null;
  }
  return Object.is(file, run) ? null : { path, file, run };
}

/**
 * The first place where `file` differs from `run`, walking `run` in order (so the earliest step
 * comes first), or null when they agree. Keys the run lacks count as differences too, except
 * prose.
 */
export function firstDifference(file: unknown, run: unknown): Difference | null {
  const found = walk(file, run, []);
  if (found === null) return null;
  return { where: describe(found.path, run), file: quote(found.file), run: quote(found.run) };
}
