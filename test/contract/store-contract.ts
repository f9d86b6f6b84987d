// The Store port's contract: one suite, run against every adapter that can run here. It
// states the semantics both the SQLite and the CloudBase adapters must share, so code
// tested locally behaves the same in WeChat Cloud. Every document a test writes carries
// a `run` tag unique to that test, and every query filters on it, so the suite also runs
// against a shared, non-empty database.
import crypto from 'node:crypto'
import { AppError } from '../../domain/errors'
import type { Collection, DocOps, StoredDoc, Store } from '../../server/ports/store'
import { freeCollection } from '../support/free-docs'

export interface StoreFixture {
  store: Store
  /** Called after each test with its run tag: remove what it wrote, close what was opened. */
  dispose(run: string): Promise<void>
}

interface TDoc extends StoredDoc {
  run: string
  [field: string]: unknown
}

type NewDoc = Omit<TDoc, '_rev'>

/** The collections the suite writes to; any two from the manifest serve. */
export const CONTRACT_COLLECTIONS = ['audit', 'inbox'] as const

async function expectConflict(p: Promise<unknown>): Promise<void> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  expect((err as AppError).code).toBe('CONFLICT')
}

const ids = (docs: StoredDoc[]): string[] => docs.map((d) => d._id).sort()

export function describeStoreContract(name: string, makeStore: () => Promise<StoreFixture>, opts: { slowMs?: number } = {}): void {
  describe(`Store contract: ${name}`, () => {
    let fx: StoreFixture
    let run: string
    let col: Collection<TDoc>
    let other: Collection<TDoc>
    /** A document id unique to this test. */
    const id = (s: string): string => `${run}-${s}`
    const doc = (s: string, fields: Record<string, unknown> = {}): NewDoc => ({ _id: id(s), run, ...fields })
    const find = (where: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) =>
      col.find({ where: { run, ...where }, ...rest } as Parameters<typeof col.find>[0])
    /** Ids found, without the run prefix, sorted. */
    const found = async (where: Record<string, unknown>): Promise<string[]> =>
      ids(await find(where)).map((x) => x.slice(run.length + 1))

    beforeEach(async () => {
      run = `ct${crypto.randomBytes(5).toString('hex')}`
      fx = await makeStore()
      col = freeCollection<TDoc>(fx.store, CONTRACT_COLLECTIONS[0])
      other = freeCollection<TDoc>(fx.store, CONTRACT_COLLECTIONS[1])
    })
    afterEach(async () => {
      await fx.dispose(run)
    })

    describe('single documents', () => {
      it('insert then get returns the document at revision 1, JSON values intact', async () => {
        const fields = { name: '玉龙镇', n: 3, f: 1.5, ok: true, no: false, nil: null, tags: ['a', 'b'], nested: { a: { b: [1, 2] } } }
        await col.insert(doc('a', fields))
        expect(await col.get(id('a'))).toEqual({ _id: id('a'), _rev: 1, run, ...fields })
      })

      it('get of a missing id is null', async () => {
        expect(await col.get(id('missing'))).toBeNull()
      })

      it('insert drops undefined fields, as JSON does', async () => {
        await col.insert(doc('a', { gone: undefined, kept: 1 }))
        const got = await col.get(id('a'))
        expect(got).not.toHaveProperty('gone')
        expect(got?.kept).toBe(1)
      })

      it('insert of an existing id is CONFLICT and leaves the stored document alone', async () => {
        await col.insert(doc('a', { v: 1 }))
        await expectConflict(col.insert(doc('a', { v: 2 })))
        expect(await col.get(id('a'))).toMatchObject({ v: 1, _rev: 1 })
      })

      it('set creates at revision 1, then replaces the whole document and raises the revision', async () => {
        await col.set(doc('a', { v: 1, only: 'first' }))
        expect(await col.get(id('a'))).toEqual({ _id: id('a'), _rev: 1, run, v: 1, only: 'first' })
        await col.set({ ...doc('a', { v: 2 }), _rev: 99 })
        expect(await col.get(id('a'))).toEqual({ _id: id('a'), _rev: 2, run, v: 2 })
      })

      it('update merges top-level fields and raises the revision by one each time', async () => {
        await col.insert(doc('a', { v: 1, keep: 'x' }))
        expect(await col.update(id('a'), { v: 2 })).toBe(true)
        expect(await col.update(id('a'), { w: 'new' })).toBe(true)
        expect(await col.get(id('a'))).toEqual({ _id: id('a'), _rev: 3, run, v: 2, keep: 'x', w: 'new' })
      })

      it('update replaces an object field wholesale rather than merging into it', async () => {
        await col.insert(doc('a', { detail: { a: 1, b: 2 }, list: [1, 2, 3] }))
        await col.update(id('a'), { detail: { c: 3 }, list: [9] })
        const got = await col.get(id('a'))
        expect(got?.detail).toEqual({ c: 3 })
        expect(got?.list).toEqual([9])
      })

      it('update with an undefined field removes it; null is stored as null', async () => {
        await col.insert(doc('a', { gone: 1, nil: 1 }))
        await col.update(id('a'), { gone: undefined, nil: null })
        const got = await col.get(id('a'))
        expect(got).not.toHaveProperty('gone')
        expect(got?.nil).toBeNull()
      })

      it('update of a missing document is false, with or without ifRev', async () => {
        expect(await col.update(id('missing'), { v: 1 })).toBe(false)
        expect(await col.update(id('missing'), { v: 1 }, { ifRev: 1 })).toBe(false)
        expect(await col.get(id('missing'))).toBeNull()
      })

      it('update with the current ifRev writes; with a stale one it is CONFLICT and writes nothing', async () => {
        await col.insert(doc('a', { v: 1 }))
        expect(await col.update(id('a'), { v: 2 }, { ifRev: 1 })).toBe(true)
        await expectConflict(col.update(id('a'), { v: 3 }, { ifRev: 1 }))
        expect(await col.get(id('a'))).toMatchObject({ v: 2, _rev: 2 })
      })

      it('update ignores _id and _rev in the patch', async () => {
        await col.insert(doc('a', { v: 1 }))
        await col.update(id('a'), { _id: 'elsewhere', _rev: 50, v: 2 } as Partial<TDoc>)
        expect(await col.get(id('a'))).toMatchObject({ _id: id('a'), _rev: 2, v: 2 })
        expect(await col.get('elsewhere')).toBeNull()
      })

      it('remove deletes; removing a missing id is not an error', async () => {
        await col.insert(doc('a'))
        await col.remove(id('a'))
        expect(await col.get(id('a'))).toBeNull()
        await expect(col.remove(id('a'))).resolves.toBeUndefined()
      })

      it('collections are separate namespaces', async () => {
        await col.insert(doc('a', { where: 'first' }))
        await other.insert(doc('a', { where: 'second' }))
        expect((await col.get(id('a')))?.where).toBe('first')
        expect((await other.get(id('a')))?.where).toBe('second')
      })
    })

    describe('getMany and insertMany', () => {
      it('getMany returns the documents that exist, each once', async () => {
        await col.insertMany([doc('a'), doc('b'), doc('c')])
        expect(ids(await col.getMany([id('a'), id('c'), id('missing'), id('a')]))).toEqual([id('a'), id('c')])
        expect(await col.getMany([])).toEqual([])
      })

      it('insertMany stores every document at revision 1; an empty list is fine', async () => {
        await col.insertMany([doc('a', { v: 1 }), doc('b', { v: 2 })])
        await col.insertMany([])
        expect((await find({}, { orderBy: [['v', 'asc']] })).map((d) => [d.v, d._rev])).toEqual([
          [1, 1],
          [2, 1],
        ])
      })

      it('insertMany with an existing id is CONFLICT and inserts none of the batch', async () => {
        await col.insert(doc('b', { v: 'old' }))
        await expectConflict(col.insertMany([doc('a'), doc('b', { v: 'new' }), doc('c')]))
        expect(await found({})).toEqual(['b'])
        expect((await col.get(id('b')))?.v).toBe('old')
      })

      it('insertMany with the same id twice is CONFLICT and inserts nothing', async () => {
        await expectConflict(col.insertMany([doc('a'), doc('b'), doc('a')]))
        expect(await found({})).toEqual([])
      })
    })

    describe('updateWhere', () => {
      it('patches every document the filter matches, bumps each revision, and leaves the others alone', async () => {
        await col.insertMany([doc('a', { status: 'pending', n: 1 }), doc('b', { status: 'pending', n: 2 }), doc('c', { status: 'sent', n: 3 })])
        await col.update(id('b'), { n: 20 })
        expect(await col.updateWhere({ run, _id: { $in: [id('a'), id('b'), id('c')] }, status: 'pending' } as never, { status: 'sending', owner: 'x', gone: undefined } as never)).toBe(2)
        expect((await find({}, { orderBy: [['n', 'asc']] })).map((d) => [d._id.slice(run.length + 1), d.status, d.owner ?? null, d._rev])).toEqual([
          ['a', 'sending', 'x', 2],
          ['c', 'sent', null, 1],
          ['b', 'sending', 'x', 3],
        ])
      })

      it('a document already claimed no longer matches: a second claim of the same documents changes none', async () => {
        await col.insertMany([doc('a', { status: 'pending' }), doc('b', { status: 'pending' })])
        const claim = (owner: string) => col.updateWhere({ run, status: 'pending' } as never, { status: 'sending', owner } as never)
        expect(await claim('first')).toBe(2)
        expect(await claim('second')).toBe(0)
        expect((await find({ owner: 'first' })).length).toBe(2)
      })

      it('an impossible filter changes nothing; an empty filter is refused', async () => {
        await col.insert(doc('a', { status: 'pending' }))
        expect(await col.updateWhere({ run, _id: { $in: [] } } as never, { status: 'x' } as never)).toBe(0)
        await expect(col.updateWhere({} as never, { status: 'x' } as never)).rejects.toThrow()
        expect((await col.get(id('a')))!.status).toBe('pending')
      })
    })

    describe('filters', () => {
      beforeEach(async () => {
        await col.insertMany([
          doc('a', { s: 'apple', n: 1, ok: true, grade: 'A', tags: ['red', 'round'], at: '2026-01-05', d: { kind: 'x' }, name: '张三丰' }),
          doc('b', { s: 'banana', n: 2, ok: false, grade: null, tags: ['yellow'], at: '2026-02-10', d: { kind: 'y' }, name: '李四' }),
          doc('c', { s: 'cherry', n: 3, ok: true, tags: ['red'], at: '2026-03-15', d: { kind: 'x' }, name: 'a.b(c)' }),
          doc('d', { s: 'date', n: 10, ok: false, grade: 'C', tags: [], at: '2026-04-20', name: 'axb' }),
        ])
      })

      it('equality on strings, numbers and booleans', async () => {
        expect(await found({ s: 'banana' })).toEqual(['b'])
        expect(await found({ n: 3 })).toEqual(['c'])
        expect(await found({ ok: true })).toEqual(['a', 'c'])
        expect(await found({ ok: false, n: 10 })).toEqual(['d'])
      })

      it('equality is type-strict', async () => {
        expect(await found({ n: '3' })).toEqual([])
        expect(await found({ s: 1 })).toEqual([])
      })

      it('null equality matches null and missing fields', async () => {
        expect(await found({ grade: null })).toEqual(['b', 'c'])
      })

      it('$in matches any listed value; an empty list matches nothing', async () => {
        expect(await found({ grade: { $in: ['A', 'C'] } })).toEqual(['a', 'd'])
        expect(await found({ n: { $in: [2, 3, 99] } })).toEqual(['b', 'c'])
        expect(await found({ grade: { $in: [] } })).toEqual([])
      })

      it('$in with null also matches null and missing fields, as null equality does', async () => {
        expect(await found({ grade: { $in: ['A', null] } })).toEqual(['a', 'b', 'c'])
      })

      it('$ne matches missing fields; $ne null excludes null and missing', async () => {
        expect(await found({ grade: { $ne: 'A' } })).toEqual(['b', 'c', 'd'])
        expect(await found({ grade: { $ne: null } })).toEqual(['a', 'd'])
      })

      it('ranges on numbers', async () => {
        expect(await found({ n: { $gt: 2 } })).toEqual(['c', 'd'])
        expect(await found({ n: { $gte: 2 } })).toEqual(['b', 'c', 'd'])
        expect(await found({ n: { $lt: 2 } })).toEqual(['a'])
        expect(await found({ n: { $lte: 2 } })).toEqual(['a', 'b'])
        expect(await found({ n: { $gte: 2, $lt: 10 } })).toEqual(['b', 'c'])
      })

      it('ranges on strings (ISO dates) compare in code-point order', async () => {
        expect(await found({ at: { $gte: '2026-02-10', $lt: '2026-04-01' } })).toEqual(['b', 'c'])
        expect(await found({ s: { $gt: 'b' } })).toEqual(['b', 'c', 'd'])
      })

      it('ranges compare numbers with numbers and strings with strings only', async () => {
        await col.insert(doc('e', { n: 'many', s: 42 }))
        expect(await found({ n: { $gt: 0 } })).toEqual(['a', 'b', 'c', 'd'])
        expect(await found({ s: { $lt: 'zzz' } })).toEqual(['a', 'b', 'c', 'd'])
      })

      it('$has matches an element of an array field', async () => {
        expect(await found({ tags: { $has: 'red' } })).toEqual(['a', 'c'])
        expect(await found({ tags: { $has: 'red' }, ok: true, n: { $gt: 1 } })).toEqual(['c'])
        expect(await found({ tags: { $has: 'blue' } })).toEqual([])
      })

      it('$contains is a case-sensitive substring match, including Chinese', async () => {
        expect(await found({ s: { $contains: 'an' } })).toEqual(['b'])
        expect(await found({ s: { $contains: 'AN' } })).toEqual([])
        expect(await found({ name: { $contains: '三' } })).toEqual(['a'])
      })

      it('$contains takes its text literally, not as a pattern', async () => {
        expect(await found({ name: { $contains: 'a.b' } })).toEqual(['c'])
        expect(await found({ name: { $contains: 'b(c)' } })).toEqual(['c'])
        expect(await found({ name: { $contains: '.*' } })).toEqual([])
      })

      it('$contains matches strings only', async () => {
        expect(await found({ n: { $contains: '1' } })).toEqual([])
      })

      it('dotted paths reach into objects', async () => {
        expect(await found({ 'd.kind': 'x' })).toEqual(['a', 'c'])
        expect(await found({ 'd.kind': null })).toEqual(['d'])
      })

      it('_id and _rev can be filtered on', async () => {
        await col.update(id('b'), { touched: true })
        expect(await found({ _id: { $in: [id('a'), id('d')] } })).toEqual(['a', 'd'])
        expect(await found({ _id: { $gte: id('c') } })).toEqual(['c', 'd'])
        expect(await found({ _rev: 2 })).toEqual(['b'])
      })

      it('count applies the same filters', async () => {
        expect(await col.count({ run })).toBe(4)
        expect(await col.count({ run, ok: true })).toBe(2)
        expect(await col.count({ run, grade: null })).toBe(2)
        expect(await col.count({ run, tags: { $has: 'red' }, n: { $gte: 3 } })).toBe(1)
        expect(await col.count({ run, grade: { $in: [] } })).toBe(0)
      })

      it('orderBy with several keys, limit and skip', async () => {
        const order = async (rest: Record<string, unknown>) => (await find({}, rest)).map((d) => d.s)
        expect(await order({ orderBy: [['n', 'desc']] })).toEqual(['date', 'cherry', 'banana', 'apple'])
        expect(await order({ orderBy: [['ok', 'asc'], ['n', 'desc']] })).toEqual(['date', 'banana', 'cherry', 'apple'])
        expect(await order({ orderBy: [['at', 'asc']], limit: 2 })).toEqual(['apple', 'banana'])
        expect(await order({ orderBy: [['at', 'asc']], skip: 1, limit: 2 })).toEqual(['banana', 'cherry'])
        expect(await order({ orderBy: [['at', 'asc']], skip: 3 })).toEqual(['date'])
        expect(await order({ orderBy: [['at', 'asc']], limit: 0 })).toEqual([])
      })

      it('null and missing sort before values in ascending order', async () => {
        expect((await find({}, { orderBy: [['grade', 'asc'], ['n', 'asc']] })).map((d) => d.s)).toEqual(['banana', 'cherry', 'apple', 'date'])
      })

      it('fields returns only the named top-level fields, with _id and _rev; a missing one is null', async () => {
        const rows = await find({}, { fields: ['s', 'tags', 'd', 'grade', 'ok', 'n'], orderBy: [['n', 'asc']] })
        expect(rows.map((r) => ({ ...r, _id: r._id.slice(run.length + 1) }))).toEqual([
          { _id: 'a', _rev: 1, s: 'apple', ok: true, n: 1, tags: ['red', 'round'], d: { kind: 'x' }, grade: 'A' },
          { _id: 'b', _rev: 1, s: 'banana', ok: false, n: 2, tags: ['yellow'], d: { kind: 'y' }, grade: null },
          { _id: 'c', _rev: 1, s: 'cherry', ok: true, n: 3, tags: ['red'], d: { kind: 'x' }, grade: null },
          { _id: 'd', _rev: 1, s: 'date', ok: false, n: 10, tags: [], d: null, grade: 'C' },
        ])
        await expect(find({}, { fields: ["s') --"] })).rejects.toThrow()
        await expect(find({}, { fields: ['d.kind'] })).rejects.toThrow()
      })

      it('a field path outside the safe pattern and an unknown operator are refused', async () => {
        await expect(find({ "s') OR 1=1 --": 'x' })).rejects.toThrow()
        await expect(find({ s: { $regex: '.*' } })).rejects.toThrow()
        await expect(col.find({ where: { run }, orderBy: [['n; DROP', 'asc']] })).rejects.toThrow()
      })
    })

    describe('transactions', () => {
      it('commits every write at once and returns the function result', async () => {
        await col.insert(doc('a', { v: 1 }))
        const result = await fx.store.transaction(async (tx) => {
          await freeCollection<TDoc>(tx, CONTRACT_COLLECTIONS[0]).update(id('a'), { v: 2 })
          await freeCollection<TDoc>(tx, CONTRACT_COLLECTIONS[1]).insert(doc('note', { about: id('a') }))
          return 'done'
        })
        expect(result).toBe('done')
        expect(await col.get(id('a'))).toMatchObject({ v: 2, _rev: 2 })
        expect(await other.get(id('note'))).toMatchObject({ about: id('a'), _rev: 1 })
      })

      it('rolls every write back when the function throws, and rethrows its error', async () => {
        await col.insertMany([doc('a', { v: 1 }), doc('b', { v: 1 }), doc('c', { v: 1 })])
        const boom = new Error('boom')
        await expect(
          fx.store.transaction(async (tx) => {
            const t = freeCollection<TDoc>(tx, CONTRACT_COLLECTIONS[0])
            await t.update(id('a'), { v: 2 })
            await t.set(doc('b', { v: 'replaced' }))
            await t.remove(id('c'))
            await t.insert(doc('d'))
            await freeCollection<TDoc>(tx, CONTRACT_COLLECTIONS[1]).insert(doc('note'))
            throw boom
          }),
        ).rejects.toBe(boom)
        expect(await col.get(id('a'))).toMatchObject({ v: 1, _rev: 1 })
        expect(await col.get(id('b'))).toMatchObject({ v: 1, _rev: 1 })
        expect(await col.get(id('c'))).toMatchObject({ v: 1, _rev: 1 })
        expect(await col.get(id('d'))).toBeNull()
        expect(await other.get(id('note'))).toBeNull()
      })

      it('reads its own writes', async () => {
        await fx.store.transaction(async (tx) => {
          const t = freeCollection<TDoc>(tx, CONTRACT_COLLECTIONS[0])
          await t.insert(doc('a', { v: 1 }))
          expect(await t.get(id('a'))).toMatchObject({ v: 1, _rev: 1 })
          await t.update(id('a'), { v: 2 })
          expect(await t.get(id('a'))).toMatchObject({ v: 2, _rev: 2 })
        })
      })

      it('keeps revisions and conflicts as outside: stale ifRev and existing insert are CONFLICT and roll back', async () => {
        await col.insert(doc('a', { v: 1 }))
        await expectConflict(
          fx.store.transaction(async (tx) => {
            const t = freeCollection<TDoc>(tx, CONTRACT_COLLECTIONS[0])
            await t.insert(doc('b'))
            await t.update(id('a'), { v: 2 }, { ifRev: 7 })
          }),
        )
        expect(await col.get(id('b'))).toBeNull()
        await expectConflict(fx.store.transaction((tx) => freeCollection<TDoc>(tx, CONTRACT_COLLECTIONS[0]).insert(doc('a'))))
        const missing = await fx.store.transaction((tx) => freeCollection<TDoc>(tx, CONTRACT_COLLECTIONS[0]).update(id('zz'), { v: 1 }))
        expect(missing).toBe(false)
        await fx.store.transaction(async (tx) => {
          const t = freeCollection<TDoc>(tx, CONTRACT_COLLECTIONS[0])
          expect(await t.update(id('a'), { v: 3 }, { ifRev: 1 })).toBe(true)
          await t.set(doc('a', { v: 4 }))
        })
        expect(await col.get(id('a'))).toEqual({ _id: id('a'), _rev: 3, run, v: 4 })
      })

      it('concurrent read-modify-write transactions on one document lose no update', async () => {
        await col.insert(doc('counter', { n: 0 }))
        await Promise.all(
          Array.from({ length: 4 }, () =>
            fx.store.transaction(async (tx) => {
              const t = freeCollection<TDoc>(tx, CONTRACT_COLLECTIONS[0])
              const current = await t.get(id('counter'))
              await t.update(id('counter'), { n: (current?.n as number) + 1 })
            }),
          ),
        )
        expect(await col.get(id('counter'))).toMatchObject({ n: 4, _rev: 5 })
      })

      it('offers only single-document operations: no find, count, getMany or insertMany', async () => {
        await fx.store.transaction(async (tx) => {
          const t = freeCollection<TDoc>(tx, CONTRACT_COLLECTIONS[0]) as DocOps<TDoc> & Record<string, unknown>
          for (const op of ['get', 'insert', 'set', 'update', 'remove']) expect(typeof t[op]).toBe('function')
          for (const op of ['find', 'count', 'getMany', 'insertMany', 'updateWhere']) expect(t[op]).toBeUndefined()
        })
      })
    })

    describe('paging with skip and limit', () => {
      it('over a tied sort key neither repeats nor skips documents', async () => {
        const n = 60
        await col.insertMany(Array.from({ length: n }, (_, i) => doc(`t${String(i).padStart(2, '0')}`, { bucket: i % 2 })))
        const seen: TDoc[] = []
        for (let skip = 0; skip < n; skip += 7) seen.push(...(await find({}, { orderBy: [['bucket', 'asc']], skip, limit: 7 })))
        expect(seen).toHaveLength(n)
        expect(new Set(seen.map((d) => d._id)).size).toBe(n)
        expect(seen.map((d) => d.bucket)).toEqual([...seen.map((d) => d.bucket as number)].sort((a, b) => a - b))
      })
    })

    describe('beyond one page of 1000', () => {
      const N = 2345
      beforeEach(async () => {
        const docs: NewDoc[] = []
        // Few distinct sort values, so pages must break ties consistently.
        for (let i = 0; i < N; i++) docs.push(doc(`p${String(i).padStart(5, '0')}`, { i, bucket: i % 3, odd: i % 2 === 1 }))
        await col.insertMany(docs)
      }, opts.slowMs)

      it(
        'find without a limit returns every match, each once',
        async () => {
          const all = await find()
          expect(all).toHaveLength(N)
          expect(new Set(all.map((d) => d._id)).size).toBe(N)
          expect(await col.count({ run })).toBe(N)
          expect((await find({ odd: true })).length).toBe(Math.floor(N / 2))
        },
        opts.slowMs,
      )

      it(
        'limit above 1000, skip and a tied sort key page without repeats or gaps',
        async () => {
          const sorted = await find({}, { orderBy: [['bucket', 'desc']] })
          expect(sorted).toHaveLength(N)
          expect(new Set(sorted.map((d) => d._id)).size).toBe(N)
          const buckets = sorted.map((d) => d.bucket as number)
          expect(buckets).toEqual([...buckets].sort((a, b) => b - a))
          const window = await find({}, { orderBy: [['i', 'asc']], skip: 600, limit: 1500 })
          expect(window.map((d) => d.i)).toEqual(Array.from({ length: 1500 }, (_, k) => 600 + k))
          const tail = await find({}, { orderBy: [['i', 'desc']], skip: 2000 })
          expect(tail.map((d) => d.i)).toEqual(Array.from({ length: N - 2000 }, (_, k) => N - 2001 - k))
        },
        opts.slowMs,
      )

      it(
        'getMany of more than 1000 ids',
        async () => {
          const wanted = Array.from({ length: 1100 }, (_, k) => id(`p${String(k * 2).padStart(5, '0')}`))
          const got = await col.getMany(wanted)
          expect(ids(got)).toEqual([...wanted].sort())
        },
        opts.slowMs,
      )
    })
  })
}
