// The palette of tokens.css for what CSS variables cannot reach: the map's SVG, the
// charts, NutUI props that take a colour string, the photo stamp's canvas and modal
// buttons. Names are the token names without `--anju-`, in camelCase; a test keeps every
// value here equal to its token.
export const palette = {
  primary: '#1f5fa8',
  primaryLight: '#e8f0fa',
  ok: '#2e7d32',
  warn: '#e65100',
  warnText: '#8a4b00',
  warnLight: '#fff3e0',
  warnBright: '#ef6c00',
  amber: '#f9a825',
  danger: '#c62828',
  info: '#1565c0',
  grey: '#757575',
  text: '#1a1a1a',
  text2: '#4a4f5a',
  textInverse: '#ffffff',
  card: '#ffffff',
  bg: '#f2f4f7',
  mapGround: '#eef2e6',
} as const

/** Type sizes inside charts and the map, in CSS pixels (they draw outside pxtransform). */
export const drawFont = {
  legend: 14,
  axis: 12,
  category: 13,
  mapLabel: 14,
  /** A village's name on the street map: read by elderly staff at arm's length. */
  mapVillage: 18,
  /** The house count inside a village's circle. */
  mapCount: 15,
  /** A village's callout on WeChat's map (name and figures). */
  mapCallout: 16,
} as const
