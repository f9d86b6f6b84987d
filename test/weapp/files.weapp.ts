// Files in WeChat: a department's list arrives in a chat and is taken from there
// (chooseMessageFile), uploaded to cloud storage and checked by the server; a generated
// file (the import template) is downloaded from its temporary link and opened with
// openDocument.
import { readXlsx, xlsxOf } from '../support/sheets'
import { LIST_HEADER, validId } from '../support/list-import'
import { seedDemoHistory } from '../../server/seed/demo-history'
import { Weapp } from './runtime/weapp'

let app: Weapp
afterEach(() => app?.close())

test('a list chosen from a WeChat chat is uploaded as it is and the server starts checking it', async () => {
  app = await Weapp.start({ user: 'u-staff-bachuan' })
  await app.launch('street/pages/import-new/index')
  await app.see('导入新名单')
  const bytes = await xlsxOf([LIST_HEADER, ['玉龙村', '3组', '张新户', validId('50022519600101001'), '13800000001', '低保户', 3, '玉龙村3组 8 号']])
  app.phone.chatFiles.push({ name: '民政名单.xlsx', bytes })
  await app.tap(/^民政$/)
  await app.tap('从微信聊天中选择名单文件')
  await app.see('民政名单.xlsx')
  await app.tap('上传并检查')
  await app.onPage('street/pages/import/index')

  expect(app.cloud.uploads).toHaveLength(1)
  expect(app.cloud.uploads[0]!.cloudPath).toMatch(/^uploads\/u-staff-bachuan\/[^/]+\.xlsx$/)
  expect(app.cloud.uploads[0]!.bytes.equals(bytes)).toBe(true)
  const started = app.cloud.calls.find((c) => c.action === 'import.start')!
  expect(started).toMatchObject({ ok: true, input: { fileName: '民政名单.xlsx', source: 'civil' } })
})

test('closing the chat file picker leaves the form as it was', async () => {
  app = await Weapp.start({ user: 'u-staff-bachuan' })
  await app.launch('street/pages/import-new/index')
  app.phone.chatFiles.push('cancel')
  await app.tap('从微信聊天中选择名单文件')
  await new Promise((r) => setTimeout(r, 100))
  expect(app.run.hooks.calls.filter((c) => c.api === 'chooseMessageFile')).toHaveLength(1)
  expect(app.screen()).not.toContain('.xlsx（')
  expect(app.cloud.uploads).toHaveLength(0)
})

test('the import template is downloaded from its signed link and opened as a spreadsheet', async () => {
  app = await Weapp.start({ user: 'u-staff-bachuan' })
  await app.launch('street/pages/import-new/index')
  await app.tap('下载导入模板')
  await app.until(() => app.phone.opened[0], 'openDocument')
  const opened = app.phone.opened[0]!
  expect(opened.filePath).toMatch(/^wxfile:\/\/tmp_.+\.xlsx$/)
  const rows = await readXlsx(opened.bytes)
  expect(rows[0]).toEqual(LIST_HEADER)
})

test('with no signal the template cannot be fetched, and the page says so', async () => {
  app = await Weapp.start({ user: 'u-staff-bachuan' })
  await app.launch('street/pages/import-new/index')
  await app.see('下载导入模板')
  app.setNetwork('none')
  await app.tap('下载导入模板')
  await app.see(/网络/)
  expect(app.phone.opened).toHaveLength(0)
})

test('an appraiser picks the PDF report from a chat for the case he is appraising', async () => {
  app = await Weapp.start({ user: 'u-appraiser-bachuan' })
  // The demo's months of history, whose cases include one being appraised.
  await seedDemoHistory(app.env.rt.deps)
  const [appraising] = await app.env.rt.store.collection('cases').find({ where: { stage: 'appraising' }, limit: 1 })
  expect(appraising).toBeDefined()
  await app.launch('street/pages/appraisal/index', { caseId: appraising!._id })
  await app.see('从微信聊天里选 PDF')
  app.phone.chatFiles.push({ name: '鉴定报告-檩条.pdf', bytes: Buffer.from('%PDF-1.4 report') })
  await app.tap('从微信聊天里选 PDF')
  await app.see('已选报告：鉴定报告-檩条.pdf')
  expect(app.run.hooks.calls.find((c) => c.api === 'chooseMessageFile')?.opts).toMatchObject({ type: 'file', extension: ['pdf'] })
})
