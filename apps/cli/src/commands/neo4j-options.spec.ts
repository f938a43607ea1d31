import { isLocalUri, portOfLocalUri } from './neo4j-options';

describe('portOfLocalUri', () => {
  it('takes the port of a URI on this machine', () => {
    expect(portOfLocalUri('bolt://127.0.0.1:7711')).toBe(7711);
    expect(portOfLocalUri('neo4j://localhost:7999')).toBe(7999);
  });

  it('leaves the default to the launcher for remote URIs or no port', () => {
    expect(portOfLocalUri('neo4j+s://abcd.databases.neo4j.io:7687')).toBeUndefined();
    expect(portOfLocalUri('bolt://127.0.0.1')).toBeUndefined();
  });
});

describe('isLocalUri', () => {
  it('tells this machine from another', () => {
    expect(isLocalUri('bolt://localhost:7687')).toBe(true);
    expect(isLocalUri('neo4j+s://abcd.databases.neo4j.io')).toBe(false);
  });
});
