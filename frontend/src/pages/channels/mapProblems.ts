import { createContext } from 'react';

/** Map fields report rows the form must not submit (empty or duplicate names); the form checks before saving. */
export const MapProblemsContext = createContext<(path: string, hasProblems: boolean) => void>(() => undefined);

/** Put on a map field while a row has a problem; the rows themselves say which and why, so the field hides it. */
export const MAP_ROWS_ERROR = 'has rows to fix';
