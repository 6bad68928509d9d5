package paperkg.neo4j;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** {@link GraphStore#readOnly()}: the same store, whose default session is a READ session. */
final class ReadOnlyStore implements GraphStore {
  private final GraphStore store;

  ReadOnlyStore(GraphStore store) {
    this.store = store;
  }

  @Override
  public Session session() {
    return store.session(AccessMode.READ);
  }

  @Override
  public Session session(AccessMode mode) {
    return store.session(mode);
  }

  @Override
  public GraphStore readOnly() {
    return this;
  }

  @Override
  public Driver driver() {
    return store.driver();
  }

  @Override
  public String boltUri() {
    return store.boltUri();
  }

  @Override
  public boolean embedded() {
    return store.embedded();
  }

  @Override
  public long changeCount() {
    return store.changeCount();
  }

  @Override
  public String toString() {
    return store.toString();
  }

  @Override
  public void close() {
    store.close();
  }
}
