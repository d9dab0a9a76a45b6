/**
 * The first `limit` of `count` slots in the order `before` defines, sorted, keeping only slots
 * that `keep` accepts. A bounded heap: most slots are turned away by one comparison with the
 * worst one kept, so picking the head of 60k scored entries costs far less than sorting them.
 * `before` must be a strict total order.
 */
export function selectTop(
  count: number,
  limit: number,
  before: (a: number, b: number) => boolean,
  keep: (slot: number) => boolean = () => true,
): number[] {
  if (!(limit > 0)) return [];
  const order = (a: number, b: number): number => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
  if (limit >= count) {
    const all: number[] = [];
    for (let slot = 0; slot < count; slot++) if (keep(slot)) all.push(slot);
    return all.sort(order);
  }
  // A max-heap by `before`: its root is the slot that comes last of those kept.
  const heap: number[] = [];
  const siftDown = (): void => {
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      const later = right < heap.length && before(heap[left]!, heap[right]!) ? right : left;
      if (!before(heap[at]!, heap[later]!)) return;
      [heap[at], heap[later]] = [heap[later]!, heap[at]!];
      at = later;
    }
  };
  for (let slot = 0; slot < count; slot++) {
    if (!keep(slot)) continue;
    if (heap.length < limit) {
      heap.push(slot);
      for (let at = heap.length - 1; at > 0;) {
        const parent = (at - 1) >> 1;
        if (!before(heap[parent]!, heap[at]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (before(slot, heap[0]!)) {
      heap[0] = slot;
      siftDown();
    }
  }
  return heap.sort(order);
}
