/**
 * Escapes text for a Mermaid sequence-diagram label so that it shows verbatim: every character
 * outside a small safe set becomes a numeric entity `#NNN;`, which Mermaid decodes after parsing.
 */
export function escapeLabel(text: string): string {
  let out = '';
  for (const ch of text) out += /[A-Za-z0-9 _.()\-]/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}
