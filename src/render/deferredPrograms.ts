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

type ProgramArgs = [WebGLRenderingContext, WebGLFramebuffer | null, Sigma];

/** What sigma calls on every program, whatever it draws. */
interface ProgramLike {
  reallocate(capacity: number): void;
  render(params: RenderParams): void;
  kill(): void;
}

/** One program instance, created on first use. */
class Pending<T extends ProgramLike> {
  private made: T | null = null;

  constructor(
    private readonly make: () => T,
    private readonly waiting: Set<Pending<ProgramLike>>,
  ) {
    waiting.add(this);
  }

  get built(): T | null {
    return this.made;
  }

  build(): T {
    if (this.made === null) {
      this.waiting.delete(this);
      this.made = this.make();
    }
    return this.made;
  }

  reallocate(capacity: number): void {
    if (capacity > 0 || this.made !== null) this.build().reallocate(capacity);
  }

  render(params: RenderParams): void {
    this.made?.render(params);
  }

  kill(): void {
    this.waiting.delete(this);
    this.made?.kill();
    this.made = null;
  }
}

/** The programs a set of deferred classes created, to be built early by `warmUp`. */
export class DeferredPrograms {
  private readonly waiting = new Set<Pending<ProgramLike>>();

  /** Node program class `Inner`, built on first use. */
  node(Inner: NodeProgramType): NodeProgramType {
    const waiting = this.waiting;
    class DeferredNodeProgram extends AbstractNodeProgram {
      private readonly program: Pending<InstanceType<NodeProgramType>>;

      constructor(...args: ProgramArgs) {
        super(args[0], args[0], args[2]);
        this.program = new Pending(() => new Inner(...args), waiting);
      }
      get drawLabel() {
        return this.program.built?.drawLabel;
      }
      get drawHover() {
        return this.program.built?.drawHover;
      }
      process(nodeIndex: number, offset: number, data: NodeDisplayData): void {
        this.program.build().process(nodeIndex, offset, data);
      }
      reallocate = (capacity: number) => this.program.reallocate(capacity);
      render = (params: RenderParams) => this.program.render(params);
      kill = () => this.program.kill();
    }
    return DeferredNodeProgram as unknown as NodeProgramType;
  }

  /** Edge program class `Inner`, built on first use. */
  edge(Inner: EdgeProgramType): EdgeProgramType {
    const waiting = this.waiting;
    class DeferredEdgeProgram extends AbstractEdgeProgram {
      private readonly program: Pending<InstanceType<EdgeProgramType>>;

      constructor(...args: ProgramArgs) {
        super(args[0], args[0], args[2]);
        this.program = new Pending(() => new Inner(...args), waiting);
      }
      get drawLabel() {
        return this.program.built?.drawLabel;
      }
      process(
        edgeIndex: number,
        offset: number,
        sourceData: NodeDisplayData,
        targetData: NodeDisplayData,
        data: EdgeDisplayData,
      ): void {
        this.program.build().process(edgeIndex, offset, sourceData, targetData, data);
      }
      reallocate = (capacity: number) => this.program.reallocate(capacity);
      render = (params: RenderParams) => this.program.render(params);
      kill = () => this.program.kill();
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
