// Plays demo history through the app's own front door: every step is an action sent
// through dispatch (input validation, role checks, the case state machine, the same
// writes), as the person who would have taken it, with the clock set back to when.
// So the demo can only hold records the app itself could have produced.
import dayjs from 'dayjs'
import { localDate, type ActionName, type Contracts, type InputOf, type OutputOf } from '../../domain'
import { dispatch } from '../actions/dispatch'
import type { Deps } from '../core/deps'
import { registry } from '../actions/registry'
import type { Clock } from '../ports/clock'
import { demoPhoto } from './demo-photo'

class SetClock implements Clock {
  constructor(public at: Date) {}
  now(): Date {
    return new Date(this.at)
  }
}

export class SeedScript {
  private readonly clock: SetClock
  private photos = 0
  /** The local date the history leads up to. */
  readonly today: string

  constructor(private readonly deps: Deps) {
    this.today = localDate(deps.clock.now())
    this.clock = new SetClock(deps.clock.now())
  }

  /** Runs the script with the clock under its control, and gives the real clock back. */
  async play<T>(fn: () => Promise<T>): Promise<T> {
    const real = this.deps.clock
    this.deps.clock = this.clock
    try {
      return await fn()
    } finally {
      this.deps.clock = real
    }
  }

  /** YYYY-MM-DD, `daysAgo` days before today. */
  day(daysAgo: number): string {
    return dayjs(this.today).subtract(daysAgo, 'day').format('YYYY-MM-DD')
  }

  /** An instant `daysAgo` days back at local time hh:mm, with its +08:00 offset. */
  time(daysAgo: number, hhmm: string): string {
    return `${this.day(daysAgo)}T${hhmm}:00+08:00`
  }

  /** Sets the clock: what follows happens then. */
  at(daysAgo: number, hhmm: string): this {
    this.clock.at = new Date(this.time(daysAgo, hhmm))
    return this
  }

  async call<N extends ActionName>(userId: string, action: N, input: InputOf<Contracts[N]>): Promise<OutputOf<Contracts[N]>> {
    const r = await dispatch(registry, this.deps, { action, input }, { kind: 'dev', userId })
    // A refused step is a defect in the script, not something to seed around.
    if (!r.ok) throw new Error(`demo step ${action} as ${userId} at ${this.clock.at.toISOString()} refused: ${r.code} ${r.message}`)
    return r.data as OutputOf<Contracts[N]>
  }

  /** A picture this user uploads now, as the app's upload would store it. */
  async photo(userId: string): Promise<string> {
    const n = this.photos++
    return (await this.deps.files.put(`uploads/${userId}/demo-${String(n).padStart(3, '0')}.png`, demoPhoto(n), 'image/png')).fileId
  }
}
