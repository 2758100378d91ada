import { describe, expect, it } from 'vitest';
import { cardRequest } from './card-links.ts';

describe('cardRequest', () => {
  it('reads a card and a mention from the address', () => {
    expect(cardRequest(new URL('https://x/read/t?entity=stalin&mention=3'))).toEqual({
      id: 'stalin',
      position: 3
    });
    expect(cardRequest(new URL('https://x/read/t?entity=general-secretary'))).toEqual({
      id: 'general-secretary',
      position: undefined
    });
  });

  it('ignores malformed ids and mentions instead of failing', () => {
    expect(cardRequest(new URL('https://x/?entity=<script>'))).toBeUndefined();
    expect(cardRequest(new URL('https://x/?entity=../../etc'))).toBeUndefined();
    expect(cardRequest(new URL('https://x/?entity='))).toBeUndefined();
    expect(cardRequest(new URL('https://x/'))).toBeUndefined();
    expect(cardRequest(new URL('https://x/?entity=stalin&mention=-1'))?.position).toBeUndefined();
    expect(cardRequest(new URL('https://x/?entity=stalin&mention=1.5'))?.position).toBeUndefined();
    expect(cardRequest(new URL('https://x/?entity=stalin&mention=abc'))?.position).toBeUndefined();
  });
});
