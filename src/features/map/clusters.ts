// A village on the street's map: its colour by what matters most there now, and its
// figures in words with their units, the same as the dashboard's per-village row.
import type { MapVillage } from '@domain'
import { palette } from '../../styles/theme'

export type ClusterTone = 'danger' | 'hazard' | 'calm'

/** Houses lived in although C/D or 疑似危房: the dashboard's 危房有人住 (栋). */
export const occupiedDanger = (v: MapVillage) => v.occupiedDangerous + v.occupiedSuspected

export const clusterTone = (v: MapVillage): ClusterTone => (occupiedDanger(v) > 0 ? 'danger' : v.openCases > 0 ? 'hazard' : 'calm')

export const TONE_COLORS: Record<ClusterTone, string> = { danger: palette.danger, hazard: palette.warnBright, calm: palette.ok }

/** Said of the village's figures only (a calm village may still have houses to watch). */
export const TONE_LABELS: Record<ClusterTone, string> = { danger: '危房里还住着人', hazard: '有隐患案件未办结', calm: '以上两项都没有' }

export const TONE_ORDER: ClusterTone[] = ['danger', 'hazard', 'calm']

/** The figures of a village, each with its unit. */
export const clusterFigures = (v: MapVillage) => [
  { key: 'houses', label: '房屋', value: v.houses, unit: '栋' },
  { key: 'occupiedDanger', label: '危房有人住', value: occupiedDanger(v), unit: '栋' },
  { key: 'openCases', label: '未办结隐患', value: v.openCases, unit: '件' },
]

/** Calm villages first, so the urgent ones are drawn over them. */
export const byUrgency = <V extends MapVillage>(villages: V[]): V[] => [...villages].sort((a, b) => TONE_ORDER.indexOf(clusterTone(b)) - TONE_ORDER.indexOf(clusterTone(a)))

export const placed = (villages: MapVillage[]) => villages.filter((v): v is MapVillage & { lat: number; lng: number } => v.lat !== null && v.lng !== null)
