import type { Channel } from './standard-content';

/**
 * Whether the day an application is accepted counts in the term of delivery, by the channel it came through.
 * Art. 14.1: through a PSC or a specialised PSC, whose applications go to the provider on paper, the day of
 * acceptance is part of the term the standard sets. Through the provider itself or the portal the law makes
 * no exception, so Civil Code Art. 172 applies: a term starts the day after the event it counts from. The
 * rule is the law's, not a standard's choice, so a standard cannot state it; it travels in the events per
 * channel (`term.perChannel`).
 */
export function acceptanceDayCounts(channel: Channel): boolean {
  return channel === 'psc' || channel === 'specialised_psc';
}

/** The counting rule of each of the service's channels, in the channels' order. */
export function countingPerChannel(
  channels: readonly Channel[],
): Array<{ channel: Channel; acceptanceDayCounts: boolean }> {
  return channels.map((channel) => ({ channel, acceptanceDayCounts: acceptanceDayCounts(channel) }));
}
