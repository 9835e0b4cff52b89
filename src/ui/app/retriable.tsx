import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** The parts whose last load failed, each with the way to start a fresh one. */
const failed = new Set<() => void>();

/**
 * React.lazy that can try again: React keeps a failed load for good, so a part whose file did not
 * arrive (the network cut) stays failed until `retryFailedParts` starts a fresh load, which an
 * error boundary's "Try again" does. Nothing retries by itself: a render after a failure shows
 * the failure, it does not fetch again.
 */
export function retriable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  const attempt = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().catch((err: unknown) => {
        failed.add(renew);
        throw err;
      }),
    );
  let current = attempt();
  function renew() {
    current = attempt();
  }
  return function Retriable(props: P) {
    const Current = current;
    return <Current {...props} />;
  };
}

/** Starts a fresh load of every part whose last load failed. */
export function retryFailedParts(): void {
  for (const renew of failed) renew();
  failed.clear();
}
