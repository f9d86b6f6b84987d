// Translates the Store's document queries into SQL over JSON documents. Field paths are
// checked against a strict pattern and every value is bound, so no input reaches the SQL
// text.
import type { FieldOps, FindOptions, Scalar, Where } from '../../ports/store'

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

export function fieldExpr(field: string): string {
  if (field === '_id') return '_id'
  if (field === '_rev') return 'rev'
  if (!FIELD.test(field)) throw new Error(`invalid field path: ${field}`)
  return `json_extract(doc, '$.${field}')`
}

const bindable = (v: Scalar): string | number | null => (typeof v === 'boolean' ? (v ? 1 : 0) : v)

function isOps(v: unknown): v is FieldOps {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function whereSql(where: Where | undefined): { sql: string; params: Array<string | number | null> } {
  const parts: string[] = []
  const params: Array<string | number | null> = []
  for (const [field, cond] of Object.entries(where ?? {})) {
    const expr = fieldExpr(field)
    if (!isOps(cond)) {
      if (cond === null) parts.push(`${expr} IS NULL`)
      else {
        parts.push(`${expr} = ?`)
        params.push(bindable(cond))
      }
      continue
    }
    for (const [op, value] of Object.entries(cond)) {
      switch (op) {
        case '$in': {
          const list = value as Scalar[]
          if (list.length === 0) parts.push('0')
          else {
            parts.push(`${expr} IN (${list.map(() => '?').join(',')})`)
            params.push(...list.map(bindable))
          }
          break
        }
        case '$ne':
          parts.push(`${expr} IS NOT ?`)
          params.push(bindable(value as Scalar))
          break
        case '$gt':
        case '$gte':
        case '$lt':
        case '$lte': {
          const sym = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }[op]
          parts.push(`${expr} ${sym} ?`)
          params.push(bindable(value as Scalar))
          break
        }
        case '$has':
          if (field === '_id') throw new Error('$has needs an array field')
          parts.push(`EXISTS (SELECT 1 FROM json_each(doc, '$.${field}') WHERE value = ?)`)
          params.push(bindable(value as Scalar))
          break
        case '$contains':
          parts.push(`instr(${expr}, ?) > 0`)
          params.push(String(value))
          break
        default:
          throw new Error(`unsupported operator: ${op}`)
      }
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params }
}

export function findSql(table: string, opts: FindOptions): { sql: string; params: Array<string | number | null> } {
  const { sql: where, params } = whereSql(opts.where)
  const order = (opts.orderBy ?? []).map(([f, d]) => `${fieldExpr(f)} ${d === 'desc' ? 'DESC' : 'ASC'}`)
  let sql = `SELECT _id, rev, doc FROM "${table}" ${where}`
  if (order.length) sql += ` ORDER BY ${order.join(', ')}`
  if (opts.limit !== undefined || opts.skip !== undefined) {
    sql += ' LIMIT ? OFFSET ?'
    params.push(opts.limit ?? -1, opts.skip ?? 0)
  }
  return { sql, params }
}
