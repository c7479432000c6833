import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ActionBar } from './ActionBar';
import { renderIn } from './test-utils';

describe('ActionBar', () => {
  it('runs an action once and announces the result', async () => {
    const onReport = vi.fn(async () => {});
    renderIn('en', <ActionBar onReport={onReport} onPause={async () => {}} site="jobs.example" />);
    fireEvent.click(screen.getByRole('button', { name: 'Save a report' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Nothing was sent/));
    expect(onReport).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Save a report' }).getAttribute('aria-disabled')).toBe('true');
    // A second click does not store a second report.
    fireEvent.click(screen.getByRole('button', { name: 'Save a report' }));
    expect(onReport).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Pause on this site' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Paused on jobs.example. You can turn it back on in the settings.'),
    );
  });

  it('says when an action failed and lets the user retry', async () => {
    renderIn('en', <ActionBar onNotScam={() => Promise.reject(new Error('db closed'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not a scam' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("That didn't work. Please try again."));
    expect(screen.getByRole('button', { name: 'Not a scam' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('shows only the actions it was given, in a named group', () => {
    renderIn('en', <ActionBar onReport={async () => {}} />);
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(screen.getByRole('group', { name: 'What do you want to do?' })).toBeTruthy();
  });
});
