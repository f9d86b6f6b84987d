// Runtime configuration: one zod-validated schema with a default per key, read from the
// environment (cloud function env vars in production, .data/ files and env locally).
import { z } from 'zod'
import { parseTemplateSettings, templateIdsOf } from './template-config'
import { DEFAULT_ALERT_RULES, DEFAULT_CASE_DEADLINES, DEFAULT_RISK_WEIGHTS, type AlertRule, type CaseDeadlines, type MessageKind, type RiskWeights } from '../domain'

const configSchema = z.object({
  /** 'local' allows the dev identity header; 'cloud' never does. */
  mode: z.enum(['local', 'cloud']),
  /** 32-byte key, base64, for AES-256-GCM of ID numbers and phones. */
  dataKey: z.string().refine((v) => Buffer.from(v, 'base64').length === 32, 'ANJU_DATA_KEY must be 32 bytes in base64'),
  timeZone: z.string().default('Asia/Shanghai'),
  /** Day of the month by which a newly listed household's house must be checked. */
  newListingCheckDay: z.coerce.number().int().min(1).max(28).default(20),
  /** Time budget of one chunk of long work, well inside a cloud function's limit. */
  chunkBudgetMs: z.coerce.number().int().min(1).max(20000).default(5000),
  /** Largest accepted list file, in bytes. */
  importMaxBytes: z.coerce.number().int().min(1024).default(20 * 1024 * 1024),
  /**
   * Area code given to 8-digit landlines a list writes without one (铜梁/重庆: 023). Unset:
   * such a number is stored as written.
   */
  localAreaCode: z.string().regex(/^0\d{2,3}$/, 'ANJU_LOCAL_AREA_CODE must be an area code such as 023').optional(),
  /**
   * Rows of an import written per store transaction. On SQLite a transaction's own cost
   * outweighs a row's, so many rows share one; CloudBase transactions run one network
   * round trip per document and rerun whole on a write conflict, so they stay small.
   * Unset: 250 on the local engine, 10 in the cloud.
   */
  importTxRows: z.coerce.number().int().min(1).max(1000).optional(),
  /**
   * How a write moves the village figures. 'kept': inside the write's own transaction, from
   * the village's stored tally (the cloud, where counting a village again costs a round trip
   * a page of records). 'recounted': the write marks its village, which is counted again
   * after the request (the local engine, where a count is milliseconds of SQLite, while
   * reading and rewriting a district village's tally of tens of KB on every write cut the
   * load run from ~2,000 to ~700 patrol submits a second, and the tally stored beside the
   * figures made the dashboard's read of them 3× slower). Unset: by mode.
   */
  counters: z.enum(['kept', 'recounted']).optional(),
  /** A patrol recorded farther than this from its house is flagged. */
  patrolFarMetres: z.coerce.number().int().min(10).default(300),
  /** Largest accepted photo, in bytes. */
  photoMaxBytes: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  /** Weights of the patrol plan's risk order; JSON in ANJU_RISK_WEIGHTS overrides some or all. */
  riskWeights: z
    .string()
    .optional()
    .transform((v, ctx) => {
      try {
        return { ...DEFAULT_RISK_WEIGHTS, ...(v ? (JSON.parse(v) as Partial<RiskWeights>) : {}) }
      } catch {
        ctx.addIssue({ code: 'custom', message: 'ANJU_RISK_WEIGHTS must be JSON' })
        return z.NEVER
      }
    }),
  /** Day of the next month by which a village submits its monthly statistics. */
  monthlyStatsDueDay: z.coerce.number().int().min(1).max(28).default(5),
  /** Days for each step of a hazard case; JSON in ANJU_CASE_DEADLINES overrides some or all. */
  caseDeadlines: z
    .string()
    .optional()
    .transform((v, ctx) => {
      try {
        return { ...DEFAULT_CASE_DEADLINES, ...(v ? (JSON.parse(v) as Partial<CaseDeadlines>) : {}) }
      } catch {
        ctx.addIssue({ code: 'custom', message: 'ANJU_CASE_DEADLINES must be JSON' })
        return z.NEVER
      }
    }),
  /** Days within which a village reports disaster-damaged houses (the plan: 3). */
  disasterReportDays: z.coerce.number().int().min(1).max(30).default(3),
  /** Alert rules: which warnings start emergency patrols; JSON in ANJU_ALERT_RULES replaces them. */
  alertRules: z
    .string()
    .optional()
    .transform((v, ctx) => {
      try {
        return v ? (JSON.parse(v) as AlertRule[]) : DEFAULT_ALERT_RULES
      } catch {
        ctx.addIssue({ code: 'custom', message: 'ANJU_ALERT_RULES must be JSON' })
        return z.NEVER
      }
    }),
  /**
   * Which version of the mini-program a subscription message opens: formal (released),
   * trial (体验版, so testers land in what they test) or developer.
   */
  miniprogramState: z.enum(['developer', 'trial', 'formal']).default('formal'),
  /**
   * Subscription message template per message kind, JSON in ANJU_TEMPLATE_IDS: "TPL"
   * (one-time) or {"id":"TPL","longTerm":true}; split below into ids and long-term kinds.
   */
  templateIds: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const parsed = parseTemplateSettings(v)
      if (parsed.ok) return parsed.value
      ctx.addIssue({ code: 'custom', message: parsed.message })
      return z.NEVER
    }),
  /** Days after the end of the sampled month by which the street patrols a drawn house (0: the month's last day). */
  samplePatrolDueDays: z.coerce.number().int().min(0).max(60).default(0),
  /** Days after a quarter's end by which the street's quarterly report is submitted to the district. */
  quarterlyReportDueDays: z.coerce.number().int().min(1).max(60).default(10),
  /** Days before a deadline that the person who must act is reminded. */
  reminderLeadDays: z.coerce.number().int().min(0).max(30).default(2),
  /** Milliseconds an action may spend sending its urgent messages before it answers. */
  urgentBudgetMs: z.coerce.number().int().min(0).max(10000).default(3000),
  /** Hours before an emergency patrol is due that inspectors with houses left are reminded. */
  emergencyReminderLeadHours: z.coerce.number().int().min(0).max(48).default(3),
  /** One-time code that lets the first street administrator in (admin.bootstrap); unset disables it. */
  bootstrapCode: z.string().min(12).optional(),
  /** Days an invitation code stays valid. */
  inviteTtlDays: z.coerce.number().int().min(1).max(90).default(7),
  /** Days an exported file (ledger, quarterly report, plate sheet) is kept before it is deleted. */
  exportKeepDays: z.coerce.number().int().min(1).max(90).default(7),
  /** Days an uploaded department list (clear ID numbers and phones) is kept at most. */
  uploadKeepDays: z.coerce.number().int().min(1).max(7).default(7),
  /** Files one user may upload per local day. */
  uploadDailyFiles: z.coerce.number().int().min(1).default(300),
  /** Megabytes one user may upload per local day. */
  uploadDailyMb: z.coerce.number().int().min(1).default(500),
  /**
   * Where the daily upload quota is counted: 'upload' at the local host's /upload, 'use' when
   * an action first cites a file (the cloud: the app uploads straight to cloud storage, the
   * server never sees the upload itself). Unset: by mode.
   */
  uploadQuotaAt: z.enum(['upload', 'use']).optional(),
  /** WeChat accounts one household may have bound (a family shares the house's page). */
  householdMaxAccounts: z.coerce.number().int().min(1).max(20).default(3),
  /** Failed self-binding guesses within a day that lock one household's self-binding. */
  bindHouseholdMaxFailures: z.coerce.number().int().min(1).max(100).default(5),
  /** Failed self-binding guesses within a day that lock self-binding in a whole village. */
  bindVillageMaxFailures: z.coerce.number().int().min(1).max(1000).default(20),
}).transform((c) => ({
  ...c,
  /** kind → template id; kinds without one reach the inbox only. */
  templateIds: templateIdsOf(c.templateIds),
  /** Kinds whose template is long-term: a consent is not counted down. */
  longTermKinds: (Object.keys(c.templateIds) as MessageKind[]).filter((k) => c.templateIds[k]!.longTerm),
  importTxRows: c.importTxRows ?? (c.mode === 'cloud' ? 10 : 250),
  uploadQuotaAt: c.uploadQuotaAt ?? (c.mode === 'cloud' ? 'use' : 'upload'),
  counters: c.counters ?? (c.mode === 'cloud' ? 'kept' : 'recounted'),
}))

