// How the CloudBase adapter translates Store calls into wx-server-sdk database calls, and
// how many it makes, checked against a fake that only records calls. Whether CloudBase
// then answers as the Store contract says is the job of the contract suites on the
// emulator (test/contract/cloudbase-emulated-cap*.test.ts) and on a real environment.
import { AppError } from '../../../domain/errors'
import { CloudBaseStore } from '../../../server/adapters/cloudbase/cloudbase-store'
import { escapeRegExp } from '../../../server/adapters/cloudbase/cloudbase-query'
import type { StoredDoc } from '../../../server/ports/store'
import { freeCollection } from '../../support/free-docs'
import { cmd, RecordingCloudDb } from '../../support/recording-cloud-db'

interface Doc extends StoredDoc {
  [field: string]: unknown
}

let db: RecordingCloudDb
let store: CloudBaseStore
const col = () => freeCollection<Doc>(store, 'households')
const rows = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ _id: `h${from + i}`, _rev: 1 }))
const page = (n: number, from = 0) => ({ data: rows(n, from) })

beforeEach(() => {
  db = new RecordingCloudDb()
  store = new CloudBaseStore(db, 'anju-test-1a2b')
})
afterEach(() => {
  // Every scripted answer was used: the adapter made exactly the calls the test expected.
  expect(db.pending).toBe(0)
})

async function conflict(p: Promise<unknown>): Promise<void> {
  await expect(p).rejects.toBeInstanceOf(AppError)
  await p.catch((e: AppError) => expect(e.code).toBe('CONFLICT'))
}

describe('filters', () => {
  it('maps each operator to db.command, equality and null as plain values', async () => {
    db.answer({ total: 3 })
    await col().count({
      villageId: 'v1',
      grade: null,
      status: { $in: ['monitored', 'closed'] },
      worstGrade: { $ne: 'D' },
      members: { $gte: 2 },
      houseCount: { $lt: 5 },
      categories: { $has: 'dibao' },
      headName: { $contains: '张' },
    })
    expect(db.calls).toEqual([
      [
        ['collection', 'households'],
        [
          'where',
          {
            villageId: 'v1',
            grade: null,
            status: cmd('in', ['monitored', 'closed']),
            worstGrade: cmd('neq', 'D'),
            members: cmd('gte', 2),
            houseCount: cmd('lt', 5),
            categories: cmd('all', ['dibao']),
            headName: { regexp: { regexp: '张', options: '' } },
          },
        ],
        ['count'],
      ],
    ])
  })

  it('joins several conditions on one field with command.and', async () => {
    db.answer({ total: 0 })
    await col().count({ villageId: 'v1', createdAt: { $gte: '2026-01-01', $lt: '2026-02-01' }, 'd.kind': { $gt: 1 } })
    expect(db.calls[0]![1]).toEqual([
      'where',
      cmd('and', { villageId: 'v1' }, { 'd.kind': cmd('gt', 1) }, { createdAt: cmd('gte', '2026-01-01') }, { createdAt: cmd('lt', '2026-02-01') }),
    ])
  })

  it('escapes $contains text so it matches literally', () => {
    expect(escapeRegExp('a.b(c)*[d]+?^$|\\')).toBe('a\\.b\\(c\\)\\*\\[d\\]\\+\\?\\^\\$\\|\\\\')
  })

  it('answers an empty $in without asking the database', async () => {
    expect(await col().find({ where: { status: { $in: [] } } })).toEqual([])
    expect(await col().count({ villageId: 'v1', status: { $in: [] } })).toBe(0)
    expect(db.calls).toEqual([])
  })

  it('counts without a where when there is no filter', async () => {
    db.answer({ total: 7 })
    expect(await col().count()).toBe(7)
    expect(db.calls).toEqual([[['collection', 'households'], ['count']]])
  })

  it('refuses unsafe field paths and unknown operators before any call', async () => {
    await expect(col().find({ where: { 'a; b': 1 } })).rejects.toThrow('invalid field path')
    await expect(col().find({ where: { a: { $regex: 'x' } as never } })).rejects.toThrow('unsupported operator')
    await expect(col().find({ orderBy: [['a b', 'asc']], limit: 5 })).rejects.toThrow('invalid field path')
    expect(db.calls).toEqual([])
  })
})

