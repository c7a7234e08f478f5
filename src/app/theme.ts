import type { CSSVariablesResolver } from '@mantine/core';
import { createTheme } from '@mantine/core';

/**
 * One theme for the whole portal. Shades are chosen for WCAG AA contrast in both color schemes:
 * filled elements use shade 8 (white text on it passes 4.5:1), and dimmed text is darker than Mantine's default,
 * which falls short of 4.5:1 on white.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  autoContrast: true,
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650' },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
