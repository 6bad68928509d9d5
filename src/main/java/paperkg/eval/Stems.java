package paperkg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The match key of a phrase for evaluation: Lucene's standard tokenizer, lower case, Porter stemmer
 * (the usual keyphrase-benchmark convention), words joined by one space. "Wavelength Services" and
 * "wavelength service" have the same key; "pre-trained" is "pre train".
 */
public final class Stems {
  private Stems() {}

  // An Analyzer reuses its token streams per thread, so one instance serves all threads.
  private static final Analyzer PORTER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new StandardTokenizer();
          return new TokenStreamComponents(
              source, new PorterStemFilter(new LowerCaseFilter(source)));
        }
      };

  public static String of(String phrase) {
    StringJoiner out = new StringJoiner(" ");
    try (TokenStream ts = PORTER.tokenStream("", phrase)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the input is a String
    }
    return out.toString();
  }
}