describe('find with fields', () => {
  it('asks for those fields and the revision only, and fills a field the document lacks with null', async () => {
    db.answer({ data: [{ _id: 'h1', _rev: 2, houseId: 'x' }] })
    const docs = await col().find({ where: { villageId: 'v1' }, fields: ['houseId', 'kind'], limit: 10 })
    expect(docs).toEqual([{ _id: 'h1', _rev: 2, houseId: 'x', kind: null }])
    expect(db.calls[0]).toEqual([['collection', 'households'], ['where', { villageId: 'v1' }], ['field', { _rev: true, houseId: true, kind: true }], ['limit', 10], ['get']])
  })

  it('refuses a nested or unsafe field before any call', async () => {
    await expect(col().find({ fields: ['a.b'], limit: 5 })).rejects.toThrow('invalid field to return')
  })
})

describe('find paging', () => {
  it('with a small limit: the caller’s order then _id; a short page no page cap explains is the end', async () => {
    db.answer(page(3))
    const docs = await col().find({ where: { villageId: 'v1' }, orderBy: [['group', 'asc']], skip: 20, limit: 10 })
    expect(docs).toHaveLength(3)
    const chain = [['collection', 'households'], ['where', { villageId: 'v1' }], ['orderBy', 'group', 'asc'], ['orderBy', '_id', 'asc']]
    expect(db.calls).toEqual([[...chain, ['skip', 20], ['limit', 10], ['get']]])
  })

  it('a short page of a whole hundred may be a page cap of 100: only an empty page after it is the end', async () => {
    db.answer(page(100), page(0))
    expect(await col().find({ where: { villageId: 'v1' }, limit: 500 })).toHaveLength(100)
    expect(db.calls).toHaveLength(2)
  })

  it('a short page as large as an answer may be cut by its size: only an empty page after it is the end', async () => {
    const big = (from: number) => ({ data: Array.from({ length: 50 }, (_, i) => ({ _id: `h${from + i}`, _rev: 1, blob: 'x'.repeat(25_000) })) })
    db.answer(big(0), page(0))
    expect(await col().find({ where: { villageId: 'v1' } })).toHaveLength(50)
    expect(db.calls).toHaveLength(2)
  })

  it('a lookup without an order that fits in a page of 100 asks for no sort, so the index of its filter serves it', async () => {
    db.answer(page(1))
    await col().find({ where: { openid: 'o-1' }, limit: 1 })
    expect(db.calls).toEqual([[['collection', 'households'], ['where', { openid: 'o-1' }], ['limit', 1], ['get']]])
  })

  it('a limit met in full costs no further call', async () => {
    db.answer(page(10))
    expect(await col().find({ limit: 10 })).toHaveLength(10)
    expect(db.calls).toHaveLength(1)
  })

  it('without a limit: pages of 1000 with _id breaking ties, past pages a cap explains, until a short one', async () => {
    db.answer(page(1000), page(100, 1000), page(234, 1100))
    const docs = await col().find({ where: { villageId: 'v1' }, orderBy: [['group', 'desc']] })
    expect(docs).toHaveLength(1334)
    const chain = [['collection', 'households'], ['where', { villageId: 'v1' }], ['orderBy', 'group', 'desc'], ['orderBy', '_id', 'asc']]
    expect(db.calls).toEqual([
      [...chain, ['limit', 1000], ['get']],
      [...chain, ['skip', 1000], ['limit', 1000], ['get']],
      [...chain, ['skip', 1100], ['limit', 1000], ['get']],
    ])
  })

  it('with a limit above 1000: pages from the skip and stops at the limit', async () => {
    db.answer(page(1000), page(500, 1000))
    const docs = await col().find({ skip: 10, limit: 1500 })
    expect(docs).toHaveLength(1500)
    expect(db.calls).toEqual([
      [['collection', 'households'], ['orderBy', '_id', 'asc'], ['skip', 10], ['limit', 1000], ['get']],
      [['collection', 'households'], ['orderBy', '_id', 'asc'], ['skip', 1010], ['limit', 500], ['get']],
    ])
  })

  it('an exact multiple of 1000 costs one more, empty page', async () => {
    db.answer(page(1000), page(0))
    expect(await col().find()).toHaveLength(1000)
    expect(db.calls).toHaveLength(2)
  })

  it('getMany asks by _id in chunks, as many as ids, and never for an empty list', async () => {
    expect(await col().getMany([])).toEqual([])
    db.answer(page(2))
    await col().getMany(['h0', 'h1', 'h0'])
    // At most one document per id: a full answer is the end.
    expect(db.calls).toEqual([[['collection', 'households'], ['where', { _id: cmd('in', ['h0', 'h1']) }], ['limit', 2], ['get']]])
  })
})

