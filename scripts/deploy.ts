// npm run deploy: puts 安居哨 into WeChat. Local steps first — secret scan, weapp build and
// offline compile with size limits, cloud function bundles and their configs, the
// database manifest and template list — then the uploads with miniprogram-ci.
//   --dry-run   every local step, then print what would be uploaded (CI runs this)
// Settings (environment): ANJU_APPID, ANJU_UPLOAD_KEY (path of the upload key),
// ANJU_CLOUD_ENV (cloud environment id), ANJU_VERSION (default package.json's),
// ANJU_DESC (version note).
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { TEMPLATE_DEFS } from '../domain'
import { MANIFEST } from '../server/store/manifest'
import { bundleFunction, checkLoads, listFunctions } from './build-cloud'

const ROOT = path.resolve(__dirname, '..')
const OUT = path.join(ROOT, 'dist', 'deploy')
const dryRun = process.argv.includes('--dry-run')
const failures: string[] = []

function step(title: string): void {
  console.log(`\n== ${title}`)
}

function fail(message: string): void {
  failures.push(message)
  console.log(`  ✗ ${message}`)
}

/** No key, secret or local database in the repository. */
function scanSecrets(): void {
  step('检查仓库中没有密钥')
  const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
  const bad = files.filter((f) => /(^|\/)(\.data|node_modules|dist)\//.test(f) || /\.(pem|key|sqlite)$/.test(f) || /(^|\/)private\./.test(f))
  for (const f of bad) fail(`不应提交的文件：${f}`)
  const keyLike = /-----BEGIN [A-Z ]*PRIVATE KEY-----|ANJU_DATA_KEY\s*=\s*['"]?[A-Za-z0-9+/]{40,}/
  for (const f of files) {
    const full = path.join(ROOT, f)
    if (!fs.existsSync(full) || fs.statSync(full).size > 2_000_000) continue
    if (keyLike.test(fs.readFileSync(full, 'utf8'))) fail(`文件中有像密钥的内容：${f}`)
  }
  console.log(`  ${files.length} 个文件已检查`)
}

function checkWeapp(): void {
  step('构建小程序并离线编译（miniprogram-ci），检查包大小')
  const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(ROOT, 'scripts', 'check-weapp.ts')], { cwd: ROOT, stdio: 'inherit' })
  if (r.status !== 0) fail('小程序构建或编译检查未通过')
}

interface FunctionPlan {
  name: string
  dir: string
  triggers: Array<{ name: string; type: string; config: string }>
  permissions: string[]
}

async function stageFunctions(): Promise<FunctionPlan[]> {
  step('打包云函数')
  const plans: FunctionPlan[] = []
  for (const name of listFunctions(ROOT)) {
    const built = await bundleFunction(name, { outRoot: path.join(OUT, 'cloudfunctions') })
    checkLoads(built.outfile, ROOT)
    const src = path.join(ROOT, 'cloudfunctions', name)
    const dir = path.dirname(built.outfile)
    for (const f of ['package.json', 'config.json']) fs.copyFileSync(path.join(src, f), path.join(dir, f))
    const config = JSON.parse(fs.readFileSync(path.join(src, 'config.json'), 'utf8')) as { permissions?: { openapi?: string[] }; triggers?: FunctionPlan['triggers'] }
    const pkg = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
    if (Object.keys(pkg.dependencies ?? {}).join() !== 'wx-server-sdk') fail(`${name}: package.json 只应依赖 wx-server-sdk`)
    for (const t of config.triggers ?? []) if (t.type !== 'timer' || t.config.trim().split(/\s+/).length !== 7) fail(`${name}: 定时触发器 ${t.name} 应为 7 段 cron`)
    if ((config.triggers ?? []).length > 1) fail(`${name}: 一个云函数只能有一个定时触发器`)
    plans.push({ name, dir, triggers: config.triggers ?? [], permissions: config.permissions?.openapi ?? [] })
    console.log(`  ${name}: ${(fs.statSync(built.outfile).size / 1024).toFixed(0)} KB，权限 ${plans.at(-1)!.permissions.join(', ') || '无'}，触发器 ${plans.at(-1)!.triggers.map((t) => t.config).join(', ') || '无'}`)
  }
  if (!plans.some((p) => p.name === 'api')) fail('缺少 api 云函数')
  if (!plans.some((p) => p.triggers.length > 0)) fail('没有带定时触发器的云函数（调度 tick）')
  return plans
}

