// Refusals as the CloudBase service sends them: HTTP 200 with { code, message }. The SDK
// turns the code into its own error (wx-server-sdk: errCode -501001 and the message).
export class CloudError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** MongoDB's unique index on _id, in the words the service passes through. */
export const duplicateKey = (collection: string, id: unknown): CloudError =>
  new CloudError(
    'DATABASE_DUPLICATE_WRITE',
    `[DATABASE_DUPLICATE_WRITE] E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: ${JSON.stringify(id)} }`,
  )

/** A write conflict of a snapshot transaction; runTransaction retries on this code. */
export const transactionConflict = (): CloudError =>
  new CloudError(
    'DATABASE_TRANSACTION_CONFLICT',
    '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. WriteConflict',
  )

export const invalidParam = (message: string): CloudError => new CloudError('INVALID_PARAM', message)

export const requestFailed = (message: string): CloudError => new CloudError('DATABASE_REQUEST_FAILED', message)

export const collectionMissing = (collection: string): CloudError =>
  new CloudError('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound.TableNotExist] Db or Table not exist: ${collection}. Please check your request.`)

export const collectionExists = (collection: string): CloudError =>
  new CloudError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse.TableExist] Table already exist: ${collection}.`)
