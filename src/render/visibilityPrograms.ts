// Filters drawn on the GPU through sigma's program API. Each node and edge program is wrapped so
// that every item carries its filter index (a vertex attribute written once per full pass from
// its display data) and the vertex shader looks its visibility up in a one-byte-per-item
// texture: a hidden item is moved out of the clip volume, in the picking pass too, so it is
// neither drawn nor hovered nor clicked. A filter change then uploads the visibility bytes and
// schedules a frame: no reducer runs and sigma processes nothing.
// The reducers must therefore never hide an item for a filter's sake (sigma would zero its
// slot, and showing it again would need a full pass); they give every item its full look.

import type { NodeProgram, ProgramInfo } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";

/** Texture rows are this many items wide (a power of two: exact in the shader's float maths). */
export const VISIBILITY_TEXTURE_WIDTH = 2048;

/** Display data the wrapped programs read: the item's index in the filter index. */
export interface VisibilityIndexed {
  visibilityIndex?: number;
}

/** Width and height of a texture holding `count` bytes, one texel each. */
export function visibilityTextureSize(count: number): { width: number; height: number } {
  return {
    width: VISIBILITY_TEXTURE_WIDTH,
    height: Math.max(1, Math.ceil(count / VISIBILITY_TEXTURE_WIDTH)),
  };
}

/**
 * The vertex shader of a sigma program with the visibility lookup added: the original `main`
 * runs first, then a hidden item's vertex is sent outside the clip volume.
 */
export function addVisibilityToShader(source: string): string {
  const mains = source.match(/void\s+main\s*\(\s*(void)?\s*\)/g) ?? [];
  if (mains.length !== 1) {
    throw new Error("visibilityPrograms: expected one main() in the vertex shader");
  }
  const renamed = source.replace(/void\s+main\s*\(\s*(void)?\s*\)/, "void atlasBaseMain()");
  return `attribute float a_visibilityIndex;
uniform sampler2D u_visibility;
uniform vec2 u_visibilitySize;
${renamed}
void main() {
  atlasBaseMain();
  float row = floor((a_visibilityIndex + 0.5) / u_visibilitySize.x);
  float column = a_visibilityIndex - row * u_visibilitySize.x;
  vec2 texel = vec2((column + 0.5) / u_visibilitySize.x, (row + 0.5) / u_visibilitySize.y);
  // One byte per item, 0 or 1: a shown item reads 1/255.
  if (a_visibilityIndex < 0.0 || texture2D(u_visibility, texel).r < 0.5 / 255.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
  }
}
`;
}

/**
 * One byte per item (1 = shown) for nodes and for edges, by filter index, with a version that
 * the programs compare with what they last uploaded.
 */
export class VisibilityBytes {
  nodes: Uint8Array = new Uint8Array(0);
  edges: Uint8Array = new Uint8Array(0);
  version = 0;

  set(nodes: Uint8Array, edges: Uint8Array): void {
    this.nodes = nodes;
    this.edges = edges;
    this.version++;
  }

  isNodeShown(index: number | undefined): boolean {
    return index !== undefined && this.nodes[index] === 1;
  }
}

/** One texture per program (programs on one WebGL context each own theirs). */
class VisibilityTexture {
  private texture: WebGLTexture | null = null;
  private uploaded = -1;
  private width = 0;
  private height = 0;
  private staging = new Uint8Array(0);

  constructor(
    private readonly bytes: VisibilityBytes,
    private readonly which: "nodes" | "edges",
  ) {}

