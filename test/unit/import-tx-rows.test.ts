// How many list rows share one store transaction: many on the local SQLite engine, few on
// CloudBase, whose transactions cost a round trip per document and rerun whole on conflict.
import { configFromEnv, loadConfig } from '../../server/config'

const dataKey = Buffer.alloc(32, 1).toString('base64')

it('an import writes a few hundred rows per transaction locally and a handful in the cloud', () => {
  expect(loadConfig({ mode: 'local', dataKey }).importTxRows).toBe(250)
  expect(loadConfig({ mode: 'cloud', dataKey }).importTxRows).toBe(10)
})

it('ANJU_IMPORT_TX_ROWS sets it for either', () => {
  expect(loadConfig({ ...configFromEnv({ ANJU_IMPORT_TX_ROWS: '1' }), mode: 'cloud', dataKey }).importTxRows).toBe(1)
  expect(() => loadConfig({ ...configFromEnv({ ANJU_IMPORT_TX_ROWS: '0' }), mode: 'local', dataKey })).toThrow(/importTxRows/)
})
