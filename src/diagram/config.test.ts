import { describe, expect, it } from 'vitest';
import { MERMAID_CONFIG } from './config';

describe('Mermaid config', () => {
  it('keeps securityLevel strict (no sandbox iframe, no HTML labels, no click handlers)', () => {
    expect(MERMAID_CONFIG.securityLevel).toBe('strict');
    expect(MERMAID_CONFIG.startOnLoad).toBe(false);
  });

  it('keeps label wrapping off: wrapping splits the escapes that keep labels verbatim', () => {
    expect(MERMAID_CONFIG.sequence.wrap).toBe(false);
  });
});
