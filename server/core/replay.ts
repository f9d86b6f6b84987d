// Retried writes carry a client-made id; a retry by the same person gets the stored
// answer. Anything else that finds the id taken — another scope, another person, another
// case — gets this one answer, given only after the caller's scope was checked, so that
// nobody learns what the id belongs to.
import { AppError } from '../../domain'

export const idTaken = (): AppError => new AppError('CONFLICT', '这个编号已被使用，请重新提交')

/** The stored object when it is the caller's own replay; throws idTaken otherwise. */
export function ownReplay<T>(stored: T, isOwn: (stored: T) => boolean): T {
  if (!isOwn(stored)) throw idTaken()
  return stored
}
