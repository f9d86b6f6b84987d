// The database.* actions the SDK sends (@cloudbase/database through the node SDK's
// requester): documents, counts, inserts, modifies, removes, and the transaction verbs.
// Each handler takes the request's params and answers the body the service would send.
import crypto from 'node:crypto'
import type { DocumentStore } from './documents'
import { parseEjson, stringifyEjson, type Doc } from './ejson'
import { collectionExists, collectionMissing, duplicateKey, invalidParam, requestFailed } from './errors'
import { candidates, matching, select } from './queries'
import type { Transaction, Transactions } from './transactions'
import { applyUpdate, checkSize } from './updates'

export interface DatabaseContext {
  store: DocumentStore
  txs: Transactions
  /** Most documents one getDocument answers, whatever limit was asked. */
  pageCap: number
}

type Params = Record<string, unknown>
type Body = Record<string, unknown>

/** The SDK asks for 100 when the query has no limit. */
const SDK_DEFAULT_LIMIT = 100

const newId = (): string => crypto.randomBytes(16).toString('hex')

function nameOf(p: Params): string {
  const name = p.collectionName
  if (typeof name !== 'string' || !name) throw invalidParam('collectionName is required')
  return name
}

/** The service keeps no implicit collections: each is created first (by the deploy). */
function collectionOf(ctx: DatabaseContext, p: Params): string {
  const name = nameOf(p)
  if (!ctx.store.hasCollection(name)) throw collectionMissing(name)
  return name
}

function txOf(ctx: DatabaseContext, p: Params): Transaction | null {
  return p.transactionId === undefined || p.transactionId === '' ? null : ctx.txs.get(p.transactionId)
}

/** Inside a transaction only doc(id) operations exist; a where query is refused. */
function docIdInTx(p: Params, query: Doc | undefined): string {
  if (p.queryType !== 'DOC' || !query || typeof query._id !== 'string' || Object.keys(query).length !== 1) {
    throw requestFailed('transaction only supports single-document operations by _id (doc), not where queries')
  }
  return query._id
}

function getDocument(ctx: DatabaseContext, p: Params): Body {
  const collection = collectionOf(ctx, p)
  const query = parseEjson(p.query)
  const tx = txOf(ctx, p)
  if (tx) {
    const doc = ctx.txs.read(tx, collection, docIdInTx(p, query))
    return { data: { list: doc ? [stringifyEjson(doc)] : [] } }
  }
  const asked = typeof p.limit === 'number' && p.limit > 0 ? p.limit : SDK_DEFAULT_LIMIT
  const offset = typeof p.offset === 'number' ? p.offset : 0
  const docs = select(candidates(ctx.store, collection, query), {
    query,
    order: parseEjson(p.order),
    offset,
    limit: Math.min(asked, ctx.pageCap),
    projection: parseEjson(p.projection),
  })
  return { data: { list: docs.map(stringifyEjson), offset, limit: Math.min(asked, ctx.pageCap) } }
}

function calculateDocument(ctx: DatabaseContext, p: Params): Body {
  if (txOf(ctx, p)) throw requestFailed('count is not supported inside a transaction')
  const query = parseEjson(p.query)
  return { data: { total: matching(candidates(ctx.store, collectionOf(ctx, p), query), query).length } }
}

function insertDocument(ctx: DatabaseContext, p: Params): Body {
  const collection = collectionOf(ctx, p)
  if (!Array.isArray(p.data) || p.data.length === 0) throw invalidParam('data must be a non-empty array')
  const tx = txOf(ctx, p)
  const insertedIds: unknown[] = []
  // Ordered, as MongoDB's insertMany: the documents before a refused one stay written.
  for (const text of p.data) {
    const doc = parseEjson(text)
    if (!doc) throw invalidParam('empty document')
    if (doc._id === undefined) doc._id = newId()
    const id = String(doc._id)
    checkSize(doc)
    if (tx) {
      if (ctx.txs.read(tx, collection, id)) {
        ctx.txs.abort(tx)
        throw duplicateKey(collection, doc._id)
      }
      ctx.txs.write(tx, collection, id, doc)
    } else {
      if (ctx.store.read(collection, id)) throw duplicateKey(collection, doc._id)
      ctx.store.write(collection, id, doc)
    }
    insertedIds.push(doc._id)
  }
  return { data: { insertedIds } }
}

function modifyDocument(ctx: DatabaseContext, p: Params): Body {
  const collection = collectionOf(ctx, p)
  const query = parseEjson(p.query)
  const data = parseEjson(p.data)
  if (!data) throw invalidParam('data is required')
  const merge = p.merge !== false
  const tx = txOf(ctx, p)
  if (tx) {
    const id = docIdInTx(p, query)
    const current = ctx.txs.read(tx, collection, id)
    if (!current) {
      if (!p.upsert) return { data: { updated: 0 } }
      const created = applyUpdate({ _id: id }, data, merge).doc
      ctx.txs.write(tx, collection, id, created)
      return { data: { updated: 0, upsert_id: id } }
    }
    const { doc, changed } = applyUpdate(current, data, merge)
    if (changed) ctx.txs.write(tx, collection, id, doc)
    return { data: { updated: changed ? 1 : 0 } }
  }
  let targets: Doc[]
  if (p.queryType === 'DOC') {
    const id = query?._id
    const current = typeof id === 'string' ? ctx.store.read(collection, id) : null
    targets = current ? [current] : []
  } else {
    targets = matching(candidates(ctx.store, collection, query), query)
    if (p.multi === false) targets = targets.slice(0, 1)
  }
  if (targets.length === 0 && p.upsert) {
    const id = typeof query?._id === 'string' ? query._id : newId()
    const created = applyUpdate({ _id: id }, data, merge).doc
    ctx.store.write(collection, id, created)
    return { data: { updated: 0, upsert_id: id } }
  }
  let updated = 0
  for (const current of targets) {
    const { doc, changed } = applyUpdate(current, data, merge)
    if (!changed) continue
    ctx.store.write(collection, String(current._id), doc)
    updated++
  }
  return { data: { updated } }
}

function removeDocument(ctx: DatabaseContext, p: Params): Body {
  const collection = collectionOf(ctx, p)
  const query = parseEjson(p.query)
  const tx = txOf(ctx, p)
  if (tx) {
    const id = docIdInTx(p, query)
    if (!ctx.txs.read(tx, collection, id)) return { data: { deleted: 0 } }
    ctx.txs.write(tx, collection, id, null)
    return { data: { deleted: 1 } }
  }
  let targets = matching(candidates(ctx.store, collection, query), query)
  if (p.multi === false) targets = targets.slice(0, 1)
  for (const d of targets) ctx.store.write(collection, String(d._id), null)
  return { data: { deleted: targets.length } }
}

export const databaseActions: Record<string, (ctx: DatabaseContext, p: Params) => Body> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.addCollection': (ctx, p) => {
    const name = nameOf(p)
    if (!ctx.store.createCollection(name)) throw collectionExists(name)
    return {}
  },
  'database.startTransaction': (ctx) => ({ transactionId: ctx.txs.start().id }),
  'database.commitTransaction': (ctx, p) => (ctx.txs.commit(ctx.txs.get(p.transactionId)), {}),
  'database.abortTransaction': (ctx, p) => (ctx.txs.abortById(p.transactionId), {}),
}
