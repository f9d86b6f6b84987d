// 纳入改造计划: the street's yearly renovation plan (区住建局 names the street it reads).
import { call, type Input } from './api'

export const renovationPlan = (year: number, streetId?: string) => call('renovationPlan.list', { year, ...(streetId ? { streetId } : {}) })

/** `entryId` is made once when the form opens and kept for every retry. */
export const addToPlan = (input: Input<'renovationPlan.add'>) => call('renovationPlan.add', input)

export const setPlanFunds = (input: Input<'renovationPlan.setFunds'>) => call('renovationPlan.setFunds', input)

export const removeFromPlan = (entryId: string, reason: string) => call('renovationPlan.remove', { entryId, reason })

export const exportPlan = (year: number, streetId?: string) => call('renovationPlan.export', { year, ...(streetId ? { streetId } : {}) })
