/** A broken contract rule; the message says what the plugin must change. */
export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

export function violated(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition) throw new ContractViolation(typeof message === 'function' ? message() : message);
}

export function preview(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;
}
