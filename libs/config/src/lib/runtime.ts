// V8 flags of every `kg serve` worker. A young generation of 32 MB (V8's default is 16): an answer is
// built from many short-lived objects, and fewer scavenges shorten the pauses other requests wait behind.
// The API bench runs its driver-path processes with the same flags, so both sides have the same runtime.
export const API_WORKER_V8_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
