import { createServer } from 'node:net';
import { LaunchError } from './launch.error.js';

/** Tries to bind the port briefly, so a clash is reported by name before anything is started. */
function probe(port: number, host: string): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolvePromise(error));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolvePromise(undefined)));
  });
}

/** `ports` maps the configuration variable to the port it asks for, e.g. { PORT: 8080 }. */
export async function assertPortsFree(ports: Record<string, number>, host = '127.0.0.1'): Promise<void> {
  const seen = new Map<number, string>();
  for (const [name, port] of Object.entries(ports)) {
    const clash = seen.get(port);
    if (clash) throw new LaunchError(`${name} and ${clash} both ask for port ${port}; give each its own port`);
    seen.set(port, name);
    const error = await probe(port, host);
    if (error?.code === 'EADDRINUSE') throw new LaunchError(`Port ${port} (${name}) is already in use; stop what holds it or set ${name}`);
    if (error) throw new LaunchError(`Cannot listen on port ${port} (${name}): ${error.message}`);
  }
}
