import { useKdflow } from '../../store/react';
import { TID } from '../app/testIds';

/** Says which fields of the opened link were bad, what was given, and what is used instead. */
export function LinkErrors() {
  const errors = useKdflow((s) => s.linkErrors);
  const dismiss = useKdflow((s) => s.dismissLinkErrors);
  if (errors.length === 0) return null;
  return (
    <div className="link-errors" role="alert" data-testid={TID.linkErrors}>
      <p>
        <strong>Some values in the link could not be used;</strong> their defaults are shown
        instead.
      </p>
      <ul>
        {errors.map((e, i) => (
          <li key={i} data-field={e.field}>
            <code>{e.field}</code> = “<span className="given">{e.given}</span>”: {e.message}.
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
