import type { SearchHit } from '../api/operations';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

const STATUS: Record<string, MessageKey> = { achieved: 'statusAchieved', target: 'statusTarget', in_progress: 'statusInProgress', input: 'statusInput' };
const LEVEL: Record<string, MessageKey> = { province: 'province', city: 'city', district: 'district', street: 'street' };

/** A search hit's one-line context in the page's language, from the facts the API sends. */
export function hitContext(hit: SearchHit): string {
  const f = hit.facts;
  if (!f) return hit.context ?? '';
  const parts = (...xs: (string | number | null | undefined)[]) => xs.filter((x) => x !== null && x !== undefined && x !== '').join(t('listSep'));
  switch (hit.type) {
    case 'Slogan':
      return t('ctxSlogan', { adopters: f.adopters, projects: f.projects, documents: f.documents }) + (f.firstYear ? t('ctxFirstYear', { year: f.firstYear }) : '');
    case 'Project':
      return parts(f.body ? t('ctxProjectOf', { body: f.body }) : t('project'), t('ctxDocuments', { documents: f.documents }));
    case 'Outcome':
      return parts(t('outcome'), f.status && STATUS[f.status] ? t(STATUS[f.status]) : null, f.year, f.subject);
    case 'Document':
      return parts(t('document'), f.year, f.subject);
    default:
      return parts(f.level && LEVEL[f.level] ? t(LEVEL[f.level]) : null, f.parent ? t('ctxIn', { place: f.parent }) : null, t('ctxDocuments', { documents: f.documents }));
  }
}
