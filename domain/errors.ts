// One closed set of error codes. The code is stable for programs; the message is for people.

export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'RATE_LIMITED',
  'UNKNOWN_ACTION',
  'UNAVAILABLE',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION: '填写的内容有误，请检查后再提交',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关记录',
  CONFLICT: '数据已被他人修改，请刷新后再试',
  ILLEGAL_TRANSITION: '现在不能进行这一步',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  UNKNOWN_ACTION: '不支持的操作',
  UNAVAILABLE: '服务暂时不可用，请稍后再试',
  INTERNAL: '系统出错了，请稍后再试',
}

export interface FieldIssue {
  path: string
  message: string
}

export type Result<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; issues?: FieldIssue[] }

/** Raised anywhere in the backend; the dispatcher turns it into a failed Result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message ?? DEFAULT_MESSAGES[code])
    this.name = 'AppError'
  }
}
