import { move, transferableSymbol, valueSymbol } from 'piscina';
import { packFiles, zipEntries, type ZipRequest } from './zip-entries';

// Runs on the unzip thread (see unpackZip): the archive is inflated here, off the API's event loop, and
// its files go back as one buffer handed over, not copied.
export default function unzipWorker({ zip, limits }: ZipRequest) {
  const packed = packFiles(zipEntries(zip, limits));
  return move({ [transferableSymbol]: packed.bytes.buffer, [valueSymbol]: packed } as unknown as ArrayBuffer);
}
