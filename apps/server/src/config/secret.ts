import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * A secret from config. The value is only reachable through reveal(): printing, logging or serialising the
 * config object shows `[redacted]`, so a debug log of the config cannot leak a key.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}
