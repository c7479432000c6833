/**
 * The inline warning lives in a CLOSED shadow root, which page scripts (and Playwright's locators)
 * cannot enter. Browser tests reach it the way assistive technology does: through the DevTools
 * protocol, which sees closed roots (DOM.getDocument with pierce). Clicks then go to real screen
 * coordinates, as a user's would.
 */
import type { CDPSession, Page } from '@playwright/test';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  nodeValue?: string;
  shadowRootType?: string;
}

export interface ShadowButton {
  label: string;
  ariaLabel?: string;
  expanded?: string;
  x: number;
  y: number;
}

export interface WarningInfo {
  hostItemId: string | null;
  shadowRootType: string | undefined;
  text: string;
  buttons: ShadowButton[];
  statusText: string | null;
}

function attr(node: CdpNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function textOf(node: CdpNode): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  if (node.localName === 'style') return '';
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(textOf).join('');
}

function walk(node: CdpNode, visit: (n: CdpNode, parents: CdpNode[]) => void, parents: CdpNode[] = []): void {
  visit(node, parents);
  const next = [...parents, node];
  for (const c of node.shadowRoots ?? []) walk(c, visit, next);
  for (const c of node.children ?? []) walk(c, visit, next);
}

async function session(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** Every inline warning on the page, with its words and its buttons' centres. */
export async function readWarnings(page: Page): Promise<WarningInfo[]> {
  const cdp = await session(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const hosts: Array<{ host: CdpNode; parents: CdpNode[] }> = [];
    walk(root, (n, parents) => {
      if (n.localName === 'lurewatch-warning') hosts.push({ host: n, parents });
    });
    const out: WarningInfo[] = [];
    for (const { host, parents } of hosts) {
      const shadow = host.shadowRoots?.[0];
      const buttons: ShadowButton[] = [];
      let statusText: string | null = null;
      if (shadow) {
        const found: CdpNode[] = [];
        walk(shadow, (n) => {
          if (n.localName === 'button') found.push(n);
          if (attr(n, 'role') === 'status') statusText = textOf(n);
        });
        for (const b of found) {
          const box = (await cdp.send('DOM.getBoxModel', { backendNodeId: b.backendNodeId })) as { model: { content: number[] } };
          const q = box.model.content;
          buttons.push({
            label: textOf(b).trim(),
            ariaLabel: attr(b, 'aria-label'),
            expanded: attr(b, 'aria-expanded'),
            x: ((q[0] ?? 0) + (q[4] ?? 0)) / 2,
            y: ((q[1] ?? 0) + (q[5] ?? 0)) / 2,
          });
        }
      }
      const parent = parents[parents.length - 1];
      out.push({
        hostItemId: parent ? (attr(parent, 'id') ?? null) : null,
        shadowRootType: shadow?.shadowRootType,
        text: shadow ? textOf(shadow).replace(/\s+/g, ' ').trim() : '',
        buttons,
        statusText,
      });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/**
 * Clicks the warning button whose label or aria-label matches, inside the item with this id. The scanner
 * works in idle-time slices, so the warning may appear a moment after the page loads: look again for up
 * to `timeoutMs` before failing.
 */
export async function clickWarningButton(page: Page, itemId: string, name: RegExp, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let problem = '';
  let button: ShadowButton | undefined;
  while (!button) {
    const warning = (await readWarnings(page)).find((w) => w.hostItemId === itemId);
    button = warning?.buttons.find((b) => name.test(b.label) || name.test(b.ariaLabel ?? ''));
    if (button) break;
    problem = warning ? `no button ${name} in #${itemId}: ${warning.buttons.map((b) => b.label).join(', ')}` : `no warning in #${itemId}`;
    if (Date.now() > deadline) throw new Error(problem);
    await page.waitForTimeout(100);
  }
  await page.mouse.click(button.x, button.y);
}
