/** Test ids shared by the components and the e2e page object: a rename is one edit. */
export const TID = {
  figure: 'figure',
  figureError: 'figure-error',
  stepIndicator: 'step-indicator',
  first: 'btn-first',
  previous: 'btn-previous',
  play: 'btn-play',
  next: 'btn-next',
  last: 'btn-last',
  speed: 'play-speed',
  seed: 'seed-input',
  seedError: 'seed-error',
  linkErrors: 'link-errors',
  clause: 'clause-text',
  kdCheck: 'kd-check',
  scheme: 'scheme-note',
  picker: (field: string) => `picker-${field}`,
} as const;
