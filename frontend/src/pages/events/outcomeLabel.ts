/** `partially_delivered` → "partially delivered": the API's outcome words, as people read them. */
export const outcomeLabel = (outcome: string) => outcome.replace(/_/g, ' ');
