// The Store contract on CloudBase with a page cap of 100 documents (older SDKs' default,
// and what a query without a limit gets): paging must not take a short page for the end.
import { describeEmulatedCloudBaseContract } from './cloudbase-emulated'

describeEmulatedCloudBaseContract(100)
