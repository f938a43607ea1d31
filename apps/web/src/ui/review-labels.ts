import type { DecisionWhat } from '../state/decision-trail';
import type { MessageKey } from '../i18n/messages';
import { itemTitle } from '../state/queue-kinds';
import { t } from '../i18n/i18n';

const KINDS: Record<string, MessageKey> = {
  'reject-fulfils': 'kindRejectFulfils',
  'accept-fulfils': 'kindAcceptFulfils',
  'reject-slogan': 'kindRejectSlogan',
  'reject-project': 'kindRejectProject',
  'merge-slogans': 'kindMergeSlogans',
  rename: 'kindRename',
  'set-document': 'kindSetDocument',
  'reject-part': 'kindRejectPart',
  'accept-part': 'kindAcceptPart',
  'accept-slogan': 'kindAcceptSlogan',
  'accept-project': 'kindAcceptProject',
  'merge-projects': 'kindMergeProjects',
  split: 'kindSplit',
  'keep-apart': 'kindKeepApart',
  'add-fulfils': 'kindAddFulfils',
  'add-part': 'kindAddPart',
  'reject-adopts': 'kindRejectAdopts',
  'reject-outcome': 'kindRejectOutcome',
  'set-outcome': 'kindSetOutcome',
  'accept-variant': 'kindAcceptVariant',
  'reject-variant': 'kindRejectVariant',
  revert: 'kindRevert',
};

const REASONS: Record<string, MessageKey> = {
  contains: 'reasonContains',
  'shared FULFILS targets': 'reasonSharedTargets',
  'same body and year': 'reasonSameBodyYear',
  'same pinyin': 'reasonSamePinyin',
  'same initials': 'reasonSameInitials',
  'one character apart': 'reasonOneApart',
  'edit distance 2': 'reasonEditDistance2',
  'same frame': 'reasonSameFrame',
  'same characters': 'reasonSameCharacters',
};

const DECISIONS: Record<string, MessageKey> = {
  accept: 'decidedAccept',
  reject: 'decidedReject',
  skip: 'decidedSkip',
  merge: 'decidedMerge',
  distinct: 'decidedDistinct',
};

/** A correction kind in the reader's language; kinds this page does not know show as the API names them. */
export function kindLabel(kind: string): string {
  return KINDS[kind] ? t(KINDS[kind]) : kind;
}

export function reasonLabel(reason: string): string {
  const parts = /^(\d+) parts in common$/.exec(reason);
  if (parts) return t('reasonPartsInCommon', { n: parts[1] });
  return REASONS[reason] ? t(REASONS[reason]) : reason;
}

/** “Rejected · 星动巴士 → 全域创新”, “Accepted · 三严三实” */
export function decisionLabel(what: DecisionWhat): string {
  const verb = what.on === 'entity' ? kindLabel(what.decision) : DECISIONS[what.decision] ? t(DECISIONS[what.decision]) : what.decision;
  if (what.on === 'queue') {
    const { a, b } = itemTitle(what.item);
    return `${verb} · ${b === null ? a : `${a} → ${b}`}`;
  }
  if (what.on === 'merge') return `${verb} · ${what.from ?? what.pair.a} ⇢ ${what.into ?? what.pair.b}`;
  return `${verb} · ${what.target}`;
}
