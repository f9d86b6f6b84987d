// The files a department's list arrives as, and what to tell the person when one cannot be
// imported: old .xls workbooks, WPS files, Word documents and archives are common in
// 民政 and 乡村振兴 chats. Shared by the app (before the upload), the local upload and
// import.start, so each says the same words.

/** The list formats we read. */
export const LIST_FILE_TYPES = ['xlsx', 'csv'] as const

/** Extensions a person may pick as a list: the ones we read and the ones we explain. */
export const LIST_PICKABLE_TYPES = ['xlsx', 'csv', 'xls', 'et', 'wps', 'doc', 'docx', 'zip'] as const

const SAVE_AS_XLSX = '点“文件 → 另存为”，选择“Excel 工作簿（*.xlsx）”后再上传'

export const LIST_FILE_MESSAGES = {
  oldXls: `这是旧版 Excel（.xls）文件。请用 WPS 或 Excel 打开，${SAVE_AS_XLSX}`,
  wpsSheet: `这是 WPS 表格（.et）文件。请用 WPS 打开，${SAVE_AS_XLSX}`,
  encrypted: '这个表格设了打开密码，系统读不了。请用 WPS 或 Excel 打开，取消密码（“文件 → 文档加密”或“文件 → 信息 → 保护工作簿”）并保存后再上传',
  document: '这是文字文档，不是表格。请上传名单的 Excel 表格（.xlsx）或 .csv 文件',
  archive: '这是压缩包（.zip），不能直接导入。请先解压，再逐个上传里面的 .xlsx 文件',
  wrongType: '文件类型不对：请上传 .xlsx 或 .csv 文件',
} as const

export type ListFileProblem = keyof typeof LIST_FILE_MESSAGES

const BY_EXTENSION: Record<string, ListFileProblem> = {
  xls: 'oldXls',
  et: 'wpsSheet',
  ett: 'wpsSheet',
  wps: 'document',
  doc: 'document',
  docx: 'document',
  zip: 'archive',
  rar: 'archive',
  '7z': 'archive',
}

export const extensionOf = (fileName: string): string => /\.([A-Za-z0-9]{1,5})$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? ''

/** What a file's name alone says is wrong with it as a list: a known kind, or null when it may be one. */
export function listFileNameProblem(fileName: string): ListFileProblem | null {
  const ext = extensionOf(fileName)
  if ((LIST_FILE_TYPES as readonly string[]).includes(ext)) return null
  return BY_EXTENSION[ext] ?? 'wrongType'
}
