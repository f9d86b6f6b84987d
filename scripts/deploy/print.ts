// The plan as the dry run prints it: both functions with runtime, timeout, memory,
// settings (by name, with whether the deployer has set each) and trigger; every
// collection with its permission and indexes; the storage permission.
import { FIXED_ENV, REQUIRED_ENV, type DeployPlan } from './plan'

const ACL_TEXT: Record<string, string> = {
  ADMINONLY: '仅管理端可读写（小程序端不能读写，只有云函数能）',
  PRIVATE: '仅创建者及管理员可读写（用户只能读写自己上传的文件）',
}

function envText(name: string, deployerEnv: NodeJS.ProcessEnv): string {
  if (FIXED_ENV[name]) return `${name}=${FIXED_ENV[name]}（固定）`
  const state = deployerEnv[name] ? '已设置' : '未设置'
  return `${name}（${REQUIRED_ENV.includes(name) ? '必填，' : ''}${state}）`
}

export function formatPlan(plan: DeployPlan, deployerEnv: NodeJS.ProcessEnv): string[] {
  const lines: string[] = []
  for (const fn of plan.functions) {
    lines.push(`  云函数 ${fn.name}：运行环境 ${fn.runtime}，超时 ${fn.timeout} 秒，内存 ${fn.memory} MB，入口 ${fn.handler}`)
    lines.push(`    定时触发器：${fn.triggers.length ? fn.triggers.map((t) => `${t.name}（${t.config}）`).join('，') : '无'}`)
    lines.push(`    云调用权限：${fn.openapi.join(', ') || '无'}`)
    lines.push(`    环境变量：${fn.envNames.map((n) => envText(n, deployerEnv)).join('，')}`)
  }
  const indexCount = plan.collections.reduce((n, c) => n + c.indexes.length, 0)
  lines.push(`  数据库：${plan.collections.length} 个集合，${indexCount} 个索引`)
  for (const c of plan.collections) {
    const indexes = c.indexes.map((i) => `${i.name}(${i.keys.map((k) => `${k.field}${k.direction === 1 ? '↑' : '↓'}`).join(', ')}${i.unique ? '，唯一' : ''})`)
    lines.push(`    - ${c.name}：权限 ${c.acl} ${ACL_TEXT[c.acl] ?? ''}；索引 ${indexes.join('；') || '无'}`)
  }
  lines.push(`  云存储权限：${plan.storage.acl} ${ACL_TEXT[plan.storage.acl] ?? ''}`)
  return lines
}
