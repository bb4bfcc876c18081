/** Where services and pages get the time, so tests can set it rather than wait for it. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock that stays at the time it is given until it is set again. */
export class SettableClock implements Clock {
  private at: Date

  constructor(at: Date | string) {
    this.at = new Date(at)
  }

  now(): Date {
    return new Date(this.at)
  }

  set(at: Date | string): void {
    this.at = new Date(at)
  }
}
