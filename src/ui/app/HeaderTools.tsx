import { useEffect, useRef, useState } from 'react';
import { toQuery } from '../../store/deepLink';
import { useActions, useApi } from '../../store/react';
import { usePresenterToggle } from '../presenter/presenter';
import { TID } from './testIds';
import { ThemeToggle } from '../theme/ThemeToggle';
import './header.css';

type CopyStatus = { ok: true } | { ok: false; url: string };

/**
 * The link to exactly this view, from the store rather than the address bar: the address bar is
 * written a moment after each change, and a link copied in that moment must not be stale.
 */
function CopyLink() {
  const api = useApi();
  const [status, setStatus] = useState<CopyStatus | null>(null);
  const fallback = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status?.ok === false) fallback.current?.select();
    if (status?.ok !== true) return;
    const timer = window.setTimeout(() => setStatus(null), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    const { scenario, seed, step, compare, inputs, assumptions } = api.getState();
    const { origin, pathname } = window.location;
    const query = toQuery({ scenario, seed, step, compare, inputs, assumptions });
    const url = `${origin}${pathname}${query}`;
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ ok: true });
    } catch {
      // No clipboard (an insecure origin, a refused permission): offer the link to copy by hand.
      setStatus({ ok: false, url });
    }
  };

  return (
    <span className="copy-link">
      <button type="button" data-testid={TID.copyLink} onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-status" data-testid={TID.copyStatus}>
        {status?.ok === true && 'Link copied'}
        {status?.ok === false && (
          <>
            The browser did not allow copying; copy this link:{' '}
            <input
              ref={fallback}
              readOnly
              value={status.url}
              aria-label="Link to this view"
              data-testid={TID.copyFallback}
              onFocus={(e) => e.currentTarget.select()}
            />
          </>
        )}
      </span>
    </span>
  );
}

/** The header's tools: share the view, present it, list the shortcuts, pick the theme. */
export function HeaderTools() {
  const present = usePresenterToggle();
  const { setHelpOpen } = useActions();
  return (
    <div className="header-tools">
      <CopyLink />
      <button
        type="button"
        data-testid={TID.present}
        onClick={() => present(true)}
        aria-keyshortcuts="f"
      >
        Present (f)
      </button>
      <button
        type="button"
        data-testid={TID.shortcutsButton}
        onClick={() => setHelpOpen(true)}
        aria-keyshortcuts="?"
      >
        Shortcuts (?)
      </button>
      <ThemeToggle />
    </div>
  );
}
