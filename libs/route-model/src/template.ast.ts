import type { EscapeMode } from './message.js';
import { BUILT_IN_HELPERS, TEMPLATE_HELPER_NAMES } from './template.helpers.js';

/** The helper a rewritten `{{value}}` calls to escape (or, for `{{{value}}}`, only stringify) its value. */
export const escapeHelperName = (mode: EscapeMode | 'raw') => `__escape_${mode}`;

const CALLABLE = new Set<string>([...TEMPLATE_HELPER_NAMES, ...BUILT_IN_HELPERS]);
const SINGLE_ARGUMENT_BLOCKS = new Set(['if', 'unless', 'each', 'with']);

/** A template problem found while checking the parsed template. */
export class TemplateCheckError extends Error {}

type AstNode = { type: string; loc?: { start: { line: number } }; [key: string]: unknown };
type Call = AstNode & { path: AstNode & { original?: unknown; data?: boolean; parts?: string[] }; params: AstNode[]; hash?: AstNode };

const lineOf = (node: AstNode) => `line ${node.loc?.start.line ?? 1}`;
const isHelperName = (path: Call['path']) => path.type === 'PathExpression' && !path.data && path.parts?.length === 1;
const helperNameOf = (call: Call) => (isHelperName(call.path) ? String(call.path.original) : undefined);
const isCall = (call: Call) => call.params.length > 0 || call.hash !== undefined;

function checkCall(call: Call, isBlock: boolean): void {
  const name = helperNameOf(call);
  if (isCall(call) && (name === undefined || !CALLABLE.has(name))) {
    const shown = String(call.path.original ?? call.path.type);
    throw new TemplateCheckError(
      `Unknown helper "${shown}" on ${lineOf(call)}. Available helpers: ${[...CALLABLE].join(', ')}.`,
    );
  }
  if (isBlock && name && SINGLE_ARGUMENT_BLOCKS.has(name) && call.params.length !== 1) {
    throw new TemplateCheckError(`{{#${name}}} on ${lineOf(call)} needs exactly one value, e.g. {{#${name} data.items}}.`);
  }
}

/**
 * Checks a parsed template and rewrites every `{{x}}` into `{{{__escape_<mode> x}}}` (and `{{{x}}}` into
 * `{{{__escape_raw x}}}`), because Handlebars' own escaping is HTML-only and shared by every instance.
 */
export function prepareAst(node: AstNode | undefined, mode: EscapeMode): void {
  if (!node || typeof node !== 'object') return;
  switch (node.type) {
    case 'PartialStatement':
    case 'PartialBlockStatement':
      throw new TemplateCheckError(`Partials ({{> name}}) are not supported (${lineOf(node)}).`);
    case 'Decorator':
    case 'DecoratorBlock':
      throw new TemplateCheckError(`Decorators ({{* name}}) are not supported (${lineOf(node)}).`);
    case 'Program':
      (node.body as AstNode[]).forEach((child) => prepareAst(child, mode));
      return;
    case 'BlockStatement':
      checkCall(node as Call, true);
      visitArguments(node as Call, mode);
      prepareAst(node.program as AstNode | undefined, mode);
      prepareAst(node.inverse as AstNode | undefined, mode);
      return;
    case 'SubExpression':
      checkCall(node as Call, false);
      visitArguments(node as Call, mode);
      return;
    case 'MustacheStatement':
      checkCall(node as Call, false);
      visitArguments(node as Call, mode);
      wrapInEscape(node as Call, node.escaped ? mode : 'raw');
      return;
  }
}

function visitArguments(call: Call, mode: EscapeMode): void {
  call.params.forEach((param) => prepareAst(param, mode));
  for (const pair of (call.hash?.pairs as Array<{ value: AstNode }> | undefined) ?? []) prepareAst(pair.value, mode);
}

function wrapInEscape(mustache: Call, mode: EscapeMode | 'raw'): void {
  const name = helperNameOf(mustache);
  const callsHelper = isCall(mustache) || (name !== undefined && TEMPLATE_HELPER_NAMES.includes(name));
  const value: AstNode = callsHelper
    ? { type: 'SubExpression', path: mustache.path, params: mustache.params, hash: mustache.hash, loc: mustache.loc }
    : mustache.path;
  const helper = escapeHelperName(mode);
  mustache.path = { type: 'PathExpression', data: false, depth: 0, parts: [helper], original: helper, loc: mustache.loc };
  mustache.params = [value];
  mustache.hash = undefined;
  mustache.escaped = false;
}
