const SECTIONS: [RegExp, string][] = [
  [/^\/routes\/?$/, 'Routes'],
  [/^\/channels/, 'Channels'],
  [/^\/events\/[^/]+/, 'Event'],
  [/^\/events\/?$/, 'Events'],
  [/^\/deliveries/, 'Deliveries'],
  [/^\/alerts/, 'Alerts'],
  [/^\/silences/, 'Silences'],
];

/** The page title for a path; null for pages that name themselves (the editor uses the route's name). */
export function sectionTitle(pathname: string): string | null {
  if (/^\/routes\/[^/]+/.test(pathname)) return null;
  return SECTIONS.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'Not found';
}
