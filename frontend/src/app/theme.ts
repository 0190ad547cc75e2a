import { createTheme, type MantineColor } from '@mantine/core';
import type { Severity } from '@signalbox/route-model';

/** Calm neutral chrome; colour is reserved for meaning (severity, node type, outcome). */
export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8: white text on filled buttons passes WCAG AA (shade 6 is 4.3:1).
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  // Drawers, modals and menus open and close without sliding for people who ask their system for less motion.
  respectReducedMotion: true,
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  fontFamilyMonospace: '"JetBrains Mono", ui-monospace, SFMono-Regular, Menlo, monospace',
  components: {
    Table: { defaultProps: { verticalSpacing: 'xs', highlightOnHover: true } },
    Badge: { defaultProps: { variant: 'light' } },
    // Toasts' close button is an icon only: give it a name for screen readers (axe: button-name).
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } } },
  },
});

/** The same four colours everywhere a severity appears. */
export const SEVERITY_COLOR: Record<Severity, MantineColor> = {
  critical: 'red',
  high: 'orange',
  warning: 'yellow',
  info: 'blue',
};
