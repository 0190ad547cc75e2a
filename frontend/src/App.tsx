import { SEVERITIES } from '@signalbox/route-model';

export function App() {
  return (
    <main>
      <h1>Signalbox</h1>
      <p>Alert routes, channels and deliveries. Severities: {SEVERITIES.join(', ')}.</p>
    </main>
  );
}
