/**
 * The generator's only source of chance: xoshiro128** (Blackman and Vigna), its state filled
 * by splitmix32 from the seed and a stream name. 32-bit integer arithmetic only, so the same
 * seed gives the same numbers on every machine and Node version. Each part of the county
 * (the parties, each chunk of records, the planted flows) draws from its own stream, so
 * that changing how one part draws leaves the others as they were.
 */
export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** `Random.stream(seed, 'chunk', 3)`: an independent sequence for one part of the county. */
  static stream(seed: number, name: string, index = 0): Random {
    return new Random([seed % 0x1_0000_0000, Math.floor(seed / 0x1_0000_0000), hashText(name), index]);
  }

  constructor(words: readonly number[]) {
    let state = 0;
    for (const word of words) state = splitmix32(state ^ (word >>> 0)).state;
    const next = () => {
      const step = splitmix32(state);
      state = step.state;
      return step.value;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    // The all-zero state is the one xoshiro cannot leave.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** A uniform unsigned 32-bit integer. */
  next(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A uniform number in [0, 1). */
  float(): number {
    return this.next() / 0x1_0000_0000;
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** A uniform integer in [low, high]. */
  between(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('cannot pick from an empty list');
    return list[this.int(list.length)] as T;
  }

  // The shapes below use only +, -, *, / and sqrt, which IEEE 754 rounds exactly: no
  // Math.log, exp or pow, whose last bit may differ between engines or versions.

  /** An index into a list of `length`, the first ones far more often (for partner lists). */
  skewed(length: number): number {
    const u = this.float();
    return Math.min(length - 1, Math.floor(length * u * u));
  }

  /**
   * An integer in [low, high] with density falling as 1/x²: many near `low`, a few near
   * `high` (inverse of the truncated Pareto distribution).
   */
  heavyTail(low: number, high: number): number {
    const x = 1 / (1 / low - this.float() * (1 / low - 1 / (high + 1)));
    return Math.min(high, Math.floor(x));
  }

  /** A waiting time with the given mean: mostly short, now and then up to about nine times the mean. */
  waiting(mean: number): number {
    // 1/(1 - 0.95u) - 1 runs from 0 to 19 with mean ln(20)/0.95 - 1 ≈ 2.1534.
    return (mean * (1 / (1 - 0.95 * this.float()) - 1)) / 2.1534;
  }

  /** `k` distinct integers of [0, n), ascending (Floyd's algorithm: k draws, whatever n). */
  distinct(n: number, k: number): number[] {
    if (k >= n) return Array.from({ length: n }, (_, index) => index);
    const chosen = new Set<number>();
    for (let j = n - k; j < n; j++) {
      const candidate = this.int(j + 1);
      chosen.add(chosen.has(candidate) ? j : candidate);
    }
    return [...chosen].sort((a, b) => a - b);
  }
}

/** Draws entries in proportion to their weights; the table is built once. */
export class Weighted<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    if (entries.length === 0) throw new Error('a weighted choice needs at least one entry');
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], index) => {
      total += weight;
      this.cumulative[index] = total;
    });
  }

  draw(random: Random): T {
    const total = this.cumulative[this.cumulative.length - 1] as number;
    const target = random.float() * total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low] as T;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

function splitmix32(state: number): { state: number; value: number } {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return { state: next, value: (z ^ (z >>> 16)) >>> 0 };
}

/** FNV-1a of a stream name: a stable 32-bit word. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}
