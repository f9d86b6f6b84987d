// An action contract: its input schema, the roles that may call it, and (as a type only)
// what it returns. Server handlers and the typed client both derive from these.
import type { z } from 'zod'
import type { Role } from '../enums'

export interface ActionContract<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I
  roles: readonly Role[]
  /** Whether the action changes data; read-only actions may be retried freely. */
  writes: boolean
  /**
   * Callable by a WeChat identity that is not bound to an account yet (binding, accepting
   * an invitation). Roles do not apply; the caller's OPENID is what the handler gets.
   */
  unbound?: boolean
  /** A valid input, used by the access and validation harness and as documentation. */
  example: z.input<I>
  /**
   * More valid inputs that cite files, where `example` does not reach every file field (one
   * per union option that takes files, or with a photo in a list that is empty in `example`):
   * the harness probes each file field with crafted file ids and insists every one is reached.
   */
  fileExamples?: Array<z.input<I>>
  /** Phantom field carrying the output type; never set at run time. */
  readonly __output?: O
}

export const contract =
  <O>() =>
  <I extends z.ZodType>(def: Omit<ActionContract<I, O>, '__output'>): ActionContract<I, O> =>
    def

/** A contract open to WeChat identities that are not bound to an account yet. */
export const unboundContract =
  <O>() =>
  <I extends z.ZodType>(def: Omit<ActionContract<I, O>, '__output' | 'unbound' | 'roles'>): ActionContract<I, O> & { unbound: true } => ({
    ...def,
    roles: [],
    unbound: true,
  })

export type InputOf<C> = C extends ActionContract<infer I, unknown> ? z.input<I> : never
export type ParsedInputOf<C> = C extends ActionContract<infer I, unknown> ? z.output<I> : never
export type OutputOf<C> = C extends ActionContract<z.ZodType, infer O> ? O : never
