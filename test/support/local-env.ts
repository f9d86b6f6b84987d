// A real local backend for tests: SQLite in a temporary folder, seeded with the demo data
// at a small size, and a way to call any action as any demo user.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ActionName, Contracts, InputOf, OutputOf, Result } from '../../domain'
import { dispatch, type Identity } from '../../server/actions/dispatch'
import { registry } from '../../server/actions/registry'
import type { Logger } from '../../server/core/deps'
import type { Clock } from '../../server/ports/clock'
import { createLocalRuntime, type LocalRuntime } from '../../server/runtime/local'
import { seedDemo } from '../../server/seed/demo-seed'
import { COLLECTIONS } from '../../server/store/manifest'
import { grantKeys } from '../../server/store/grant-keys'

export const quietLogger: Logger = { info: () => {}, error: () => {} }

export class FakeClock implements Clock {
  constructor(private t: Date) {}
  now(): Date {
    return new Date(this.t)
  }
  set(iso: string): void {
    this.t = new Date(iso)
  }
  advanceDays(days: number): void {
    this.t = new Date(this.t.getTime() + days * 86400_000)
  }
}

export interface TestEnv {
  rt: LocalRuntime
  dataDir: string
  clock: FakeClock
  call<N extends ActionName>(userId: string, action: N, input: InputOf<Contracts[N]>): Promise<Result<OutputOf<Contracts[N]>>>
  raw(identity: Identity, event: unknown): Promise<Result<unknown>>
  /** Every row of every collection, to prove a failed call wrote nothing. */
  snapshot(): string
  close(): Promise<void>
}

/** empty: no demo data at all, as a street starts (the org tree comes with its first administrator). */
export async function createTestEnv(opts: { householdsPerVillage?: number; now?: string; empty?: boolean; counters?: 'kept' | 'recounted' } = {}): Promise<TestEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-test-'))
  const clock = new FakeClock(new Date(opts.now ?? '2026-11-28T10:00:00+08:00'))
  const rt = createLocalRuntime({
    dataDir,
    baseUrl: 'http://127.0.0.1:0',
    clock,
    log: quietLogger,
    dataKey: crypto.randomBytes(32).toString('base64'),
    // The figures as production keeps them: moved by each write from the stored tally.
    // (The local host's own way, counted again after each write, is tested where named.)
    config: { counters: opts.counters ?? 'kept' },
  })
  if (!opts.empty) {
    await seedDemo(rt.store, rt.deps.personal, { householdsPerVillage: opts.householdsPerVillage ?? 6, now: clock.now() })
    const grants = [{ role: 'district' as const, orgId: 'd-tongliang' }]
    await rt.store.collection('users').insert({ _id: DEMO.districtTongliang, name: '铜梁区住建局 测试', openid: null, grants, grantKeys: grantKeys(grants), householdId: null, disabled: false, createdAt: clock.now().toISOString() })
  }
  return {
    rt,
    dataDir,
    clock,
    call: (userId, action, input) =>
      dispatch(registry, rt.deps, { action, input }, { kind: 'dev', userId }) as never,
    raw: (identity, event) => dispatch(registry, rt.deps, event, identity),
    snapshot: () =>
      COLLECTIONS.map((c) => JSON.stringify(rt.store.db.prepare(`SELECT _id, rev, doc FROM "${c}" ORDER BY _id`).all())).join('\n'),
    async close() {
      await rt.store.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Unwraps a successful result, failing the test with the error otherwise. */
export function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${r.code}: ${r.message}`)
  return r.data
}

export const DEMO = {
  inspectorYulong: 'u-insp-yulong',
  inspectorShizi: 'u-insp-shizi',
  farmerYulong: 'u-farmer-yulong',
  staffBachuan: 'u-staff-bachuan',
  staffDongcheng: 'u-staff-dongcheng',
  appraiserBachuan: 'u-appraiser-bachuan',
  leaderBachuan: 'u-leader-bachuan',
  staffAppraiserBachuan: 'u-staff-appraiser-bachuan',
  /** A test account of 铜梁区住建局 (the demo's own is made by an accepted invitation: server/seed/demo-district.ts). */
  districtTongliang: 'u-district-tongliang',
} as const

/** One demo user per role, for the access harness. */
export const USER_OF_ROLE = {
  farmer: DEMO.farmerYulong,
  inspector: DEMO.inspectorYulong,
  staff: DEMO.staffBachuan,
  appraiser: DEMO.appraiserBachuan,
  leader: DEMO.leaderBachuan,
  district: DEMO.districtTongliang,
} as const
