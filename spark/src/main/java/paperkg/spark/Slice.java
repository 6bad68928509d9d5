package paperkg.spark;

import java.io.Serializable;

/**
 * The work of one task: a whole input, or the lines of a JSON Lines input that start in {@code
 * [start, end)}.
 *
 * @param index the shard number (output file {@code shard-NNNNN.nt})
 * @param input position of the input in the job's input list (bad records are accounted per input)
 * @param newlinesBefore newlines in the file before {@code start} (from the counting pass), so line
 *     numbers are those of the whole file
 */
record Slice(int index, int input, InputFile file, long start, long end, long newlinesBefore)
    implements Serializable {
  static Slice whole(int index, int input, InputFile file) {
    return new Slice(index, input, file, 0, file.size(), 0);
  }

  boolean isWhole() {
    return start == 0 && end == file.size() && !file.splittable();
  }
}
