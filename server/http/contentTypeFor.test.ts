import { describe, expect, test } from 'vitest';
import { contentTypeFor } from './contentTypeFor';

describe('contentTypeFor', () => {
  test('gives the voice detector files the types browsers require', () => {
    // WebAssembly.instantiateStreaming refuses anything but application/wasm.
    expect(contentTypeFor('/vad/ort-wasm-simd-threaded.wasm')).toBe('application/wasm');
    // A module script (the ORT glue is import()ed) must be served as JavaScript.
    expect(contentTypeFor('/vad/ort-wasm-simd-threaded.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/vad/vad.worklet.bundle.min.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/vad/silero_vad_v5.onnx')).toBe('application/octet-stream');
  });

  test('ignores the case of the extension and falls back to binary', () => {
    expect(contentTypeFor('INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('archive.unknown')).toBe('application/octet-stream');
    expect(contentTypeFor('no-extension')).toBe('application/octet-stream');
  });
});
