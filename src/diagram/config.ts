import type { MermaidConfig } from 'mermaid';

/**
 * How kdflow initialises Mermaid. `securityLevel: 'strict'` stays: labels are text, never markup,
 * and the SVG must sit in the page (not a sandbox iframe) so that steps can restyle it.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  suppressErrorRendering: true,
  theme: 'default',
  look: 'classic',
  sequence: {
    mirrorActors: false,
    wrap: false,
    showSequenceNumbers: false,
    messageFontSize: 15,
    noteFontSize: 15,
    actorFontSize: 16,
    actorMargin: 40,
  },
} as const satisfies MermaidConfig;

/**
 * The app's look as a `.mmd` front-matter carries it (trLook.ts `withFrontMatter`): the keys that
 * shape the drawing, without those a diagram may not set (`securityLevel`, `startOnLoad`).
 */
export const APP_LOOK = {
  theme: MERMAID_CONFIG.theme,
  look: MERMAID_CONFIG.look,
  sequence: MERMAID_CONFIG.sequence,
} as const;
