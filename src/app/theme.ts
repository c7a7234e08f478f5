import type { CSSVariablesResolver, VariantColorsResolver } from '@mantine/core';
import { createTheme, defaultVariantColorsResolver, parseThemeColor } from '@mantine/core';

/**
 * Mantine's `light` variant (tinted background, coloured text) falls below 4.5:1 for several
 * colours. Here its text is the darkest shade on the palest background in the light theme, and a
 * pale shade in the dark theme.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  if (!parsed.isThemeColor || parsed.color === 'dark') return colors;
  // Even the darkest yellow, orange and lime are too light for text; those keep only the tint.
  const text = ['yellow', 'orange', 'lime'].includes(parsed.color)
    ? 'var(--mantine-color-dark-7)'
    : `var(--mantine-color-${parsed.color}-9)`;
  return {
    ...colors,
    color: `light-dark(${text}, var(--mantine-color-${parsed.color}-2))`,
    background: `light-dark(var(--mantine-color-${parsed.color}-0), ${colors.background})`,
  };
};

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
  variantColorResolver,
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650' },
  components: {
    // Mantine's close buttons are icons; screen readers need their name.
    // (Plain objects rather than Modal.extend, which would pull both into the landing bundle.)
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Error text (field messages and c="var(--mantine-color-error)") must pass 4.5:1 in both schemes.
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-3)',
  },
});
