// No key, secret or local database in the repository: the deploy refuses to go on if
// git tracks one.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** Problems found, one Chinese line each; empty when the repository is clean. */
export function scanSecrets(root: string): { files: number; problems: string[] } {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean)
  const problems: string[] = []
  const bad = files.filter((f) => /(^|\/)(\.data|node_modules|dist)\//.test(f) || /\.(pem|key|sqlite)$/.test(f) || /(^|\/)private\./.test(f))
  for (const f of bad) problems.push(`不应提交的文件：${f}`)
  const keyLike = /-----BEGIN [A-Z ]*PRIVATE KEY-----|ANJU_DATA_KEY\s*=\s*['"]?[A-Za-z0-9+/]{40,}|TENCENTCLOUD_SECRETKEY\s*=\s*['"]?[A-Za-z0-9]{20,}/
  for (const f of files) {
    const full = path.join(root, f)
    if (!fs.existsSync(full) || fs.statSync(full).size > 2_000_000) continue
    if (keyLike.test(fs.readFileSync(full, 'utf8'))) problems.push(`文件中有像密钥的内容：${f}`)
  }
  return { files: files.length, problems }
}
