/**
 * Sparse vectors over interned keys, and an inverted index over many of them: the dot products of one
 * vector with all others cost the sum of its keys' posting lengths, not one pass over every pair. The whole
 * workspace's suggestions (every pair of some 200 statements) take about 10 ms this way, not 100.
 */

/** Keys to small integers, so vectors are typed arrays. */
export class Interner {
  private readonly ids = new Map<string, number>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** A vector of these weights, or of weight 1 for each key of a set. */
export function sparse(weights: ReadonlyMap<string, number> | ReadonlySet<string>, keys: Interner): SparseVector {
  const ids = new Int32Array(weights.size);
  const values = new Float64Array(weights.size);
  let i = 0;
  if (weights instanceof Set) {
    for (const key of weights) {
      ids[i] = keys.id(key);
      values[i++] = 1;
    }
  } else {
    for (const [key, w] of weights as ReadonlyMap<string, number>) {
      ids[i] = keys.id(key);
      values[i++] = w;
    }
  }
  return { ids, weights: values };
}

/** Weighted sums of sparse vectors over a dense scratch array: no map per sum. */
export class VectorSum {
  private readonly dense: Float64Array;
  private readonly touched: number[] = [];

  constructor(keys: number) {
    this.dense = new Float64Array(keys);
  }

  add(v: SparseVector | undefined, factor: number): void {
    if (!v) return;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      if (this.dense[id] === 0) this.touched.push(id);
      this.dense[id] = (this.dense[id] as number) + factor * (v.weights[k] as number);
    }
  }

  /** The sum so far, and a fresh start. */
  take(): SparseVector {
    const ids = Int32Array.from(this.touched);
    const weights = new Float64Array(ids.length);
    ids.forEach((id, k) => {
      weights[k] = this.dense[id] as number;
      this.dense[id] = 0;
    });
    this.touched.length = 0;
    return { ids, weights };
  }
}

/**
 * For each key, the vectors (by index) that have it, with their weights: all postings in two flat arrays,
 * those of key k from start[k] to start[k + 1] (compressed sparse rows; few objects for the collector).
 */
export class InvertedIndex {
  private readonly start: Int32Array;
  private readonly entries: Int32Array;
  private readonly weights: Float64Array;

  constructor(vectors: readonly SparseVector[], keys: number) {
    const start = new Int32Array(keys + 1);
    for (const v of vectors) for (const id of v.ids) start[id + 1] = (start[id + 1] as number) + 1;
    for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
    const next = start.slice(0, keys);
    this.entries = new Int32Array(start[keys] as number);
    this.weights = new Float64Array(start[keys] as number);
    vectors.forEach((v, index) => {
      for (let k = 0; k < v.ids.length; k++) {
        const id = v.ids[k] as number;
        const at = next[id] as number;
        this.entries[at] = index;
        this.weights[at] = v.weights[k] as number;
        next[id] = at + 1;
      }
    });
    this.start = start;
  }

  /** Adds the dot product of `v` with every indexed vector to `into` (indexed like the vectors). */
  dotAll(v: SparseVector, into: Float64Array): void {
    const { start, entries, weights } = this;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      const w = v.weights[k] as number;
      const end = start[id + 1] ?? 0;
      for (let j = start[id] ?? 0; j < end; j++) {
        const e = entries[j] as number;
        into[e] = (into[e] as number) + w * (weights[j] as number);
      }
    }
  }
}
