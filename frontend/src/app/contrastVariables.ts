import { darken, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's light-scheme defaults miss WCAG AA contrast (4.5:1) for dimmed text (gray-6 on white), coloured
 * text (yellow/orange/green shade 6) and light badges (shade 9 on shade 1), which axe reports as serious.
 * In the light scheme those colours are darkened until they pass; the dark scheme already does.
 */
export const contrastVariables: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' };
  for (const [name, shades] of Object.entries(theme.colors)) {
    if (name === 'dark' || name === 'gray') continue;
    light[`--mantine-color-${name}-light-color`] = darken(shades[9], 0.4);
    light[`--mantine-color-${name}-text`] = darken(shades[9], 0.3);
    light[`--mantine-color-${name}-outline`] = darken(shades[9], 0.2);
  }
  return { variables: {}, light, dark: {} };
};
