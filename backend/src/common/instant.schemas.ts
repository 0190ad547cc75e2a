import { z } from 'zod';

/**
 * An ISO 8601 date-time with any offset, normalised to UTC. Normalising is not cosmetic: ISO allows offsets
 * (e.g. +21:16) and calendar days (Feb 31) that Postgres refuses, which turned a valid-looking filter into a 500.
 */
export const instantSchema = (error = 'must be an ISO 8601 date-time, e.g. 2026-01-31T12:00:00Z') =>
  z.iso
    .datetime({ offset: true, error })
    .refine((value) => !Number.isNaN(Date.parse(value)), { error })
    .transform((value) => new Date(value).toISOString());
