package paperkg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built annotations for unit tests: "word/POS" or "word/POS/NER" items separated by spaces.
 */
final class Tokens {
  private Tokens() {}

  static Sentence sentence(int index, String tagged) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String item : tagged.trim().split(" +")) {
      int slash = item.lastIndexOf('/', item.length() - 1);
      String[] parts = item.split("/");
      String word;
      String pos;
      String ner = "O";
      if (parts.length >= 3
          && parts[parts.length - 1].equals(parts[parts.length - 1].toUpperCase())
          && parts[parts.length - 2].equals(parts[parts.length - 2].toUpperCase())
          && parts.length > 2
          && isNer(parts[parts.length - 1])) {
        ner = parts[parts.length - 1];
        pos = parts[parts.length - 2];
        word = item.substring(0, item.length() - ner.length() - pos.length() - 2);
      } else {
        pos = item.substring(slash + 1);
        word = item.substring(0, slash);
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      String lemma =
          pos.startsWith("NNS") && word.endsWith("s")
              ? word.substring(0, word.length() - 1).toLowerCase()
              : word.toLowerCase();
      tokens.add(new Token(word, lemma, pos, ner, begin, text.length()));
    }
    return new Sentence(index, text.toString(), 0, text.length(), tokens);
  }

  private static boolean isNer(String s) {
    return s.equals("ORGANIZATION")
        || s.equals("PERSON")
        || s.equals("LOCATION")
        || s.equals("MISC")
        || s.equals("O");
  }

  static List<String> words(String text) {
    return List.of(text.split(" "));
  }
}
