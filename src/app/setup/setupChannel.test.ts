import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptySetup } from '../../domain/setup/setup';
import { publishSetup, SETUP_CHANNEL, subscribeSetup } from './setupChannel';

const setup = emptySetup(new Date('2026-04-01T00:00:00.000Z'));
const opened: BroadcastChannel[] = [];
/** Another tab's end of the channel. */
function otherTab(): BroadcastChannel {
  const channel = new BroadcastChannel(SETUP_CHANNEL);
  opened.push(channel);
  return channel;
}

afterEach(() => {
  for (const channel of opened.splice(0)) channel.close();
});

describe('setup channel between tabs', () => {
  it('tells other tabs what was saved for a sample', async () => {
    const other = otherTab();
    const heard = new Promise((resolve) =>
      other.addEventListener('message', (e) => resolve(e.data)),
    );
    publishSetup('s1', setup);
    await expect(heard).resolves.toEqual({ sampleId: 's1', setup });
  });

  it('hands on valid setups of the subscribed sample only', async () => {
    const listener = vi.fn();
    const stop = subscribeSetup('s1', listener);
    const other = otherTab();
    other.postMessage({ sampleId: 's2', setup });
    other.postMessage({ sampleId: 's1', setup: { ...setup, version: 7 } });
    other.postMessage({ sampleId: 's1', setup });
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(listener).toHaveBeenCalledWith(setup);
    stop();
    other.postMessage({ sampleId: 's1', setup });
    await new Promise((r) => setTimeout(r, 50));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
