package paperkg.serve;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * The dataset behind the SPARQL endpoint: the graph's RDF view, rebuilt from the store when the
 * store's change counter has moved since the last build (every query, when the counter is unknown).
 * Each transaction (Fuseki runs every query in one) keeps the view it began with, even if a newer
 * one is built meanwhile, so a query never sees two versions.
 */
final class LiveDataset extends DatasetGraphWrapper {
  private record View(long version, DatasetGraph dataset) {}

  private final Supplier<DatasetGraph> build;
  private final LongSupplier version;
  private final ThreadLocal<DatasetGraph> inTransaction = new ThreadLocal<>();
  private final Context context = new Context();
  private View current;
  private long builds;

  LiveDataset(Supplier<DatasetGraph> build, LongSupplier version, long timeoutMillis) {
    super(DatasetGraphFactory.empty());
    this.build = build;
    this.version = version;
    if (timeoutMillis > 0) {
      context.set(ARQ.queryTimeout, Long.toString(timeoutMillis));
    }
  }

  /** How many times the view was built (for tests and the log). */
  synchronized long builds() {
    return builds;
  }

  private synchronized DatasetGraph fresh() {
    long v = version.getAsLong();
    if (current == null || v < 0 || v != current.version()) {
      current = new View(v, build.get());
      builds++;
    }
    return current.dataset();
  }

  @Override
  protected DatasetGraph get() {
    DatasetGraph mine = inTransaction.get();
    return mine != null ? mine : fresh();
  }

  @Override
  public Context getContext() {
    return context;
  }

  @Override
  public void begin(TxnType type) {
    DatasetGraph view = fresh();
    inTransaction.set(view);
    view.begin(type);
  }

  @Override
  public void begin(ReadWrite mode) {
    begin(TxnType.convert(mode));
  }

  @Override
  public void begin() {
    begin(TxnType.READ);
  }

  @Override
  public void end() {
    try {
      get().end();
    } finally {
      inTransaction.remove();
    }
  }

  @Override
  public boolean supportsTransactions() {
    return true;
  }
}
