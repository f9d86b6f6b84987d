// Derives malformed variants of an action's example input from its zod schema, so every
// action — including ones added later — is probed without new test code.
import type { z } from 'zod'

export const INJECTION_STRINGS = [
  "'; DROP TABLE households; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '${process.exit()}',
]

const WRONG_TYPES: unknown[] = [12345, 'x', true, {}, [], null, { $gt: '' }]
export const OVERSIZED = 'x'.repeat(100_000)

export interface Variant {
  label: string
  input: unknown
}

type Shape = Record<string, z.ZodType>

function shapeOf(schema: z.ZodType): Shape | null {
  const s = schema as unknown as { shape?: Shape }
  return s.shape ?? null
}

const rejects = (schema: z.ZodType, value: unknown) => !schema.safeParse(value).success

export function malformedVariants(schema: z.ZodType, example: Record<string, unknown>): Variant[] {
  const out: Variant[] = [
    { label: 'input is null', input: null },
    { label: 'input is an array', input: [] },
    { label: 'input is a string', input: 'household' },
    { label: 'input is a number', input: 42 },
    { label: 'an unknown field', input: { ...example, __unknown: 1 } },
  ]
  const shape = shapeOf(schema) ?? {}
  for (const [key, field] of Object.entries(shape)) {
    if (rejects(field, undefined)) {
      const rest = { ...example }
      delete rest[key]
      out.push({ label: `missing ${key}`, input: rest })
    }
    for (const bad of WRONG_TYPES) {
      if (rejects(field, bad)) out.push({ label: `${key} = ${JSON.stringify(bad)}`, input: { ...example, [key]: bad } })
    }
    if (rejects(field, OVERSIZED)) out.push({ label: `${key} oversized`, input: { ...example, [key]: OVERSIZED } })
    for (const inj of INJECTION_STRINGS) {
      if (rejects(field, inj)) out.push({ label: `${key} = ${inj}`, input: { ...example, [key]: inj } })
    }
  }
  return out
}

/** Fields that accept some string must cap its length; ids must refuse injection text. */
export function schemaHoles(schema: z.ZodType): string[] {
  const holes: string[] = []
  for (const [key, field] of Object.entries(shapeOf(schema) ?? {})) {
    const takesStrings = ['a', 'abc', '张三', '2026-01-01', 'hh-yulong-00001'].some((v) => !rejects(field, v))
    if (takesStrings && !rejects(field, OVERSIZED)) holes.push(`${key} has no length cap`)
    if (/Id$/.test(key)) for (const inj of INJECTION_STRINGS) if (!rejects(field, inj)) holes.push(`${key} accepts ${inj}`)
  }
  return holes
}