describe('single-document writes', () => {
  it('get queries by _id, so a missing document is null rather than an SDK error', async () => {
    db.answer({ data: [] })
    expect(await col().get('h9')).toBeNull()
    expect(db.calls).toEqual([[['collection', 'households'], ['where', { _id: 'h9' }], ['limit', 1], ['get']]])
  })

  it('insert adds the document as JSON at revision 1', async () => {
    db.answer({ _id: 'h1' })
    await col().insert({ _id: 'h1', name: '张三', gone: undefined, at: new Date('2026-01-02T03:04:05Z') })
    expect(db.calls).toEqual([
      [['collection', 'households'], ['add', { data: { name: '张三', at: '2026-01-02T03:04:05.000Z', _id: 'h1', _rev: 1 } }]],
    ])
  })

  it('insert of an existing id: the duplicate-key refusal becomes CONFLICT', async () => {
    db.answer(Object.assign(new Error('collection.add:fail -501001 resource system error. [DATABASE_DUPLICATE_WRITE] E11000 duplicate key'), { errCode: -501001 }))
    await conflict(col().insert({ _id: 'h1' }))
  })

  it('insert: an unrecognised error with the document present is CONFLICT, absent is rethrown', async () => {
    db.answer(new Error('odd'), page(1))
    await conflict(col().insert({ _id: 'h0' }))
    const boom = new Error('network down')
    db.answer(boom, { data: [] })
    await expect(col().insert({ _id: 'h0' })).rejects.toBe(boom)
  })

  it('update: each field replaces (objects via command.set), undefined removes, _rev +1', async () => {
    db.answer({ stats: { updated: 1 } })
    expect(await col().update('h1', { name: 'x', detail: { a: 1 }, tags: ['t'], gone: undefined, nil: null })).toBe(true)
    expect(db.calls).toEqual([
      [
        ['collection', 'households'],
        ['doc', 'h1'],
        ['update', { data: { name: 'x', detail: cmd('set', { a: 1 }), tags: cmd('set', ['t']), gone: cmd('remove'), nil: null, _rev: cmd('inc', 1) } }],
      ],
    ])
  })

  it('update of a missing document is false', async () => {
    db.answer({ stats: { updated: 0 } })
    expect(await col().update('h1', { name: 'x' })).toBe(false)
  })

  it('update refuses a dotted key, which would mean a nested field here and a top-level one in SQLite', async () => {
    await expect(col().update('h1', { 'a.b': 1 })).rejects.toThrow('invalid top-level field')
    expect(db.calls).toEqual([])
  })

  it('update with ifRev writes where _id and _rev match', async () => {
    db.answer({ stats: { updated: 1 } })
    expect(await col().update('h1', { name: 'x' }, { ifRev: 4 })).toBe(true)
    expect(db.calls[0]).toEqual([
      ['collection', 'households'],
      ['where', { _id: 'h1', _rev: 4 }],
      ['update', { data: { name: 'x', _rev: cmd('inc', 1) } }],
    ])
  })

  it('update with ifRev matching nothing reads back: present is CONFLICT, absent is false', async () => {
    db.answer({ stats: { updated: 0 } }, page(1))
    await conflict(col().update('h0', { name: 'x' }, { ifRev: 4 }))
    db.answer({ stats: { updated: 0 } }, { data: [] })
    expect(await col().update('h0', { name: 'x' }, { ifRev: 4 })).toBe(false)
  })

  it('set is a transaction: read the revision, then replace with the next one', async () => {
    db.answer({ data: { _id: 'h1', _rev: 6, old: true } }, {})
    await col().set({ _id: 'h1', name: 'new', _rev: 1 })
    expect(db.calls).toEqual([
      [['tx'], ['collection', 'households'], ['doc', 'h1'], ['get']],
      [['tx'], ['collection', 'households'], ['doc', 'h1'], ['set', { data: { name: 'new', _rev: 7 } }]],
    ])
  })

  it('remove removes the document', async () => {
    db.answer({ stats: { removed: 0 } })
    await col().remove('h1')
    expect(db.calls).toEqual([[['collection', 'households'], ['doc', 'h1'], ['remove']]])
  })
})

