import { isHttpsOrLoopback } from '@signalbox/plugin-sdk';
import { z } from 'zod';

const severityPriority = z
  .object({
    critical: z.string().trim().min(1).max(60).default('Highest'),
    high: z.string().trim().min(1).max(60).default('High'),
    warning: z.string().trim().min(1).max(60).default('Medium'),
    info: z.string().trim().min(1).max(60).default('Low'),
  })
  .describe('Jira priority name per severity (the scheme’s names; Jira Cloud defaults shown)');

export const jiraConfigSchema = z.object({
  siteUrl: z
    .url({ protocol: /^https?$/, error: 'must be an https URL' })
    // Every request carries the API token: https only; http only to a loopback fake.
    .refine((value) => isHttpsOrLoopback(new URL(value)), 'must be an https URL')
    .describe('Jira Cloud site, e.g. https://your-team.atlassian.net'),
  email: z.email().describe('Atlassian account email the API token belongs to'),
  apiToken: z.string().trim().min(8).max(512).describe('API token (id.atlassian.com → Security → API tokens); used with the email for basic auth'),
  projectKey: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'must be a Jira project key (e.g. OPS)')
    .describe('Key of the project issues are created in (e.g. OPS)'),
  issueType: z.string().trim().min(1).max(60).default('Task').describe('Issue type name (e.g. Task, Bug, Incident)'),
  setPriority: z.boolean().default(true).describe('Set the priority from severity (turn off if the priority field is not on the project’s create screen)'),
  priorities: severityPriority.default({ critical: 'Highest', high: 'High', warning: 'Medium', info: 'Low' }),
  labels: z
    .array(z.string().trim().regex(/^[^\s]{1,255}$/, 'labels cannot contain spaces'))
    .max(10)
    .default([])
    .describe('Labels added to every issue (no spaces)'),
  resolveTransition: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .optional()
    .describe('On recovery, also move the issue through this transition (e.g. Done); empty: comment only'),
});

export type JiraConfig = z.output<typeof jiraConfigSchema>;
