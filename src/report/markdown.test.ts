import { describe, expect, it } from 'vitest';
import { PROCEDURE } from '../protocol/procedure';
import { hasOpenssl, runInScratch } from '../protocol/openssl.testkit';
import { opensslCommand } from '../protocol/reproduce';
import {
  allScenarios,
  DEFAULT_SCENARIO,
  READINGS,
  SCENARIO_KEYS,
  scenarioName,
  type Scenario,
} from '../protocol/scenario';
import { lastStep } from '../protocol/simulate';
import { SEVERITIES } from '../review/finding';
import { reviewFindings } from '../review/review';
import { DEFAULT_LINK, type LinkState } from '../store/deepLink';
import { traceOf } from '../store/store';
import { reportFiles } from './index';
import { escapeMarkdown, reportMarkdown } from './markdown';
import { buildReport } from './report';

const markdownOf = (patch: Partial<LinkState>) => {
  const s = { ...DEFAULT_LINK, ...patch };
  const trace = traceOf(s.scenario, s.seed, s.inputs);
  return reportMarkdown(buildReport(s, trace), trace);
};

/** The cells of a Markdown table row, split on pipes that are not escaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1);

describe('escapeMarkdown', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['<img src=x onerror=alert(1)>', '\\<img src\\=x onerror\\=alert\\(1\\)\\>'],
    ['*bold* _it_ `code` [l](u) # h', '\\*bold\\* \\_it\\_ \\`code\\` \\[l\\]\\(u\\) \\# h'],
    ['&lt; \\', '\\&lt\\; \\\\'],
    ['line\nbreak\r\nand\u2028', 'line↵break↵and↵'],
    ['kdflow 日本 🔑', 'kdflow 日本 🔑'],
  ])('%j → %j', (text, md) => expect(escapeMarkdown(text)).toBe(md));
});

describe('reportMarkdown', () => {
  it('heads with the scenario, the seed and the illustrative-scheme warning', () => {
    const md = markdownOf({ seed: 'demo', step: 4 });
    expect(md.startsWith('# kdflow report: 3GPP TR 33.cde clause 6.3.4.3.2')).toBe(true);
    expect(md).toContain('> **Illustrative scheme.** Not standardised: FC 0xD0, 0xD1, 0xD2');
    // The formulas come from the scheme's derivations the run used, the PC5 steps from the trace.
    expect(md).toContain('KD-sess = KDF(KD, FC=0xD2, Nonce_1, Nonce_2)');
    expect(md).toContain('Steps 8–10 (PC5) are kdflow’s illustrative continuation');
    // One row per scenario field, named as the procedure's fields say.
    for (const key of SCENARIO_KEYS) {
      const field = PROCEDURE.fields.find((f) => f.key === key)!;
      expect(md).toContain(`| ${field.about} (${key}) | ${DEFAULT_SCENARIO[key]} |`);
    }
    expect(md).toContain('| Seed | demo |');
    expect(md).toContain('| Step shown | 4 |');
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });

  it('keeps a seed with pipes, markup and a line break inside its one table cell', () => {
    const md = markdownOf({ seed: 'a|b <script>x</script>\n| c' });
    const row = md.split('\n').find((l) => l.startsWith('| Seed |'));
    expect(row).toBe('| Seed | a\\|b \\<script\\>x\\<\\/script\\>↵\\| c |');
    expect(cells(row ?? '')).toHaveLength(2);
    expect(md).not.toContain('<script>');
  });

  it('has every input, marking the edited ones', () => {
    const md = markdownOf({ inputs: { DKSI: '4', K_ASME_1: 'cd'.repeat(32) } });
    expect(md).toContain(`| K_ASME_1 | \`${'cd'.repeat(32)}\` | yes: \`${'cd'.repeat(32)}\` |`);
    expect(md).toContain('| DKSI | `04` | yes: `4` |');
    expect(md).toMatch(/\| K_ASME_2 \| `[0-9a-f]{64}` \| no \(from the seed\) \|/);
  });

  it('has every step, its new values per actor, and each derivation as test-vector lines', () => {
    const s = { ...DEFAULT_LINK };
    const trace = traceOf(s.scenario, s.seed, s.inputs);
    const md = markdownOf({});
    for (let n = 0; n <= lastStep(s.scenario); n++) expect(md).toContain(`### Step ${n}: `);
    expect(md).not.toContain(`### Step ${lastStep(s.scenario) + 1}: `);
    expect(md).toContain('### Step 1: Extended Service Request (ESR) (UE_1 → MME_1, NAS-1)');
    const kd = trace.steps[7]?.holdings.UE_2.find((v) => v.name === 'KD');
    if (kd?.provenance.kind !== 'derived' || kd.provenance.derivation.fn !== 'kdf')
      throw new Error('KD is derived by the KDF in this scenario');
    const d = kd.provenance.derivation;
    expect(md).toContain('KD at UE_2, FC 0xD1 (illustrative):');
    expect(md).toContain(`S = ${Buffer.from(d.s).toString('hex')}`);
    expect(md).toContain(`KD = HMAC-SHA-256(Key, S) = ${kd.hex}`);
    expect(md).toContain(`| UE_2 | KD | \`${kd.hex}\` | derived at step 7 |`);
    expect(md).toContain(opensslCommand(d));
    // Every table row has as many cells as its header.
    const lines = md.split('\n');
    lines.forEach((l, i) => {
      if (!l.startsWith('| ---')) return;
      const width = cells(lines[i - 1] ?? '').length;
      for (let j = i + 1; lines[j]?.startsWith('|'); j++)
        expect(cells(lines[j] ?? '')).toHaveLength(width);
    });
  });

  it('under the X25519 scheme, writes each X25519 use as k, u and out, with a command openssl runs', () => {
    const s = { ...DEFAULT_LINK, scenario: { ...DEFAULT_SCENARIO, scheme: 'dh' as const } };
    const trace = traceOf(s.scenario, s.seed, s.inputs);
    const report = buildReport(s, trace);
    const md = reportMarkdown(report, trace);
    const shared = report.steps[7]!.derivations.find(
      (d) => d.actor === 'UE_1' && d.output === 'DH_shared',
    )!;
    expect(shared.function).toBe('x25519');
    expect(md).toContain('DH_shared at UE_1, X25519 (RFC 7748) (illustrative):');
    expect(md).toContain(`k (DH_private_1) = ${shared.key}`);
    expect(md).toContain(`u (Keying_material_2) = ${shared.params[0]!.hex}`);
    expect(md).toContain(`DH_shared = X25519(k, u) = ${shared.out}`);
    expect(md).toContain('u = 9 (the base point)');
    // The illustrative note names the X25519 formulas and the KD FC of the scheme.
    expect(md).toContain('DH_shared = X25519(DH_private_1, Keying_material_2)');
    expect(md).toContain('FC 0xD6');
    // Every command the report prints recomputes what it says, with openssl alone.
    const commands = [...md.matchAll(/```sh\n(.*)\n```/g)].map((m) => m[1]!);
    const x = commands.filter((c) => c.includes('x25519'));
    expect(x.length).toBeGreaterThanOrEqual(4);
    if (hasOpenssl) for (const c of x) expect(md).toContain(`= ${runInScratch(c)}`);
  });

  it('under 0a, opens with UE_2’s PC5 request and marks only the PC5 continuation after the clause', () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, trigger: '0a-drr' };
    const s = { ...DEFAULT_LINK, scenario };
    const trace = traceOf(s.scenario, s.seed, s.inputs);
    const report = buildReport(s, trace);
    const md = reportMarkdown(report, trace);
    const last = lastStep(scenario);
    expect(md).toMatch(/### Step 0: .*\(UE_2 → UE_1, PC5\)\n/);
    expect(md).toContain('| Nonce_1 | inferred | `');
    const sections = md.split('\n### Step ').slice(1);
    expect(sections).toHaveLength(last + 1);
    // The mark is on the continuation's steps, and they come after the clause's.
    const marked = sections
      .filter((x) => x.includes('_kdflow’s illustrative PC5 continuation, after the clause._'))
      .map((x) => Number(x.split(':')[0]));
    const continuation = report.steps.filter((x) => x.part === 'continuation').map((x) => x.n);
    const clause = report.steps.filter((x) => x.part === 'clause').map((x) => x.n);
    expect(marked).toEqual(continuation);
    expect(continuation.length).toBeGreaterThan(0);
    expect(Math.min(...continuation)).toBeGreaterThan(Math.max(...clause));
    expect(Math.max(...continuation)).toBe(last);
    // The old context is retired at the last step, make-before-break.
    const kdOld = sections[last]?.split('\n').find((l) => l.startsWith('| UE_1 | KD_old |'));
    expect(kdOld).toMatch(new RegExp(`; retired at step ${last} \\|$`));
    expect(sections[last - 1]).not.toContain('retired at step');
  });
});

describe('the report’s findings', () => {
  const HEADINGS = { defect: 'Defects', 'open-point': 'Open points', editorial: 'Editorial' };
  /** The findings section: from its heading to the next section's. */
  const findingsPart = (md: string) =>
    md.split('## Findings of this scenario\n')[1]?.split('\n## ')[0];

  it.each(allScenarios(READINGS).map((s) => [scenarioName(s), s] as const))(
    '%s: every finding of the scenario, under its severity, with its step and source',
    (_name, scenario) => {
      const state = { ...DEFAULT_LINK, scenario };
      // As the page's export makes it (reportFiles), from the trace the report was built from.
      const md = reportFiles(state).markdown.text;
      const part = findingsPart(md);
      expect(part, 'a findings section before the inputs').toBeDefined();
      expect(md.indexOf('## Findings of this scenario')).toBeLessThan(md.indexOf('## Inputs'));
      const findings = reviewFindings(traceOf(scenario, state.seed, state.inputs));
      const groups = new Map<string, string>(
        (part ?? '')
          .split('\n### ')
          .slice(1)
          .map((g) => [g.split(' (')[0] ?? '', g]),
      );
      expect([...groups.keys()]).toEqual(SEVERITIES.map((sev) => HEADINGS[sev]));
      for (const sev of SEVERITIES) {
        const own = findings.filter((f) => f.severity === sev);
        const group = groups.get(HEADINGS[sev]) ?? '';
        expect(group.startsWith(`${HEADINGS[sev]} (${own.length})\n`)).toBe(true);
        const items = group.split('\n').filter((l) => l.startsWith('- **Step '));
        expect(items).toHaveLength(own.length);
        own.forEach((f, i) => {
          const item = items[i] ?? '';
          expect(item.startsWith(`- **Step ${f.step}** (${f.source}, \`${f.id}\`): `)).toBe(true);
          // Its text whole, once the light escaping is read back.
          expect(item.replace(/\\(.)/g, '$1').endsWith(`: ${f.text}`)).toBe(true);
        });
      }
    },
  );

  it('quotes the sentence a finding is about, and writes its text as prose', () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, scheme: 'common', trigger: '0a-drr' };
    const md = markdownOf({ scenario });
    expect(md).toContain(
      '- **Step 2** (curated, `fit/rekeying-address`): With trigger 0a after a Direct Rekeying Request (a rekeying), how MME_1 finds the address of MME_2 is FFS.\n  > “(this is FFS in rekeying case)”',
    );
  });

  it('refuses a trace of another scenario than the report’s', () => {
    const s = { ...DEFAULT_LINK };
    const other = traceOf({ ...s.scenario, scheme: 'common' }, s.seed, s.inputs);
    expect(() =>
      reportMarkdown(buildReport(s, traceOf(s.scenario, s.seed, s.inputs)), other),
    ).toThrow(/the trace is of common/);
  });
});
