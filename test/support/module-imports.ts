// What a source file imports, for the tests that keep the rooms of the house apart.
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '../..')

/** Every relative module a file names (static and type imports, re-exports, dynamic imports, require), resolved from the repository root. */
export function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!)
  return specs.map((s) => path.relative(root, path.resolve(path.dirname(file), s)).split(path.sep).join('/'))
}
