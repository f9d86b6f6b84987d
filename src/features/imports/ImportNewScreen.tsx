// A new import: which department's list, which file; then upload and open the job.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { IMPORT_SOURCES, IMPORT_SOURCE_LABELS, type ImportSource } from '@domain'
import { ROUTES } from '../../routes'
import { sizeText } from '../../format/numbers'
import { FilePicker } from './FilePicker'
import type { PickedFile } from './picked-file'
import { TemplateButton } from './TemplateButton'
import { fileProblem, useStartImport } from './useStartImport'
import '../../components/street.css'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './imports.css'

const SOURCE_HINTS: Record<ImportSource, string> = {
  civil: '低保、特困、严重困难、低保边缘家庭',
  revitalization: '易返贫致贫户、其他脱贫户',
  ledger: '全部六类，例如从本系统导出后改过的台账',
}

export function ImportNewScreen() {
  const [source, setSource] = useState<ImportSource | null>(null)
  const [file, setFile] = useState<PickedFile | null>(null)
  const { stage, error, start } = useStartImport()
  const problem = file ? fileProblem(file) : null

  const submit = async () => {
    if (!source || !file || problem) return
    const job = await start(file, source)
    if (job) void Taro.redirectTo({ url: `${ROUTES.streetImport}?id=${encodeURIComponent(job.id)}` })
  }

  return (
    <View className="page st-page">
      <PageTitle>导入新名单</PageTitle>
      <Card>
        <View className="st-field">
          <Text className="st-field__label">1. 名单来自哪里</Text>
          <View className="st-choices">
            {IMPORT_SOURCES.map((s) => (
              <View key={s}>
                <Button block size="large" type={source === s ? 'primary' : 'default'} data-testid={`import-source-${s}`} onClick={() => setSource(s)}>
                  {IMPORT_SOURCE_LABELS[s]}
                </Button>
                <Text className="st-field__hint imp-source-hint">{SOURCE_HINTS[s]}</Text>
              </View>
            ))}
          </View>
        </View>
        <View className="st-field">
          <Text className="st-field__label">2. 选择名单文件</Text>
          <FilePicker onPick={setFile} />
          {file && (
            <Text className="imp-file__name" data-testid="import-file-name">
              {file.name}（{sizeText(file.size)}）
            </Text>
          )}
          {problem && <Text className="st-field__error">{problem}</Text>}
        </View>
        {error && (
          <Text className="notice notice--danger st-notice" data-testid="import-start-error">
            {error}
          </Text>
        )}
        <Button
          block
          size="large"
          type="primary"
          disabled={!source || !file || !!problem || stage !== 'idle'}
          loading={stage !== 'idle'}
          data-testid="import-start"
          onClick={() => void submit()}
        >
          {stage === 'uploading' ? '正在上传…' : stage === 'starting' ? '正在开始检查…' : '上传并检查'}
        </Button>
        <Text className="st-field__hint">上传后先检查、预览，确认后才会改动名单。</Text>
      </Card>
      <TemplateButton />
    </View>
  )
}
