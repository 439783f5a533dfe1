/**
 * What the side panel and the exports see of the workspace: its session, the loaded answer,
 * the window, the selection and the few actions they may take. The workspace implements it;
 * they depend on this and not on the workspace, which builds them.
 */
import type { Client } from './api.ts';
import type { GraphView } from './graph.ts';
import type { Loaded } from './load.ts';
import type { Panel } from './panel.ts';
import type { Session } from './session.ts';
import type { Target } from './target.ts';
import type { TimeWindow } from './time-window.ts';

export type WorkspaceSurface = {
  readonly session: Session;
  readonly client: Client;
  readonly graph: GraphView;
  readonly panel: Panel;
  readonly loaded: Loaded | null;
  readonly window: TimeWindow;
  readonly selected: Target;
  fail(error: unknown): void;
  failedElement(error: unknown): HTMLElement;
  select(target: Target, fromList: boolean): void;
  drawScope(of: { disclosureId: string } | { partyId: string; since: string }, title: string): Promise<void>;
  windowArguments(): { from: string | null; until: string | null };
};
