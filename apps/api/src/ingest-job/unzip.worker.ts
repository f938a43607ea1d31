import { zipEntries, type ZipRequest } from './zip-entries';

// Runs on the unzip thread (see unpackZip): the archive is inflated here, off the API's event loop.
export default function unzipWorker({ zip, limits }: ZipRequest) {
  return zipEntries(zip, limits);
}
