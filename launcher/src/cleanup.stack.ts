/** Thrown into a start step that finishes after shutdown began (Ctrl-C during startup). */
export class ShutdownInProgress extends Error {}

interface Entry {
  name: string;
  stop: () => Promise<void>;
}

/**
 * What the launcher started, stopped in reverse order (worker, API, Temporal, Postgres) with a time
 * limit per step, so one hung child cannot keep the rest running.
 */
export class CleanupStack {
  private readonly entries: Entry[] = [];
  private unwinding: Promise<void> | undefined;

  constructor(private readonly log: (line: string) => void, private readonly stepTimeoutMs = 20_000) {}

  get closed(): boolean {
    return this.unwinding !== undefined;
  }

  /** Registers a started resource; if shutdown already began, stops it at once and aborts the caller. */
  async push(name: string, stop: () => Promise<void>): Promise<void> {
    if (!this.closed) {
      this.entries.push({ name, stop });
      return;
    }
    await this.stopOne({ name, stop });
    throw new ShutdownInProgress(`stopped ${name}, which finished starting after shutdown began`);
  }

  unwind(): Promise<void> {
    this.unwinding ??= (async () => {
      for (const entry of this.entries.splice(0).reverse()) await this.stopOne(entry);
    })();
    return this.unwinding;
  }

  private async stopOne({ name, stop }: Entry): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.log(`stopping ${name} took over ${this.stepTimeoutMs / 1000}s; moving on`);
        resolve();
      }, this.stepTimeoutMs);
    });
    try {
      await Promise.race([stop(), timeout]);
    } catch (error) {
      this.log(`stopping ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
}
