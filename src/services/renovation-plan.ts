// 纳入改造计划: the street's yearly renovation plan.
import { call, type Input } from './api'

export const renovationPlan = (year: number) => call('renovationPlan.list', { year })

/** `entryId` is made once when the form opens and kept for every retry. */
export const addToPlan = (input: Input<'renovationPlan.add'>) => call('renovationPlan.add', input)

export const setPlanFunds = (input: Input<'renovationPlan.setFunds'>) => call('renovationPlan.setFunds', input)

export const removeFromPlan = (entryId: string, reason: string) => call('renovationPlan.remove', { entryId, reason })

export const exportPlan = (year: number) => call('renovationPlan.export', { year })
