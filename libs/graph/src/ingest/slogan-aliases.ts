import { buildAliasTable, type AliasTable } from './canonical-name';

// Long and short forms of widely used national and provincial campaigns (canonical name → other
// forms). Local slogans are joined through the aliases the extractor lists for each document.
const LISTED = {
  最多跑一次: ['最多跑一次改革', '“最多跑一次”改革'],
  三改一拆: ['三改一拆行动'],
  五水共治: ['五水共治行动'],
  四边三化: ['四边三化行动'],
  亩均论英雄: ['亩均论英雄改革'],
  八八战略: ['“八八战略”'],
  放管服: ['放管服改革'],
  河长制: ['河长制改革'],
};

let table: AliasTable | undefined;

/** The listed forms as a table, built at the first document (the names go through OpenCC). */
export const sloganAliases = (): AliasTable => (table ??= buildAliasTable(LISTED));
