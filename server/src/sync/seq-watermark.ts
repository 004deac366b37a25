/**
 * The highest sequence number up to which every stored update of a board is in a room's document. An
 * instance applies its own updates and (with several instances) the others', in any order; compacting
 * the log through a number this document does not fully hold would drop someone's update.
 */
export class SeqWatermark {
  private readonly ahead = new Set<number>();

  constructor(private current: number) {}

  get value(): number {
    return this.current;
  }

  /** Records that the update stored as `seq` is in the document. */
  add(seq: number): void {
    if (seq <= this.current) return;
    this.ahead.add(seq);
    this.advance();
  }

  /** Records that every stored update through `seq` is in the document (it was caught up from the store). */
  addAllThrough(seq: number): void {
    if (seq <= this.current) return;
    this.current = seq;
    for (const ahead of this.ahead) if (ahead <= seq) this.ahead.delete(ahead);
    this.advance();
  }

  private advance(): void {
    while (this.ahead.delete(this.current + 1)) this.current++;
  }
}
