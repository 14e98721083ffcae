import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { SearchAttributes, type SearchAttributeKind } from '@kc/contracts';

const IndexedValueType = temporal.api.enums.v1.IndexedValueType;
const kinds: Record<SearchAttributeKind, number> = {
  Keyword: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Text: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  Int: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  Double: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  Bool: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  Datetime: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KeywordList: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/** Registers the contracts' search attributes in each namespace that lacks them; returns what it added. */
export async function ensureSearchAttributes(address: string, namespaces: string[]): Promise<string[]> {
  const connection = await Connection.connect({ address });
  const added: string[] = [];
  try {
    for (const namespace of namespaces) {
      const existing = await connection.operatorService.listSearchAttributes({ namespace });
      const missing = Object.entries(SearchAttributes).filter(([name]) => !(name in (existing.customAttributes ?? {})));
      if (missing.length === 0) continue;
      await connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: Object.fromEntries(missing.map(([name, kind]) => [name, kinds[kind]])),
      });
      added.push(...missing.map(([name]) => `${namespace}/${name}`));
    }
  } finally {
    await connection.close();
  }
  return added;
}
