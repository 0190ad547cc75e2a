/**
 * Regex work one event may cost a route, in RE2 units: characters scanned × compiled program size. RE2 is
 * linear in the input, but the factor is the program: `(?:a?){1000}a{1000}` on 1,000 characters takes over
 * a second, and a route may hold many rules. The worst measured rate is ~150 ns per unit, so 2,000,000
 * units keep one event's filters around a third of a second; ordinary rules (`^prod-\d+$` on a host name) cost
 * a few hundred units. Checked before each match, so an over-budget rule never starts.
 */
export const FILTER_BUDGET_UNITS = 2_000_000;

export class FilterBudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterBudgetError';
  }
}

export class FilterBudget {
  private used = 0;

  constructor(private readonly limit: number = FILTER_BUDGET_UNITS) {}

  spend(units: number): void {
    if (this.used + units > this.limit) {
      throw new FilterBudgetError(
        `regex work for this event is over budget (${this.limit.toLocaleString('en-US')} units of characters × pattern size); use simpler patterns or match a shorter field`,
      );
    }
    this.used += units;
  }
}

// Evaluation is synchronous: the budget of the evaluation in progress lives in one slot, read by `matches`.
let active: FilterBudget | undefined;

export function withFilterBudget<T>(budget: FilterBudget, evaluate: () => T): T {
  const previous = active;
  active = budget;
  try {
    return evaluate();
  } finally {
    active = previous;
  }
}

/** The budget of the evaluation in progress, or a fresh one for a lone rule. */
export const activeFilterBudget = (): FilterBudget => active ?? new FilterBudget();
