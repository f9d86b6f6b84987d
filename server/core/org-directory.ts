// The organisation tree (district → street → village), read often and changed rarely,
// so it is cached for a short time per process (per warm cloud function instance).
import type { OrgView } from '../../domain'
import type { Store } from '../ports/store'
import type { OrgDoc } from '../store/docs'

const TTL_MS = 60_000

export class OrgDirectory {
  private cache: { at: number; byId: Map<string, OrgDoc> } | null = null

  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  invalidate(): void {
    this.cache = null
  }

  private async all(): Promise<Map<string, OrgDoc>> {
    if (this.cache && this.now() - this.cache.at < TTL_MS) return this.cache.byId
    const byId = new Map<string, OrgDoc>()
    // Paged: the cloud database returns at most 1000 documents per query.
    for (let skip = 0; ; skip += 1000) {
      const batch = await this.store.collection('orgs').find({ orderBy: [['_id', 'asc']], skip, limit: 1000 })
      for (const o of batch) byId.set(o._id, o)
      if (batch.length < 1000) break
    }
    this.cache = { at: this.now(), byId }
    return byId
  }

  async get(id: string): Promise<OrgDoc | null> {
    return (await this.all()).get(id) ?? null
  }

  /** The villages at or below an org: itself if a village, else every village beneath it. */
  async villagesUnder(orgId: string): Promise<OrgDoc[]> {
    const all = await this.all()
    const root = all.get(orgId)
    if (!root) return []
    if (root.level === 'village') return [root]
    const out: OrgDoc[] = []
    const children = new Map<string, OrgDoc[]>()
    for (const o of all.values()) {
      if (!o.parentId) continue
      const list = children.get(o.parentId) ?? []
      list.push(o)
      children.set(o.parentId, list)
    }
    const stack = [root._id]
    while (stack.length) {
      for (const c of children.get(stack.pop()!) ?? []) {
        if (c.level === 'village') out.push(c)
        else stack.push(c._id)
      }
    }
    return out.sort((a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name))
  }

  /** Orgs without a parent: the district (or districts) this deployment serves. */
  async roots(): Promise<OrgDoc[]> {
    return [...(await this.all()).values()].filter((o) => o.parentId === null)
  }

  /** The street a village or street belongs to. */
  async streetOf(orgId: string): Promise<OrgDoc | null> {
    const all = await this.all()
    let cur = all.get(orgId)
    while (cur && cur.level !== 'street') cur = cur.parentId ? all.get(cur.parentId) : undefined
    return cur ?? null
  }

  /** The one street all these orgs belong to; null when they span streets (or none). */
  async commonStreet(orgIds: readonly string[]): Promise<string | null> {
    const streets = new Set(await Promise.all(orgIds.map(async (id) => (await this.streetOf(id))?._id ?? null)))
    const [only] = streets
    return streets.size === 1 && only ? only : null
  }

  static view(o: OrgDoc): OrgView {
    return { id: o._id, name: o.name, level: o.level, parentId: o.parentId }
  }
}
