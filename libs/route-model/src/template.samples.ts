import type { SignalboxEvent } from './event.schema.js';
import { nodeIssue, type GraphIssue } from './graph.issues.js';
import { findTrigger } from './graph.walk.js';
import type { RouteGraph } from './route.schema.js';
import { renderMessage, renderTemplate, TemplateRenderError } from './template.render.js';
import { triggerAccepts } from './trigger.match.js';

/** Renders per publish are capped, so checking costs at most a few budgets however many nodes a route has. */
const MAX_SAMPLE_RENDERS = 8;
const SAMPLES_PER_TRIGGER = 2;

/**
 * Template nodes and throttle keys that go over the rendering budget on the sample events their trigger
 * matches (the catalogue's documented payloads): refused at publish, naming the node, instead of failing
 * on the first real event. A template can still be over budget for a larger real event; that fails at send.
 */
export function templateBudgetIssues(graph: RouteGraph, samples: readonly SignalboxEvent[]): GraphIssue[] {
  const trigger = findTrigger(graph);
  if (!trigger) return [];
  const matching = samples.filter((sample) => triggerAccepts(trigger.config, sample)).slice(0, SAMPLES_PER_TRIGGER);
  const issues: GraphIssue[] = [];
  let renders = 0;
  graph.nodes.forEach((node, index) => {
    if (node.type !== 'template' && node.type !== 'throttle') return;
    for (const sample of matching) {
      if (renders++ >= MAX_SAMPLE_RENDERS) return;
      try {
        if (node.type === 'template') renderMessage(node.config, sample, { escape: 'none' });
        else renderTemplate(node.config.key, sample, { escape: 'none' });
      } catch (error) {
        if (!(error instanceof TemplateRenderError && error.overBudget)) continue; // other failures: the dry run explains them
        issues.push(nodeIssue(node, `nodes[${index}]`, `${error.message} (rendering the sample "${sample.type}" event)`));
        return;
      }
    }
  });
  return issues;
}