  /** Bind the texture to unit 0, uploading the bytes first when they changed. */
  bind(gl: WebGLRenderingContext, program: ProgramInfo): void {
    if (this.texture === null) {
      this.texture = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, this.texture);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    }
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    if (this.uploaded !== this.bytes.version) {
      const source = this.bytes[this.which];
      const { width, height } = visibilityTextureSize(source.length);
      if (this.staging.length !== width * height) this.staging = new Uint8Array(width * height);
      else this.staging.fill(0, source.length);
      this.staging.set(source);
      gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
      // LUMINANCE: one byte per texel, read as `.r`, in WebGL 1 and 2 alike.
      if (width === this.width && height === this.height) {
        gl.texSubImage2D(
          gl.TEXTURE_2D,
          0,
          0,
          0,
          width,
          height,
          gl.LUMINANCE,
          gl.UNSIGNED_BYTE,
          this.staging,
        );
      } else {
        gl.texImage2D(
          gl.TEXTURE_2D,
          0,
          gl.LUMINANCE,
          width,
          height,
          0,
          gl.LUMINANCE,
          gl.UNSIGNED_BYTE,
          this.staging,
        );
        this.width = width;
        this.height = height;
      }
      this.uploaded = this.bytes.version;
    }
    const { u_visibility, u_visibilitySize } = program.uniformLocations as Record<
      string,
      WebGLUniformLocation
    >;
    gl.uniform1i(u_visibility as WebGLUniformLocation, 0);
    gl.uniform2f(u_visibilitySize as WebGLUniformLocation, this.width, this.height);
  }
}

const FLOAT = 5126; // WebGLRenderingContext.FLOAT, without touching WebGL at import time

type Definition = ReturnType<NodeProgram["getDefinition"]>;

function withVisibilityDefinition(def: Definition): Definition {
  if (!("CONSTANT_ATTRIBUTES" in def)) {
    // An instanced program writes one run of attributes per item, so the index can go last.
    throw new Error("visibilityPrograms: only instanced sigma programs can be wrapped");
  }
  return {
    ...def,
    VERTEX_SHADER_SOURCE: addVisibilityToShader(def.VERTEX_SHADER_SOURCE),
    UNIFORMS: [...def.UNIFORMS, "u_visibility", "u_visibilitySize"],
    ATTRIBUTES: [...def.ATTRIBUTES, { name: "a_visibilityIndex", size: 1, type: FLOAT }],
  };
}

// biome-ignore lint/suspicious/noExplicitAny: sigma's program constructors take (gl, picking, renderer)
type Constructor<T> = new (...args: any[]) => T;
/** What the wrappers use of a concrete instanced program (sigma's program API). */
interface ProgramMembers {
  array: Float32Array;
  ATTRIBUTES_ITEMS_COUNT: number;
  getDefinition(): Definition;
  setUniforms(params: RenderParams, program: ProgramInfo): void;
}
interface NodeProgramMembers extends ProgramMembers {
  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void;
}
interface EdgeProgramMembers extends ProgramMembers {
  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void;
}

/** `Base` (an instanced node program) drawing only the nodes `bytes` shows. */
export function withNodeVisibility<T extends Constructor<NodeProgramMembers>>(
  Base: T,
  bytes: VisibilityBytes,
): T {
  return class extends Base {
    private visibility = new VisibilityTexture(bytes, "nodes");

    override getDefinition() {
      return withVisibilityDefinition(super.getDefinition());
    }

    override processVisibleItem(
      nodeIndex: number,
      startIndex: number,
      data: NodeDisplayData,
    ): void {
      super.processVisibleItem(nodeIndex, startIndex, data);
      this.array[startIndex + this.ATTRIBUTES_ITEMS_COUNT - 1] =
        (data as NodeDisplayData & VisibilityIndexed).visibilityIndex ?? -1;
    }

    override setUniforms(params: RenderParams, program: ProgramInfo): void {
      super.setUniforms(params, program);
      this.visibility.bind(program.gl, program);
    }
  };
}

/** `Base` (an instanced edge program) drawing only the edges `bytes` shows. */
export function withEdgeVisibility<T extends Constructor<EdgeProgramMembers>>(
  Base: T,
  bytes: VisibilityBytes,
): T {
  return class extends Base {
    private visibility = new VisibilityTexture(bytes, "edges");

    override getDefinition() {
      return withVisibilityDefinition(super.getDefinition());
    }

    override processVisibleItem(
      edgeIndex: number,
      startIndex: number,
      sourceData: NodeDisplayData,
      targetData: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      super.processVisibleItem(edgeIndex, startIndex, sourceData, targetData, data);
      this.array[startIndex + this.ATTRIBUTES_ITEMS_COUNT - 1] =
        (data as EdgeDisplayData & VisibilityIndexed).visibilityIndex ?? -1;
    }

    override setUniforms(params: RenderParams, program: ProgramInfo): void {
      super.setUniforms(params, program);
      this.visibility.bind(program.gl, program);
    }
  };
}
