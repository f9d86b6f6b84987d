// Builders for patrol inputs ("mothers"), with photos uploaded the way the client does.
import crypto from 'node:crypto'
import type { InputOf, Contracts } from '../../domain'
import type { TestEnv } from './local-env'

export type PatrolInput = InputOf<Contracts['patrol.submit']>

/** A small valid JPEG header followed by unique bytes: a distinct picture each call. */
export function jpegBytes(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(64)])
}

export async function uploadPhoto(env: TestEnv, userId: string, bytes = jpegBytes()): Promise<string> {
  return (await env.rt.files.put(`uploads/${userId}/${crypto.randomUUID()}.jpg`, bytes, 'image/jpeg')).fileId
}

export function safePatrol(houseId: string, overrides: Partial<PatrolInput> = {}): PatrolInput {
  return {
    patrolId: `pt-${crypto.randomUUID()}`,
    houseId,
    kind: 'routine',
    patrolledAt: '2026-11-28T09:30:00+08:00',
    findings: { site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'ok', roof: 'ok', enclosure: 'ok' },
    judgment: 'safe',
    occupied: true,
    photos: [],
    gps: null,
    scannedPlate: false,
    notes: '',
    ...overrides,
  }
}
