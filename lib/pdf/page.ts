/**
 * What the laid-out pages and the stamped footer share: page geometry in
 * points (A4: 595 × 842), the greys and the type sizes. Black and white
 * friendly: ink and two greys only; meaning is always carried by words or
 * shape, never by colour.
 */
export const ink = '#111111';
export const muted = '#444444';
export const rule = '#8a8a8a';

export const size = {
  title: 24,
  h1: 15,
  h2: 11.5,
  body: 10,
  small: 8.5,
  tiny: 7.5,
} as const;

/** The bottom margin leaves the footer's band free. */
export const page = {
  marginX: 54,
  marginTop: 52,
  marginBottom: 78,
  footerBottom: 28,
} as const;