describe('insertMany', () => {
  it('checks that no id exists, then adds in batches of 500 at revision 1', async () => {
    const docs = Array.from({ length: 1100 }, (_, i) => ({ _id: `h${i}`, i }))
    db.answer({ total: 0 }, { total: 0 }, { total: 0 }, {}, {}, {})
    await col().insertMany(docs)
    expect(db.calls[0]).toEqual([['collection', 'households'], ['where', { _id: cmd('in', docs.slice(0, 500).map((d) => d._id)) }], ['count']])
    const batches = db.calls.slice(3).map((c) => (c[1]![1] as { data: unknown[] }).data)
    expect(batches.map((b) => b.length)).toEqual([500, 500, 100])
    expect(batches[2]![99]).toEqual({ i: 1099, _id: 'h1099', _rev: 1 })
  })

  it('cuts a batch of large documents at a megabyte a request', async () => {
    const docs = Array.from({ length: 3 }, (_, i) => ({ _id: `h${i}`, text: 'x'.repeat(400 * 1024) }))
    db.answer({ total: 0 }, {}, {})
    await col().insertMany(docs)
    const batches = db.calls.slice(1).map((c) => (c[1]![1] as { data: unknown[] }).data)
    expect(batches.map((b) => b.length)).toEqual([2, 1])
  })

  it('an existing id is CONFLICT before anything is written', async () => {
    db.answer({ total: 1 })
    await conflict(col().insertMany([{ _id: 'a' }, { _id: 'b' }]))
    expect(db.calls).toHaveLength(1)
  })

  it('a repeated id is CONFLICT without any call', async () => {
    await conflict(col().insertMany([{ _id: 'a' }, { _id: 'a' }]))
    expect(db.calls).toEqual([])
  })
})

describe('transactions', () => {
  it('offer only document operations, compare _rev after get, and write with _rev +1; what the transaction read or wrote is not asked again', async () => {
    db.answer({ data: { _id: 'h1', _rev: 2 } }, { stats: { updated: 1 } })
    await store.transaction(async (tx) => {
      const t = freeCollection<Doc>(tx, 'households')
      expect(Object.keys(t).sort()).toEqual(['get', 'insert', 'remove', 'set', 'update'])
      expect(await t.update('h1', { name: 'x' }, { ifRev: 2 })).toBe(true)
      // The transaction's own write: revision 3 now, so a second writer at 2 conflicts.
      await conflict(t.update('h1', { name: 'y' }, { ifRev: 2 }))
      expect(await t.get('h1')).toEqual({ _id: 'h1', _rev: 3, name: 'x' })
    })
    expect(db.calls).toEqual([
      [['tx'], ['collection', 'households'], ['doc', 'h1'], ['get']],
      [['tx'], ['collection', 'households'], ['doc', 'h1'], ['update', { data: { name: 'x', _rev: cmd('inc', 1) } }]],
    ])
  })

  it('insert does not read first: the database refuses an existing id, and that is CONFLICT', async () => {
    db.answer({}, Object.assign(new Error('E11000 duplicate key error collection: households'), { errCode: -502001 }))
    const run = store.transaction(async (tx) => {
      await freeCollection<Doc>(tx, 'households').insert({ _id: 'h2', v: 1 })
      await freeCollection<Doc>(tx, 'households').insert({ _id: 'h1' })
    })
    await conflict(run)
    expect(db.calls).toEqual([
      [['tx'], ['collection', 'households'], ['add', { data: { v: 1, _id: 'h2', _rev: 1 } }]],
      [['tx'], ['collection', 'households'], ['add', { data: { _id: 'h1', _rev: 1 } }]],
    ])
  })

  it('an id the transaction already read is CONFLICT without an add', async () => {
    db.answer({ data: { _id: 'h1', _rev: 1 } })
    await conflict(
      store.transaction(async (tx) => {
        const t = freeCollection<Doc>(tx, 'households')
        await t.get('h1')
        await t.insert({ _id: 'h1' })
      }),
    )
    expect(db.calls).toHaveLength(1)
  })

  it('an insert refused without a reason is CONFLICT when the id turns out to exist, looked up after the transaction', async () => {
    db.answer(new Error('database request fail'), { data: [{ _id: 'h1', _rev: 1 }] })
    await conflict(store.transaction((tx) => freeCollection<Doc>(tx, 'households').insert({ _id: 'h1' })))
    expect(db.calls[1]).toEqual([['collection', 'households'], ['where', { _id: 'h1' }], ['limit', 1], ['get']])
    db.answer(new Error('database request fail'), { data: [] })
    await expect(store.transaction((tx) => freeCollection<Doc>(tx, 'households').insert({ _id: 'h3' }))).rejects.toThrow('database request fail')
  })

  it('a missing document reads as null whether the SDK answers null or an empty list', async () => {
    db.answer({ data: null }, { data: [] })
    await store.transaction(async (tx) => {
      expect(await freeCollection<Doc>(tx, 'households').get('a')).toBeNull()
      expect(await freeCollection<Doc>(tx, 'households').update('b', { v: 1 })).toBe(false)
    })
  })
})

it('health names the engine and the environment without a call', async () => {
  expect(await store.health()).toEqual({ engine: 'cloudbase', env: 'anju-test-1a2b' })
  expect(db.calls).toEqual([])
})
