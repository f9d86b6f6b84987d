// How warnings look: the four Chinese warning colours as chips, and the event types a
// person may pick when issuing an alert by hand.
import { ALERT_COLORS, ALERT_COLOR_LABELS, ALERT_EVENT_TYPES, type AlertColor } from '@domain'
import { palette } from '../styles/theme'

/** Close to the colours of the official warning signals, dark enough for white text. */
export const ALERT_COLOR_HEX: Record<AlertColor, string> = {
  blue: palette.info,
  yellow: palette.amber,
  orange: palette.warnBright,
  red: palette.danger,
}

export const COLOR_OPTIONS = ALERT_COLORS.map((c) => ({ value: c, label: ALERT_COLOR_LABELS[c], level: { blue: 'IV级', yellow: 'III级', orange: 'II级', red: 'I级' }[c] }))

export const EVENT_TYPE_OPTIONS = Object.entries(ALERT_EVENT_TYPES).map(([code, name]) => ({ value: code, label: name }))

export const alertTitle = (eventName: string, colorLabel: string) => `${eventName}${colorLabel}预警`