function writeDatabaseManifest(): void {
  step('数据库清单（集合、索引、权限）')
  const collections = Object.entries(MANIFEST).map(([name, indexes]) => ({
    name,
    permission: '仅管理端可读写',
    securityRules: { read: false, write: false },
    indexes: indexes.map((i) => ({ name: i.name, fields: i.fields.map(([f, d]) => ({ field: f, direction: d === 'asc' ? 1 : -1 })) })),
  }))
  fs.mkdirSync(OUT, { recursive: true })
  fs.writeFileSync(path.join(OUT, 'database.json'), JSON.stringify(collections, null, 2))
  console.log(`  ${collections.length} 个集合，${collections.reduce((a, c) => a + c.indexes.length, 0)} 个索引 → dist/deploy/database.json`)
  console.log('  云开发控制台 → 数据库：逐个“添加集合”（名称见下），权限选“仅管理端可读写”，在“索引管理”中按清单添加索引：')
  for (const c of collections) console.log(`   - ${c.name}${c.indexes.length ? `：${c.indexes.map((i) => `${i.name}(${i.fields.map((f) => `${f.field} ${f.direction === 1 ? '升序' : '降序'}`).join(', ')})`).join('；')}` : ''}`)
}

function printTemplates(): void {
  step('订阅消息模板（在小程序管理后台“订阅消息”中申请，把模板 ID 填入 ANJU_TEMPLATE_IDS）')
  for (const [kind, def] of Object.entries(TEMPLATE_DEFS)) console.log(`  ${kind}: 「${def.title}」 ${def.keywords.map((k) => `${k.label}(${k.key})`).join('、')}`)
}

async function upload(plans: FunctionPlan[]): Promise<void> {
  const appid = process.env.ANJU_APPID
  const keyPath = process.env.ANJU_UPLOAD_KEY
  const env = process.env.ANJU_CLOUD_ENV
  const version = process.env.ANJU_VERSION ?? (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
  const desc = process.env.ANJU_DESC ?? `安居哨 ${version}`
  step(dryRun ? '将要上传（--dry-run，不上传）' : '上传')
  console.log(`  小程序：appid ${appid ?? '（未设置 ANJU_APPID）'}，版本 ${version}，备注「${desc}」，目录 dist/weapp`)
  for (const p of plans) console.log(`  云函数 ${p.name} → 环境 ${env ?? '（未设置 ANJU_CLOUD_ENV）'}（云端安装依赖）${p.triggers.length ? `，定时触发器 ${p.triggers[0]!.name}: ${p.triggers[0]!.config}` : ''}`)
  if (dryRun) return
  if (!appid || !keyPath || !env) {
    fail('上传需要 ANJU_APPID、ANJU_UPLOAD_KEY、ANJU_CLOUD_ENV')
    return
  }
  const ci = require('miniprogram-ci') as typeof import('miniprogram-ci')
  const project = new ci.Project({ appid, type: 'miniProgram', projectPath: path.join(ROOT, 'dist', 'weapp'), privateKeyPath: keyPath, ignores: ['node_modules/**/*'] })
  await ci.upload({ project, version, desc, setting: { es6: true, minify: true }, onProgressUpdate: () => {} })
  console.log('  ✓ 小程序已上传（到管理后台“版本管理”提交审核）')
  const cloudProject = new ci.Project({ appid, type: 'miniProgram', projectPath: ROOT, privateKeyPath: keyPath, ignores: ['node_modules/**/*'] })
  for (const p of plans) {
    await ci.cloud.uploadFunction({ project: cloudProject, env, name: p.name, path: p.dir, remoteNpmInstall: true })
    console.log(`  ✓ 云函数 ${p.name} 已上传`)
    if (p.triggers.length) {
      await ci.cloud.createTimeTrigger({ project: cloudProject, envId: env, functionName: p.name, triggersConfig: p.triggers } as never)
      console.log(`  ✓ ${p.name} 定时触发器已设置`)
    }
  }
}

async function main(): Promise<void> {
  scanSecrets()
  checkWeapp()
  const plans = await stageFunctions()
  writeDatabaseManifest()
  printTemplates()
  if (failures.length === 0) await upload(plans)
  console.log(failures.length ? `\n部署检查未通过（${failures.length} 项）` : `\n${dryRun ? '部署检查通过（未上传）' : '部署完成'}`)
  process.exit(failures.length ? 1 : 0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
