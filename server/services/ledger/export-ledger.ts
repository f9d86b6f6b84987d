// The monitoring ledger (监测台账) of one village or a whole street, as .xlsx with personal
// data masked. Its first sheet (one row per household) uses the import headers, so the file
// imports back; the second, 动态监测台账, has one row per house with its dynamic state. Only
// the street's own villages and households are read.
import crypto from 'node:crypto'
import { CATEGORY_LABELS, DEPARTMENT_LABELS, GRADE_LABELS, COLUMN_HEADERS, maskName } from '../../../domain'
import type { Deps } from '../../core/deps'
import { XLSX_TYPE, XlsxWriter } from './xlsx-writer'
import { expireLater } from '../file-expiry'
import type { StreetScope } from '../street-scope'
import { HOUSE_STATE_COLUMNS, houseStateRows } from './house-state-rows'

const PAGE = 1000

export async function exportLedger(deps: Deps, street: StreetScope, villageIds: string[], title: string, userId: string): Promise<{ fileId: string; rows: number; fileName: string }> {
  const writer = new XlsxWriter()
  const ws = writer.sheet({
    name: '监测台账',
    columns: [
      { header: COLUMN_HEADERS.householdId[0]!, width: 14 },
      { header: COLUMN_HEADERS.village[0]!, width: 12 },
      { header: COLUMN_HEADERS.group[0]!, width: 8 },
      { header: COLUMN_HEADERS.name[0]!, width: 10 },
      { header: COLUMN_HEADERS.idNumber[0]!, width: 22 },
      { header: COLUMN_HEADERS.phone[0]!, width: 14 },
      { header: COLUMN_HEADERS.categories[0]!, width: 24 },
      { header: COLUMN_HEADERS.members[0]!, width: 8 },
      { header: COLUMN_HEADERS.address[0]!, width: 24 },
      { header: '来源部门', width: 20 },
      { header: '纳入时间', width: 12 },
      { header: '房屋数', width: 8 },
      { header: '最差鉴定等级', width: 16 },
    ],
  })
  const households = deps.store.collection('households')
  let rows = 0
  for (const villageId of street.only(villageIds)) {
    const villageName = street.nameOf(villageId)
    for (let skip = 0; ; skip += PAGE) {
      const page = await households.find({
        where: { villageId, status: 'monitored' },
        orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']],
        skip,
        limit: PAGE,
      })
      for (const h of page) {
        if (!street.owns(h)) continue
        ws.addRow([
          // Households written before file numbers and not migrated yet keep the id they had.
          h.fileNo || h._id,
          villageName,
          h.group,
          maskName(h.headName),
          h.idMasked,
          h.phoneMasked,
          h.categories.map((c) => CATEGORY_LABELS[c]).join('、'),
          h.members,
          h.address,
          h.departments.map((d) => DEPARTMENT_LABELS[d]).join('、'),
          h.listedSince,
          h.houseCount,
          h.worstGrade ? GRADE_LABELS[h.worstGrade] : '未鉴定',
        ]).commit()
        rows++
      }
      if (page.length < PAGE) break
    }
  }
  ws.commit()
  const dynamic = writer.sheet({ name: '动态监测台账', columns: HOUSE_STATE_COLUMNS })
  for (const villageId of street.only(villageIds)) for await (const row of houseStateRows(deps, street, villageId)) dynamic.addRow(row).commit()
  dynamic.commit()
  const bytes = await writer.finish()
  const stamp = deps.clock.now().toISOString().slice(0, 10)
  const fileName = `${title}监测台账-${stamp}.xlsx`
  const stored = await deps.files.put(`exports/${userId}/${crypto.randomUUID()}.xlsx`, bytes, XLSX_TYPE)
  await expireLater(deps, stored.fileId, 'export')
  return { fileId: stored.fileId, rows, fileName }
}
