// The appraisal report as a PDF (optional): from a WeChat chat on weapp, a file on h5.
import type { ChangeEvent } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { IS_WEAPP } from '../../services/platform'
import { Field } from './FormParts'
import { choosePdf, pickedFromBrowser, type PickedFile } from '../../services/offline/uploads'
import '../../components/evidence/evidence-photos.css'

export function ReportFileField({ file, onChange, testId }: { file: PickedFile | null; onChange: (f: PickedFile | null) => void; testId: string }) {
  const fromInput = (e: ChangeEvent<HTMLInputElement>) => {
    const picked = Array.from(e.target.files ?? []).slice(0, 1)
    e.target.value = ''
    if (picked.length) onChange(pickedFromBrowser(picked, 'pdf')[0] ?? null)
  }
  return (
    <Field label="鉴定报告（PDF，可不传）" testId={testId}>
      {file ? (
        <View className="case-report-file">
          <Text className="case-report-file__name" data-testid={`${testId}-name`}>
            已选报告{file.label ? `：${file.label}` : ''}
          </Text>
          <Button size="small" fill="outline" type="default" data-testid={`${testId}-remove`} onClick={() => onChange(null)}>
            不传了
          </Button>
        </View>
      ) : IS_WEAPP ? (
        <Button block size="large" fill="outline" type="primary" data-testid={`${testId}-add`} onClick={() => void choosePdf().then(onChange)}>
          从微信聊天里选 PDF
        </Button>
      ) : (
        <label className="ev-add">
          <input className="ev-add__input" type="file" accept="application/pdf" data-testid={`${testId}-input`} onChange={fromInput} />
          <Text>选择 PDF 文件</Text>
        </label>
      )}
    </Field>
  )
}
