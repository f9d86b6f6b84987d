// One runner at a time for a report job (a report, a quarter's snapshot): a step takes the
// job's lease by a revision-guarded update; a runner that loses the race, or finds the
// lease held, gets the job as it stands and leaves it alone.
import type { Collection, StoredDoc } from '../../ports/store'

const LEASE_MS = 120_000

type Leased = StoredDoc & { leaseUntil: number }

/** The job as it now stands, and whether this runner holds its lease. */
export async function takeLease<D extends Leased>(col: Collection<D>, job: D): Promise<{ mine: boolean; job: D }> {
  if (job.leaseUntil > Date.now()) return { mine: false, job }
  try {
    await col.update(job._id, { leaseUntil: Date.now() + LEASE_MS } as Partial<Omit<D, '_id' | '_rev'>>, { ifRev: job._rev })
  } catch {
    return { mine: false, job: (await col.get(job._id)) ?? job }
  }
  return { mine: true, job: (await col.get(job._id))! }
}
