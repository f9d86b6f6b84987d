// npm run deploy: puts 安居哨 into WeChat, from an empty cloud environment or over an
// existing one. Local steps first — secret scan, the plan, weapp build and offline
// compile for the deploy's environment, function bundles — then, with the account's API
// keys, the cloud environment is made to match the plan (functions with runtime, timeout,
// memory, settings and trigger; every collection, index and permission; storage
// permission) and the weapp is uploaded with miniprogram-ci.
//   --dry-run   every local step, print the plan and, when keys are given, what would
//               change in the live environment (CI runs this without keys)
// Settings (environment): ANJU_CLOUD_ENV (environment id), TENCENTCLOUD_SECRETID and
// TENCENTCLOUD_SECRETKEY (API keys; TENCENTCLOUD_SESSIONTOKEN for temporary keys,
// TENCENTCLOUD_REGION if not the default), ANJU_APPID and ANJU_UPLOAD_KEY (weapp upload),
// ANJU_VERSION (default package.json's), ANJU_DESC, and the functions' own settings
// (ANJU_DATA_KEY, ANJU_TEMPLATE_IDS, QWEATHER_*, ... — see the printed plan).
import fs from 'node:fs'
import path from 'node:path'
import { TEMPLATE_DEFS } from '../domain'
import { applyCloud, describeChange, functionEnvs } from './deploy/apply-cloud'
import { diff } from './deploy/diff'
import { readLive } from './deploy/live'
import { createManager, credentialsFromEnv } from './deploy/manager'
import { formatPlan } from './deploy/print'
import { scanSecrets } from './deploy/secrets'
import { planFromRepository } from './deploy/sources'
import { stageFunctions } from './deploy/stage'
import { buildAndCheckWeapp, uploadWeapp, weappCloudEnv, weappNamesEnv } from './deploy/weapp'

const ROOT = path.resolve(__dirname, '..')
const OUT = path.join(ROOT, 'dist', 'deploy')
const WEAPP = path.join(ROOT, 'dist', 'weapp')
const dryRun = process.argv.includes('--dry-run')
const env = process.env
const failures: string[] = []

const step = (title: string): void => console.log(`\n== ${title}`)
function fail(message: string): void {
  failures.push(message)
  console.log(`  ✗ ${message}`)
}

function printTemplates(): void {
  step('订阅消息模板（在小程序管理后台“订阅消息”中申请，把模板 ID 填入 ANJU_TEMPLATE_IDS）')
  for (const [kind, def] of Object.entries(TEMPLATE_DEFS)) console.log(`  ${kind}: 「${def.title}」 ${def.keywords.map((k) => `${k.label}(${k.key})`).join('、')}`)
}

async function main(): Promise<void> {
  step('检查仓库中没有密钥')
  const secrets = scanSecrets(ROOT)
  secrets.problems.forEach(fail)
  console.log(`  ${secrets.files} 个文件已检查`)

  step('部署计划')
  const plan = planFromRepository(ROOT, env)
  formatPlan(plan, env).forEach((l) => console.log(l))
  fs.mkdirSync(OUT, { recursive: true })
  fs.writeFileSync(path.join(OUT, 'plan.json'), JSON.stringify(plan, null, 2))
  console.log('  （计划也写入了 dist/deploy/plan.json；其中只有设置的名称，没有值）')

  const cloudEnv = weappCloudEnv(env)
  if (cloudEnv.problem) fail(cloudEnv.problem)
  step(`构建小程序（云环境 ${cloudEnv.value || '未指定：使用默认环境'}）并离线编译（miniprogram-ci），检查包大小`)
  if (!buildAndCheckWeapp(ROOT, cloudEnv.value)) fail('小程序构建或编译检查未通过')
  else if (cloudEnv.value && !weappNamesEnv(WEAPP, cloudEnv.value)) fail(`构建出的小程序里没有云环境 ${cloudEnv.value}`)

  step('打包云函数')
  const { staged, problems } = await stageFunctions(ROOT, path.join(OUT, 'cloudfunctions'), plan)
  problems.forEach(fail)
  for (const s of staged) console.log(`  ${s.name}: ${(s.bytes / 1024).toFixed(0)} KB → ${path.relative(ROOT, s.dir)}`)
  printTemplates()

  const credentials = credentialsFromEnv(env)
  step(credentials ? `云环境 ${credentials.envId} 与计划的差异` : '云环境差异（未设置 TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY / ANJU_CLOUD_ENV，跳过）')
  if (credentials && dryRun) {
    const changes = diff(plan, await readLive(createManager(credentials), plan, credentials.envId), functionEnvs(plan, env))
    for (const c of changes) console.log(`  ${describeChange(c)}`)
    if (changes.some((c) => c.kind === 'blocked')) fail('部署会被上面标 ✗ 的问题挡住')
  }
  if (dryRun || failures.length) return finish()

  const appid = env.ANJU_APPID
  const keyPath = env.ANJU_UPLOAD_KEY
  if (!credentials || !appid || !keyPath) {
    fail('部署需要 ANJU_CLOUD_ENV、TENCENTCLOUD_SECRETID、TENCENTCLOUD_SECRETKEY、ANJU_APPID、ANJU_UPLOAD_KEY')
    return finish()
  }
  step('更新云环境（云函数、数据库、存储权限）')
  const dirs = new Map(staged.map((s) => [s.name, s.dir]))
  await applyCloud(createManager(credentials), plan, { envId: credentials.envId, deployerEnv: env, functionDir: (n) => dirs.get(n)!, log: (l) => console.log(l) })
  step('上传小程序')
  const version = env.ANJU_VERSION ?? (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
  await uploadWeapp(WEAPP, { appid, keyPath, version, desc: env.ANJU_DESC ?? `安居哨 ${version}` })
  console.log(`  ✓ 小程序 ${version} 已上传（到管理后台“版本管理”提交审核）`)
  finish()
}

function finish(): void {
  console.log(failures.length ? `\n部署检查未通过（${failures.length} 项）` : `\n${dryRun ? '部署检查通过（未改动云环境，未上传）' : '部署完成'}`)
  process.exit(failures.length ? 1 : 0)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
