// The Store contract on CloudBase with the service's page cap of 1000 documents.
import { describeEmulatedCloudBaseContract } from './cloudbase-emulated'

describeEmulatedCloudBaseContract(1000)
