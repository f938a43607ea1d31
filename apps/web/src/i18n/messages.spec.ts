import { en, zh, type MessageKey } from './messages';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

describe('the English interface strings', () => {
  it('hold no Chinese but the name of the language and a quoted example of the data', () => {
    const chinese = (Object.keys(en) as MessageKey[]).filter((k) => HAN.test(en[k].replace(/“[^”]*”/g, '')));
    expect(chinese).toEqual(['lang']);
    expect(en.lang).toBe('中文');
  });

  it('are all translated: none reads as its Chinese', () => {
    const same = (Object.keys(zh) as MessageKey[]).filter((k) => HAN.test(zh[k]) && en[k] === zh[k]);
    expect(same).toEqual([]);
  });
});
