package paperkg.neo4j;

import javax.net.ssl.SSLException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * Turns the driver's failure to connect into one line that says what to check. Messages name the
 * URI and the user, never the password.
 */
final class RemoteFailures {
  private RemoteFailures() {}

  static String describe(StoreSettings settings, RuntimeException e) {
    String where = settings.uri();
    if (e instanceof AuthenticationException) {
      return "authentication failed at "
          + where
          + " for user '"
          + settings.user()
          + "' (check --user and the NEO4J_PASSWORD environment variable)";
    }
    String hint = tlsHint(settings.uri(), e);
    if (e instanceof ServiceUnavailableException) {
      return "cannot connect to "
          + where
          + ": "
          + GraphStore.firstLine(e)
          + " ("
          + hint
          + "gave up after "
          + GraphStore.CONNECT_TIMEOUT_SECONDS
          + " s at most)";
    }
    return "cannot connect to "
        + where
        + ": "
        + GraphStore.firstLine(e)
        + (hint.isEmpty() ? "" : " (" + hint.substring(0, hint.length() - 2) + ")");
  }

  /**
   * A TLS mismatch rarely says so: a plain server just closes the connection on a TLS hello
   * ("Unable to write Bolt handshake"), so the hint goes by the scheme the user chose. Ends with ";
   * " or is empty.
   */
  private static String tlsHint(String uri, RuntimeException e) {
    boolean encrypted = uri.contains("+s");
    if (isTls(e) || String.valueOf(e.getMessage()).contains("handshake")) {
      return encrypted
          ? "TLS mismatch? the server may be plain: try bolt:// or neo4j://; "
          : "TLS mismatch? the server may require TLS: try bolt+s:// or neo4j+s://; ";
    }
    return encrypted ? "if the server does not use TLS, use bolt:// or neo4j://; " : "";
  }

  private static boolean isTls(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SecurityException || t instanceof SSLException) {
        return true;
      }
    }
    return false;
  }
}
