package paperkg.neo4j;

import java.lang.reflect.Field;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.database.Database;
import org.neo4j.kernel.impl.transaction.log.CheckpointInfo;
import org.neo4j.kernel.impl.transaction.log.checkpoint.CheckpointerLifecycle;
import org.neo4j.kernel.impl.transaction.log.files.LogFiles;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * Drops the shutdown checkpoint of a database whose last checkpoint already covers its last
 * transaction: a read-only {@code query} or {@code stats}. Neo4j checkpoints each database when it
 * stops, even when nothing was committed since the last checkpoint; on the example store the two
 * checkpoints (system and neo4j) took 0.17 + 0.23 s of a cold query's ~3 s wall and 200 of its 438
 * fsyncs (docs/PERFORMANCE.md, fifth pass). Without them the store is closed as before (page cache
 * flushed, files closed): the next start finds its last transaction in the last checkpoint and
 * needs no recovery. A commit of a served store's client that slipped in after the comparison is in
 * the transaction log (fsynced at commit): the next start recovers it.
 *
 * <p>Neo4j 5.26 has no setting for this; the switch is the private {@code checkpointerLifecycle} of
 * {@link Database} (the one Neo4j itself clears before a database is dropped). When anything of
 * this does not hold, the checkpoint is left as it is.
 */
final class ShutdownCheckpoint {
  private ShutdownCheckpoint() {}

  /** Before {@code dbms.shutdown()}: skips the shutdown checkpoint of every database that may. */
  static void skipWhereCurrent(DatabaseManagementService dbms) {
    for (String name : dbms.listDatabases()) {
      try {
        var api = (GraphDatabaseAPI) dbms.database(name);
        var deps = api.getDependencyResolver();
        long lastClosed =
            deps.resolveDependency(TransactionIdStore.class).getLastClosedBatch().appendIndex();
        CheckpointInfo latest =
            deps.resolveDependency(LogFiles.class)
                .getCheckpointFile()
                .findLatestCheckpoint()
                .orElse(null);
        if (latest == null || latest.appendIndex() != lastClosed) {
          continue;
        }
        Database database = deps.resolveDependency(Database.class);
        Field field = Database.class.getDeclaredField("checkpointerLifecycle");
        field.setAccessible(true);
        ((CheckpointerLifecycle) field.get(database)).setCheckpointOnShutdown(false);
      } catch (ReflectiveOperationException | RuntimeException | java.io.IOException e) {
        // another Neo4j version, or a database not available: it checkpoints as before
      }
    }
  }
}
