// Injected into every benchmarked page before its own scripts (Playwright `addInitScript`), so
// that kdflow and the baselines are timed by the same code. Plain browser JavaScript.
//
// - `frames`: for each keydown (← → Home End) and each `input` event, the time from the event's
//   timestamp to the end of the next frame on the main thread (a requestAnimationFrame callback,
//   then a MessageChannel task, which runs after that frame's style, layout and paint). A page
//   whose step is asynchronous (the Mermaid baselines) sets `window.__benchPending` to a promise
//   in its handler; the probe then waits for it and measures to the frame after it settles.
// - `events`: Event Timing entries (keydown and input), durationThreshold 16 ms, the lowest the
//   API allows; faster events are not reported. Durations are rounded to 8 ms by the browser.
// - `visible`: the first frame in which `window.__benchVisibleSelector` (default
//   `[data-et="message"]`) matches, for cold starts: { found, painted } in ms since navigation.
// - `cost(keys)`: main-thread cost of synthetic steps, one per key, see below.
(() => {
  const probe = { frames: [], events: [], visible: null, waiters: [] };
  window.__probe = probe;
  const afterPaint = (cb) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(null);
    });
  const settle = () =>
    new Promise((resolve) => {
      const check = async () => {
        const pending = window.__benchPending;
        if (pending) {
          window.__benchPending = null;
          await pending;
          requestAnimationFrame(check);
        } else afterPaint(resolve);
      };
      requestAnimationFrame(check);
    });
  const STEP_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'Home', 'End']);
  const track = (e) => {
    if (!e.isTrusted) return; // synthetic steps are timed by cost()
    if (e.type === 'keydown' && !STEP_KEYS.has(e.key)) return;
    const t0 = e.timeStamp;
    settle().then((t1) => {
      probe.frames.push(t1 - t0);
      probe.waiters = probe.waiters.filter((w) => !w());
    });
  };
  addEventListener('keydown', track, true);
  addEventListener('input', track, true);

  /** Resolves once `n` frames have been measured. */
  probe.waitFrames = (n) =>
    new Promise((resolve) => {
      const done = () => probe.frames.length >= n && (resolve(), true);
      if (!done()) probe.waiters.push(done);
    });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === 'keydown' || e.name === 'input')
          probe.events.push({
            name: e.name,
            duration: e.duration,
            inputDelay: e.processingStart - e.startTime,
            processing: e.processingEnd - e.processingStart,
          });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    probe.eventTimingUnsupported = true;
  }

  // Cold start: poll once a frame (cheap) until the diagram is in the DOM; that frame paints it.
  const poll = () => {
    const sel = window.__benchVisibleSelector ?? '[data-et="message"]';
    if (document.querySelector(sel)) {
      const found = performance.now();
      afterPaint((painted) => (probe.visible = { found, painted }));
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  /**
   * Main-thread cost of one step each for `keys`: the time from dispatching a synthetic keydown on
   * window to the end of a forced style and layout, after the page's own work (a microtask for
   * React's discrete update, or `__benchPending` for the baselines). Paint is not included.
   * Starts each step on a fresh frame. Returns [ms] and how many steps changed `readStep()`.
   */
  probe.cost = async (keys, readStepSrc) => {
    const readStep = readStepSrc ? new Function(`return (${readStepSrc})()`) : () => null;
    const out = [];
    let changed = 0;
    for (const key of keys) {
      await new Promise((r) => afterPaint(r));
      const before = readStep();
      const t0 = performance.now();
      dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await Promise.resolve();
      const pending = window.__benchPending;
      if (pending) {
        window.__benchPending = null;
        await pending;
      }
      void document.body.offsetHeight; // forces style and layout
      out.push(performance.now() - t0);
      if (readStep() !== before) changed++;
    }
    return { ms: out, changed };
  };

  /**
   * Steps as fast as the page takes them, for the memory figures: a synthetic keydown, then the
   * page's own work (React's microtask, or `__benchPending`), with a frame every `frameEvery` steps.
   */
  probe.steps = async (keys, frameEvery = 10) => {
    for (const [i, key] of keys.entries()) {
      if (i % frameEvery === 0) await new Promise((r) => afterPaint(r));
      dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await Promise.resolve();
      const pending = window.__benchPending;
      window.__benchPending = null;
      if (pending) await pending;
    }
  };
})();
