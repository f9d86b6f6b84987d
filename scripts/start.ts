// npm start: build the h5 app when its sources changed, open (and on first run seed) the
// local database under .data/, and serve everything on http://127.0.0.1:8787.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createLocalHost } from '../server/host/local-host'
import { DataKeyError, openLocalRuntime } from '../server/runtime/local'
import { seedDemo } from '../server/seed/demo-seed'
import { seedDemoHistory } from '../server/seed/demo-history'
import { seedDistrictLogin } from '../server/seed/demo-district'
import { runTick } from '../server/jobs/tick'
import { settleRefresh } from '../server/services/counters/refresh'
import { migrate } from '../server/store/migrations'

const root = path.resolve(__dirname, '..')
const dataDir = path.join(root, '.data')
const h5Root = path.join(root, 'dist', 'h5')
const port = Number(process.env.PORT ?? 8787)
const host = process.env.HOST ?? '127.0.0.1'
const args = new Set(process.argv.slice(2))

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

function ensureH5Build(): void {
  if (args.has('--no-build')) return
  const built = path.join(h5Root, 'index.html')
  const sources = Math.max(...['src', 'domain', 'config'].map((d) => newestMtime(path.join(root, d))))
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs > sources) return
  console.log('正在构建 h5 应用（首次约 1 分钟）…')
  execFileSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
}

async function main(): Promise<void> {
  if (args.has('--reset')) fs.rmSync(dataDir, { recursive: true, force: true })
  ensureH5Build()
  // Refuses a key that is not the database's own, and never makes a new one for existing data.
  const runtime = await openLocalRuntime({ dataDir, baseUrl: `http://${host}:${port}` })
  if ((await runtime.store.collection('orgs').count()) === 0) {
    const summary = await seedDemo(runtime.store, runtime.deps.personal)
    const history = await seedDemoHistory(runtime.deps)
    await seedDistrictLogin(runtime.deps)
    console.log(`已写入演示数据：${summary.households} 户，${summary.houses} 栋房屋，近半年 ${history.patrols} 条巡查记录、${history.cases} 个隐患案件，${summary.users} 个演示账号`)
  }
  const migrated = await migrate(runtime.store)
  if (migrated.length) console.log(`已升级 ${migrated.length} 条旧数据`)
  const server = createLocalHost({ runtime, h5Root })
  // The same scheduler as the cloud's timer function, every minute here.
  const tickEveryMs = Number(process.env.ANJU_TICK_MS ?? 60_000)
  let ticking = false
  const timer = setInterval(() => {
    if (ticking) return
    ticking = true
    runTick(runtime.deps)
      .catch((err) => console.error('tick failed', err))
      .finally(() => (ticking = false))
  }, tickEveryMs)
  server.listen(port, host, () => console.log(`安居哨已启动：http://${host}:${port}  （数据在 .data/，npm start -- --reset 重置）`))
  const stop = () => {
    clearInterval(timer)
    server.close(() => settleRefresh(runtime.deps).then(() => runtime.store.close()).then(() => process.exit(0)))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err) => {
  console.error(err instanceof DataKeyError ? err.message : err)
  process.exit(1)
})
