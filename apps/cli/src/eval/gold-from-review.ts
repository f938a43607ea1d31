import { pairKey, type Decisions, type ReviewedDocument } from '@policy-graph/graph';
import type { Gold } from './gold';

// A gold annotation made from reviewers' decisions on one document, for `kg eval`: what a
// reviewer accepted (or added, or set) is required; every other fact the graph holds for the
// document is acceptable (neither rewarded nor penalised); what a reviewer rejected is in neither
// list, so extracting it again counts as a false positive. Parts have no acceptable list in the
// format: only accepted parts are listed, so an undecided part counts as a false positive.

type Named = { name: string; aliases: string[] };
type RequiredSlogan = Named & { parts: string[] };

const NAMES_PER_END = 6;
const namesOf = (n: Named | undefined, fallback: string) => (n ? [n.name, ...n.aliases] : [fallback]).slice(0, NAMES_PER_END);

export function goldOfReview(doc: ReviewedDocument, d: Decisions, file: string): Gold {
  const sloganByName = new Map(doc.slogans.map((s) => [s.name, s]));
  const projectByName = new Map(doc.projects.map((p) => [p.name, p]));
  const slogans = new Map<string, RequiredSlogan>();
  const projects = new Map<string, Named>();
  const requireSlogan = (name: string) => {
    const known = sloganByName.get(name);
    if (!slogans.has(name)) slogans.set(name, { name, aliases: known?.aliases ?? [], parts: [] });
    return slogans.get(name) as RequiredSlogan;
  };
  const requireProject = (name: string) => projects.set(name, { name, aliases: projectByName.get(name)?.aliases ?? [] });

  for (const s of doc.slogans) if (d.acceptedSlogans.has(s.name)) requireSlogan(s.name);
  for (const p of doc.projects) if (d.acceptedProjects.has(p.name)) requireProject(p.name);
  for (const p of doc.parts) if (d.acceptedParts.has(pairKey(p.whole, p.part))) requireSlogan(p.whole).parts.push(p.part);

  const required: [string, string][] = [];
  const acceptable: [string, string][] = [];
  for (const f of doc.fulfils) {
    if (d.acceptedFulfils.has(pairKey(f.project, f.slogan))) {
      required.push([f.project, f.slogan]);
      requireSlogan(f.slogan);
      requireProject(f.project);
      continue;
    }
    // the extractor may name either end by an alias: each pairing is acceptable
    for (const p of namesOf(projectByName.get(f.project), f.project)) for (const s of namesOf(sloganByName.get(f.slogan), f.slogan)) acceptable.push([p, s]);
  }

  const documentSet = d.setDocuments.get(doc.id);
  return {
    file,
    subject: documentSet?.subject && doc.subject ? doc.subject : {},
    year: documentSet?.year ? doc.year : undefined,
    slogans: { required: [...slogans.values()], acceptable: doc.slogans.filter((s) => !slogans.has(s.name)) },
    projects: { required: [...projects.values()], acceptable: doc.projects.filter((p) => !projects.has(p.name)) },
    outcomes: {
      required: doc.outcomes.filter((o) => d.setOutcomes.has(o.id)).map(({ value, unit, status }) => ({ value, unit, status: status as Gold['outcomes']['required'][number]['status'] })),
      acceptable: doc.outcomes.filter((o) => !d.setOutcomes.has(o.id)).map(({ value, unit }) => ({ value, unit })),
    },
    fulfils: { required, acceptable },
    notes: `from reviewers' corrections of ${doc.sourceKey} (${doc.id})`,
  };
}