export type Config = z.infer<typeof configSchema>

export type ConfigInput = { mode: Config['mode']; dataKey: string | undefined } & Partial<Record<Exclude<keyof Config, 'mode' | 'dataKey'>, string | number | undefined>>

/** Optional settings from the environment (cloud function env vars, or the local shell). */
export function configFromEnv(env: NodeJS.ProcessEnv): Omit<ConfigInput, 'mode' | 'dataKey'> {
  return {
    newListingCheckDay: env.ANJU_NEW_LISTING_CHECK_DAY,
    chunkBudgetMs: env.ANJU_CHUNK_BUDGET_MS,
    importMaxBytes: env.ANJU_IMPORT_MAX_BYTES,
    localAreaCode: env.ANJU_LOCAL_AREA_CODE || undefined,
    importTxRows: env.ANJU_IMPORT_TX_ROWS,
    inviteTtlDays: env.ANJU_INVITE_TTL_DAYS,
    exportKeepDays: env.ANJU_EXPORT_KEEP_DAYS,
    uploadKeepDays: env.ANJU_UPLOAD_KEEP_DAYS,
    householdMaxAccounts: env.ANJU_HOUSEHOLD_MAX_ACCOUNTS,
    bindHouseholdMaxFailures: env.ANJU_BIND_HOUSEHOLD_MAX_FAILURES,
    bindVillageMaxFailures: env.ANJU_BIND_VILLAGE_MAX_FAILURES,
    bootstrapCode: env.ANJU_BOOTSTRAP_CODE || undefined,
    monthlyStatsDueDay: env.ANJU_MONTHLY_STATS_DUE_DAY,
    patrolFarMetres: env.ANJU_PATROL_FAR_METRES,
    riskWeights: env.ANJU_RISK_WEIGHTS,
    caseDeadlines: env.ANJU_CASE_DEADLINES,
    disasterReportDays: env.ANJU_DISASTER_REPORT_DAYS,
    alertRules: env.ANJU_ALERT_RULES,
    templateIds: env.ANJU_TEMPLATE_IDS,
    miniprogramState: env.ANJU_MINIPROGRAM_STATE,
    reminderLeadDays: env.ANJU_REMINDER_LEAD_DAYS,
    quarterlyReportDueDays: env.ANJU_QUARTERLY_REPORT_DUE_DAYS,
    samplePatrolDueDays: env.ANJU_SAMPLE_PATROL_DUE_DAYS,
    emergencyReminderLeadHours: env.ANJU_EMERGENCY_REMINDER_LEAD_HOURS,
    urgentBudgetMs: env.ANJU_URGENT_BUDGET_MS,
    photoMaxBytes: env.ANJU_PHOTO_MAX_BYTES,
    uploadDailyFiles: env.ANJU_UPLOAD_DAILY_FILES,
    uploadDailyMb: env.ANJU_UPLOAD_DAILY_MB,
    uploadQuotaAt: env.ANJU_UPLOAD_QUOTA_AT,
    counters: env.ANJU_COUNTERS || undefined,
  }
}

export function loadConfig(input: ConfigInput): Config {
  const parsed = configSchema.safeParse(input)
  if (!parsed.success) {
    throw new Error(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  }
  return parsed.data
}
