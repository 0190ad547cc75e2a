import { useEffect } from 'react';

/** `Routes · Signalbox`: tabs, history and screen readers tell pages apart. `null` leaves the title alone. */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = title ? `${title} · Signalbox` : 'Signalbox';
  }, [title]);
}
