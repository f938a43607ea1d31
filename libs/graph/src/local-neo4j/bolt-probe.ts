import { connect } from 'node:net';

// Bolt handshake: magic preamble, then four proposed versions (5.4..5.0, 4.4..4.2, 4.1, 3.0).
const HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x04, 0x04, 0x05, 0x00, 0x02, 0x04, 0x04, 0x00, 0x00, 0x01, 0x04, 0x00, 0x00,
  0x00, 0x03,
]);

/** True when something speaking Bolt answers the handshake on host:port. */
export function boltAnswers(port: number, host = '127.0.0.1', timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write(HANDSHAKE));
    let received = 0;
    socket.on('data', (chunk) => {
      received += chunk.length;
      if (received >= 4) done(true);
    });
    socket.once('close', () => done(received >= 4));
  });
}
