// Runtime configuration: one zod-validated schema with a default per key, read from the
// environment (cloud function env vars in production, .data/ files and env locally).
import { z } from 'zod'

const configSchema = z.object({
  /** 'local' allows the dev identity header; 'cloud' never does. */
  mode: z.enum(['local', 'cloud']),
  /** 32-byte key, base64, for AES-256-GCM of ID numbers and phones. */
  dataKey: z.string().refine((v) => Buffer.from(v, 'base64').length === 32, 'ANJU_DATA_KEY must be 32 bytes in base64'),
  timeZone: z.string().default('Asia/Shanghai'),
})

export type Config = z.infer<typeof configSchema>

export function loadConfig(input: { mode: Config['mode']; dataKey: string | undefined; timeZone?: string }): Config {
  const parsed = configSchema.safeParse(input)
  if (!parsed.success) {
    throw new Error(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  }
  return parsed.data
}
