import { Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

/** A document's fragments by name, as its spreads name them. */
export function fragmentsOf(document: Pick<DocumentNode, 'definitions'>): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}
