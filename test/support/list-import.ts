// Drives a department list import through the actions, as a street staff member's page does.
import { idCheckDigit, type ImportJobView } from '../../domain'
import { DEMO, type TestEnv } from './local-env'
import { uploadAs } from './sheets'

export const LIST_HEADER = ['村（社区）', '组', '户主姓名', '身份证号', '联系电话', '监测类别', '家庭人口', '住址']

export const validId = (first17: string) => first17 + idCheckDigit(first17)

let seq = 0

/** Steps the import until it rests: ready for a person to apply, done, failed or cancelled. */
export async function runToRest(env: TestEnv, importId: string, user: string = DEMO.staffBachuan): Promise<ImportJobView> {
  let job = await env.call(user, 'import.get', { importId })
  for (let i = 0; i < 5000 && job.ok && ['parsing', 'diffing', 'missing', 'applying'].includes(job.data.phase); i++) {
    job = await env.call(user, 'import.step', { importId })
  }
  if (!job.ok) throw new Error(`${job.code}: ${job.message}`)
  return job.data
}

export async function startImport(env: TestEnv, bytes: Buffer, source: 'civil' | 'revitalization' | 'ledger', fileName = '名单.xlsx', user: string = DEMO.staffBachuan) {
  const importId = `imp-${++seq}-${Date.now()}`
  const fileId = await uploadAs(env, user, bytes, fileName.split('.').pop())
  const started = await env.call(user, 'import.start', { importId, fileId, fileName, source })
  return { importId, started }
}
