// The visibility lookup added to sigma's vertex shaders, and the texture's layout. Compiling and
// drawing with them needs WebGL: e2e/painter.spec.ts checks that in Chromium.
import { describe, expect, it } from "vitest";
import {
  addVisibilityToShader,
  VISIBILITY_TEXTURE_WIDTH,
  VisibilityBytes,
  visibilityTextureSize,
} from "./visibilityPrograms";

const SHADER = `attribute vec2 a_position;
uniform mat3 u_matrix;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
}
`;

describe("addVisibilityToShader", () => {
  it("runs the program's own main first, then sends a hidden item out of the clip volume", () => {
    const patched = addVisibilityToShader(SHADER);
    expect(patched).toContain("attribute float a_visibilityIndex;");
    expect(patched).toContain("uniform sampler2D u_visibility;");
    expect(patched).toContain("void atlasBaseMain() {\n  gl_Position = vec4((u_matrix");
    const main = patched.slice(patched.indexOf("void main()"));
    expect(main.indexOf("atlasBaseMain();")).toBeLessThan(main.indexOf("gl_Position"));
    expect(patched.match(/void main\(\)/g)).toHaveLength(1);
  });

  it("refuses a shader it cannot wrap", () => {
    expect(() => addVisibilityToShader("void start() {}")).toThrow(/one main\(\)/);
    expect(() => addVisibilityToShader(`${SHADER}\nvoid main(void) {}`)).toThrow(/one main\(\)/);
  });
});

describe("visibilityTextureSize", () => {
  it("holds every item in whole rows", () => {
    expect(visibilityTextureSize(0)).toEqual({ width: VISIBILITY_TEXTURE_WIDTH, height: 1 });
    expect(visibilityTextureSize(VISIBILITY_TEXTURE_WIDTH).height).toBe(1);
    expect(visibilityTextureSize(VISIBILITY_TEXTURE_WIDTH + 1).height).toBe(2);
    const { width, height } = visibilityTextureSize(229_123);
    expect(width * height).toBeGreaterThanOrEqual(229_123);
    expect(width * (height - 1)).toBeLessThan(229_123);
  });
});

describe("VisibilityBytes", () => {
  it("bumps its version on every set, and answers by filter index", () => {
    const bytes = new VisibilityBytes();
    const v0 = bytes.version;
    bytes.set(Uint8Array.of(1, 0, 1), Uint8Array.of(0));
    expect(bytes.version).toBe(v0 + 1);
    expect([0, 1, 2, 3].map((i) => bytes.isNodeShown(i))).toEqual([true, false, true, false]);
    expect(bytes.isNodeShown(undefined)).toBe(false);
  });
});
