import type { Member } from '@balanza/api';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/browser-suite.ts';

const DAN = { name: 'dan-laptop', color: '#7c3aed' };

describe('a member’s role as the server says it (Chromium)', () => {
  const suite = browserSuite();

  it('[MEMBER-6] the page follows the facilitator’s role changes without a reload, and keeps the server’s role over its token’s', async () => {
    const boardId = await suite.server.createBoard({ title: 'Review 2026', reviewedYear: 2026 });
    const facilitator = suite.server.tokenOf(boardId);
    const invited = await suite.server.api(
      `/api/boards/${boardId}/members`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Dan', role: 'editor' }),
      },
      facilitator,
    );
    const dan = (await invited.json()) as { member: Member; token: string };
    // The token names the role it was made with (boardId.linkId.role.signature): it will go stale.
    expect(dan.token.split('.')[2]).toBe('e');
    const setRole = async (role: string) => {
      const answer = await suite.server.api(
        `/api/boards/${boardId}/members/${dan.member.id}`,
        { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role }) },
        facilitator,
      );
      expect(answer.status).toBe(200);
    };

    const page = await suite.open(DAN, boardId, 'goals', { token: dan.token, ready: '[data-testid="goal-row"]' });
    const layout = page.locator('.board-layout');
    const target = page.locator('[data-testid="goal-row"]').first().getByTestId('goal-target');
    expect(await layout.getAttribute('data-role')).toBe('editor');
    expect(await target.isEditable()).toBe(true);
    expect(await page.getByTestId('role-banner').count()).toBe(0);

    await setRole('viewer');
    await expect.poll(() => layout.getAttribute('data-role'), { timeout: 10_000 }).toBe('viewer');
    expect(await page.getByTestId('role-banner').textContent()).toMatch(/View only/);
    expect(await target.isEditable()).toBe(false);
    expect(await layout.getAttribute('data-can-edit')).toBe('false');

    await setRole('commenter');
    await expect.poll(() => layout.getAttribute('data-role'), { timeout: 10_000 }).toBe('commenter');
    expect(await page.getByTestId('role-banner').textContent()).toMatch(/Comment only/);

    // A reload, with the editor token still in the browser, opens as the commenter the server knows.
    await page.reload();
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await expect.poll(() => layout.getAttribute('data-role')).toBe('commenter');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('balanza.tokens') ?? '{}'))).toMatchObject({
      [boardId]: dan.token,
    });

    await setRole('editor');
    await expect.poll(() => layout.getAttribute('data-role'), { timeout: 10_000 }).toBe('editor');
    expect(await page.getByTestId('role-banner').count()).toBe(0);
    expect(await target.isEditable()).toBe(true);
  });
});
