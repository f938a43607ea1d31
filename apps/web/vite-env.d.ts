/// <reference types="vite/client" />
declare module 'cytoscape-fcose';
declare module 'cytoscape-svg';
declare module 'react';
declare module 'react-dom/client';
