import type { PanelRow } from './panel-rows';

export interface CurvePoint {
  year: number;
  /** Bodies of the risk set (with at least one document in any year). */
  bodies: number;
  /** Of them, with a document this year. */
  covered: number;
  /** Not adopted before this year. */
  atRisk: number;
  /** At risk and with a document this year: the only ones whose adoption this year can be seen. */
  atRiskCovered: number;
  /** First adoptions this year. */
  adoptions: number;
  /** Bodies that have adopted by the end of the year. */
  cumulative: number;
  /** cumulative / bodies. */
  share: number;
  /** adoptions / atRisk (null when nobody is at risk). */
  hazard: number | null;
  /** adoptions / atRiskCovered. */
  hazardCovered: number | null;
}

// Cumulative adoption and the discrete-time hazard per year, from a panel's rows.
export function adoptionCurve(rows: PanelRow[], from: number, to: number): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (let year = from; year <= to; year++) {
    const at = rows.filter((r) => r.year === year);
    const atRisk = at.filter((r) => r.at_risk);
    const atRiskCovered = atRisk.filter((r) => r.covered).length;
    const adoptions = at.filter((r) => r.event).length;
    const cumulative = at.filter((r) => r.adopted).length;
    points.push({
      year,
      bodies: at.length,
      covered: at.filter((r) => r.covered).length,
      atRisk: atRisk.length,
      atRiskCovered,
      adoptions,
      cumulative,
      share: at.length ? cumulative / at.length : 0,
      hazard: atRisk.length ? adoptions / atRisk.length : null,
      hazardCovered: atRiskCovered ? adoptions / atRiskCovered : null,
    });
  }
  return points;
}
