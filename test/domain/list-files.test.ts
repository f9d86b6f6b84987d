// The app, the upload and import.start say the same words about a file that is not a list
// we read, from its name alone, before anything is uploaded.
import { LIST_FILE_MESSAGES, LIST_PICKABLE_TYPES, listFileNameProblem } from '../../domain'

describe('a list file picked in the app', () => {
  it('a list saved as old .xls is refused with how to save it as .xlsx', () => {
    expect(listFileNameProblem('民政名单.XLS')).toBe('oldXls')
    expect(LIST_FILE_MESSAGES.oldXls).toBe('这是旧版 Excel（.xls）文件。请用 WPS 或 Excel 打开，点“文件 → 另存为”，选择“Excel 工作簿（*.xlsx）”后再上传')
  })

  it('a WPS file, a Word document and an archive are each told what to do', () => {
    expect(['名单.et', '名单.wps', '名单.docx', '各村.zip', '各村.rar'].map(listFileNameProblem)).toEqual(['wpsSheet', 'document', 'document', 'archive', 'archive'])
  })

  it('an .xlsx and a .csv may be lists, anything else is the wrong type', () => {
    expect(['名单.xlsx', '名单.CSV', '照片.jpg', '名单'].map(listFileNameProblem)).toEqual([null, null, 'wrongType', 'wrongType'])
  })

  it('the picker offers every file it can explain, so an old .xls can be chosen and told what to do', () => {
    for (const t of LIST_PICKABLE_TYPES) expect([t, listFileNameProblem(`x.${t}`) !== 'wrongType']).toEqual([t, true])
  })
})
