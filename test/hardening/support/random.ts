/** A small seeded generator (mulberry32): the same seed gives the same fuzz cases. */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [0, max). */
  int: (max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  bytes: (length: number) => Buffer;
  chance: (probability: number) => boolean;
}

/** The seed of the hardening suites; HARDENING_SEED replays another run. */
export const HARDENING_SEED = Number(process.env.HARDENING_SEED ?? 20261124);

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    pick: (items) => items[int(items.length)] as (typeof items)[number],
    bytes: (length) => {
      const out = Buffer.alloc(length);
      for (let i = 0; i < length; i += 1) out[i] = int(256);
      return out;
    },
    chance: (probability) => next() < probability,
  };
}
