import { Topics } from '@kzps/contracts';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { SERVICE_NAME } from '../common/service-name';

/**
 * The topics the indicators are projected from (the standards topic for Art. 17.2's late updates). The survey
 * applications (surveys/), the decided complaints and the answers to recommendations (recommendations/) are
 * read from them too; their writes are idempotent upserts, so the replay leaves them as they are.
 */
export const INDICATOR_SOURCE_TOPICS = [
  Topics.applications,
  Topics.complaints,
  Topics.monitoringSurveys,
  Topics.standards,
];

/**
 * Empties the indicators and sends the consumer group back to the start of their topics, so the next start
 * replays every event into them. Run with every replica stopped (the group must have no members). The inbox
 * rows of those topics go too, or the replay would find each event already handled.
 */
export async function resetIndicators(dataSource: DataSource, kafka: Kafka): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(
      'TRUNCATE indicator_count, indicator_count_by_owner, indicator_count_by_service, indicator_count_by_region',
    );
    await manager.query('DELETE FROM inbox_message WHERE consumer = $1 AND topic = ANY($2::text[])', [
      SERVICE_NAME,
      INDICATOR_SOURCE_TOPICS,
    ]);
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (const topic of INDICATOR_SOURCE_TOPICS) {
      await admin.resetOffsets({ groupId: SERVICE_NAME, topic, earliest: true });
    }
  } finally {
    await admin.disconnect();
  }
}
