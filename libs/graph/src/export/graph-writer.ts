import type { ElementKeys, ExportElement } from './graph-element';

// A file format for a graph: told the attribute names first, then every element in turn.
export interface GraphWriter {
  begin(keys: ElementKeys): Promise<void>;
  element(e: ExportElement): Promise<void>;
  end(): Promise<void>;
}
