import { ConsoleSlots } from './console-slots';

describe('ConsoleSlots', () => {
  it('lets each caller hold as many slots as allowed, and gives them back once', () => {
    const slots = new ConsoleSlots(2);
    const a1 = slots.take('token:a');
    slots.take('token:a');
    expect(() => slots.take('token:a')).toThrow(/limit is 2 at a time/);
    expect(() => slots.take('token:b')).not.toThrow();
    a1();
    a1();
    expect(() => slots.take('token:a')).not.toThrow();
    expect(() => slots.take('token:a')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_MANY_REQUESTS' }) }));
  });
});
