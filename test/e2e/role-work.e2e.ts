// Every role finds its work (issue 18): the appraiser's home is his queue, and street staff
// draw a sample (after confirming it) and patrol a drawn house from its task, while the
// village never learns which houses were drawn before the street has been there.
import { startBrowserEnv, type BrowserEnv } from './browser-env'
import { whitePng } from './stamped-photo'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

async function api(user: string, action: string, input: unknown) {
  const res = await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': user }, body: JSON.stringify({ action, input }) })
  return res.json()
}

async function login(user: string) {
  const page = await env.newPage()
  await page.goto(`${env.base}/#/pages/login/index`)
  await page.locator(`[data-testid="login-user-${user}"]`).click()
  return page
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
const inDays = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10)

it('an appraiser logs in, reaches an assigned appraisal in one tap and submits it', async () => {
  // A house of 玉龙村 with no case open yet.
  const plan = (await api('u-insp-yulong', 'patrol.plan', { pageSize: 50 })).data.items as Array<{ houseId: string }>
  let houseId = ''
  for (const p of plan) {
    if (!(await api('u-insp-yulong', 'house.get', { houseId: p.houseId })).data.openCaseId) {
      houseId = p.houseId
      break
    }
  }
  expect(houseId).not.toBe('')
  let c = (await api('u-insp-yulong', 'case.open', { caseId: 'case-e2e-queue', houseId, summary: '墙体开裂' })).data
  c = (await api('u-insp-yulong', 'case.transition', { caseId: c.id, transitionId: 'tr-e2e-q1', expectRev: c.rev, action: 'verify', note: '到现场看了' })).data
  c = (await api('u-insp-yulong', 'case.transition', { caseId: c.id, transitionId: 'tr-e2e-q2', expectRev: c.rev, action: 'reportToStreet', note: '' })).data
  c = (await api('u-staff-bachuan', 'case.transition', { caseId: c.id, transitionId: 'tr-e2e-q3', expectRev: c.rev, action: 'assignAppraisal', appraiserId: 'u-appraiser-bachuan', dueDate: inDays(5), firm: '' })).data
  expect(c.stage).toBe('awaitingAppraisal')

  const page = await login('u-appraiser-bachuan')
  const item = page.locator(`[data-testid="appraisal-todo"][data-case-id="${c.id}"]:visible`)
  await item.waitFor()
  await env.shot(page, 'appraiser-queue')
  await item.click()
  await page.locator(`[data-testid="appraisal-page"][data-case-id="${c.id}"]:visible`).waitFor()
  await page.locator('[data-testid="case-action-startAppraisal"]:visible').click()
  await page.locator('[data-testid="appraisal-form"]:visible').waitFor()
  await page.locator('[data-testid="appraisal-rest-a"]:visible').click()
  await page.locator('[data-testid="appraisal-walls-c"]:visible').click()
  const grade = await page.locator('[data-testid="appraisal-proposal"]:visible').getAttribute('data-grade')
  await page.locator('[data-testid="appraisal-advice"] textarea:visible, [data-testid="appraisal-advice"] input:visible').first().fill('墙体局部危险，及时加固')
  await page.locator('[data-testid="appraisal-photos-input"]').last().setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: await whitePng(page, 1200, 900) })
  await page.locator('[data-testid="appraisal-photos-count"][data-count="1"]').last().waitFor()
  await page.locator('[data-testid="case-form-submit"]:visible').click()
  let after = (await api('u-staff-bachuan', 'case.get', { caseId: c.id })).data
  for (let i = 0; i < 40 && after.stage !== 'appraised'; i++) {
    await page.waitForTimeout(250)
    after = (await api('u-staff-bachuan', 'case.get', { caseId: c.id })).data
  }
  expect(after).toMatchObject({ stage: 'appraised', appraisal: { grade } })
})

it('street staff draw a sample after confirming it and patrol a drawn house from its task; the village does not see it before', async () => {
  type Task = { id: string; kind: string; houseId: string; dueDate: string }
  const streetTasks = async (): Promise<Task[]> => (await api('u-staff-bachuan', 'task.list', { status: 'open', villageId: 'v-yulong', pageSize: 50 })).data.items.filter((t: Task) => t.kind === 'streetPatrol')
  const before = new Set((await streetTasks()).map((t) => t.id))
  const staff = await login('u-staff-bachuan')
  await staff.locator('[data-testid="street-tile-sample"]:visible').click()
  await staff.locator('[data-testid="sample-form"]:visible').waitFor()
  await staff.locator('[data-testid="sample-value"] input:visible').fill('1')
  await staff.locator('[data-testid="sample-draw"]:visible').click()
  const confirm = staff.locator('[data-testid="sample-confirm"]:visible')
  await confirm.waitFor()
  // Nothing is drawn before 确认: the confirmation names each village's count and the due date.
  expect((await streetTasks()).length).toBe(before.size)
  const total = Number(await confirm.getAttribute('data-total'))
  expect(total).toBeGreaterThan(0)
  expect(await staff.locator('[data-testid="sample-confirm-village"]:visible').count()).toBeGreaterThan(1)
  await env.shot(staff, 'sample-confirm')
  await staff.locator('[data-testid="sample-confirm-draw"]:visible').click()
  await staff.locator('[data-testid="sample-confirm"]').waitFor({ state: 'detached' })
  const drawn = (await streetTasks()).filter((t) => !before.has(t.id))
  expect(drawn.length).toBe(1)
  const task = drawn[0]!
  expect(task.dueDate >= today()).toBe(true)

  // The village inspector's task list does not show the drawn house.
  const inspector = await login('u-insp-yulong')
  await inspector.locator('[data-testid="inspector-home"]:visible').waitFor()
  await inspector.goto(`${env.base}/#/inspector/pages/tasks/index`)
  // Loaded: either his list or the empty note.
  await inspector.locator('[data-testid="task-list"]:visible').or(inspector.getByText('没有待办任务')).first().waitFor()
  expect(await inspector.locator(`[data-testid="task-item"][data-task-id="${task.id}"]`).count()).toBe(0)
  expect(await inspector.getByText('街道会来抽查').count()).toBe(0)

  // The street patrols the house from its task, with the same form as the village's.
  await staff.goto(`${env.base}/#/street/pages/tasks/index?villageId=v-yulong`)
  await staff.locator(`[data-testid="task-item"][data-task-id="${task.id}"]:visible`).click()
  const form = staff.locator('[data-testid="patrol-form"]:visible')
  await form.waitFor()
  const patrolId = await form.getAttribute('data-patrol-id')
  await staff.locator('[data-testid="findings-rest-ok"]:visible').click()
  await staff.locator('[data-testid="judgment-safe"]:visible').click()
  await staff.locator('[data-testid="occupied-yes"]:visible').click()
  await staff.locator('[data-testid="patrol-submit"]:visible').click()
  await staff.locator('[data-testid="patrol-saved"]:visible').waitFor()
  let stored = await api('u-staff-bachuan', 'patrol.get', { patrolId })
  for (let i = 0; i < 40 && !stored.ok; i++) {
    await staff.waitForTimeout(250)
    stored = await api('u-staff-bachuan', 'patrol.get', { patrolId })
  }
  expect(stored.data).toMatchObject({ kind: 'street', houseId: task.houseId })
  expect((await api('u-insp-yulong', 'task.list', { status: 'done', pageSize: 50 })).data.items.map((t: { id: string }) => t.id)).toContain(task.id)
})
