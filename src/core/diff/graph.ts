/**
 * A DAG of plan steps with a deterministic topological sort. Ties between ready vertices are
 * broken by phase rank, then by the vertex id text, so the same two models always give the same
 * plan whatever the order of the maps they came from.
 */
import type { ObjectKind } from '../model/types.js';

export type StepOp = 'drop' | 'create' | 'alter' | 'rename' | 'replace' | 'comment' | 'grant';

/** Typed identity of a plan step (never a bare string). */
export interface VertexId {
  readonly kind: ObjectKind;
  readonly schema: string | null;
  readonly name: string;
  readonly op: StepOp;
  /** Distinguishes several steps of one op on one object, e.g. `owned-by`, `validate`. */
  readonly part?: string;
}

export function vertexKey(id: VertexId): string {
  return `${id.kind}\u0000${id.schema ?? ''}\u0000${id.name}\u0000${id.op}\u0000${id.part ?? ''}`;
}

interface Node<T> {
  readonly id: VertexId;
  readonly key: string;
  readonly rank: number;
  readonly value: T;
  readonly out: number[];
  indegree: number;
  done: boolean;
}

export class Dag<T> {
  private readonly nodes: Node<T>[] = [];

  add(id: VertexId, rank: number, value: T): number {
    this.nodes.push({ id, key: vertexKey(id), rank, value, out: [], indegree: 0, done: false });
    return this.nodes.length - 1;
  }

  /** `before` must come before `after`. Self-edges are ignored. */
  edge(before: number, after: number): void {
    if (before === after) return;
    this.nodes[before].out.push(after);
    this.nodes[after].indegree++;
  }

  /**
   * Kahn's algorithm with a priority queue. A cycle (possible only through text-derived
   * dependencies, e.g. a default calling a SQL function that reads the same table) is broken by
   * releasing the lowest-ranked waiting vertex, so planning never fails on it.
   */
  sort(): T[] {
    const less = (a: number, b: number): boolean => {
      const x = this.nodes[a];
      const y = this.nodes[b];
      if (x.rank !== y.rank) return x.rank < y.rank;
      if (x.key !== y.key) return x.key < y.key;
      return a < b;
    };
    const heap = new MinHeap(less);
    for (let i = 0; i < this.nodes.length; i++) if (this.nodes[i].indegree === 0) heap.push(i);
    const out: T[] = [];
    let remaining = this.nodes.length;
    while (remaining > 0) {
      let next = heap.pop();
      if (next === undefined) {
        next = this.lowestWaiting(less);
      }
      const node = this.nodes[next];
      if (node.done) continue;
      node.done = true;
      remaining--;
      out.push(node.value);
      for (const o of node.out) {
        const n = this.nodes[o];
        n.indegree--;
        if (n.indegree === 0 && !n.done) heap.push(o);
      }
    }
    return out;
  }

  private lowestWaiting(less: (a: number, b: number) => boolean): number {
    let best = -1;
    for (let i = 0; i < this.nodes.length; i++) {
      if (this.nodes[i].done) continue;
      if (best < 0 || less(i, best)) best = i;
    }
    return best;
  }
}

class MinHeap {
  private readonly items: number[] = [];
  constructor(private readonly less: (a: number, b: number) => boolean) {}

  push(v: number): void {
    const a = this.items;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }

  pop(): number | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}
