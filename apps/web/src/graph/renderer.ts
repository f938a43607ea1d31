export type RendererMode = 'canvas' | 'large' | 'webgl';

let hardware: boolean | undefined;

/** WebGL only pays off on a GPU; software rasterisers (SwiftShader, llvmpipe) are slower than canvas. */
export function hasHardwareWebgl(): boolean {
  if (hardware !== undefined) return hardware;
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return (hardware = false);
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  return (hardware = !/swiftshader|llvmpipe|software|basic render/i.test(name));
}

/** Past the threshold: WebGL where a GPU is there, else a canvas that draws a cached texture while moving. */
export function rendererFor(total: number, threshold: number, webglAllowed: () => boolean): RendererMode {
  if (total <= threshold) return 'canvas';
  return webglAllowed() ? 'webgl' : 'large';
}
