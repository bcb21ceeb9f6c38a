import type { ReactElement } from 'react';
import { Text, View } from './primitives';
import { base } from './styles';

/** One block of a part's flow. A `lead` (a heading, an intro, a note) must not end a page on its own. */
export interface Block {
  readonly key: string;
  readonly node: ReactElement;
  readonly lead?: boolean;
}

/** The blocks that open a part: its title, and an intro when it has one. */
export function partHeader(title: string, intro?: string): Block[] {
  const blocks: Block[] = [{ key: 'title', lead: true, node: <Text key="title" style={base.partTitle}>{title}</Text> }];
  if (intro) blocks.push({ key: 'intro', lead: true, node: <Text key="intro" style={base.partIntro}>{intro}</Text> });
  return blocks;
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
