/**
 * Escapes arbitrary text for one Mermaid 12 sequence-diagram text slot (a message label, a note
 * or a participant alias) so that the rendered SVG shows it verbatim and never as markup.
 *
 * Mermaid's entity syntax `#<decimal code point>;` becomes a placeholder before parsing and `&#N;`
 * in the SVG, which the browser decodes to plain text. Only characters that Mermaid would alter
 * are escaped, because Mermaid sizes boxes and arrows on the escaped text (each escape counts as
 * about seven characters of width). Escaped: `#` and `;` (entity and statement syntax), `<` and
 * `>` (tags, `<br>`), line ends, Mermaid's own placeholder characters `¶` and `ﬂ`, leading and
 * trailing white space (Mermaid trims it), `$$` (KaTeX) and `%%` (directives), and `:` where a
 * leading `wrap:` or Mermaid's `style…:…#…;` pre-pass would act on it.
 *
 * Wrapping must stay off (it splits placeholders). What cannot round-trip: NUL (read back as
 * U+FFFD), CR (normalised to LF by the HTML parser) and the empty string (read back as U+200B).
 */
export function escapeLabel(text: string): string {
  const chars = Array.from(text); // whole code points, so that emoji stay one unit
  const isSpace = (c: string | undefined) => c !== undefined && /^\s$/u.test(c);
  let first = 0;
  let last = chars.length - 1;
  while (first <= last && isSpace(chars[first])) first++;
  while (last >= first && isSpace(chars[last])) last--;
  const escapeColon = /^(?::|wrap:|nowrap:)/.test(text) || /style|classDef/.test(text);
  return chars
    .map((c, i) => {
      const escape =
        i < first ||
        i > last ||
        /[#;<>\n\r\u2028\u2029\u00b6\ufb02]/.test(c) ||
        (c === ':' && escapeColon) ||
        ((c === '$' || c === '%') && chars[i + 1] === c);
      return escape ? `#${c.codePointAt(0)};` : c;
    })
    .join('');
}
