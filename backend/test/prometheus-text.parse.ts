import parsePrometheusTextFormat from 'parse-prometheus-text-format';

export interface ParsedFamily {
  name: string;
  type: string;
  help: string;
  metrics: Array<{ value?: string; labels?: Record<string, string>; buckets?: Record<string, string>; count?: string; sum?: string }>;
}

/** Test helper: a scrape parsed by an independent Prometheus text-format parser (it throws on malformed input). */
export function parseScrape(text: string): ParsedFamily[] {
  return (parsePrometheusTextFormat as unknown as (t: string) => ParsedFamily[])(text);
}

/** The value of one sample (counter or gauge) whose labels include `labels`; 0 when absent. */
export function sampleValue(families: ParsedFamily[], name: string, labels: Record<string, string> = {}): number {
  const family = families.find((f) => f.name === name);
  const sample = family?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  return sample?.value === undefined ? (sample?.count !== undefined ? Number(sample.count) : 0) : Number(sample.value);
}

/**
 * One exact series from the raw text (`name{k="v",…}` as prom-client writes it): the parser above folds a
 * labelled histogram's series together, so histogram counts are read this way.
 */
export function rawSample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}
