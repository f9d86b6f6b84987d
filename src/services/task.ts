// Work items with a due date: checks of newly listed households, street patrol houses.
import { call, type Input } from './api'

export type TaskQuery = Input<'task.list'>

export const listTasks = (query: TaskQuery) => call('task.list', query)
