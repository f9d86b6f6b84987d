// 一户一档: one household's printable archive, stored as an export file that expires like
// the other exports.
import crypto from 'node:crypto'
import { localDate, maskName } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { HouseholdDoc } from '../../store/docs'
import { expireLater } from '../file-expiry'
import { archiveContent } from './archive-content'
import { archivePdf } from './archive-pdf'

export async function householdArchive(deps: Deps, hh: HouseholdDoc, userId: string): Promise<{ fileId: string; fileName: string }> {
  const content = await archiveContent(deps, hh)
  const photo = async (fileId: string) => {
    try {
      return (await deps.files.get(fileId))?.bytes ?? null
    } catch {
      return null
    }
  }
  const pdf = await archivePdf(content, photo, localDate(deps.clock.now()))
  const stored = await deps.files.put(`exports/${userId}/${crypto.randomUUID()}.pdf`, pdf, 'application/pdf')
  await expireLater(deps, stored.fileId, 'export')
  const villageName = (await deps.orgs.get(hh.villageId))?.name ?? ''
  return { fileId: stored.fileId, fileName: `一户一档-${villageName}${maskName(hh.headName)}.pdf` }
}
