// Pairs an action contract from the domain with its server handler. The role check,
// input parsing and scoping happen in dispatch(), so a handler starts from a parsed
// input and a scoped context.
import type { ActionName, Contracts, OutputOf, ParsedInputOf } from '../../domain'
import type { Ctx, GuestCtx } from './context'

type CtxOf<N extends ActionName> = Contracts[N] extends { unbound: true } ? GuestCtx : Ctx

export type Handler<N extends ActionName> = (ctx: CtxOf<N>, input: ParsedInputOf<Contracts[N]>) => Promise<OutputOf<Contracts[N]>>

export type HandlerMap<N extends ActionName> = { [K in N]: Handler<K> }

/** Identity helper that checks a group of handlers against their contracts. */
export const handlers = <N extends ActionName>(map: HandlerMap<N>): HandlerMap<N> => map
