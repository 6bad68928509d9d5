package paperkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import paperkg.source.Paper;

/**
 * Owns the one Stanford CoreNLP pipeline of the JVM (tokenize, ssplit, pos, lemma, ner with the
 * 3-class model only; ~5 s to build) and turns a paper into {@link Annotated}. Thread-safe: {@link
 * #annotate} may be called from many threads at once.
 *
 * <p>The annotated text is {@link #textOf(Paper)}: the title, a blank line, the abstract. The title
 * is always sentence index 0 (CoreNLP may split a title at "?" or "!"; those pieces are merged
 * back), the abstract's sentences are 1..n. Token and sentence offsets are into that text.
 */
public final class Annotator {
  /** Sentence index of the title in every {@link Annotated}. */
  public static final int TITLE = 0;

  private static final String SEPARATOR = "\n\n";

  private final StanfordCoreNLP pipeline;

  private Annotator(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** Builds the pipeline (expensive: call once per JVM and share the instance). */
  public static Annotator create() {
    return new Annotator(new StanfordCoreNLP(properties()));
  }

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // keep "vision-language", "GPT-4o-mini" as one token; drop untokenizable characters without
    // logging
    p.setProperty("tokenize.options", "splitHyphenated=false,untokenizable=noneDelete");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  /** The text that is annotated for {@code paper}: title, blank line, abstract. */
  public static String textOf(Paper paper) {
    String abs = paper.abstractText().strip();
    return abs.isEmpty() ? paper.title().strip() : paper.title().strip() + SEPARATOR + abs;
  }

  /**
   * Runs the bare pipeline on the paper's text and nothing else: the CoreNLP cost floor that {@code
   * bench} compares the import with. Returns the number of tokens.
   */
  public int annotateBare(Paper paper) {
    Annotation doc = new Annotation(textOf(paper));
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  public Annotated annotate(Paper paper) {
    Objects.requireNonNull(paper, "paper");
    String text = textOf(paper);
    int titleEnd = paper.title().strip().length();
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> titleTokens = new ArrayList<>();
    int titleBegin = -1;
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(
            new Token(
                t.word(),
                t.lemma(),
                t.tag(),
                t.ner() == null ? "O" : t.ner(),
                t.beginPosition(),
                t.endPosition()));
      }
      if (begin < titleEnd) {
        if (titleBegin < 0) {
          titleBegin = begin;
        }
        titleTokens.addAll(tokens);
        continue;
      }
      sentences.add(
          new Sentence(sentences.size() + 1, text.substring(begin, end), begin, end, tokens));
    }
    List<Sentence> all = new ArrayList<>(sentences.size() + 1);
    if (titleBegin >= 0) {
      all.add(
          new Sentence(
              TITLE, text.substring(titleBegin, titleEnd), titleBegin, titleEnd, titleTokens));
    }
    all.addAll(sentences);
    return new Annotated(paper, all);
  }
}
