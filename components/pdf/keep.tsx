import type { ReactElement } from 'react';
import { View } from './primitives';

/** One block of a part's flow. A `lead` (a heading, an intro, a note) must not end a page on its own. */
export interface Block {
  readonly key: string;
  readonly node: ReactElement;
  readonly lead?: boolean;
}

/**
 * Glues every run of lead blocks to the block after them in an unbreakable
 * View, so a heading (with its intro or note) always starts a page together
 * with its first term or item, never alone at the bottom of one. The rest of
 * the flow stays as flat siblings: fewer Views lay out faster.
 */
export function keepLeadsWithNext(blocks: readonly Block[]): ReactElement[] {
  const out: ReactElement[] = [];
  let pending: Block[] = [];
  const flush = (next?: Block) => {
    const group = next ? [...pending, next] : pending;
    out.push(
      <View key={`keep-${group[0]?.key ?? out.length}`} wrap={false}>
        {group.map((block) => block.node)}
      </View>,
    );
    pending = [];
  };
  for (const block of blocks) {
    if (block.lead) pending.push(block);
    else if (pending.length > 0) flush(block);
    else out.push(block.node);
  }
  if (pending.length > 0) flush();
  return out;
}
