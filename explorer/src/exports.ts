/**
 * The export buttons: the evidence on screen as JSON and CSV, the picture as SVG and PNG, and
 * a printable page. Files are made in the page and handed to the browser; nothing is sent.
 */
import { evidenceCsv } from './csv.ts';
import { el, byId, clear } from './dom.ts';
import { download, fileName } from './download.ts';
import { evidenceOf, type Evidence } from './evidence.ts';
import { renderPrintView } from './print-view.ts';
import { laneLayout } from './lanes.ts';
import { canvasPng, paintShapes, sceneSvg, scenePng } from './scene.ts';
import { frameOf, layoutSvg } from './svg.ts';
import { visibleIn } from './time-window.ts';
import type { WorkspaceSurface } from './surface.ts';

function evidence(workspace: WorkspaceSurface): Evidence | null {
  if (workspace.loaded === null) return null;
  const { picture } = workspace.loaded;
  return evidenceOf(picture, visibleIn(picture, workspace.window), {
    exportedAt: new Date().toISOString(),
    role: workspace.session.mode,
    organisation: workspace.session.organisation,
    window: workspace.window,
  });
}

function layoutOf(workspace: WorkspaceSurface, found: Evidence) {
  const description = `${found.disclosures.length} disclosures between ${found.parties.length} parties, time running left to right; exported ${found.exportedAt} by ${found.exportedBy.role}.`;
  return workspace.graph.layout(found.title, description);
}

function svgOf(workspace: WorkspaceSurface, found: Evidence): string {
  return layoutSvg(layoutOf(workspace, found));
}

/**
 * The picture as a PNG in the SVG's frame: its title and description above, the graph as the
 * screen draws it, the legend of every style drawn below. The graph's own image is decoded
 * with createImageBitmap, which reads no URL, so the page's image policy stays 'self'.
 */
async function pngOf(workspace: WorkspaceSurface, found: Evidence): Promise<Blob> {
  const frame = frameOf(layoutOf(workspace, found));
  const graph = await createImageBitmap(await workspace.graph.png());
  const box = frame.graph;
  // The graph's image is at twice its size; drawn at its own size, or smaller to fit its box.
  const scale = Math.min(0.5, (box.right - box.left) / graph.width, (box.bottom - box.top) / graph.height);
  const [width, height] = [graph.width * scale, graph.height * scale];
  return canvasPng(frame.width, frame.height, (context) => {
    context.translate(-frame.left, -frame.top);
    paintShapes(context, frame.header);
    context.drawImage(graph, (box.left + box.right - width) / 2, (box.top + box.bottom - height) / 2, width, height);
    paintShapes(context, frame.legend);
    graph.close();
  });
}

/** The time lanes of what is on screen, as lanes.ts lays them out for the page. */
function lanesOf(workspace: WorkspaceSurface) {
  if (workspace.loaded === null) throw new Error('Search first: there is nothing on screen to export.');
  const { picture } = workspace.loaded;
  return laneLayout(picture, visibleIn(picture, workspace.window), { title: picture.title, window: workspace.window })
    .scene;
}

export function attachExports(container: HTMLElement, workspace: WorkspaceSurface): void {
  const actions: Array<[string, string, (found: Evidence) => void | Promise<void>]> = [
    [
      'export-json',
      'Evidence (JSON)',
      (found) => download(fileName(found.title, 'json'), 'application/json', `${JSON.stringify(found, null, 2)}\n`),
    ],
    ['export-csv', 'Evidence (CSV)', (found) => download(fileName(found.title, 'csv'), 'text/csv', evidenceCsv(found))],
    [
      'export-svg',
      'Picture (SVG)',
      (found) => download(fileName(found.title, 'svg'), 'image/svg+xml', svgOf(workspace, found)),
    ],
    [
      'export-png',
      'Picture (PNG)',
      async (found) => download(fileName(found.title, 'png'), 'image/png', await pngOf(workspace, found)),
    ],
    [
      'export-lanes-svg',
      'Time lanes (SVG)',
      (found) => download(fileName(`${found.title} time lanes`, 'svg'), 'image/svg+xml', sceneSvg(lanesOf(workspace))),
    ],
    [
      'export-lanes-png',
      'Time lanes (PNG)',
      async (found) =>
        download(fileName(`${found.title} time lanes`, 'png'), 'image/png', await scenePng(lanesOf(workspace))),
    ],
    [
      'export-print',
      'Printable page',
      (found) => {
        const chains =
          byId('text-view').querySelector('ol.chains')?.cloneNode(true) ??
          el('p', {}, 'No chain reaches an immigration agent in this window.');
        renderPrintView(byId('print-view'), found, svgOf(workspace, found), chains as HTMLElement);
        window.print();
      },
    ],
  ];
  clear(
    container,
    el(
      'div',
      { role: 'group', 'aria-label': 'Export what is on screen' },
      ...actions.map(([id, label, run]) => {
        const button = el('button', { type: 'button', id }, label);
        button.addEventListener('click', () => {
          const found = evidence(workspace);
          if (found === null) return workspace.fail(new Error('Search first: there is nothing on screen to export.'));
          void Promise.resolve(run(found)).catch((error: unknown) => workspace.fail(error));
        });
        return button;
      }),
    ),
  );
}
