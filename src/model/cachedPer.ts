// One value per object (a loaded graph, its filter index), computed on first use and let go
// with the object: derived data that several places read is computed once per load.

/** `compute`, remembered per argument (held weakly: nothing outlives the object). */
export function cachedPer<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
