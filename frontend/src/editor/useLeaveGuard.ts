import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { rememberLoaded } from './draftSession.js';

/** Unsaved canvas work is easy to lose with one click on the nav; ask first (and on tab close). */
export function useLeaveGuard(dirty: boolean) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm('This route has unsaved changes. Leave without saving?')) {
      // Leaving without saving discards the edits: the next visit loads the saved draft.
      rememberLoaded(null);
      blocker.proceed();
    }
    else blocker.reset();
  }, [blocker]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
