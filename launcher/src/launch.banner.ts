import type { Launched } from './launch.run.js';

/** What a person needs after `npm start`: where to click and which key to use. */
export function banner(launched: Launched, seconds: number, uiServed: boolean): string {
  const { config } = launched;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const base = `http://${host}:${config.PORT}`;
  const rows: [string, string][] = [
    ['UI', uiServed ? `${base}/` : `(not built: run npm run build) API at ${base}/v1`],
    // One click signs the browser in: the UI takes ?apiKey= once, keeps it, and strips it from the address bar.
    ...(uiServed ? [['Sign in', `${base}/?apiKey=${encodeURIComponent(launched.apiKey)}`] as [string, string]] : []),
    ['API docs', `${base}/docs`],
    ['Temporal UI', launched.temporalUiUrl ?? `(external Temporal at ${config.TEMPORAL_ADDRESS})`],
    ['API key', `${launched.apiKey}  (${launched.apiKeySource})`],
    ['Data', launched.dataDir],
    [
      'Networks',
      config.ALLOW_PRIVATE_NETWORKS
        ? 'channels may call private and loopback addresses (ALLOW_PRIVATE_NETWORKS=true, for local receivers; keep it false on servers)'
        : 'private and loopback addresses refused (ALLOW_PRIVATE_NETWORKS=false)',
    ],
  ];
  return [
    '',
    `Signalbox is ready in ${seconds.toFixed(1)} s`,
    ...rows.map(([name, value]) => `  ${name.padEnd(12)} ${value}`),
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}
