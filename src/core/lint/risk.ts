import { RISK_LEVELS, type RiskLevel } from '../config/riskLevels.js';

export const riskRank = (r: RiskLevel): number => RISK_LEVELS.indexOf(r);

export function maxRisk(levels: Iterable<RiskLevel>): RiskLevel {
  let best: RiskLevel = 'none';
  for (const l of levels) if (riskRank(l) > riskRank(best)) best = l;
  return best;
}

/** Moves a level up or down, staying within low..critical (data-awareness never hides a finding). */
export function shiftRisk(level: RiskLevel, by: number): RiskLevel {
  if (level === 'none') return level;
  const i = Math.min(RISK_LEVELS.length - 1, Math.max(1, riskRank(level) + by));
  return RISK_LEVELS[i];
}
