import isoCatalog from '../../mappings/iso27001-2022.json' with { type: 'json' };
import correspondence from '../../mappings/iso27001-2013-to-2022.json' with { type: 'json' };
import tscCatalog from '../../mappings/soc2-tsc-2017.json' with { type: 'json' };
import type { Catalogs, Criterion, Iso2013Entry, IsoControl, TscCategory } from '../model.js';

let catalogs: Catalogs | undefined;

/** The ISO/IEC 27001:2022 and SOC 2 catalogs shipped in `mappings/`, indexed once. */
export function loadCatalogs(): Catalogs {
  catalogs ??= buildCatalogs();
  return catalogs;
}

function buildCatalogs(): Catalogs {
  const iso = new Map<string, IsoControl>();
  for (const { id, title } of isoCatalog.annexA) iso.set(id, { id, title, kind: 'annex-a' });
  for (const { id, title } of isoCatalog.clauses) iso.set(id, { id, title, kind: 'clause' });

  const criteria: Criterion[] = tscCatalog.criteria.map(({ id, category, series, subject }) => ({
    id,
    category: category as TscCategory,
    series,
    subject,
  }));

  const iso2013 = new Map<string, Iso2013Entry>(
    correspondence.correspondence.map(({ iso2013: id, title, iso2022 }) => [id, { id, title, replacedBy: iso2022 }]),
  );

  return {
    iso,
    criteria,
    criteriaById: new Map(criteria.map((criterion) => [criterion.id, criterion])),
    categoryTitles: new Map(tscCatalog.categories.map(({ id, title }) => [id as TscCategory, title])),
    seriesTitles: new Map(tscCatalog.series.map(({ id, title }) => [id, title])),
    iso2013,
  };
}
