import helmet from 'helmet';

// The page and the IDE load everything from this origin (no CDN) and run no inline script.
// Cytoscape and GraphiQL set inline styles; exports use data: and blob: URLs; Monaco runs in workers.
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
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
