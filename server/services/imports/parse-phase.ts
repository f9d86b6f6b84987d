// Phase 1 of an import: read the file from where the last chunk stopped, check each row,
// compare it with the household it names (the diff), and keep it, personal data sealed.
// Stops when the time budget is spent.
import { AppError, localDate, mapHeaders, maskIdNumber, maskName, maskPhone, parseHouseCells, parseListRow, COLUMN_HEADERS, SHEET_COLUMNS, type SheetColumn } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { ImportDoc, ImportRowDoc } from '../../store/docs'
import { BATCH } from './batch'
import { diffRows } from './diff-phase'
import { streetScope } from '../street-scope'
import { readRows } from './read-sheet'
import { sheetFileOf } from './sheet-file'
import { UnreadableSheet } from './xlsx-rows'
import { insertRows } from './save-rows'

export async function parseChunk(deps: Deps, job: ImportDoc, deadline: number): Promise<Partial<ImportDoc>> {
  const file = await deps.files.get(job.fileId)
  if (!file) return { phase: 'failed', failure: '上传的文件找不到了，请重新上传' }
  const sheet = sheetFileOf(job.fileName, file.bytes)
  if (!('kind' in sheet)) return { phase: 'failed', failure: sheet.message }
  const { kind } = sheet

  const villages = await deps.orgs.villagesUnder(job.streetId)
  const villageByName = new Map(villages.map((v) => [v.name, v]))
  const rowsCol = deps.store.collection('importRows')
  let { columns, rowsRead, nextSeq, pending, diffed } = job
  const counts = { ...job.counts }
  const street = await streetScope(deps, job.streetId)
  const villageIds = new Set(job.villageIds)
  const batch: ImportRowDoc[] = []
  const seenInBatch = new Map<string, number>()
  const thisYear = Number(localDate(deps.clock.now()).slice(0, 4))

  const flush = async () => {
    if (batch.length === 0) return
    // The same ID number earlier in the file (earlier chunks are already saved).
    const hashes = batch.map((r) => r.idHash).filter((h): h is string => !!h)
    const earlier = hashes.length ? await rowsCol.find({ where: { importId: job._id, idHash: { $in: hashes } } }) : []
    const firstRowOf = new Map(earlier.map((r) => [r.idHash!, r.rowNumber]))
    for (const r of batch) {
      const prior = r.idHash ? firstRowOf.get(r.idHash) : undefined
      if (r.kind === 'pending' && prior !== undefined && prior !== r.rowNumber) {
        r.kind = 'error'
        r.errors.push({ column: COLUMN_HEADERS.idNumber[0]!, message: `与第 ${prior} 行的身份证号重复` })
      }
    }
    // Diffed here rather than in a phase of its own, which read every row back and wrote it again.
    const valid = batch.filter((r) => r.kind === 'pending')
    await diffRows(deps, job, valid, street, villageIds)
    pending += valid.length
    diffed += valid.length
    for (const r of batch) counts[r.kind as keyof typeof counts]++
    await insertRows(deps, batch)
    batch.length = 0
    seenInBatch.clear()
  }

  let finished = true
  try {
    for await (const { rowNumber, cells, numberCells: numberAt } of readRows(file.bytes, kind, rowsRead + 1)) {
      rowsRead = rowNumber
      if (!columns) {
        const mapped = mapHeaders(cells)
        if (mapped.missing.length) {
          const names = mapped.missing.map((c) => COLUMN_HEADERS[c][0]).join('、')
          return { phase: 'failed', failure: `第 1 行缺少必填列：${names}。请使用导入模板的表头`, rowsRead }
        }
        columns = mapped.columns
        continue
      }
      if (cells.every((c) => !c)) continue
      const mappedCells: Partial<Record<SheetColumn, string>> = {}
      const numberCells = new Set<SheetColumn>()
      for (const col of SHEET_COLUMNS) {
        const at = columns[col]
        if (at !== undefined) mappedCells[col] = cells[at] ?? ''
        if (at !== undefined && numberAt?.includes(at)) numberCells.add(col)
      }
      const { row, errors } = parseListRow(mappedCells, { numberCells, localAreaCode: deps.config.localAreaCode })
      const { house, errors: houseErrors } = parseHouseCells(mappedCells, thisYear)
      errors.push(...houseErrors)
      const village = villageByName.get(row.villageName)
      if (row.villageName && !village) errors.push({ column: COLUMN_HEADERS.village[0]!, message: `本街道没有“${row.villageName}”，请核对村（社区）名称` })
      const idSealed = row.idNumber ? deps.personal.seal(row.idNumber) : null
      const phoneSealed = row.phone ? deps.personal.seal(row.phone) : null
      if (idSealed) {
        const prior = seenInBatch.get(idSealed.hash)
        if (prior !== undefined) errors.push({ column: COLUMN_HEADERS.idNumber[0]!, message: `与第 ${prior} 行的身份证号重复` })
        else seenInBatch.set(idSealed.hash, rowNumber)
      }
      batch.push({
        _id: `${job._id}-${nextSeq}`,
        importId: job._id,
        seq: nextSeq++,
        rowNumber,
        kind: errors.length ? 'error' : 'pending',
        householdId: row.householdId,
        villageId: village?._id ?? null,
        villageName: row.villageName,
        name: row.name,
        // A name the row check refused (too long, say) is masked all the same.
        nameMasked: maskName(row.name ?? mappedCells.name ?? ''),
        idHash: idSealed?.hash ?? null,
        idEnc: idSealed?.enc ?? null,
        idMasked: row.idNumber ? maskIdNumber(row.idNumber) : row.idMasked ?? maskIdNumber(mappedCells.idNumber ?? ''),
        phoneHash: phoneSealed?.hash ?? null,
        phoneEnc: phoneSealed?.enc ?? null,
        phoneMasked: row.phone ? maskPhone(row.phone) : row.phoneMasked,
        group: row.group,
        address: row.address,
        members: row.members,
        categories: row.categories,
        ...(house ? { house } : {}),
        changes: {},
        errors,
      })
      if (batch.length >= BATCH) {
        await flush()
        if (Date.now() > deadline) {
          finished = false
          break
        }
      }
    }
  } catch (err) {
    // A damaged or foreign file fails the import with a message, not every later step.
    if (!(err instanceof UnreadableSheet)) throw err
    return { phase: 'failed', failure: err.message, rowsRead }
  }
  await flush()
  if (!columns) return { phase: 'failed', failure: '文件是空的', rowsRead }
  if (finished && nextSeq === 1) return { phase: 'failed', failure: '文件里只有表头，没有数据行', rowsRead }
  return { columns, rowsRead, nextSeq, pending, diffed, counts, villageIds: street.only(villageIds).sort(), ...(finished ? { phase: 'missing' as const } : {}) }
}

export function assertImportable(bytes: number, limit: number): void {
  if (bytes > limit) throw new AppError('VALIDATION', `文件太大：最大 ${Math.round(limit / 1024 / 1024)} MB`)
}
