// One colour per map status, the most urgent drawn last (on top) and listed first.
import { MAP_STATUS_LABELS, type MapHouse, type MapStatus } from '@domain'
import { palette } from '../../styles/theme'

export const STATUS_COLORS: Record<MapStatus, string> = {
  safe: palette.ok,
  watch: palette.info,
  hazard: palette.warnBright,
  dangerous: palette.danger,
  evacuated: palette.grey,
}

/** Legend order: what needs action first. */
export const STATUS_ORDER: MapStatus[] = ['dangerous', 'hazard', 'evacuated', 'watch', 'safe']

const urgency = (s: MapStatus) => STATUS_ORDER.length - STATUS_ORDER.indexOf(s)

/** Calm houses first, so the urgent dots are drawn over them. */
export const byDrawOrder = (houses: MapHouse[]) => [...houses].sort((a, b) => urgency(a.status) - urgency(b.status))

export const statusLabel = (s: MapStatus) => MAP_STATUS_LABELS[s]

export function countByStatus(houses: MapHouse[]): Record<MapStatus, number> {
  const out: Record<MapStatus, number> = { safe: 0, watch: 0, hazard: 0, dangerous: 0, evacuated: 0 }
  for (const h of houses) out[h.status]++
  return out
}
