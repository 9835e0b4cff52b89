/**
 * The floor of the step figures: a page whose step only writes one attribute. Whatever it measures
 * (keydown → next paint, Event Timing) is the browser's own latency, which no page can go under.
 */
let step = 0;
addEventListener('keydown', (e) => {
  const to = { ArrowRight: step + 1, ArrowLeft: step - 1, Home: 0, End: 10 }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  step = Math.min(10, Math.max(0, to));
  document.body.dataset['currentStep'] = String(step);
});
