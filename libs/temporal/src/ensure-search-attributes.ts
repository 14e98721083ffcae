import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { SearchAttributes, type SearchAttributeKind } from '@kc/contracts';

const IndexedValueType = temporal.api.enums.v1.IndexedValueType;
const kinds: Record<SearchAttributeKind, temporal.api.enums.v1.IndexedValueType> = {
  Keyword: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Text: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  Int: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  Double: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  Bool: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  Datetime: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KeywordList: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/**
 * The contracts' search attributes (or the named ones) as AddSearchAttributes takes them: name → type.
 * Also used by the time-skipping test environment, whose Java server cannot list what it has.
 */
export function searchAttributeTypes(
  names: string[] = Object.keys(SearchAttributes),
): Record<string, temporal.api.enums.v1.IndexedValueType> {
  return Object.fromEntries(
    names.map((name) => [name, kinds[SearchAttributes[name as keyof typeof SearchAttributes]]]),
  );
}

/** Registers the contracts' search attributes in each namespace that lacks them; returns what it added. */
export async function ensureSearchAttributes(address: string, namespaces: string[]): Promise<string[]> {
  const connection = await Connection.connect({ address });
  const added: string[] = [];
  try {
    for (const namespace of namespaces) {
      const existing = await connection.operatorService.listSearchAttributes({ namespace });
      const missing = Object.keys(SearchAttributes).filter((name) => !(name in (existing.customAttributes ?? {})));
      if (missing.length === 0) continue;
      await connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: searchAttributeTypes(missing),
      });
      added.push(...missing.map((name) => `${namespace}/${name}`));
    }
  } finally {
    await connection.close();
  }
  return added;
}
