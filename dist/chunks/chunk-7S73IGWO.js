import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/report/collected-evidence.ts
function deviationsOf(rows) {
  const seen = /* @__PURE__ */ new Set();
  return rows.flatMap(
    (row) => row.requirements.flatMap(
      ({ id, verdict }) => (verdict.deviations ?? []).flatMap(({ control, change, deviation }) => {
        const entry = { iso: row.kind === "mapping" ? row.row.iso : null, requirement: id, control: control.id, change, class: deviation.class, response: deviation.response, approvedBy: deviation.approvedBy };
        const key = JSON.stringify(entry);
        if (seen.has(key)) return [];
        seen.add(key);
        return [entry];
      })
    )
  );
}
function deviationsByChange(deviations) {
  const byKey = /* @__PURE__ */ new Map();
  for (const { change, class: kind, response, approvedBy, requirement } of deviations) {
    const key = JSON.stringify([change, kind, response, approvedBy]);
    const entry = byKey.get(key) ?? { change, class: kind, response, approvedBy, requirements: [] };
    if (!entry.requirements.includes(requirement)) entry.requirements.push(requirement);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}
function criteriaWithDeviations(rows) {
  return new Set(rows.flatMap((row) => row.requirements.some(({ verdict }) => (verdict.deviations ?? []).length > 0) ? row.criteria : []));
}
function verificationOf(item, observations, present) {
  const seen = observations.get(item);
  if (seen?.kind === "url") return "url";
  if (!present) return "none";
  return seen?.kind === "files" && seen.collected?.valid === true ? "collected" : "file";
}
function collectedEvidenceOf(controls, observations) {
  return controls.flatMap(
    (control) => control.evidence.flatMap((item) => {
      const documents = collectedDocumentsOf(item, observations);
      return documents === void 0 ? [] : [{ control: control.id, evidence: item.id, documents, ...item.at }];
    })
  );
}
function collectedDocumentsOf(item, observations) {
  const seen = observations.get(item);
  if (seen?.kind !== "files" || seen.collected?.valid !== true) return void 0;
  return seen.collected.documents.map(({ path, document }) => ({ path, repository: document.repository, branch: document.branch, period: document.period, summary: document.summary }));
}

export {
  deviationsOf,
  deviationsByChange,
  criteriaWithDeviations,
  verificationOf,
  collectedEvidenceOf,
  collectedDocumentsOf
};
