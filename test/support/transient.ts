import { Neo4jError } from 'neo4j-driver';

/** What the driver reports when Neo4j gives a transaction up on a deadlock: a transient error, retried. */
export const deadlock = () =>
  new Neo4jError(
    'ForsetiClient[transactionId=7] can not acquire ExclusiveLock{owner=ForsetiClient[transactionId=8]}',
    'Neo.TransientError.Transaction.DeadlockDetected',
    '50N05',
    'error: general processing exception - deadlock detected while trying to acquire locks',
  );
