// Deferred programs: nothing is built until sigma gives the program items or the page warms it
// up; once built, every call reaches the real program. Compiling and drawing need WebGL: the
// hover e2e tests cover that in Chromium.
import type Sigma from "sigma";
import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { describe, expect, it, vi } from "vitest";
import { DeferredPrograms } from "./deferredPrograms";

// sigma's program module reads WebGL's constants as it loads; Node has no WebGL.
vi.hoisted(() => {
  const globals = globalThis as Record<string, unknown>;
  globals.WebGLRenderingContext ??= class {};
  globals.WebGL2RenderingContext ??= class {};
});

/** A program class that records what happens to its instances. */
function recordingClass(log: string[]) {
  return class Recording {
    drawLabel = () => {};
    drawHover = undefined;
    constructor(gl: unknown, pickingBuffer: unknown) {
      log.push(`build ${String(gl)} ${String(pickingBuffer)}`);
    }
    reallocate(capacity: number) {
      log.push(`reallocate ${capacity}`);
    }
    process(...args: unknown[]) {
      log.push(`process ${args.length} ${String(args[0])}`);
    }
    render() {
      log.push("render");
    }
    kill() {
      log.push("kill");
    }
  };
}

const GL = "gl" as unknown as WebGLRenderingContext;
const PICKING = "picking" as unknown as WebGLFramebuffer;
const RENDERER = {} as Sigma;
const PARAMS = {} as RenderParams;
const NODE = {} as NodeDisplayData;

describe("DeferredPrograms", () => {
  it("builds a node program on its first items, with sigma's arguments", () => {
    const log: string[] = [];
    const deferred = new DeferredPrograms();
    const Program = deferred.node(recordingClass(log) as unknown as NodeProgramType);
    const program = new Program(GL, PICKING, RENDERER);
    expect(deferred.pending).toBe(1);
    program.reallocate(0);
    program.render(PARAMS);
    expect(log).toEqual([]);
    expect(program.drawLabel).toBeUndefined();
    program.reallocate(2);
    program.process(7, 0, NODE);
    program.render(PARAMS);
    expect(log).toEqual(["build gl picking", "reallocate 2", "process 3 7", "render"]);
    expect(program.drawLabel).toBeTypeOf("function");
    expect(deferred.pending).toBe(0);
    // Built once: emptied again, it still hears about it.
    program.reallocate(0);
    expect(log.at(-1)).toBe("reallocate 0");
  });

  it("builds an edge program on its first items and passes all five arguments", () => {
    const log: string[] = [];
    const deferred = new DeferredPrograms();
    const Program = deferred.edge(recordingClass(log) as unknown as EdgeProgramType);
    const program = new Program(GL, null, RENDERER);
    program.render(PARAMS);
    expect(log).toEqual([]);
    program.reallocate(1);
    program.process(3, 0, NODE, NODE, {} as EdgeDisplayData);
    expect(log).toEqual(["build gl null", "reallocate 1", "process 5 3"]);
  });

  it("warms up every program still waiting, and forgets killed ones", () => {
    const log: string[] = [];
    const deferred = new DeferredPrograms();
    const Node = deferred.node(recordingClass(log) as unknown as NodeProgramType);
    const Edge = deferred.edge(recordingClass(log) as unknown as EdgeProgramType);
    const kept = new Node(GL, null, RENDERER);
    const killed = new Edge(GL, null, RENDERER);
    killed.kill();
    expect(deferred.pending).toBe(1);
    deferred.warmUp();
    expect(log).toEqual(["build gl null"]);
    expect(deferred.pending).toBe(0);
    kept.kill();
    expect(log).toEqual(["build gl null", "kill"]);
  });
});
