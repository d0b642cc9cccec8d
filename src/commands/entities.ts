import { Command } from 'commander';
import type { FactStore } from '../cache/store.js';
import type { Entity } from '../dataset/types.js';
import type { Listing } from '../output/listing.js';
import { createMatcher } from '../query/match.js';
import { nameMatches } from '../query/names.js';
import { emit, givenGlobals, prepareStore, withExamples, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';

/** Entities whose name, alias, role or type contains the pattern, or whose name it spells closely. */
export function findEntitiesByPattern(data: Pick<FactStore, 'entities'>, pattern: string | undefined): readonly Entity[] {
  if (pattern === undefined || pattern === '') return data.entities;
  const matcher = createMatcher(pattern);
  return data.entities.filter((e) => {
    const names = [e.name, ...e.aliases];
    return [...names, e.role ?? '', e.type].some((t) => matcher(t).length > 0) || names.some((n) => nameMatches(pattern, n));
  });
}

/** The table, TSV and JSON shape of entities. */
export function entityListing(rows: readonly Entity[]): Listing<Entity> {
  return {
    rows,
    columns: [
      { key: 'id', header: 'ID', value: (e) => e.id, style: 'id' },
      { key: 'name', header: 'Name', value: (e) => e.name },
      { key: 'type', header: 'Type', value: (e) => e.type },
      { key: 'role', header: 'Role', value: (e) => e.role ?? '' },
      { key: 'aliases', header: 'Aliases', value: (e) => e.aliases.join('; '), wide: true },
    ],
    defaults: ['id', 'name', 'type', 'role', 'aliases'],
    json: (e) => e,
  };
}

/** The options of `facts entities`. */
export interface EntitiesOptions {
  pattern?: string;
  globals: GivenGlobals;
}

/** `facts entities [PATTERN]`: the people, countries and groups the sources name. */
export function newEntitiesCommand(deps: CommandDeps, run: Run<EntitiesOptions> = runEntities): Command {
  const cmd = new Command('entities')
    .description('the people, organizations, countries and groups the sources name')
    .argument('[pattern]', 'text in a name, alias, role or type; names forgive spelling')
    .action(async (pattern: string | undefined, _flags, self: Command) => deps.setExitCode(await run({ pattern, globals: givenGlobals(self) }, deps)));
  return withExamples(cmd, ['facts entities', 'facts entities person', 'facts entities zelenski --json']);
}

export async function runEntities({ pattern, globals: given }: EntitiesOptions, deps: RunDeps): Promise<number> {
  const { globals, store } = await prepareStore(given, deps);
  return emit(deps, globals, entityListing(findEntitiesByPattern(store, pattern)), () => `no entity matches '${pattern ?? ''}' ('facts entities' lists all ${store.entities.length})`);
}
