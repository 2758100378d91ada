/** An in-memory Storage for unit tests: `failWith` makes every write throw an error of that name. */
export class MemoryStorage {
  data = new Map<string, string>();
  failWith: string | undefined;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWith) {
      const error = new Error('refused');
      error.name = this.failWith;
      throw error;
    }
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}
