/**
 * The page's breakpoints, in CSS px. Media queries cannot read custom properties, so each
 * stylesheet writes these numbers; `breakpoints.test.ts` keeps every `@media` width in src/ui to
 * this list, so a new one is a decision made here (tokens.css says what each is for).
 */
export const BREAKPOINTS = {
  /** At or below: stacked, the figure over both UEs' keys (tablets, phones). */
  stacked: 1000,
  /** At or below: presenter mode's narrow layout. */
  presenterNarrow: 800,
  /** At or below: a phone. */
  phone: 600,
} as const;
