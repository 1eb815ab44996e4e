import { DefaultNamingStrategy, type NamingStrategyInterface } from 'typeorm';

function snakeCase(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/**
 * An entity's own properties as one JSON object under their column names (snake_case), for a statement that
 * writes it as `jsonb_populate_record(NULL::table, $1)`: one parameter instead of one per column, and no
 * query building. Every column must be a property (a missing one is NULL, not its default).
 */
export function columnsJson(entity: object): string {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) row[columnNameOf(key)] = value;
  return JSON.stringify(row);
}

/** Property names are few and fixed: each is converted once. */
const columnNames = new Map<string, string>();
function columnNameOf(property: string): string {
  let name = columnNames.get(property);
  if (name === undefined) {
    name = snakeCase(property);
    columnNames.set(property, name);
  }
  return name;
}

/** Tables and columns in snake_case, so SQL written by hand (and by DBAs) reads naturally. */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName: string | undefined): string {
    return customName ?? snakeCase(className);
  }

  override columnName(
    propertyName: string,
    customName: string | undefined,
    embeddedPrefixes: string[],
  ): string {
    return snakeCase(embeddedPrefixes.concat('').join('_')) + (customName ?? snakeCase(propertyName));
  }

  override relationName(propertyName: string): string {
    return snakeCase(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snakeCase(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(firstTableName: string, secondTableName: string, firstPropertyName: string): string {
    return snakeCase(`${firstTableName}_${firstPropertyName.replace(/\./g, '_')}_${secondTableName}`);
  }

  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string): string {
    return snakeCase(`${tableName}_${columnName ?? propertyName}`);
  }
}
