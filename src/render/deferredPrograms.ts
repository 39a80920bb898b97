// Programs compiled when first needed. sigma compiles every program it is given as it starts:
// for each node type one for the canvas and one for the hover layer, and for edges its default
// arrow program besides the app's links. Before the first frame only the canvas programs draw
// anything; the others wait here, behind sigma's public program interface, until sigma gives
// them items (a hovered node) or until `warmUp` builds them in idle time after the first frame.
// In software WebGL each compile is a visible part of the wait for the network.
import type Sigma from "sigma";
import {
  AbstractEdgeProgram,
  AbstractNodeProgram,
  type EdgeProgramType,
  type NodeProgramType,
} from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";

type NodeProgramInstance = InstanceType<NodeProgramType>;
type EdgeProgramInstance = InstanceType<EdgeProgramType>;

/** The programs a set of deferred classes created, to be built early by `warmUp`. */
export class DeferredPrograms {
  private readonly waiting = new Set<{ build(): void }>();

  /** Node program class `Inner`, built on first use. */
  node(Inner: NodeProgramType): NodeProgramType {
    const waiting = this.waiting;
    class DeferredNodeProgram extends AbstractNodeProgram {
      private inner: NodeProgramInstance | null = null;
      private readonly args: [WebGLRenderingContext, WebGLFramebuffer | null, Sigma];

      constructor(
        gl: WebGLRenderingContext,
        pickingBuffer: WebGLFramebuffer | null,
        renderer: Sigma,
      ) {
        super(gl, gl, renderer);
        this.args = [gl, pickingBuffer, renderer];
        waiting.add(this);
      }
      get drawLabel() {
        return this.inner?.drawLabel;
      }
      get drawHover() {
        return this.inner?.drawHover;
      }
      build(): NodeProgramInstance {
        if (this.inner === null) {
          waiting.delete(this);
          this.inner = new Inner(...this.args);
        }
        return this.inner;
      }
      reallocate(capacity: number): void {
        if (capacity > 0 || this.inner !== null) this.build().reallocate(capacity);
      }
      process(nodeIndex: number, offset: number, data: NodeDisplayData): void {
        this.build().process(nodeIndex, offset, data);
      }
      render(params: RenderParams): void {
        this.inner?.render(params);
      }
      kill(): void {
        waiting.delete(this);
        this.inner?.kill();
        this.inner = null;
      }
    }
    return DeferredNodeProgram as unknown as NodeProgramType;
  }

  /** Edge program class `Inner`, built on first use. */
  edge(Inner: EdgeProgramType): EdgeProgramType {
    const waiting = this.waiting;
    class DeferredEdgeProgram extends AbstractEdgeProgram {
      private inner: EdgeProgramInstance | null = null;
      private readonly args: [WebGLRenderingContext, WebGLFramebuffer | null, Sigma];

      constructor(
        gl: WebGLRenderingContext,
        pickingBuffer: WebGLFramebuffer | null,
        renderer: Sigma,
      ) {
        super(gl, gl, renderer);
        this.args = [gl, pickingBuffer, renderer];
        waiting.add(this);
      }
      get drawLabel() {
        return this.inner?.drawLabel;
      }
      build(): EdgeProgramInstance {
        if (this.inner === null) {
          waiting.delete(this);
          this.inner = new Inner(...this.args);
        }
        return this.inner;
      }
      reallocate(capacity: number): void {
        if (capacity > 0 || this.inner !== null) this.build().reallocate(capacity);
      }
      process(
        edgeIndex: number,
        offset: number,
        sourceData: NodeDisplayData,
        targetData: NodeDisplayData,
        data: EdgeDisplayData,
      ): void {
        this.build().process(edgeIndex, offset, sourceData, targetData, data);
      }
      render(params: RenderParams): void {
        this.inner?.render(params);
      }
      kill(): void {
        waiting.delete(this);
        this.inner?.kill();
        this.inner = null;
      }
    }
    return DeferredEdgeProgram as unknown as EdgeProgramType;
  }

  /** How many created programs are not built yet. */
  get pending(): number {
    return this.waiting.size;
  }

  /** Build every program still waiting (after the first frame, so the first hover is quick). */
  warmUp(): void {
    for (const program of [...this.waiting]) program.build();
  }
}
