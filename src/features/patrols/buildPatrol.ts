// Turns the patrol form into the action's input, checked by the same contract the server
// uses plus the form's own rules, so a record is only saved when the server will take it.
import {
  PATROL_PARTS,
  PHOTO_STAND_IN_ID,
  PATROL_PART_LABELS,
  contracts,
  summarizeIssues,
  toFieldIssues,
  type Judgment,
  type PartFinding,
  type PatrolPart,
} from '@domain'
import type { PatrolPayload } from '../../services/offline/queue-types'
import { shanghaiIso } from '../../format/time'
import type { Fix } from '../../services/location'
import type { TakenPhoto } from '../../services/photos'
import { photoFacts } from '../../services/photo-facts'

export type PatrolKindInput = PatrolPayload['kind']

export interface PatrolFormValues {
  findings: Partial<Record<PatrolPart, PartFinding>>
  judgment: Judgment | null
  occupied: boolean | null
  photos: TakenPhoto[]
  fix: Fix | null
  notes: string
}

export interface PatrolTarget {
  patrolId: string
  houseId: string
  kind: PatrolKindInput
  scannedPlate: boolean
  taskId?: string
}

export interface Missing {
  parts: PatrolPart[]
  judgment: boolean
  occupied: boolean
  photos: boolean
}

export type Checked = { ok: true; input: PatrolPayload } | { ok: false; message: string; missing: Missing }

export const MAX_PATROL_PHOTOS = 9

export const needsPhoto = (judgment: Judgment | null) => judgment !== null && judgment !== 'safe'

export const NONE_MISSING: Missing = { parts: [], judgment: false, occupied: false, photos: false }

/**
 * What the form outlines and says after a refused save: what is still missing now, so an
 * outline goes the moment its part is filled in. Nothing before the first try.
 */
export function outlines(tried: boolean, target: PatrolTarget, v: PatrolFormValues, now: Date): { missing: Missing; message: string } {
  const checked = tried ? checkPatrol(target, v, now) : null
  return checked && !checked.ok ? { missing: checked.missing, message: checked.message } : { missing: NONE_MISSING, message: '' }
}

export function checkPatrol(target: PatrolTarget, v: PatrolFormValues, now: Date): Checked {
  const missing: Missing = {
    parts: PATROL_PARTS.filter((p) => !v.findings[p]),
    judgment: v.judgment === null,
    occupied: v.occupied === null,
    photos: needsPhoto(v.judgment) && v.photos.length === 0,
  }
  const messages: string[] = []
  if (missing.parts.length) messages.push(`还没有检查：${missing.parts.map((p) => PATROL_PART_LABELS[p]).join('、')}`)
  if (missing.judgment) messages.push('请选择初步判断')
  if (missing.occupied) messages.push('请选择是否有人居住')
  if (missing.photos) messages.push('判断为存在隐患或疑似危房时，请至少拍 1 张照片')
  if (messages.length || v.judgment === null || v.occupied === null) return { ok: false, message: messages.join('；'), missing }

  const input: PatrolPayload = {
    patrolId: target.patrolId,
    houseId: target.houseId,
    kind: target.kind,
    patrolledAt: shanghaiIso(now),
    findings: {
      site: v.findings.site ?? 'na',
      foundation: v.findings.foundation ?? 'na',
      walls: v.findings.walls ?? 'na',
      columnsBeams: v.findings.columnsBeams ?? 'na',
      roof: v.findings.roof ?? 'na',
      enclosure: v.findings.enclosure ?? 'na',
    },
    judgment: v.judgment,
    occupied: v.occupied,
    gps: v.fix ? { lat: v.fix.lat, lng: v.fix.lng, accuracy: v.fix.accuracy } : null,
    scannedPlate: target.scannedPlate,
    notes: v.notes.trim(),
    ...(target.taskId ? { taskId: target.taskId } : {}),
  }
  // The photos are not uploaded yet: stand-in file ids let the contract check the rest.
  const photos = v.photos.map((p) => ({ fileId: PHOTO_STAND_IN_ID, ...photoFacts(p) }))
  const parsed = contracts['patrol.submit'].input.safeParse({ ...input, photos })
  if (!parsed.success) return { ok: false, message: summarizeIssues(toFieldIssues(parsed.error)), missing }
  return { ok: true, input }
}
