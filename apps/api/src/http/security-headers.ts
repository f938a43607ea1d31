import { createHash } from 'node:crypto';
import helmet from 'helmet';
import { FALLBACK_IDE_SCRIPT } from './ide';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// The page and the IDE load everything from this origin (no CDN); the IDE's fallback page has one
// inline script, allowed by its hash. Cytoscape and GraphiQL set inline styles; exports use data: and blob: URLs.
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", sha256(FALLBACK_IDE_SCRIPT)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Same-origin reads only: no cross-origin embedding of the API's answers.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}
