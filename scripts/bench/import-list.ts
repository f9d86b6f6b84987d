// The bench's list import: a department list of `rows` new households, written the way a
// large export is (streaming, to a file), then previewed and applied through the actions
// in a child process. The child does nothing but the import, so its peak resident memory
// is the import's own, not the seeded district's or the list builder's.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { idCheckDigit } from '../../domain'
import type { LocalRuntime } from '../../server/runtime/local'
import type { ScaleSummary } from '../../server/seed/scale-seed'
import type { ImportRun, ImportRunRequest } from './import-run'
import { round } from './stats'

export interface ImportFigures {
  rows: number
  fileMb: number
  phase: string
  counts: Record<string, number>
  previewSeconds: number
  seconds: number
  rowsPerSecond: number
  steps: number
  maxStepSeconds: number
  cpuSeconds: number
  /** Peak resident memory of the process that ran the import (the kernel's high-water mark). */
  peakRssMb: number
}

/** Unique, valid ID numbers: birth date from i / 1000, sequence from i % 1000. */
export function idNumber(i: number): string {
  const day = 1 + Math.floor(i / 1000)
  const first17 = `5002241950${String(1 + (Math.floor(day / 28) % 12)).padStart(2, '0')}${String(1 + (day % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`.slice(0, 17)
  return first17 + idCheckDigit(first17)
}

/** Writes the list as Excel would: shared strings, one worksheet. */
export async function writeList(file: string, s: Pick<ScaleSummary, 'villageIds'>, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false })
  const ws = wb.addWorksheet('名单')
  ws.addRow(['村（社区）', '组', '户主姓名', '身份证号', '联系电话', '监测类别', '家庭人口', '住址']).commit()
  for (let i = 0; i < rows; i++) ws.addRow([`基准${(i % s.villageIds.length) + 1}村`, '1组', `新户${i}`, idNumber(i), '', '低保户', 2, '']).commit()
  ws.commit()
  await wb.commit()
}

function runChild(request: ImportRunRequest): Promise<ImportRun> {
  return new Promise((resolve, reject) => {
    // The same Node flags (tsx's loader), so the child runs the TypeScript sources too.
    const child = spawn(process.execPath, [...process.execArgv, path.join(__dirname, 'import-run.ts')], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ANJU_BENCH_IMPORT: JSON.stringify(request) },
    })
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.on('error', reject)
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? ''
      if (code === 0 && last) resolve(JSON.parse(last) as ImportRun)
      else reject(new Error(`the import child exited with ${code}: ${out.slice(-500)}`))
    })
  })
}

export async function importList(rt: LocalRuntime, s: ScaleSummary, rows: number): Promise<ImportFigures> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-bench-list-'))
  try {
    const file = path.join(tmp, `list-${rows}.xlsx`)
    await writeList(file, s, rows)
    const bytes = fs.readFileSync(file)
    const stored = await rt.files.put(`uploads/u-bench-staff/list-${rows}.xlsx`, bytes, 'application/octet-stream')
    const run = await runChild({
      dataDir: path.dirname(rt.store.file),
      dataKey: rt.deps.config.dataKey,
      now: rt.deps.clock.now().toISOString(),
      importId: `imp-bench-${rows}`,
      fileId: stored.fileId,
      user: 'u-bench-staff',
    })
    return {
      rows,
      fileMb: round(bytes.length / 1024 / 1024),
      phase: run.phase,
      counts: run.counts,
      previewSeconds: round(run.previewSeconds),
      seconds: round(run.seconds),
      rowsPerSecond: Math.round(rows / run.seconds),
      steps: run.steps,
      maxStepSeconds: round(run.maxStepSeconds, 2),
      cpuSeconds: round(run.cpuSeconds),
      peakRssMb: run.peakRssMb,
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}
