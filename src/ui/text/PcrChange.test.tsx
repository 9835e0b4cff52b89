import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KD_SENTENCE } from '../../protocol/clause';
import { PCR_INTRODUCTION } from '../../protocol/intro';
import { DEFAULT_SCENARIO, type SchemeId } from '../../protocol/scenario';
import { DEFAULT_LINK } from '../../store/deepLink';
import { createKdflowStore, initialState } from '../../store/store';
import { StoreContext } from '../../store/react';
import { PcrChange } from './PcrChange';

function render(scheme: SchemeId): string {
  const store = createKdflowStore(
    initialState({ ...DEFAULT_LINK, scenario: { ...DEFAULT_SCENARIO, scheme } }),
  );
  const html = renderToStaticMarkup(
    <StoreContext.Provider value={store}>
      <PcrChange />
    </StoreContext.Provider>,
  );
  return html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The text of the first element matching an opening-tag pattern, up to its closing tag. */
const inner = (html: string, open: RegExp, tag: string) => {
  const m = open.exec(html);
  if (!m) return null;
  const rest = html.slice(m.index + m[0].length);
  return rest.slice(0, rest.indexOf(`</${tag}>`));
};

describe('PcrChange', () => {
  it('quotes the whole Introduction in the blockquote, the bullet as a list item', () => {
    const html = render('kdf');
    const quote = inner(html, /<blockquote class="clause pcr-intro"[^>]*>/, 'blockquote') ?? '';
    for (const p of PCR_INTRODUCTION)
      expect(quote).toContain(p.bullet ? `<li>${p.text}</li>` : `>${p.text}</p>`);
  });

  it('labels the summary as kdflow’s and quotes step 7 from the clause', () => {
    const html = render('kdf');
    expect(html).toContain('kdflow’s summary');
    expect(html).toContain('not the pCR’s');
    expect(html).toContain(
      `<q class="clause-quote" cite="TR 33.cde clause 6.3.4.3.2">${KD_SENTENCE.text}</q>`,
    );
    // The summary sits after the Introduction, not inside it.
    expect(html.indexOf('kdflow’s summary')).toBeGreaterThan(html.indexOf('</blockquote>'));
  });

  it.each<[SchemeId, string]>([
    ['kdf', 'Show the calculated variant'],
    ['common', 'Show the common-KD variant'],
  ])('presses the button of the current scheme (%s)', (scheme, pressed) => {
    const buttons = [...render(scheme).matchAll(/<button[^>]*aria-pressed="(\w+)"[^>]*>([^<]+)</g)];
    expect(buttons.map((b) => [b[2], b[1]])).toEqual([
      ['Show the calculated variant', String(pressed === 'Show the calculated variant')],
      ['Show the common-KD variant', String(pressed === 'Show the common-KD variant')],
    ]);
  });
});
