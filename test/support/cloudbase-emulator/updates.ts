// Applying a modifyDocument's data to a document: with merge (update) it is a set of
// MongoDB update operators evaluated by mingo; without merge (set) it replaces the
// document. _id never changes, and a document over 16 MB is refused, as MongoDB does.
import { update as mingoUpdate } from 'mingo'
import { bsonSize, clone, type Doc } from './ejson'
import { CloudError, invalidParam, requestFailed } from './errors'

/** MongoDB's (and so CloudBase's) limit on one document. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024

const OPERATORS = new Set(['$set', '$unset', '$inc', '$mul', '$min', '$max', '$push', '$pull', '$pullAll', '$addToSet', '$pop', '$rename'])

export function checkSize(doc: Doc): void {
  const size = bsonSize(doc)
  if (size > MAX_DOCUMENT_BYTES) {
    throw requestFailed(`[BSONObjectTooLarge] object to insert too large. size in bytes: ${size}, max size: ${MAX_DOCUMENT_BYTES}`)
  }
}

const isOperatorDoc = (data: Doc): boolean => Object.keys(data).length > 0 && Object.keys(data).every((k) => k.startsWith('$'))

/** The document after the update, and whether anything changed. */
export function applyUpdate(current: Doc, data: Doc, merge: boolean): { doc: Doc; changed: boolean } {
  if (!merge) {
    if ('_id' in data && data._id !== current._id) throw invalidParam('不能更新_id的值')
    const doc = { ...clone(data), _id: current._id }
    checkSize(doc)
    return { doc, changed: JSON.stringify(doc) !== JSON.stringify(current) }
  }
  const ops = isOperatorDoc(data) ? data : { $set: data }
  for (const op of Object.keys(ops)) {
    if (!OPERATORS.has(op)) throw requestFailed(`unknown update operator ${op}`)
    const fields = ops[op] as Doc
    if (fields && typeof fields === 'object' && Object.keys(fields).some((f) => f === '_id' || f.startsWith('_id.'))) {
      throw invalidParam('不能更新_id的值')
    }
  }
  const doc = clone(current)
  let changedPaths: string[]
  try {
    changedPaths = mingoUpdate(doc, ops as never)
  } catch (err) {
    if (err instanceof CloudError) throw err
    throw requestFailed(`update failed: ${err instanceof Error ? err.message : String(err)}`)
  }
  checkSize(doc)
  return { doc, changed: changedPaths.length > 0 }
}
