/** A fair FIFO mutex: `lock()` resolves when the caller owns it; `unlock()` hands it to the next waiter. */
export class Mutex {
  #locked = false;
  readonly #waiters: Array<() => void> = [];

  async lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiters.push(resolve));
  }

  unlock(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#locked = false;
  }

  get isLocked(): boolean {
    return this.#locked;
  }
}
