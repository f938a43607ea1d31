/** A bounded undo stack: the oldest snapshot drops off when full. */
export class UndoStack<T> {
  private readonly items: T[] = [];
  constructor(private readonly capacity = 20) {}

  push(snapshot: T): void {
    this.items.push(snapshot);
    if (this.items.length > this.capacity) this.items.shift();
  }

  pop(): T | undefined {
    return this.items.pop();
  }

  get size(): number {
    return this.items.length;
  }
}
