package paperkg.source;

import java.util.Objects;

/**
 * The organisation a listing files the paper under (Hugging Face's organisation account, e.g.
 * handle {@code openbmb}, name {@code OpenBMB}). Handle may be null when only a name is known.
 */
public record Listing(String handle, String name) {
  public Listing {
    Objects.requireNonNull(name, "name");
  }
}
