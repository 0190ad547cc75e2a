/**
 * Work a single message render may do, counted while it renders. Handlebars has no time limit and runs
 * synchronously, so three nested {{#each}} over 200 items (8 million iterations) or {{json}} of the whole
 * event inside a loop would block the API or a worker for seconds. Every block iteration and helper call is
 * a step; every string a helper or block produces is counted in characters (nested output counts at each
 * level it passes through, which is the copying work it really costs). Counting, not timing, keeps the
 * verdict the same on a slow worker and a fast laptop, so a preview that passes also passes at send.
 */
export const TEMPLATE_BUDGET: BudgetLimits = { steps: 25_000, characters: 2_000_000, scope: 'template' };
/**
 * All the renders of one route for one event together (every template node, for every channel escaping,
 * and throttle keys): a route of 500 template nodes each just under TEMPLATE_BUDGET would otherwise hold
 * the worker for a minute.
 */
export const ROUTE_TEMPLATE_BUDGET: BudgetLimits = { steps: 100_000, characters: 8_000_000, scope: 'route' };

export interface BudgetLimits {
  steps: number;
  characters: number;
  scope: 'template' | 'route';
}
const SUBJECT = { template: 'template needs', route: "this route's templates together need" } as const;
const PRODUCER = { template: 'template produces', route: "this route's templates together produce" } as const;

/** A render that went over TEMPLATE_BUDGET; permanent: the same template and event always will. */
export class TemplateBudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateBudgetError';
  }
}

export class RenderBudget {
  private steps = 0;
  private characters = 0;

  constructor(
    private readonly limits: BudgetLimits = TEMPLATE_BUDGET,
    /** A wider budget this one also counts against (a route's, for one of its templates). */
    private readonly within?: RenderBudget,
  ) {}

  /** One step of work that produced `output`. */
  charge(output: unknown): void {
    this.within?.charge(output);
    this.steps += 1;
    if (typeof output === 'string') this.characters += output.length;
    if (this.steps > this.limits.steps) {
      throw new TemplateBudgetError(
        `${SUBJECT[this.limits.scope]} more than ${this.limits.steps.toLocaleString('en-US')} steps (loop iterations and helper calls) for this event; reduce nested {{#each}} loops or loop over a smaller list`,
      );
    }
    this.ensureRoom(0);
  }

  /** Refuses work that would produce more than the remaining characters, before doing it. */
  ensureRoom(characters: number): void {
    this.within?.ensureRoom(characters);
    if (this.characters + characters > this.limits.characters) {
      throw new TemplateBudgetError(
        `${PRODUCER[this.limits.scope]} more than ${this.limits.characters.toLocaleString('en-US')} characters while rendering this event; avoid {{json}} of large values inside loops`,
      );
    }
  }
}

// Rendering is synchronous, so the budget of the render in progress can live in one slot: helpers read it
// without it being threaded through Handlebars' options.
let active: RenderBudget | undefined;

export function withBudget<T>(budget: RenderBudget, render: () => T): T {
  const previous = active;
  active = budget;
  try {
    return render();
  } finally {
    active = previous;
  }
}

/** Counts one step that produced `output` against the render in progress (no-op outside a render). */
export function chargeStep(output: unknown): void {
  active?.charge(output);
}

/** Throws before a helper builds a string that cannot fit in what is left of the budget. */
export function ensureRoom(characters: number): void {
  active?.ensureRoom(characters);
}
